//! The analysis of model.md §3a as markup, written (in the worker) from a
//! [`FastAnalysis`] and a [`McSummary`] and mounted by `inner_html`. Pure functions of
//! their arguments, tested natively; visitor text (option and line names) is escaped.
//!
//! Hooks (contract.md §4), each exactly once per call: `tornado-<id>-<rank>` (rank 1 =
//! widest) with `data-input`, `data-low`, `data-high`; `breakeven-<id>-<lever>` with
//! `data-state` and `data-value`; `mc-<id>-npv-p10|p50|p90` and `mc-<id>-prob-positive`
//! with `data-value`, and `data-runs` on the last once every run is done. Values are
//! machine values ([`machine_value`]); an undefined one is the empty string.
//!
//! Charts follow charts.rs: SVG drawn here with the stylesheet's classes, `role="img"`
//! with a text alternative, and the same numbers in a table beside them.

use super::charts::{px, W};
use super::html::{element, escape, push_text, Esc};
use super::metric::MetricId;
use super::tables::value_cell;
use super::{Ctx, Style};
use crate::chart_scale::{axis, to_f64};
use crate::i18n::fill;
use crate::model::analysis::spread::line_at;
use crate::model::analysis::{AnalysisInput, BreakEven, FastAnalysis, McSummary, Percentiles, TornadoBar};
use crate::render::line_text::amount_as_entered;
use crate::model::baseline::{BaselineField, FieldUnit};
use crate::model::machine_value::{machine_value, metric_value};
use crate::model::{Lever, Metric, OptionResults, StrategyOption, Undefined};
use rust_decimal::Decimal;
use std::fmt::Write;

/// At most this many bars are drawn; the table lists every input.
pub const CHART_BARS: usize = 10;

const LABEL_RIGHT: f64 = 128.0;
const LEFT: f64 = 134.0;
const RIGHT: f64 = 350.0;
const ROW: f64 = 20.0;
const TOP: f64 = 6.0;

/// The words for an input: its field label, or a line's own label ("Cost line 2" when
/// it has none).
pub fn input_name(ctx: &Ctx, option: &StrategyOption, input: AnalysisInput) -> String {
    let name = input.name(option);
    if !name.label.trim().is_empty() {
        return name.label;
    }
    fill(ctx.tr(&name.key), &[("n", &name.number.to_string())])
}

/// An input's value in its unit: % for rates, money for money and lines, a number for
/// counts.
pub fn input_value(ctx: &Ctx, input: AnalysisInput, v: &Decimal) -> String {
    match input {
        _ if input.is_percent() => ctx.format(Style::Percent, v),
        AnalysisInput::Baseline(BaselineField::ServiceContactsPerCustomer) => ctx.format(Style::Number { digits: 1 }, v),
        AnalysisInput::Baseline(f) if f.unit() == FieldUnit::Count => ctx.format(Style::Number { digits: 0 }, v),
        _ => ctx.format(Style::Money, v),
    }
}

fn money(ctx: &Ctx, m: &Metric) -> String {
    match m {
        Ok(v) => ctx.format(Style::Money, v),
        Err(e) => format!("— {}", super::metric::reason_text(ctx, *e)),
    }
}

/// "Churn matters most: NPV from … to …. Then A and B." — the inputs whose bars are
/// widest, or a note that none moves the NPV.
pub fn tornado_sentence(ctx: &Ctx, option: &StrategyOption, bars: &[TornadoBar]) -> String {
    let moving: Vec<&TornadoBar> =
        bars.iter().filter(|b| b.swing().is_ok_and(|s| !s.is_zero())).take(3).collect();
    let Some(first) = moving.first() else {
        return ctx.tr("analysis.tornado.flat").to_owned();
    };
    let (low, high) = match (first.npv_low, first.npv_high) {
        (Ok(a), Ok(b)) => (a.min(b), a.max(b)),
        _ => (Decimal::ZERO, Decimal::ZERO),
    };
    let name = |b: &TornadoBar| input_name(ctx, option, b.input);
    let mut out = fill(
        ctx.tr("analysis.tornado.most"),
        &[
            ("input", &name(first)),
            ("low", &ctx.format(Style::Money, &low)),
            ("high", &ctx.format(Style::Money, &high)),
        ],
    );
    match moving.as_slice() {
        [_, second] => {
            out.push(' ');
            out.push_str(&fill(ctx.tr("analysis.tornado.then1"), &[("second", &name(second))]));
        }
        [_, second, third] => {
            out.push(' ');
            let then = fill(ctx.tr("analysis.tornado.then2"), &[("second", &name(second)), ("third", &name(third))]);
            out.push_str(&then);
        }
        _ => {}
    }
    out
}

