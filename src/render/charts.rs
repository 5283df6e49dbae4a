//! The app's SVG charts as markup, drawn by hand (no charting library, no canvas): the
//! cumulative cash flow of the option in detail with its payback point, its benefits
//! by source against costs by category, and every option's cumulative cash flow side by
//! side. Each chart has a text alternative (`<title>`/`<desc>`, `role="img"`) and the
//! tables carry the same numbers; lines differ by dash pattern as well as colour. The
//! view box is narrow so text stays readable at 320 px.
//!
//! Each function returns the inside of the chart's `<figure>`: caption, chart, legend.

use super::html::{element, push_text as text, Esc};
use super::{Ctx, Data, Style};
use crate::chart_scale::{axis, to_f64, x_of, Axis};
use crate::i18n::fill;
use crate::model::{BenefitSource, CostCategory};
use rust_decimal::Decimal;
use std::fmt::Write;

/// The width of every chart's view box.
pub(crate) const W: f64 = 360.0;
const H: f64 = 220.0;
const LEFT: f64 = 58.0;
const RIGHT: f64 = 350.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 190.0;

/// Dash patterns so that series differ by more than colour.
const DASHES: [&str; 8] = ["", "6 3", "2 3", "8 3 2 3", "", "6 3", "2 3", "8 3 2 3"];

/// A coordinate in whole view-box units: integers format without float code (smaller
/// wasm), and one unit of a 360-wide view box is finer than a screen pixel at 320 px.
pub(crate) fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The geometry of one chart: the value axis and the years `0..=years` across.
struct Plot {
    axis: Axis,
    years: u32,
}

impl Plot {
    /// A plot of `values` (all the values drawn) over `points` years (0..points).
    #[inline(never)]
    fn new(values: &[f64], points: usize) -> Plot {
        Plot { axis: axis(values.iter().copied()), years: u32::try_from(points.saturating_sub(1)).unwrap_or(0) }
    }

    /// The x of year `t` (or a fraction of a year).
    #[inline(never)]
    fn x(&self, t: f64) -> f64 {
        x_of(t, self.years, LEFT + 12.0, RIGHT - 12.0)
    }

    /// The y of value `v`.
    #[inline(never)]
    fn y(&self, v: f64) -> f64 {
        self.axis.y(v, TOP, BOTTOM)
    }
}

// The writers below are deliberately not inlined: one copy of each keeps the wasm
// small, and they are what every chart is made of.

/// Writes `<tag` with each coordinate in whole units, then `rest` (more attributes and
/// the end of the tag) as it is.
#[inline(never)]
fn el(out: &mut String, tag: &str, coords: &[(&str, f64)], rest: &str) {
    out.push('<');
    out.push_str(tag);
    for (name, v) in coords {
        let _ = write!(out, " {name}=\"{}\"", px(*v));
    }
    out.push_str(rest);
}

/// Adds `part` to a `; `-separated list.
#[inline(never)]
fn add_part(list: &mut String, part: &str) {
    if !list.is_empty() {
        list.push_str("; ");
    }
    list.push_str(part);
}

/// Writes a `<polyline>` through `values`, one a year; `rest` ends the tag.
#[inline(never)]
fn polyline(out: &mut String, p: &Plot, values: &[f64], rest: &str) {
    out.push_str("<polyline points=\"");
    for (t, v) in values.iter().enumerate() {
        let _ = write!(out, "{}{},{}", if t == 0 { "" } else { " " }, px(p.x(t as f64)), px(p.y(*v)));
    }
    out.push('"');
    out.push_str(rest);
}

/// The colour of series `i` (the eight `--chart-N` variables of the stylesheet).
fn colour(i: usize) -> usize {
    i % 8 + 1
}

fn dash(i: usize) -> &'static str {
    DASHES[i % DASHES.len()]
}

