//! The result tables as markup.
//!
//! - [`comparison`]: all options side by side, every metric with the best marked. It
//!   carries the result hooks of contract.md §4 (`result-<id>-<metric>`,
//!   `result-baseline-clv`), once each, whichever option is shown in detail.
//! - [`years`]: the year-by-year table of the option shown in detail (years 0..N):
//!   benefits by source, costs by category, net, cumulative and discounted. Sources and
//!   categories that are zero in every year are left out to keep the table readable.
//!   Rows carry the `cashflow-<id>-<year>` hooks.
//! - [`verdict`]: the sentence above the comparison (plain text, not markup).

use super::html::{element, escape, push_text, Esc};
use super::quick::HEADLINE;
use std::fmt::Write;
use super::metric::{best_index, hook_value, reason_text, MetricId, ShowMetric};
use super::{Ctx, Data, Style};
use crate::model::machine_value::machine_value;
use crate::i18n::fill;
use crate::model::{BenefitSource, CostCategory, Metric, Undefined, YearRow};
use crate::verdict::Verdict;
use rust_decimal::Decimal;

const COL: &str = " scope=\"col\"";

/// The comparison `<table>`: a column per option and one for the baseline ("today").
pub fn comparison(ctx: &Ctx, data: &Data) -> String {
    comparison_of(ctx, data, &MetricId::ALL)
}

/// The comparison without the headline metrics, for the quick view, where those sit
/// on the option cards (`render::quick::headline`): every hook stays once in the page.
pub fn comparison_more(ctx: &Ctx, data: &Data) -> String {
    let rest: Vec<MetricId> = MetricId::ALL.into_iter().filter(|m| !HEADLINE.contains(m)).collect();
    comparison_of(ctx, data, &rest)
}

/// The values of `metric` for every option (an option that overflowed as a whole is
/// undefined), and the index of the best one.
pub(crate) fn metric_row(data: &Data, metric: MetricId) -> (Vec<Metric>, Option<usize>) {
    let values: Vec<Metric> = (0..data.scenario.options.len())
        .map(|i| data.results.options.get(i).map_or(Err(Undefined::Overflow), |o| metric.of_option(o)))
        .collect();
    let best = best_index(&values, metric.better());
    (values, best)
}

/// The inside of a result cell: the value (money also in compact form, shown on narrow
/// screens), or a dash with the reason, and the best mark.
pub(crate) fn value_cell(out: &mut String, ctx: &Ctx, metric: MetricId, value: &Metric, is_best: bool) {
    match value {
        Ok(v) if metric.is_money() => {
            let _ = write!(
                out,
                "<span class=\"num amt-full\">{}</span><span class=\"num amt-short\">{}</span>",
                Esc(&metric.show(ctx, v)),
                Esc(&ctx.format(Style::MoneyCompact, v))
            );
        }
        Ok(v) => element(out, "span", " class=\"num\"", &metric.show(ctx, v)),
        Err(reason) => {
            let reason = reason_text(ctx, *reason);
            out.push_str(&format!("<span class=\"undefined\" title=\"{}\">—", escape(reason)));
            element(out, "span", " class=\"reason\"", reason);
            out.push_str("</span>");
        }
    }
    if is_best {
        out.push_str("<span class=\"best-mark\"> ★ ");
        element(out, "span", " class=\"visually-hidden\"", ctx.tr("compare.best"));
        out.push_str("</span>");
    }
}