/// A horizontal bar from value `from` to `to` in row `row`; `class` colours it.
fn hbar(out: &mut String, x: &impl Fn(f64) -> f64, row: f64, from: f64, to: f64, class: &str) {
    let (a, b) = (x(from), x(to));
    let _ = write!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"{class}\"/>",
        px(a.min(b)),
        px(row + 3.0),
        px((a - b).abs().max(1.0)),
        px(ROW - 6.0)
    );
}

/// A label cut to about `max` Latin letters' width with "…" (a Chinese character
/// counts as two), so that it fits left of the bars.
fn short(text: &str, max: usize) -> String {
    let width = |c: char| if c.is_ascii() { 1 } else { 2 };
    if text.chars().map(width).sum::<usize>() <= max {
        return text.to_owned();
    }
    let mut used = 1;
    let mut cut: String = text
        .chars()
        .take_while(|c| {
            used += width(*c);
            used <= max
        })
        .collect();
    cut.push('…');
    cut
}

/// The SVG of the widest [`CHART_BARS`] bars around the base NPV.
fn tornado_chart(ctx: &Ctx, option: &StrategyOption, base: f64, bars: &[&TornadoBar], label: &str) -> String {
    let ends = |b: &TornadoBar| (to_f64(&b.npv_low.unwrap_or_default()), to_f64(&b.npv_high.unwrap_or_default()));
    let values = bars.iter().flat_map(|b| {
        let (l, h) = ends(b);
        [l, h]
    });
    let a = axis(values.chain([base]));
    let x = |v: f64| a.y(v, RIGHT, LEFT);
    let height = TOP + ROW * bars.len() as f64 + 18.0;
    let mut out = format!(
        "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\" class=\"chart tornado-chart\"><g aria-hidden=\"true\">",
        px(W),
        px(height),
        Esc(label)
    );
    let bottom = TOP + ROW * bars.len() as f64;
    for (i, b) in bars.iter().enumerate() {
        let row = TOP + ROW * i as f64;
        let (low, high) = ends(b);
        let _ = write!(out, "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"tick\">", px(LABEL_RIGHT), px(row + 14.0));
        push_text(&mut out, &short(&input_name(ctx, option, b.input), 20));
        out.push_str("</text>");
        hbar(&mut out, &x, row, base, low, "c5 cost-bar");
        hbar(&mut out, &x, row, base, high, "c2");
    }
    let _ = write!(
        out,
        "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" class=\"axis-zero\"/>",
        px(x(base)),
        px(TOP),
        px(bottom)
    );
    for (v, anchor) in [(a.min, "start"), (a.max, "end")] {
        let value = Decimal::from_f64_retain(v).unwrap_or_default().round_dp(0);
        let _ = write!(out, "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" class=\"tick\">", px(x(v)), px(bottom + 14.0));
        push_text(&mut out, &ctx.format(Style::MoneyCompact, &value));
        out.push_str("</text>");
    }
    out.push_str("</g></svg>");
    out
}