/// Caption (title and help) followed by the chart, the inside of the `<figure>`.
fn figure(title: &str, help: &str, chart: Option<String>) -> String {
    let mut out = String::from("<figcaption>");
    element(&mut out, "h2", "", title);
    element(&mut out, "p", " class=\"help\"", help);
    out.push_str("</figcaption>");
    out.push_str(&chart.unwrap_or_default());
    out
}

/// The `<svg>` start with its text alternative and the grid: horizontal lines with
/// value labels, and the year labels below. `id` prefixes the title and desc ids.
fn svg_start(ctx: &Ctx, p: &Plot, id: &str, title: &str, desc: &str) -> String {
    let mut out = format!(
        "<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{id}-chart-title {id}-chart-desc\" class=\"chart\">\
         <title id=\"{id}-chart-title\">{}</title><desc id=\"{id}-chart-desc\">{}</desc><g aria-hidden=\"true\">",
        px(W),
        px(H),
        Esc(title),
        Esc(desc)
    );
    for t in &p.axis.ticks {
        let y = p.y(*t);
        let class = if t.abs() < f64::EPSILON { " class=\"axis-zero\"/>" } else { " class=\"grid\"/>" };
        el(&mut out, "line", &[("x1", LEFT), ("x2", RIGHT), ("y1", y), ("y2", y)], class);
        el(&mut out, "text", &[("x", LEFT - 4.0), ("y", y + 4.0)], " text-anchor=\"end\" class=\"tick\">");
        let value = Decimal::from_f64_retain(*t).unwrap_or_default().round_dp(0);
        text(&mut out, &ctx.format(Style::MoneyCompact, &value));
        out.push_str("</text>");
    }
    for t in 0..=p.years {
        el(&mut out, "text", &[("x", p.x(f64::from(t))), ("y", BOTTOM + 16.0)], " text-anchor=\"middle\" class=\"tick\">");
        let _ = write!(out, "{t}</text>");
    }
    out.push_str("</g>");
    out
}

/// The cumulative cash flow S_t of the option in detail, with its payback point.
pub fn cashflow(ctx: &Ctx, data: &Data) -> String {
    let chart = data.selected_results().ok().map(|r| {
        let values: Vec<f64> = r.years.iter().map(|y| to_f64(&y.cumulative)).collect();
        let p = Plot::new(&values, values.len());
        let mut desc = String::new();
        for row in &r.years {
            let value = ctx.format(Style::Money, &row.cumulative);
            add_part(&mut desc, &fill(ctx.tr("chart.point"), &[("year", &row.year.to_string()), ("value", &value)]));
        }
        let payback_text = match r.payback_months {
            Ok(m) => fill(ctx.tr("chart.payback_at"), &[("months", &ctx.format(Style::Number { digits: 1 }, &m))]),
            Err(_) => ctx.tr("chart.no_payback").to_owned(),
        };
        let mut out = svg_start(ctx, &p, "cf", ctx.tr("chart.cumulative.title"), &format!("{desc}. {payback_text}"));
        polyline(&mut out, &p, &values, " class=\"series c1\" fill=\"none\"/>");
        for (t, v) in values.iter().enumerate() {
            el(&mut out, "circle", &[("cx", p.x(t as f64)), ("cy", p.y(*v))], " r=\"3\" class=\"dot c1\"/>");
        }
        if let Ok(m) = r.payback_months {
            let x = p.x(to_f64(&m) / 12.0);
            out.push_str("<g class=\"payback-marker\" data-testid=\"payback-marker\">");
            el(&mut out, "line", &[("x1", x), ("x2", x), ("y1", TOP), ("y2", BOTTOM)], " class=\"marker-line\"/>");
            el(&mut out, "circle", &[("cx", x), ("cy", p.y(0.0))], " r=\"4.5\"/>");
            // Written away from the nearer edge, so that it fits however long it is in
            // the visitor's language: left of the marker in the chart's right half.
            let (at, anchor) = if x > (LEFT + RIGHT) / 2.0 { (x - 6.0, "end") } else { (x + 6.0, "start") };
            el(&mut out, "text", &[("x", at), ("y", TOP + 10.0)], &format!(" text-anchor=\"{anchor}\" class=\"marker-label\">"));
            text(&mut out, &payback_text);
            out.push_str("</text></g>");
        }
        out.push_str("</svg>");
        out
    });
    figure(ctx.tr("chart.cumulative.title"), ctx.tr("chart.cumulative.help"), chart)
}

