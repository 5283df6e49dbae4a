//! The printed report's opening: the title, the date, the scenario's name, and every
//! input and assumption behind the results (settings, the business today, and per
//! option its effects, costs, realisation and risks). Shown only in print.

use super::html::Esc;
use super::{Ctx, Style};
use crate::model::baseline::{BaselineField, FieldUnit};
use crate::model::{Amount, Lever, Scenario, Timing};
use rust_decimal::Decimal;
use std::fmt::Write;

fn row(out: &mut String, label: &str, value: &str) {
    let _ = write!(out, "<tr><th scope=\"row\">{}</th><td>{}</td></tr>", Esc(label), Esc(value));
}

fn amount(ctx: &Ctx, a: &Amount) -> String {
    match a {
        Amount::Fixed(v) => ctx.format(Style::Money, v),
        Amount::PerUnit { quantity, unit_cost } => format!(
            "{} × {}",
            ctx.format(Style::Number { digits: 2 }, quantity),
            ctx.format(Style::Money, unit_cost)
        ),
    }
}

fn timing(ctx: &Ctx, t: &Timing) -> String {
    match t {
        Timing::OneOff { amount: a } => format!("{} ({})", amount(ctx, a), ctx.tr("timing.one_off")),
        Timing::Recurring { amount: a, growth } => format!(
            "{} ({}, {} {})",
            amount(ctx, a),
            ctx.tr("timing.recurring"),
            ctx.tr("line.growth.label"),
            ctx.format(Style::Percent, growth)
        ),
        Timing::Schedule { amounts } => {
            let years: Vec<String> = amounts.iter().map(|v| ctx.format(Style::Money, v)).collect();
            format!("{}: {}", ctx.tr("timing.schedule"), years.join(" / "))
        }
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
            row(&mut out, &format!("{} · {}", ctx.tr(&format!("category.{}", c.category.key())), c.label), &timing(ctx, &c.timing));
        }
        for b in &o.custom_benefits {
            row(&mut out, &format!("{} · {}", ctx.tr("option.custom_benefits"), b.label), &timing(ctx, &b.timing));
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
}