/// The tornado of `option`: a sentence naming the inputs that matter most, an SVG of
/// the widest bars (`role="img"`, `aria-label`), and a table of every input with its
/// low and high value and the NPV at each; rows carry the `tornado-<id>-<rank>` hooks.
pub fn tornado(ctx: &Ctx, option: &StrategyOption, fast: &FastAnalysis) -> String {
    let id = escape(&fast.option_id);
    let mut out = String::from("<section class=\"analysis-part analysis-tornado\">");
    element(&mut out, "h3", "", ctx.tr("analysis.tornado.title"));
    element(&mut out, "p", " class=\"help\"", ctx.tr("analysis.tornado.help"));
    let sentence = tornado_sentence(ctx, option, &fast.tornado);
    element(&mut out, "p", " class=\"analysis-sentence\"", &sentence);
    let drawn: Vec<&TornadoBar> = fast.tornado.iter().filter(|b| b.swing().is_ok()).take(CHART_BARS).collect();
    if let (Ok(base), false) = (fast.base_npv, drawn.is_empty()) {
        let label = format!("{} {}", ctx.tr("analysis.tornado.chart"), sentence);
        out.push_str(&tornado_chart(ctx, option, to_f64(&base), &drawn, &label));
    }
    let caption = fill(ctx.tr("analysis.tornado.base"), &[("npv", &money(ctx, &fast.base_npv))]);
    open_scroll_box(&mut out, &caption);
    out.push_str("<table class=\"analysis-table\"><caption>");
    push_text(&mut out, &caption);
    out.push_str("</caption><thead><tr>");
    for key in ["analysis.tornado.input", "analysis.tornado.at_low", "analysis.tornado.at_high"] {
        element(&mut out, "th", " scope=\"col\"", ctx.tr(key));
    }
    out.push_str("</tr></thead><tbody>");
    for (rank, bar) in (1..).zip(&fast.tornado) {
        let _ = write!(
            out,
            "<tr data-testid=\"tornado-{id}-{rank}\" data-input=\"{}\" data-low=\"{}\" data-high=\"{}\">",
            bar.input.key(),
            metric_value(&bar.npv_low),
            metric_value(&bar.npv_high)
        );
        element(&mut out, "th", " scope=\"row\"", &input_name(ctx, option, bar.input));
        for (value, npv) in [(bar.low, &bar.npv_low), (bar.high, &bar.npv_high)] {
            // The input's value above its NPV, each unbreakable: on a phone a cell is
            // two short lines, and no number or "NPV 1,234" breaks inside. A line reads
            // as entered ("1.6 % of revenue"), in words that may wrap.
            let npv_text = fill(ctx.tr("analysis.tornado.cell"), &[("npv", &money(ctx, npv))]);
            let shown = match line_at(option, bar.input, value) {
                Some(l) => format!("<span>{}</span>", Esc(&amount_as_entered(ctx, &l.timing, l.scale, l.rate))),
                None => format!("<span class=\"num\">{}</span>", Esc(&input_value(ctx, bar.input, &value))),
            };
            let cell = format!("{shown}<br/><span class=\"num\">{}</span>", Esc(&npv_text));
            let _ = write!(out, "<td>{cell}</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div></section>");
    out
}

/// A lever value in its unit: points for churn reduction, % for the others.
fn lever_value(ctx: &Ctx, lever: Lever, v: &Decimal) -> String {
    match lever {
        Lever::ChurnReduction => fill(ctx.tr("analysis.points"), &[("n", &ctx.format(Style::Number { digits: 1 }, v))]),
        _ => ctx.format(Style::Percent, v),
    }
}

/// One line per lever with `data-testid="breakeven-<id>-<lever>"`, `data-state`
/// (`found` | `always` | `never`, or `undefined` when NPV cannot be computed) and
/// `data-value` (the lever value when found, else empty), in words. (Churn reduction
/// that never pays is said so against no churn at all, its range's top.)
pub fn break_even(ctx: &Ctx, fast: &FastAnalysis) -> String {
    let id = escape(&fast.option_id);
    let mut out = String::from("<section class=\"analysis-part analysis-breakeven\">");
    element(&mut out, "h3", "", ctx.tr("analysis.breakeven.title"));
    element(&mut out, "p", " class=\"help\"", ctx.tr("analysis.breakeven.help"));
    out.push_str("<ul class=\"analysis-list\">");
    for (lever, result) in &fast.break_even {
        let label = ctx.tr(&format!("lever.{}.label", lever.key()));
        let (key, value, extra) = match result {
            BreakEven::Found(v) => ("analysis.breakeven.found", machine_value(v), lever_value(ctx, *lever, v)),
            BreakEven::Always => ("analysis.breakeven.always", String::new(), String::new()),
            BreakEven::Never if *lever == Lever::ChurnReduction => {
                ("analysis.breakeven.never_churn", String::new(), String::new())
            }
            BreakEven::Never => ("analysis.breakeven.never", String::new(), lever_value(ctx, *lever, &Decimal::ONE_HUNDRED)),
            BreakEven::Undefined(e) => {
                ("analysis.breakeven.undefined", String::new(), super::metric::reason_text(ctx, *e).to_owned())
            }
        };
        let text = fill(ctx.tr(key), &[("lever", label), ("value", &extra), ("top", &extra), ("reason", &extra)]);
        let attrs = format!(
            " data-testid=\"breakeven-{id}-{}\" data-state=\"{}\" data-value=\"{value}\"",
            lever.key(),
            result.state()
        );
        element(&mut out, "li", &attrs, &text);
    }
    out.push_str("</ul></section>");
    out
}

/// A table with a row per metric and a column per case (or definition).
fn metric_table(ctx: &Ctx, label: &str, heads: &[&str], rows: &[(&str, MetricId, Vec<Metric>)]) -> String {
    let mut out = String::new();
    open_scroll_box(&mut out, label);
    out.push_str("<table class=\"analysis-table\"><thead><tr><td></td>");
    for h in heads {
        element(&mut out, "th", " scope=\"col\"", h);
    }
    out.push_str("</tr></thead><tbody>");
    for (name, metric, values) in rows {
        out.push_str("<tr>");
        element(&mut out, "th", " scope=\"row\"", name);
        for v in values {
            out.push_str("<td>");
            value_cell(&mut out, ctx, *metric, v, false);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

/// Opens a table's box, which scrolls sideways on a narrow screen (numbers keep to one
/// line, the row names stay at the left); a focusable, named region, so keyboard users
/// can scroll it. Closed by the caller with `</div>`.
fn open_scroll_box(out: &mut String, label: &str) {
    let _ = write!(out, "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{}\">", Esc(label));
}

/// Conservative, base and optimistic results side by side: ROI, NPV, payback, IRR.
pub fn scenarios(ctx: &Ctx, fast: &FastAnalysis) -> String {
    let mut out = String::from("<section class=\"analysis-part analysis-scenarios\">");
    element(&mut out, "h3", "", ctx.tr("analysis.scenarios.title"));
    element(&mut out, "p", " class=\"help\"", ctx.tr("analysis.scenarios.help"));
    let set = &fast.scenarios;
    let cases: [&Result<OptionResults, Undefined>; 3] = [&set.conservative, &set.base, &set.optimistic];
    let heads =
        ["analysis.case.conservative", "analysis.case.base", "analysis.case.optimistic"].map(|k| ctx.tr(k));
    let rows: Vec<(&str, MetricId, Vec<Metric>)> = [MetricId::Roi, MetricId::Npv, MetricId::PaybackMonths, MetricId::Irr]
        .into_iter()
        .map(|m| (ctx.tr(&format!("metric.{}", m.key())), m, cases.iter().map(|r| m.of_option(r)).collect()))
        .collect();
    out.push_str(&metric_table(ctx, ctx.tr("analysis.scenarios.title"), &heads, &rows));
    out.push_str("</section>");
    out
}

/// The three ROI definitions side by side, each with its formula in words.
pub fn roi_definitions(ctx: &Ctx, fast: &FastAnalysis) -> String {
    let mut out = String::from("<section class=\"analysis-part analysis-roi\">");
    element(&mut out, "h3", "", ctx.tr("analysis.roi.title"));
    let r = &fast.roi_definitions;
    out.push_str("<dl class=\"analysis-roi-list\">");
    let id = escape(&fast.option_id);
    for (key, hook, value) in [
        ("discounted", "discounted", &r.discounted),
        ("simple", "simple", &r.simple),
        ("first_year", "first-year", &r.first_year),
    ] {
        out.push_str("<div>");
        element(&mut out, "dt", "", ctx.tr(&format!("analysis.roi.{key}")));
        // contract.md §4: `roidef-<id>-discounted|simple|first-year`, percent.
        let _ = write!(out, "<dd data-testid=\"roidef-{id}-{hook}\" data-value=\"{}\">", metric_value(value));
        value_cell(&mut out, ctx, MetricId::Roi, value, false);
        element(&mut out, "span", " class=\"help\"", ctx.tr(&format!("analysis.roi.{key}.formula")));
        out.push_str("</dd></div>");
    }
    out.push_str("</dl></section>");
    out
}

/// Every quick part: tornado, break-even, scenarios, ROI definitions.
pub fn fast(ctx: &Ctx, option: &StrategyOption, fast: &FastAnalysis) -> String {
    let mut out = tornado(ctx, option, fast);
    out.push_str(&break_even(ctx, fast));
    out.push_str(&scenarios(ctx, fast));
    out.push_str(&roi_definitions(ctx, fast));
    out
}

/// "3,000 of 10,000 runs", with a `<progress>` bar.
pub fn progress(ctx: &Ctx, mc: &McSummary) -> String {
    let count = |n: u32| ctx.format(Style::Number { digits: 0 }, &Decimal::from(n));
    let text = fill(ctx.tr("analysis.mc.progress"), &[("done", &count(mc.runs)), ("total", &count(mc.planned))]);
    let mut out = format!(
        "<p class=\"mc-progress\" role=\"status\"><progress max=\"{}\" value=\"{}\" aria-label=\"{}\"></progress> ",
        mc.planned.max(1),
        mc.runs.min(mc.planned),
        Esc(&text)
    );
    push_text(&mut out, &text);
    out.push_str("</p>");
    out
}

/// The histogram of NPV as SVG, with every bin in its text alternative.
fn histogram(ctx: &Ctx, id: &str, mc: &McSummary) -> String {
    const H: f64 = 150.0;
    const BOTTOM: f64 = 128.0;
    let (bins, left, right) = (&mc.histogram, 12.0, 348.0);
    let (Some(first), Some(last)) = (bins.first(), bins.last()) else {
        return String::new();
    };
    let most = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let mut desc = String::new();
    for b in bins {
        if !desc.is_empty() {
            desc.push_str("; ");
        }
        let count = ctx.format(Style::Number { digits: 0 }, &Decimal::from(b.count));
        let bin = [("low", ctx.format(Style::MoneyCompact, &b.low)), ("high", ctx.format(Style::MoneyCompact, &b.high))];
        desc.push_str(&fill(ctx.tr("analysis.mc.bin"), &[("low", &bin[0].1), ("high", &bin[1].1), ("count", &count)]));
    }
    let title = fill(ctx.tr("analysis.mc.histogram"), &[("runs", &ctx.format(Style::Number { digits: 0 }, &Decimal::from(mc.runs)))]);
    let mut out = format!(
        "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"mc-{id}-hist-title mc-{id}-hist-desc\" \
         class=\"chart mc-histogram\"><title id=\"mc-{id}-hist-title\">{}</title><desc id=\"mc-{id}-hist-desc\">{}</desc>\
         <g aria-hidden=\"true\">",
        px(W),
        px(H),
        Esc(&title),
        Esc(&desc)
    );
    let slot = (right - left) / bins.len() as f64;
    let (lo, hi) = (to_f64(&first.low), to_f64(&last.high));
    for (i, b) in bins.iter().enumerate() {
        let h = (BOTTOM - 8.0) * f64::from(b.count) / f64::from(most);
        let class = if to_f64(&b.high) <= 0.0 { "c5 cost-bar" } else { "c1" };
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"{class}\"/>",
            px(left + slot * i as f64 + 1.0),
            px(BOTTOM - h),
            px((slot - 2.0).max(1.0)),
            px(h)
        );
    }
    if lo < 0.0 && hi > 0.0 {
        let x = left + (0.0 - lo) / (hi - lo) * (right - left);
        let _ = write!(out, "<line x1=\"{0}\" x2=\"{0}\" y1=\"4\" y2=\"{1}\" class=\"axis-zero\"/>", px(x), px(BOTTOM));
    }
    for (v, x, anchor) in [(&first.low, left, "start"), (&last.high, right, "end")] {
        let _ = write!(out, "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" class=\"tick\">", px(x), px(BOTTOM + 16.0));
        push_text(&mut out, &ctx.format(Style::MoneyCompact, v));
        out.push_str("</text>");
    }
    out.push_str("</g></svg>");
    out
}

/// A result cell, or a plain dash when there is no value and no reason yet.
fn cell_or_dash(out: &mut String, ctx: &Ctx, metric: MetricId, value: &Option<Metric>) {
    match value {
        Some(v) => value_cell(out, ctx, metric, v, false),
        None => out.push('—'),
    }
}

/// P10/P50/P90 of NPV and ROI, the probability that NPV > 0, and the histogram; hooks
/// `mc-<id>-npv-p10|p50|p90` and `mc-<id>-prob-positive` with `data-value`, and
/// `data-runs="<n>"` on the last only once `mc.is_done()`. While runs remain, the
/// [`progress`] line comes first.
pub fn monte_carlo(ctx: &Ctx, option_id: &str, mc: &McSummary) -> String {
    let id = escape(option_id);
    let mut out = String::from("<section class=\"analysis-part analysis-mc\">");
    let runs = ctx.format(Style::Number { digits: 0 }, &Decimal::from(mc.planned));
    element(&mut out, "h3", "", &fill(ctx.tr("analysis.mc.title"), &[("runs", &runs)]));
    element(&mut out, "p", " class=\"help\"", ctx.tr("analysis.mc.help"));
    if !mc.is_done() {
        out.push_str(&progress(ctx, mc));
    }
    let prob: Metric = if mc.npv.is_some() { Ok(mc.prob_positive) } else { Err(Undefined::Overflow) };
    let runs_attr = if mc.is_done() { format!(" data-runs=\"{}\"", mc.runs) } else { String::new() };
    let attrs = format!(" class=\"mc-prob\" data-testid=\"mc-{id}-prob-positive\" data-value=\"{}\"{runs_attr}", metric_value(&prob));
    let prob_text = match prob {
        Ok(p) => ctx.format(Style::Percent, &p),
        Err(_) => ctx.tr("analysis.mc.no_runs").to_owned(),
    };
    out.push_str(&format!("<p{attrs}>"));
    push_text(&mut out, ctx.tr("analysis.mc.prob_positive"));
    out.push_str(" <strong>");
    push_text(&mut out, &prob_text);
    out.push_str("</strong></p>");

    open_scroll_box(&mut out, &fill(ctx.tr("analysis.mc.title"), &[("runs", &runs)]));
    out.push_str("<table class=\"analysis-table\"><thead><tr><td></td>");
    for key in ["analysis.mc.p10", "analysis.mc.p50", "analysis.mc.p90"] {
        element(&mut out, "th", " scope=\"col\"", ctx.tr(key));
    }
    out.push_str("</tr></thead><tbody><tr>");
    element(&mut out, "th", " scope=\"row\"", ctx.tr("metric.npv"));
    // Without a defined run yet there is nothing to give a reason for: a plain dash.
    let spread = |p: Option<Percentiles>| p.map(|p| [Some(Ok(p.p10)), Some(Ok(p.p50)), Some(Ok(p.p90))]);
    let why = |reason: Undefined| if mc.npv.is_some() || mc.undefined_runs > 0 { Some(Err(reason)) } else { None };
    let npv = spread(mc.npv).unwrap_or([why(Undefined::Overflow); 3]);
    for (name, v) in ["p10", "p50", "p90"].into_iter().zip(&npv) {
        let value = v.as_ref().map(metric_value).unwrap_or_default();
        let _ = write!(out, "<td data-testid=\"mc-{id}-npv-{name}\" data-value=\"{value}\">");
        cell_or_dash(&mut out, ctx, MetricId::Npv, v);
        out.push_str("</td>");
    }
    out.push_str("</tr><tr>");
    element(&mut out, "th", " scope=\"row\"", ctx.tr("metric.roi"));
    let roi = spread(mc.roi).unwrap_or([why(Undefined::NoCosts); 3]);
    for v in &roi {
        out.push_str("<td>");
        cell_or_dash(&mut out, ctx, MetricId::Roi, v);
        out.push_str("</td>");
    }
    out.push_str("</tr></tbody></table></div>");
    if mc.undefined_runs > 0 {
        let n = ctx.format(Style::Number { digits: 0 }, &Decimal::from(mc.undefined_runs));
        element(&mut out, "p", " class=\"help\"", &fill(ctx.tr("analysis.mc.undefined"), &[("n", &n)]));
    }
    out.push_str(&histogram(ctx, &id, mc));
    out.push_str("</section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::analysis::{analyse_fast, MonteCarlo};
    use crate::model::presets::default_scenario;
    use crate::model::Scenario;
    use crate::render::test_support::{assert_well_formed, attr, ctx, element as element_of, tag_of};

    fn setup() -> (Scenario, FastAnalysis) {
        let s = default_scenario("TWD");
        let fast = analyse_fast(&s, &s.options[0]);
        (s, fast)
    }

    #[test]
    fn tornado_rows_carry_the_engine_values_once_each() {
        let (s, fast) = setup();
        let html = tornado(&ctx(), &s.options[0], &fast);
        assert_well_formed(&html);
        for (rank, bar) in (1..).zip(&fast.tornado) {
            let tag = tag_of(&html, &format!("tornado-personalised-{rank}"));
            assert_eq!(attr(tag, "data-input"), Some(bar.input.key().as_str()));
            assert_eq!(attr(tag, "data-low"), Some(metric_value(&bar.npv_low).as_str()));
            assert_eq!(attr(tag, "data-high"), Some(metric_value(&bar.npv_high).as_str()));
        }
        assert!(!html.contains(&format!("tornado-personalised-{}\"", fast.tornado.len() + 1)));
        // The chart is an image with a text alternative, at most CHART_BARS bars.
        assert!(html.contains("role=\"img\" aria-label=\""));
        assert_eq!(html.matches("<rect").count(), 2 * CHART_BARS.min(fast.tornado.len()));
    }

    /// On a phone a table scrolls in its own named, focusable box and a number never
    /// breaks inside (each of a tornado cell's two numbers is unbreakable).
    #[test]
    fn tables_scroll_in_a_named_box_and_numbers_never_break() {
        let (s, fast) = setup();
        let html = tornado(&ctx(), &s.options[0], &fast);
        // A line's value is words that may wrap ("1.6 % of revenue"), every other value
        // and every NPV one unbreakable number.
        let lines = fast.tornado.iter().filter(|b| matches!(b.input, AnalysisInput::Cost(_) | AnalysisInput::Benefit(_))).count();
        assert!(lines > 0);
        assert_eq!(html.matches("<span class=\"num\">").count(), 4 * fast.tornado.len() - 2 * lines);
        let row = element_of(&html, "tornado-personalised-1");
        assert!(row.contains("</span><br/><span class=\"num\">NPV $"), "{row}");
        for part in [html, scenarios(&ctx(), &fast)] {
            assert_eq!(part.matches("<table").count(), part.matches("class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").count());
        }
    }

    /// Issue 15, defect 5: a line's row shows the line as entered at each end, with its
    /// scale ("per … of revenue a year"), not a bare amount.
    #[test]
    fn a_line_reads_as_entered_at_each_end() {
        let (s, fast) = setup();
        let html = tornado(&ctx(), &s.options[0], &fast);
        let (rank, bar) = (1..).zip(&fast.tornado).find(|(_, b)| b.input == AnalysisInput::Cost(0)).unwrap();
        let row = element_of(&html, &format!("tornado-personalised-{rank}"));
        let line = &s.options[0].costs[0];
        let scale = line.scale.expect("the preset's first line grows with revenue");
        for end in [bar.low, bar.high] {
            let at = line_at(&s.options[0], bar.input, end).unwrap();
            let text = amount_as_entered(&ctx(), &at.timing, at.scale, at.rate);
            assert!(text.contains("of revenue a year") && text.contains(&scale.per.to_string()), "{text}");
            assert!(row.contains(&format!("<span>{}</span>", Esc(&text))), "{row}");
        }
    }

    #[test]
    fn the_sentence_names_the_widest_inputs() {
        let (s, fast) = setup();
        let o = &s.options[0];
        let sentence = tornado_sentence(&ctx(), o, &fast.tornado);
        let first = input_name(&ctx(), o, fast.tornado[0].input);
        assert!(sentence.starts_with(&format!("{first} matters most: NPV from $")), "{sentence}");
        assert!(sentence.contains(&format!("Then {} and {}.", input_name(&ctx(), o, fast.tornado[1].input), input_name(&ctx(), o, fast.tornado[2].input))), "{sentence}");
        let mut flat = s.clone();
        flat.uncertainty = Decimal::ZERO;
        let flat_fast = analyse_fast(&flat, &flat.options[0]);
        assert_eq!(tornado_sentence(&ctx(), o, &flat_fast.tornado), "Within the spread, no input moves the NPV.");
    }

    #[test]
    fn break_even_lines_state_and_value() {
        let (_, fast) = setup();
        let html = break_even(&ctx(), &fast);
        assert_well_formed(&html);
        for (lever, result) in &fast.break_even {
            let id = format!("breakeven-personalised-{}", lever.key());
            let tag = tag_of(&html, &id);
            assert_eq!(attr(tag, "data-state"), Some(result.state()));
            let value = if let BreakEven::Found(v) = result { machine_value(v) } else { String::new() };
            assert_eq!(attr(tag, "data-value"), Some(value.as_str()));
        }
        // Words for each state.
        let text = |r: BreakEven, lever: Lever| {
            let f = FastAnalysis { break_even: vec![(lever, r)], ..fast.clone() };
            let html = break_even(&ctx(), &f);
            element_of(&html, &format!("breakeven-personalised-{}", lever.key())).to_owned()
        };
        assert!(text(BreakEven::Found(Decimal::new(46, 1)), Lever::ChurnReduction).contains(": pays from 4.6 points<"));
        assert!(text(BreakEven::Found(Decimal::new(125, 1)), Lever::UpsellRate).contains("Upsell rate: pays from 12.5%<"));
        assert!(text(BreakEven::Always, Lever::UpsellRate).contains("pays even with no change"));
        // Churn reduction that never pays: not even with churn at 0 (its range is 0..=c).
        assert!(text(BreakEven::Never, Lever::ChurnReduction).contains("never pays, even with churn at 0"));
        assert!(text(BreakEven::Never, Lever::UpsellRate).contains("never pays within 0–100%"));
        assert!(text(BreakEven::Undefined(Undefined::Overflow), Lever::UpsellRate).contains("cannot be computed"));
    }

    #[test]
    fn scenarios_and_roi_definitions_show_each_case() {
        let (_, fast) = setup();
        let html = scenarios(&ctx(), &fast);
        assert_well_formed(&html);
        for r in [&fast.scenarios.conservative, &fast.scenarios.base, &fast.scenarios.optimistic] {
            assert!(html.contains(&ctx().format(Style::Money, &r.as_ref().unwrap().npv)));
        }
        assert!(html.contains(">Conservative<") && html.contains(">Optimistic<"));
        let html = roi_definitions(&ctx(), &fast);
        assert_well_formed(&html);
        assert!(html.contains(&ctx().format(Style::Percent, &fast.roi_definitions.simple.unwrap())));
        assert!(html.contains("costs of years 0 and 1 together (set-up included)"));
        // The three hooks of contract.md §4, each once, with machine values.
        let id = &fast.option_id;
        for (hook, value) in [("discounted", &fast.roi_definitions.discounted), ("simple", &fast.roi_definitions.simple), ("first-year", &fast.roi_definitions.first_year)] {
            let tag = format!("data-testid=\"roidef-{id}-{hook}\" data-value=\"{}\"", metric_value(value));
            assert_eq!(html.matches(&tag).count(), 1, "{tag}");
        }
    }

    #[test]
    fn monte_carlo_hooks_and_runs_only_when_done() {
        let (s, _) = setup();
        let mut mc = MonteCarlo::new(&s, &s.options[0], 1_000);
        mc.step(300);
        let partial = mc.summary();
        let html = monte_carlo(&ctx(), "personalised", &partial);
        assert_well_formed(&html);
        let prob = tag_of(&html, "mc-personalised-prob-positive");
        assert_eq!(attr(prob, "data-runs"), None);
        assert_eq!(attr(prob, "data-value"), Some(machine_value(&partial.prob_positive).as_str()));
        assert!(html.contains("300 of 1000 runs"), "{html}");
        let done = mc.finish();
        let html = monte_carlo(&ctx(), "personalised", &done);
        assert_well_formed(&html);
        let prob = tag_of(&html, "mc-personalised-prob-positive");
        assert_eq!(attr(prob, "data-runs"), Some("1000"));
        let p = done.npv.unwrap();
        for (name, v) in [("p10", p.p10), ("p50", p.p50), ("p90", p.p90)] {
            assert_eq!(attr(tag_of(&html, &format!("mc-personalised-npv-{name}")), "data-value"), Some(machine_value(&v).as_str()));
        }
        assert!(!html.contains("<progress"));
        assert!(html.contains("<svg") && html.contains("<desc id=\"mc-personalised-hist-desc\">"));
        // Before any run: the hooks are there, empty.
        let empty = MonteCarlo::new(&s, &s.options[0], 10).summary();
        let html = monte_carlo(&ctx(), "personalised", &empty);
        assert_well_formed(&html);
        assert_eq!(attr(tag_of(&html, "mc-personalised-npv-p50"), "data-value"), Some(""));
        assert_eq!(attr(tag_of(&html, "mc-personalised-prob-positive"), "data-value"), Some(""));
    }

    #[test]
    fn visitor_text_is_escaped() {
        let mut s = default_scenario("TWD");
        let evil = "<img src=x onerror=alert(1)>\"'&";
        s.options[0].costs[0].label = evil.into();
        s.options[0].id = "a\"b<".into();
        let o = s.options[0].clone();
        let fast = analyse_fast(&s, &o);
        let mc = MonteCarlo::new(&s, &o, 50).finish();
        for html in [fast_html(&o, &fast), monte_carlo(&ctx(), &o.id, &mc)] {
            assert_well_formed(&html);
            assert!(!html.contains("<img") && !html.contains("a\"b<"), "{html}");
        }
        assert!(fast_html(&o, &fast).contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"));
    }

    #[test]
    fn chart_labels_are_cut_to_fit() {
        assert_eq!(short("Churn per year", 24), "Churn per year");
        assert_eq!(short("Churn reduction (percentage points)", 24), "Churn reduction (percen…");
        assert_eq!(short("顧客流失率降低（百分點）", 24), "顧客流失率降低（百分點）");
        assert_eq!(short("每位顧客每年的服務聯繫次數", 24), "每位顧客每年的服務聯繫…");
    }

    fn fast_html(o: &StrategyOption, f: &FastAnalysis) -> String {
        fast(&ctx(), o, f)
    }

    #[test]
    fn every_input_and_lever_has_words_in_every_language() {
        let s = default_scenario("TWD");
        let o = &s.options[0];
        let mut inputs: Vec<AnalysisInput> = BaselineField::ALL.into_iter().map(AnalysisInput::Baseline).collect();
        inputs.extend(Lever::ALL.into_iter().map(AnalysisInput::Lever));
        inputs.extend([AnalysisInput::DiscountRate, AnalysisInput::BenefitRisk, AnalysisInput::CostRisk]);
        inputs.extend([AnalysisInput::Cost(99), AnalysisInput::Benefit(99)]);
        for lang in Lang::ALL {
            for input in &inputs {
                let key = input.name(o).key;
                assert!(!crate::i18n::text(lang, &key).is_empty(), "{key} in {}", lang.code());
            }
            for key in ["analysis.roi.discounted.formula", "analysis.roi.simple.formula", "analysis.roi.first_year.formula"] {
                assert!(!crate::i18n::text(lang, key).is_empty());
            }
        }
        assert_eq!(input_name(&ctx(), o, AnalysisInput::Benefit(99)), "Benefit line 100");
    }
}