/// A bar from value `from` to `to` (at least one unit high); `rest` ends the tag.
fn bar(out: &mut String, p: &Plot, left: f64, width: f64, from: f64, to: f64, rest: &str) {
    let (y0, y1) = (p.y(from), p.y(to));
    el(out, "rect", &[("x", left), ("y", y0.min(y1)), ("width", width), ("height", (y0 - y1).abs().max(1.0))], rest);
}

/// A legend entry: a colour swatch and a name.
fn legend_swatch(out: &mut String, class: &str, colour: usize, name: &str) {
    let _ = write!(out, "<li><span class=\"{class} c{colour}\"></span>");
    text(out, name);
    out.push_str("</li>");
}

/// Benefits by source (up) against costs by category (down), per year, with legends
/// of the sources and categories that occur.
pub fn breakdown(ctx: &Ctx, data: &Data) -> String {
    let chart = data.selected_results().ok().map(|r| {
        let rows = &r.years;
        let cost = |row: &crate::model::YearRow, c: CostCategory| row.costs.get(c.index()).copied().unwrap_or_default();
        let tops = rows.iter().map(|r| to_f64(&r.benefit));
        let extremes: Vec<f64> = tops.chain(rows.iter().map(|r| -to_f64(&r.cost))).collect();
        let p = Plot::new(&extremes, rows.len());
        let slot = (RIGHT - LEFT - 24.0) / f64::from(p.years + 1);
        // At most twice the 12-unit inset of the first and last points, so no bar
        // reaches past the ends of the axis.
        let width = (slot * 0.6).min(24.0);
        let mut desc = String::new();
        for row in rows {
            let benefit = ctx.format(Style::Money, &row.benefit);
            let cost = ctx.format(Style::Money, &row.cost);
            let year = row.year.to_string();
            let point = fill(ctx.tr("chart.breakdown.point"), &[("year", &year), ("benefit", &benefit), ("cost", &cost)]);
            add_part(&mut desc, &point);
        }
        let mut out = svg_start(ctx, &p, "bd", ctx.tr("chart.breakdown.title"), &desc);
        for (t, row) in rows.iter().enumerate() {
            let left = p.x(t as f64) - width / 2.0;
            let mut up = 0.0;
            for (i, s) in BenefitSource::ALL.iter().enumerate() {
                let v = to_f64(&row.benefits.get(*s));
                if v > 0.0 {
                    bar(&mut out, &p, left, width, up, up + v, &format!(" class=\"c{}\"/>", colour(i)));
                    up += v;
                }
            }
            let mut down = 0.0;
            for (i, c) in CostCategory::ALL.iter().enumerate() {
                let v = to_f64(&cost(row, *c));
                if v > 0.0 {
                    let rest = format!(" class=\"cost-bar c{}\"/>", colour(i + 2));
                    bar(&mut out, &p, left, width, down, down - v, &rest);
                    down -= v;
                }
            }
        }
        out.push_str("</svg><div class=\"legend\">");
        element(&mut out, "p", "", ctx.tr("chart.breakdown.benefits"));
        out.push_str("<ul>");
        for (i, s) in BenefitSource::ALL.iter().enumerate() {
            if rows.iter().any(|row| !row.benefits.get(*s).is_zero()) {
                legend_swatch(&mut out, "swatch", colour(i), ctx.tr(&format!("source.{}", s.key())));
            }
        }
        out.push_str("</ul>");
        element(&mut out, "p", "", ctx.tr("chart.breakdown.costs"));
        out.push_str("<ul>");
        for (i, c) in CostCategory::ALL.iter().enumerate() {
            if rows.iter().any(|row| !cost(row, *c).is_zero()) {
                legend_swatch(&mut out, "swatch hatched", colour(i + 2), ctx.tr(&format!("category.{}", c.key())));
            }
        }
        out.push_str("</ul></div>");
        out
    });
    figure(ctx.tr("chart.breakdown.title"), ctx.tr("chart.breakdown.help"), chart)
}

