//! The headline results as markup: the quick view's card per option (ROI, NPV and
//! payback, carrying those metrics' result hooks of contract.md §4, so the quick view's
//! collapsed comparison leaves them out) and the one-line summary of the option being
//! edited that stays in view on narrow screens while the visitor edits the full page.

use super::html::{element, Esc};
use super::metric::{hook_value, MetricId, ShowMetric};
use super::tables::{metric_row, value_cell};
use super::{Ctx, Data, Style};
use rust_decimal::Decimal;
use std::fmt::Write;

/// The metrics an article reader sees first.
pub const HEADLINE: [MetricId; 3] = [MetricId::Roi, MetricId::Npv, MetricId::PaybackMonths];

/// One card per option with its headline metrics; the best value of each is marked.
pub fn headline(ctx: &Ctx, data: &Data) -> String {
    let rows: Vec<_> = HEADLINE.iter().map(|m| metric_row(data, *m)).collect();
    let mut out = String::from("<ul class=\"headline-list\">");
    for (i, o) in data.scenario.options.iter().enumerate() {
        out.push_str("<li class=\"headline-card\">");
        element(&mut out, "h3", "", &o.name);
        out.push_str("<dl>");
        for (metric, (values, best)) in HEADLINE.iter().zip(&rows) {
            let Some(value) = values.get(i) else { continue };
            out.push_str("<div>");
            element(&mut out, "dt", "", ctx.tr(&format!("short.{}", metric.key())));
            let negative = matches!(value, Ok(v) if *v < Decimal::ZERO);
            let _ = write!(
                out,
                "<dd data-testid=\"result-{}-{}\" data-value=\"{}\"{}>",
                Esc(&o.id),
                metric.key(),
                hook_value(value),
                if negative { " class=\"negative\"" } else { "" }
            );
            value_cell(&mut out, ctx, *metric, value, *best == Some(i));
            out.push_str("</dd></div>");
        }
        out.push_str("</dl></li>");
    }
    out.push_str("</ul>");
    out
}

/// The option in detail and its headline metrics on one line (money compact), for the
/// summary bar of the full page on narrow screens. No hooks: those are in the comparison.
pub fn summary(ctx: &Ctx, data: &Data) -> String {
    let name = data.scenario.options.iter().find(|o| o.id == data.selected).map(|o| o.name.as_str());
    let mut out = String::new();
    element(&mut out, "strong", " class=\"summary-name\"", name.unwrap_or_default());
    let results = data.selected_results();
    for metric in HEADLINE {
        let shown = match results.and_then(|r| metric.of(r)) {
            Ok(v) if metric.is_money() => ctx.format(Style::MoneyCompact, &v),
            Ok(v) => metric.show(ctx, &v),
            Err(_) => "—".to_owned(),
        };
        out.push_str("<span class=\"summary-item\">");
        element(&mut out, "span", " class=\"summary-label\"", ctx.tr(&format!("short.{}", metric.key())));
        out.push(' ');
        element(&mut out, "span", " class=\"num\"", &shown);
        out.push_str("</span>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::model::machine_value::machine_value;
    use crate::render::test_support::{assert_well_formed, attr, element as el, render, scenario, tag_of};

    #[test]
    fn a_card_per_option_with_the_headline_hooks_once() {
        let s = scenario();
        let html = render(&s, None, headline);
        assert_well_formed(&html);
        let e = evaluate(&s);
        assert_eq!(html.matches("<li class=\"headline-card\">").count(), s.options.len());
        for (o, r) in s.options.iter().zip(&e.options) {
            assert!(html.contains(&format!("<h3>{}</h3>", o.name)));
            for m in HEADLINE {
                let tag = tag_of(&html, &format!("result-{}-{}", o.id, m.key()));
                let expected = m.of_option(r).map(|v| machine_value(&v)).unwrap_or_default();
                assert_eq!(attr(tag, "data-value"), Some(expected.as_str()));
            }
        }
        // Only the headline metrics: the others are in the quick view's comparison.
        assert_eq!(html.matches("data-testid=").count(), s.options.len() * HEADLINE.len());
        let more = render(&s, None, crate::render::tables::comparison_more);
        for o in &s.options {
            for m in MetricId::ALL {
                let id = format!("data-testid=\"result-{}-{}\"", o.id, m.key());
                assert_eq!(html.matches(&id).count() + more.matches(&id).count(), 1, "{id} once in the quick view");
            }
        }
        assert_eq!(more.matches("data-testid=\"result-baseline-clv\"").count(), 1);
    }

    #[test]
    fn money_has_a_compact_form_and_a_loss_is_marked() {
        let mut s = scenario();
        // A business with no margin and nothing to save: every option costs more than it
        // returns (a small business alone no longer does: the presets scale with it).
        s.baseline.gross_margin = Decimal::ZERO;
        s.baseline.acquisition_cost = Decimal::ZERO;
        s.baseline.cost_per_contact = Decimal::ZERO;
        s.baseline.marketing_spend = Decimal::ZERO;
        let html = render(&s, None, headline);
        let npv = el(&html, &format!("result-{}-npv", s.options[0].id));
        assert!(npv.starts_with("<dd data-testid=") && npv.contains("class=\"negative\""), "{npv}");
        assert!(npv.contains("<span class=\"num amt-full\">$-") && npv.contains("<span class=\"num amt-short\">~$-"), "{npv}");
        // A percentage has one form only.
        let roi = el(&html, &format!("result-{}-roi", s.options[1].id));
        assert!(roi.contains("<span class=\"num\">") && !roi.contains("amt-"), "{roi}");
    }

    #[test]
    fn summary_names_the_option_in_detail_with_compact_money() {
        let s = scenario();
        let e = evaluate(&s);
        let r = e.options[1].as_ref().unwrap();
        let html = render(&s, Some(&s.options[1].id), summary);
        assert_well_formed(&html);
        assert!(html.starts_with(&format!("<strong class=\"summary-name\">{}</strong>", s.options[1].name)));
        assert!(html.contains(&format!("<span class=\"num\">~${}</span>", r.npv.round_dp(0))), "{html}");
        assert!(!html.contains("data-testid"));
        let gone = render(&s, Some("gone"), summary);
        assert_eq!(gone.matches("<span class=\"num\">—</span>").count(), HEADLINE.len());
    }
}
