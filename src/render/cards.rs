//! The metric cards of the option shown in detail: each metric with its value, a
//! one-line explanation and, on demand, its formula; an undefined result shows a dash
//! and the reason. The CLV card also shows the lifetime value today (the baseline).

use super::html::element;
use super::metric::{reason_text, MetricId, ShowMetric};
use super::tables::value_cell;
use super::{Ctx, Data};
use crate::i18n::fill;
use crate::model::Metric;

/// The metrics shown as cards, in reading order.
pub const CARDS: [MetricId; 8] = [
    MetricId::Roi,
    MetricId::Npv,
    MetricId::PaybackMonths,
    MetricId::Irr,
    MetricId::Bcr,
    MetricId::NetBenefit,
    MetricId::Clv,
    MetricId::ClvToCac,
];

/// The heading of the detail panel, "Results: <name>" (plain text, not markup).
pub fn title(ctx: &Ctx, data: &Data) -> String {
    let name = data.scenario.options.iter().find(|o| o.id == data.selected).map(|o| o.name.as_str());
    fill(ctx.tr("detail.title"), &[("name", name.unwrap_or_default())])
}

/// The cards, the inside of the metric grid. `open` names the cards whose formula is
/// unfolded (kept open across updates, as the page re-renders the grid).
pub fn cards(ctx: &Ctx, data: &Data, open: &[MetricId]) -> String {
    let selected = data.selected_results();
    let mut out = String::new();
    for metric in CARDS {
        let k = metric.key();
        let value: Metric = selected.and_then(|r| metric.of(r));
        out.push_str(&format!("<div class=\"metric-card\" data-testid=\"detail-{k}\">"));
        element(&mut out, "h3", " class=\"metric-name\"", ctx.tr(&format!("metric.{k}")));
        // Money also in compact form, shown on narrow screens (render::tables::value_cell).
        out.push_str("<p class=\"metric-value\">");
        match value {
            Ok(v) => value_cell(&mut out, ctx, metric, &Ok(v), false),
            Err(_) => out.push('—'),
        }
        out.push_str("</p>");
        if let Err(reason) = value {
            element(&mut out, "p", " class=\"metric-reason\"", reason_text(ctx, reason));
        }
        if metric == MetricId::Clv {
            let before = match data.results.baseline.clv {
                Ok(v) => metric.show(ctx, &v),
                Err(reason) => format!("— ({})", reason_text(ctx, reason)),
            };
            let today = fill(ctx.tr("detail.clv_before"), &[("value", &before)]);
            element(&mut out, "p", " class=\"metric-compare\"", &today);
        }
        element(&mut out, "p", " class=\"metric-explain\"", ctx.tr(&format!("explain.{k}")));
        out.push_str(if open.contains(&metric) { "<details class=\"formula\" open>" } else { "<details class=\"formula\">" });
        element(&mut out, "summary", "", ctx.tr("detail.formula"));
        out.push_str("<p>");
        element(&mut out, "code", "", ctx.tr(&format!("formula.{k}")));
        out.push_str("</p></details></div>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::render::test_support::{assert_well_formed, attr, element, render, scenario, tag_of};

    #[test]
    fn every_card_with_value_explanation_and_formula() {
        let s = scenario();
        let html = render(&s, None, |c, d| cards(c, d, &[]));
        assert_well_formed(&html);
        let r = evaluate(&s).options.remove(0).unwrap();
        for m in CARDS {
            let card = element(&html, &format!("detail-{}", m.key()));
            assert!(card.contains("<p class=\"metric-explain\">"), "{}", m.key());
            assert!(card.contains("<details class=\"formula\"><summary>Formula</summary><p><code>"));
            assert!(!card.contains("metric-reason"));
        }
        let npv = element(&html, "detail-npv");
        assert!(npv.contains(&format!(
            "<p class=\"metric-value\"><span class=\"num amt-full\">${}</span><span class=\"num amt-short\">~${}</span></p>",
            r.npv,
            r.npv.round_dp(0)
        )));
        let roi = element(&html, "detail-roi");
        assert!(roi.contains(&format!("<p class=\"metric-value\"><span class=\"num\">{}%</span></p>", r.roi.unwrap().round_dp(1))));
        // CLV also shows today's value (12 800 for the defaults).
        assert!(element(&html, "detail-clv").contains("<p class=\"metric-compare\">Today: $12800</p>"));
    }

    #[test]
    fn undefined_metrics_show_a_dash_and_the_reason() {
        let mut s = scenario();
        s.options[0].costs.clear();
        let html = render(&s, None, |c, d| cards(c, d, &[]));
        let roi = element(&html, "detail-roi");
        assert!(roi.contains("<p class=\"metric-value\">—</p><p class=\"metric-reason\">no costs to compare against</p>"));
        // An option that is gone shows every card undefined rather than failing.
        let gone = render(&s, Some("gone"), |c, d| cards(c, d, &[]));
        assert_eq!(gone.matches("<p class=\"metric-value\">—</p>").count(), CARDS.len());
    }

    #[test]
    fn title_names_the_option_in_detail() {
        let s = scenario();
        assert_eq!(render(&s, None, title), format!("Results: {}", s.options[0].name));
        assert_eq!(render(&s, Some("gone"), title), "Results: ");
    }

    #[test]
    fn open_formulas_stay_open() {
        let s = scenario();
        let html = render(&s, None, |c, d| cards(c, d, &[MetricId::Irr]));
        assert!(element(&html, "detail-irr").contains("<details class=\"formula\" open>"));
        assert_eq!(html.matches(" open>").count(), 1);
        assert_eq!(attr(tag_of(&html, "detail-irr"), "class"), Some("metric-card"));
    }
}