fn comparison_of(ctx: &Ctx, data: &Data, metrics: &[MetricId]) -> String {
    let options = &data.scenario.options;
    let mut out = String::from("<table class=\"compare-table\"><thead><tr>");
    element(&mut out, "th", COL, ctx.tr("compare.metric"));
    for o in options {
        element(&mut out, "th", COL, &o.name);
    }
    element(&mut out, "th", COL, ctx.tr("compare.baseline"));
    out.push_str("</tr></thead><tbody>");
    for &metric in metrics {
        let (values, best) = metric_row(data, metric);
        out.push_str("<tr>");
        element(&mut out, "th", " scope=\"row\"", ctx.tr(&format!("metric.{}", metric.key())));
        for (i, (o, value)) in options.iter().zip(&values).enumerate() {
            let is_best = best == Some(i);
            // `data-label`: on a phone each metric is a block with the strategies'
            // values side by side, each under its strategy's name (style/main.css).
            out.push_str(&format!(
                "<td data-testid=\"result-{}-{}\" data-value=\"{}\" data-label=\"{}\"{}>",
                escape(&o.id),
                metric.key(),
                hook_value(value),
                escape(&o.name),
                if is_best { " class=\"best\"" } else { "" }
            ));
            value_cell(&mut out, ctx, metric, value, is_best);
            out.push_str("</td>");
        }
        // A figure never breaks across lines ("$12,800." / "00" at 360 px): it is a
        // `.num` span, as in the options' cells; a reason in words may wrap.
        let baseline = |out: &mut String, m: &Metric| match m {
            Ok(v) => element(out, "span", " class=\"num\"", &metric.show(ctx, v)),
            Err(e) => push_text(out, &format!("— {}", reason_text(ctx, *e))),
        };
        let b = &data.results.baseline;
        let today = escape(ctx.tr("compare.baseline"));
        match metric {
            MetricId::Clv => {
                let _ = write!(
                    out,
                    "<td class=\"today\" data-label=\"{today}\" data-testid=\"result-baseline-clv\" data-value=\"{}\">",
                    hook_value(&b.clv)
                );
                baseline(&mut out, &b.clv);
                out.push_str("</td>");
            }
            MetricId::ClvToCac => {
                let _ = write!(out, "<td class=\"today\" data-label=\"{today}\">");
                baseline(&mut out, &b.clv_to_cac);
                out.push_str("</td>");
            }
            _ => element(&mut out, "td", " class=\"na\" aria-hidden=\"true\"", "·"),
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// The verdict of the comparison as a translated sentence: plain text for a text
/// node, not markup.
pub fn verdict(ctx: &Ctx, data: &Data) -> String {
    let name = |i: usize| data.scenario.options.get(i).map(|o| o.name.as_str()).unwrap_or_default();
    let months = |m: &Decimal| ctx.format(Style::Number { digits: 1 }, m);
    let years = data.scenario.horizon_years.to_string();
    match crate::verdict::verdict(&data.results.options) {
        Verdict::Clear { option, months: m } => {
            fill(ctx.tr("verdict.clear"), &[("name", name(option)), ("months", &months(&m)), ("years", &years)])
        }
        Verdict::Split { fastest, months: m, most_value } => fill(
            ctx.tr("verdict.split"),
            &[("fastest", name(fastest)), ("months", &months(&m)), ("best", name(most_value)), ("years", &years)],
        ),
        Verdict::PaysBackButNoValue { fastest, months: m } => {
            fill(ctx.tr("verdict.no_value"), &[("name", name(fastest)), ("months", &months(&m)), ("years", &years)])
        }
        Verdict::NonePaysBack => fill(ctx.tr("verdict.none"), &[("years", &years)]),
    }
}

/// The year-by-year `<thead>` and `<tbody>` of the option in detail (no rows when it
/// overflowed or is gone).
pub fn years(ctx: &Ctx, data: &Data) -> String {
    let rows = data.selected_results().map(|r| r.years.as_slice()).unwrap_or_default();
    let cost = |row: &YearRow, c: CostCategory| row.costs.get(c.index()).copied().unwrap_or_default();
    let sources: Vec<BenefitSource> =
        BenefitSource::ALL.into_iter().filter(|s| rows.iter().any(|r| !r.benefits.get(*s).is_zero())).collect();
    let categories: Vec<CostCategory> =
        CostCategory::ALL.into_iter().filter(|c| rows.iter().any(|r| !cost(r, *c).is_zero())).collect();

    let mut out = String::from("<thead><tr>");
    element(&mut out, "th", COL, ctx.tr("table.year"));
    for s in &sources {
        element(&mut out, "th", " scope=\"col\" class=\"benefit\"", ctx.tr(&format!("source.{}", s.key())));
    }
    element(&mut out, "th", " scope=\"col\" class=\"benefit total\"", ctx.tr("table.benefit"));
    for c in &categories {
        element(&mut out, "th", " scope=\"col\" class=\"cost\"", ctx.tr(&format!("category.{}", c.key())));
    }
    element(&mut out, "th", " scope=\"col\" class=\"cost total\"", ctx.tr("table.cost"));
    element(&mut out, "th", COL, ctx.tr("table.net"));
    element(&mut out, "th", COL, ctx.tr("table.cumulative"));
    element(&mut out, "th", COL, ctx.tr("table.discounted"));
    out.push_str("</tr></thead><tbody>");

    let id = escape(data.selected);
    for r in rows {
        out.push_str(&format!(
            "<tr data-testid=\"cashflow-{id}-{}\" data-benefit=\"{}\" data-cost=\"{}\" data-net=\"{}\">",
            r.year,
            machine_value(&r.benefit),
            machine_value(&r.cost),
            machine_value(&r.net),
        ));
        element(&mut out, "th", " scope=\"row\"", &r.year.to_string());
        let mut td = |attrs: &str, v: &Decimal| element(&mut out, "td", attrs, &ctx.format(Style::Money, v));
        let negative = |v: &Decimal| if *v < Decimal::ZERO { " class=\"negative\"" } else { "" };
        for s in &sources {
            td("", &r.benefits.get(*s));
        }
        td(" class=\"total\"", &r.benefit);
        for c in &categories {
            td("", &cost(r, *c));
        }
        td(" class=\"total\"", &r.cost);
        td(negative(&r.net), &r.net);
        td(negative(&r.cumulative), &r.cumulative);
        td("", &r.discounted_net);
        out.push_str("</tr>");
    }
    out.push_str("</tbody>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::render::test_support::{d, assert_well_formed, attr, element, render, scenario, tag_of};

    #[test]
    fn every_hook_of_every_option_once_with_the_machine_value() {
        let s = scenario();
        let html = render(&s, None, comparison);
        assert_well_formed(&html);
        let e = evaluate(&s);
        for (o, r) in s.options.iter().zip(&e.options) {
            for m in MetricId::ALL {
                let tag = tag_of(&html, &format!("result-{}-{}", o.id, m.key()));
                let expected = m.of_option(r).map(|v| machine_value(&v)).unwrap_or_default();
                assert_eq!(attr(tag, "data-value"), Some(expected.as_str()), "{} {}", o.id, m.key());
            }
        }
        let tag = tag_of(&html, "result-baseline-clv");
        assert_eq!(attr(tag, "data-value"), Some(machine_value(&e.baseline.clv.unwrap()).as_str()));
        // Issue 15, defect 8: the baseline's figure is one unbreakable `.num`, as the
        // options' are ("$12,800." / "00" at 360 px before).
        assert!(element(&html, "result-baseline-clv").contains("<span class=\"num\">"));
        assert_eq!(html.matches("data-testid=").count(), s.options.len() * MetricId::ALL.len() + 1);
    }

    #[test]
    fn highest_npv_and_lowest_payback_are_marked_best() {
        let s = scenario();
        let e = evaluate(&s);
        let html = render(&s, None, comparison);
        let ok: Vec<_> = e.options.iter().map(|o| o.as_ref().unwrap()).collect();
        let top_npv = (0..ok.len()).max_by_key(|i| ok[*i].npv).unwrap();
        let fastest = (0..ok.len()).min_by_key(|i| ok[*i].payback_months.unwrap()).unwrap();
        for (i, o) in s.options.iter().enumerate() {
            let npv = element(&html, &format!("result-{}-npv", o.id));
            assert_eq!(npv.contains("class=\"best\""), i == top_npv, "npv of {}", o.id);
            assert_eq!(npv.contains("<span class=\"visually-hidden\">best</span>"), i == top_npv);
            let payback = element(&html, &format!("result-{}-payback-months", o.id));
            assert_eq!(payback.contains("class=\"best\""), i == fastest, "payback of {}", o.id);
        }
        // Only one option: nothing to compare, nothing marked.
        let mut one = scenario();
        one.options.truncate(1);
        assert!(!render(&one, None, comparison).contains("best"));
    }

    #[test]
    fn option_names_are_escaped() {
        let mut s = scenario();
        s.options[0].name = r#"<b>"x"&"#.into();
        let html = render(&s, None, comparison);
        assert_well_formed(&html);
        assert!(html.contains("<th scope=\"col\">&lt;b&gt;&quot;x&quot;&amp;</th>"));
        assert!(!html.contains("<b>"));
    }

    #[test]
    fn undefined_metrics_show_a_dash_and_the_reason_with_an_empty_value() {
        let mut s = scenario();
        s.options[0].costs.clear();
        let html = render(&s, None, comparison);
        let id = &s.options[0].id;
        for m in ["roi", "bcr"] {
            let cell = element(&html, &format!("result-{id}-{m}"));
            assert_eq!(attr(cell, "data-value"), Some(""));
            assert!(cell.contains(
                "<span class=\"undefined\" title=\"no costs to compare against\">—<span class=\"reason\">no costs to compare against</span></span>"
            ));
        }
        // The baseline with no acquisition cost: its CLV:CAC says why.
        s.baseline.acquisition_cost = Decimal::ZERO;
        assert!(render(&s, None, comparison).contains("<td class=\"today\" data-label=\"Today\">— acquisition cost is 0</td>"));
    }

    #[test]
    fn on_a_tie_the_star_and_the_verdict_name_the_same_first_option() {
        // Issue 10: two options with the same results; the ★ marked the last, the
        // verdict named the first.
        let mut s = scenario();
        let mut twin = s.options[0].clone();
        twin.id = "twin".into();
        twin.name = "Twin".into();
        s.options.truncate(1);
        s.options.push(twin);
        let html = render(&s, None, comparison);
        let first = &s.options[0];
        for m in ["npv", "payback-months", "roi", "irr"] {
            assert!(element(&html, &format!("result-{}-{m}", first.id)).contains("class=\"best\""), "{m} of the first");
            assert!(!element(&html, &format!("result-twin-{m}")).contains("class=\"best\""), "{m} of the twin");
        }
        let text = render(&s, None, verdict);
        assert!(text.starts_with(&format!("{} pays back first", first.name)), "{text}");
        assert!(!text.contains("Twin"), "{text}");
    }

    #[test]
    fn verdict_names_the_options_in_a_sentence() {
        let s = scenario();
        let text = render(&s, None, verdict);
        let e = evaluate(&s);
        let expected = match crate::verdict::verdict(&e.options) {
            Verdict::Split { fastest, most_value, .. } => (fastest, most_value),
            v => panic!("the defaults give a split verdict, not {v:?}"),
        };
        assert!(text.starts_with(&format!("{} pays back first, in ", s.options[expected.0].name)), "{text}");
        assert!(text.contains(&format!("; {} creates the most value over 3 years.", s.options[expected.1].name)));
        // Plain text: a name is not escaped here (Leptos sets it as a text node).
        let mut s = scenario();
        s.options.iter_mut().for_each(|o| o.name = "<b>&".into());
        assert!(render(&s, None, verdict).starts_with("<b>& pays back first"));
    }

    #[test]
    fn year_rows_zero_to_n_with_their_hooks() {
        let s = scenario();
        let e = evaluate(&s);
        let r = e.options[0].as_ref().unwrap();
        let id = &s.options[0].id;
        let html = render(&s, None, years);
        assert_well_formed(&html);
        assert_eq!(r.years.len(), s.horizon_years as usize + 1);
        for row in &r.years {
            let tag = tag_of(&html, &format!("cashflow-{id}-{}", row.year));
            assert_eq!(attr(tag, "data-benefit"), Some(machine_value(&row.benefit).as_str()));
            assert_eq!(attr(tag, "data-cost"), Some(machine_value(&row.cost).as_str()));
            assert_eq!(attr(tag, "data-net"), Some(machine_value(&row.net).as_str()));
        }
        assert_eq!(html.matches("<tr data-testid=").count(), r.years.len());
        assert!(!html.contains(&format!("cashflow-{id}-{}", r.years.len())));
        // Year 0 has a one-off cost, so its net is negative.
        let year0 = element(&html, &format!("cashflow-{id}-0"));
        assert!(year0.contains(&format!("<td class=\"negative\">${}</td>", r.years[0].net)));
    }

    #[test]
    fn year_table_leaves_out_sources_and_categories_that_are_always_zero() {
        let mut s = scenario();
        let o = &mut s.options[0];
        o.levers = Default::default();
        o.levers.marketing_savings = d("10");
        o.custom_benefits.clear();
        o.costs.retain(|c| c.category == CostCategory::Labour);
        let html = render(&s, None, years);
        let head = &html[..html.find("</thead>").unwrap()];
        assert_eq!(head.matches("class=\"benefit\"").count(), 1);
        assert!(head.contains("<th scope=\"col\" class=\"benefit\">Marketing saved</th>"));
        assert_eq!(head.matches("class=\"cost\"").count(), 1);
        assert!(head.contains("<th scope=\"col\" class=\"cost\">Labour</th>"));
        // Year, 1 source, benefits, 1 category, costs, net, cumulative, discounted.
        assert_eq!(head.matches("<th ").count(), 8);
        let row = element(&html, &format!("cashflow-{}-1", s.options[0].id));
        assert_eq!(row.matches("<td").count(), 7);
    }

    #[test]
    fn no_rows_for_an_option_that_is_gone() {
        let s = scenario();
        let html = render(&s, Some("gone"), years);
        assert_well_formed(&html);
        assert!(html.ends_with("<tbody></tbody>"));
    }
}
