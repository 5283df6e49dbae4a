//! The printed report's opening: the title, the date, the scenario's name, and every
//! input and assumption behind the results (settings, the business today, and per
//! option its effects, costs, realisation and risks). Shown only in print.

use super::html::Esc;
use super::{Ctx, Style};
use crate::model::baseline::{BaselineField, FieldUnit};
use super::line_text::line_as_entered;
use super::scale_effect::scale_effect;
use crate::model::{Baseline, Lever, Scale, Scenario, Timing};
use rust_decimal::Decimal;
use std::fmt::Write;

fn row(out: &mut String, label: &str, value: &str) {
    let _ = write!(out, "<tr><th scope=\"row\">{}</th><td>{}</td></tr>", Esc(label), Esc(value));
}

/// A line as the visitor entered it, and for a line that grows with the business what
/// it amounts to today ("= 2.5 × NT$600,000 at 2,500 customers: …"): enough to enter it
/// again and get the same results.
fn line(ctx: &Ctx, timing: &Timing, scale: Option<Scale>, rate: bool, baseline: &Baseline) -> String {
    let entered = line_as_entered(ctx, timing, scale, rate);
    match scale_effect(ctx, timing, scale, baseline) {
        Some(effect) => format!("{entered} {effect}"),
        None => entered,
    }
}

/// The report's opening section for the page: today's date comes from the browser.
pub fn report_head_today(ctx: &Ctx, data: &super::Data) -> String {
    report_head(ctx, data.scenario, &crate::render::today(ctx.lang))
}

/// The report's opening section; `date` is today's date written for the language.
pub fn report_head(ctx: &Ctx, scenario: &Scenario, date: &str) -> String {
    let mut out = format!(
        "<h1>{}</h1><p>{} · {}</p>",
        Esc(ctx.tr("app.title")),
        Esc(date),
        Esc(if scenario.name.is_empty() { ctx.tr("scenario.untitled") } else { &scenario.name })
    );
    let _ = write!(out, "<h2>{}</h2><table class=\"assumptions\"><tbody>", Esc(ctx.tr("report.assumptions")));
    row(&mut out, ctx.tr("settings.currency.label"), &scenario.currency);
    row(&mut out, ctx.tr("settings.horizon_years.label"), &scenario.horizon_years.to_string());
    row(&mut out, ctx.tr("settings.discount_rate.label"), &ctx.format(Style::Percent, &scenario.discount_rate));
    for f in BaselineField::ALL {
        let v = scenario.baseline.get(f);
        let shown = match f.unit() {
            FieldUnit::Money => ctx.format(Style::Money, &v),
            FieldUnit::Percent => ctx.format(Style::Percent, &v),
            FieldUnit::Count => ctx.format(Style::Number { digits: 0 }, &v),
        };
        row(&mut out, ctx.tr(&format!("baseline.{}.label", f.key())), &shown);
    }
    out.push_str("</tbody></table>");
    for o in &scenario.options {
        let _ = write!(out, "<h3>{}</h3><table class=\"assumptions\"><tbody>", Esc(&o.name));
        for l in Lever::ALL {
            let v = o.levers.get(l);
            if !v.is_zero() {
                row(&mut out, ctx.tr(&format!("lever.{}.label", l.key())), &ctx.format(Style::Percent, &v));
            }
        }
        for c in &o.costs {
            let shown = line(ctx, &c.timing, c.scale, c.category.unit_cost_is_rate(), &scenario.baseline);
            row(&mut out, &format!("{} · {}", ctx.tr(&format!("category.{}", c.category.key())), c.label), &shown);
        }
        for b in &o.custom_benefits {
            let shown = line(ctx, &b.timing, b.scale, false, &scenario.baseline);
            row(&mut out, &format!("{} · {}", ctx.tr("option.custom_benefits"), b.label), &shown);
        }
        let realisation: Vec<String> = o.realisation.iter().map(|r| ctx.format(Style::Percent, r)).collect();
        if !realisation.is_empty() {
            row(&mut out, ctx.tr("option.realisation.label"), &realisation.join(" / "));
        }
        for (key, v) in [("option.benefit_risk.label", o.benefit_risk), ("option.cost_risk.label", o.cost_risk)] {
            if v != Decimal::ZERO {
                row(&mut out, ctx.tr(key), &ctx.format(Style::Percent, &v));
            }
        }
        out.push_str("</tbody></table>");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::presets::default_scenario;

    #[test]
    fn lists_settings_baseline_and_each_option_with_names_escaped() {
        let fmt = |_: Style, v: &Decimal| v.to_string();
        let ctx = Ctx { lang: Lang::En, fmt: &fmt };
        let mut s = default_scenario("TWD");
        s.name = "Plan <A>".into();
        s.options[0].name = "A & B".into();
        let html = report_head(&ctx, &s, "2026-11-23");
        assert!(html.contains("2026-11-23 · Plan &lt;A&gt;"), "{html}");
        assert!(html.contains("<h3>A &amp; B</h3>"));
        assert!(html.contains("Active customers</th><td>1000</td>"), "{html}");
        assert!(html.contains("Discount rate</th><td>10</td>"));
        assert_eq!(html.matches("<h3>").count(), s.options.len());
        assert!(html.contains("Churn reduction"), "non-zero levers are listed");
    }

    /// Issue 15, defect 5: each line as entered, with its scale, so the report can be
    /// entered again: the preset's account management per NT$12 M of revenue, and a
    /// percentage of revenue as a percentage (it read "NT$2").
    #[test]
    fn lines_read_as_entered_with_their_scale() {
        use crate::model::{Amount, CostCategory, CostLine, Driver};
        let fmt = |style: Style, v: &Decimal| match style {
            Style::Percent => format!("{v}%"),
            _ => v.to_string(),
        };
        let ctx = Ctx { lang: Lang::En, fmt: &fmt };
        let mut s = default_scenario("TWD");
        let mut percent = CostLine::new("Commission", CostCategory::Other, Timing::Recurring { amount: Amount::Fixed(Decimal::TWO), growth: Decimal::ZERO });
        percent.scale = Some(Scale { by: Driver::Revenue, per: Decimal::ONE_HUNDRED });
        s.options[0].costs.push(percent);
        let html = report_head(&ctx, &s, "2026-12-04");
        assert!(html.contains("Commission</th><td>2% of revenue, a year = 240000 a year at revenue of 12000000 a year</td>"), "{html}");
        let staff = &s.options[0].costs[0];
        let per = staff.scale.expect("the preset's first line grows with the business").per;
        assert!(html.contains(&format!("per {per} of revenue a year")), "{html}");
    }
}