/// Cumulative net cash flow of every option, one line each, with a legend of names.
pub fn comparison(ctx: &Ctx, data: &Data) -> String {
    let series: Vec<Vec<f64>> = data
        .results
        .options
        .iter()
        .map(|o| o.as_ref().map(|o| o.years.iter().map(|y| to_f64(&y.cumulative)).collect()).unwrap_or_default())
        .collect();
    let points = series.iter().map(Vec::len).max().unwrap_or(1);
    let all: Vec<f64> = series.iter().flatten().copied().collect();
    let p = Plot::new(&all, points);
    let years = p.years.to_string();
    let mut desc = String::new();
    for (o, r) in data.scenario.options.iter().zip(&data.results.options) {
        let last = r.as_ref().ok().and_then(|r| r.years.last()).map(|y| ctx.format(Style::Money, &y.cumulative));
        let value = last.unwrap_or_else(|| "—".into());
        add_part(&mut desc, &fill(ctx.tr("chart.compare.point"), &[("name", &o.name), ("years", &years), ("value", &value)]));
    }
    let mut out = svg_start(ctx, &p, "cmp", ctx.tr("chart.compare.title"), &desc);
    for (i, values) in series.iter().enumerate() {
        let rest = format!(
            " class=\"series c{}\" fill=\"none\" stroke-dasharray=\"{}\"/>",
            colour(i),
            dash(i)
        );
        polyline(&mut out, &p, values, &rest);
    }
    out.push_str("</svg><ul class=\"legend\">");
    for (i, o) in data.scenario.options.iter().enumerate() {
        let _ = write!(
            out,
            "<li><svg class=\"legend-line\" viewBox=\"0 0 24 6\" aria-hidden=\"true\"><line x1=\"0\" y1=\"3\" x2=\"24\" y2=\"3\" \
             class=\"c{}\" stroke-dasharray=\"{}\"/></svg>",
            colour(i),
            dash(i)
        );
        text(&mut out, &o.name);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    figure(ctx.tr("chart.compare.title"), ctx.tr("chart.compare.help"), Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::test_support::{d, assert_well_formed, render, scenario};

    #[test]
    fn cashflow_chart_has_its_text_alternative_and_the_payback_marker() {
        let s = scenario();
        let html = render(&s, None, cashflow);
        assert_well_formed(&html);
        assert!(html.starts_with("<figcaption><h2>Cumulative cash flow</h2>"));
        assert!(html.contains("role=\"img\" aria-labelledby=\"cf-chart-title cf-chart-desc\""));
        assert!(html.contains("<title id=\"cf-chart-title\">Cumulative cash flow</title>"));
        let r = crate::model::evaluate(&s).options.remove(0).unwrap();
        let months = r.payback_months.unwrap().round_dp(1);
        assert!(html.contains(&format!("<desc id=\"cf-chart-desc\">year 0: ${}; year 1: ", r.years[0].cumulative)));
        assert!(html.contains(&format!(". pays back at {months} months</desc>")));
        assert_eq!(html.matches("data-testid=\"payback-marker\"").count(), 1);
        assert!(html.contains(&format!("class=\"marker-label\">pays back at {months} months</text>")));
        // One point a year.
        assert_eq!(html.matches("r=\"3\"").count(), r.years.len());
    }

    #[test]
    fn tick_labels_are_the_ticks_in_whole_units() {
        let s = scenario();
        let html = render(&s, None, cashflow);
        let r = crate::model::evaluate(&s).options.remove(0).unwrap();
        let a = axis(r.years.iter().map(|y| to_f64(&y.cumulative)));
        for t in &a.ticks {
            let expected = Decimal::from_f64_retain(*t).unwrap().round_dp(0);
            assert!(html.contains(&format!("class=\"tick\">~${expected}</text>")), "{t}");
        }
    }

    #[test]
    fn coordinates_are_whole_numbers() {
        let s = scenario();
        for chart in [cashflow, breakdown, comparison] {
            let html = render(&s, None, chart);
            let mut seen = 0;
            for name in ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height"] {
                for piece in html.split(&format!(" {name}=\"")).skip(1) {
                    let value = &piece[..piece.find('"').unwrap()];
                    assert!(value.parse::<i32>().is_ok(), "{name}={value}");
                    seen += 1;
                }
            }
            assert!(seen > 10);
        }
    }

    #[test]
    fn no_payback_means_no_marker_and_says_so() {
        let mut s = scenario();
        for o in &mut s.options {
            o.levers = Default::default();
            o.custom_benefits.clear();
        }
        let html = render(&s, None, cashflow);
        assert_well_formed(&html);
        assert!(!html.contains("payback-marker"));
        assert!(html.contains(". does not pay back within the horizon</desc>"));
    }

    #[test]
    fn a_missing_option_leaves_only_the_caption() {
        let s = scenario();
        let html = render(&s, Some("gone"), cashflow);
        assert!(!html.contains("<svg"));
        assert!(html.starts_with("<figcaption>") && html.ends_with("</figcaption>"));
        assert!(!render(&s, Some("gone"), breakdown).contains("<svg"));
    }

    #[test]
    fn breakdown_bars_and_legends_follow_the_sources_and_categories_that_occur() {
        let s = scenario();
        let html = render(&s, None, breakdown);
        assert_well_formed(&html);
        let r = crate::model::evaluate(&s).options.remove(0).unwrap();
        assert!(html.contains(&format!(
            "<desc id=\"bd-chart-desc\">year 0: benefits ${}, costs ${}; year 1:",
            r.years[0].benefit, r.years[0].cost
        )));
        let legend = &html[html.find("<div class=\"legend\">").unwrap()..];
        for source in BenefitSource::ALL {
            let occurs = r.years.iter().any(|y| !y.benefits.get(source).is_zero());
            let name = crate::i18n::text(crate::i18n::Lang::En, &format!("source.{}", source.key()));
            assert_eq!(legend.contains(&format!("</span>{name}</li>")), occurs, "{name}");
        }
        for c in CostCategory::ALL {
            let occurs = r.years.iter().any(|y| !y.costs[c.index()].is_zero());
            let name = crate::i18n::text(crate::i18n::Lang::En, &format!("category.{}", c.key()));
            assert_eq!(legend.contains(&format!("</span>{name}</li>")), occurs, "{name}");
        }
        assert!(html.contains("class=\"swatch hatched c"));
        assert!(html.contains("class=\"cost-bar c"));
    }

    #[test]
    fn comparison_chart_draws_every_option_with_its_dash_and_an_escaped_legend() {
        let mut s = scenario();
        s.options[1].name = r#"<b>"x"&"#.into();
        s.options[2].costs[0].timing =
            crate::model::Timing::OneOff { amount: crate::model::Amount::Fixed(d("79000000000000000000000000000")) };
        let huge = s.options[2].costs[0].clone();
        s.options[2].costs.push(huge);
        let html = render(&s, None, comparison);
        assert_well_formed(&html);
        assert_eq!(html.matches("<polyline").count(), 3);
        assert!(html.contains("stroke-dasharray=\"6 3\""));
        assert!(html.contains("</svg>&lt;b&gt;&quot;x&quot;&amp;</li>"));
        assert!(html.contains("&lt;b&gt;&quot;x&quot;&amp;: $"));
        assert!(!html.contains("<b>"));
        // The option that overflowed has no line points and a dash in the description.
        assert!(html.contains("points=\"\""));
        assert!(html.contains(": — after 3 years</desc>"));
    }
}
