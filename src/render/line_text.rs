//! A cost or benefit line in words, as the visitor entered it: "1 × NT$600,000 per
//! 1,000 customers, a year, growing 3 % a year", "2 % of revenue, a year", "NT$1,000,000
//! × 5 %, a year" for capital and the return it could earn elsewhere. The printed
//! report and the analysis (tornado rows, CSV) show lines this way, so that a reader
//! can enter the same figures again and get the same results (issue 15, defect 5).

use super::scale_effect::count;
use super::{Ctx, Style};
use crate::i18n::fill;
use crate::model::scale_choice::ScaleMode;
use crate::model::{Amount, Scale, Timing};
use rust_decimal::Decimal;

/// A line in words: what it amounts to and when. `rate`: the unit cost is a rate kept
/// as a fraction (opportunity cost, `CostCategory::unit_cost_is_rate`), shown in %.
pub fn line_as_entered(ctx: &Ctx, timing: &Timing, scale: Option<Scale>, rate: bool) -> String {
    let (what, when) = parts(ctx, timing, scale, rate);
    fill(ctx.tr("line_text.entered"), &[("what", &what), ("when", &when)])
}

/// What the line amounts to, without when ("1.6 % of revenue"): where only the amount
/// differs, as between the two ends of a tornado bar.
pub fn amount_as_entered(ctx: &Ctx, timing: &Timing, scale: Option<Scale>, rate: bool) -> String {
    parts(ctx, timing, scale, rate).0
}

fn parts(ctx: &Ctx, timing: &Timing, scale: Option<Scale>, rate: bool) -> (String, String) {
    let mode = ScaleMode::of(scale);
    // "2 % of revenue": the amount is the percentage (its `per` is 100).
    let percent_of = mode.is_percent() && scale.is_some_and(|s| s.per == Decimal::ONE_HUNDRED);
    let amount = |a: &Amount| match a {
        Amount::Fixed(v) if percent_of => fill(ctx.tr(&format!("line_text.percent_of.{}", mode.key())), &[("n", &ctx.format(Style::Percent, v))]),
        Amount::Fixed(v) => ctx.format(Style::Money, v),
        Amount::PerUnit { quantity, unit_cost } if rate => {
            let percent = unit_cost.checked_mul(Decimal::ONE_HUNDRED).unwrap_or(*unit_cost).normalize();
            format!("{} × {}", ctx.format(Style::Money, quantity), ctx.format(Style::Percent, &percent))
        }
        Amount::PerUnit { quantity, unit_cost } => format!("{} × {}", count(ctx, quantity), ctx.format(Style::Money, unit_cost)),
    };
    let (what, when) = match timing {
        Timing::OneOff { amount: a } => (amount(a), ctx.tr("line_text.one_off").to_owned()),
        Timing::Recurring { amount: a, growth } => {
            let when = if growth.is_zero() {
                ctx.tr("line_text.recurring").to_owned()
            } else {
                fill(ctx.tr("line_text.recurring_growth"), &[("n", &ctx.format(Style::Percent, growth))])
            };
            (amount(a), when)
        }
        Timing::Schedule { amounts } => {
            let years: Vec<String> = amounts.iter().map(|v| {
                if percent_of {
                    amount(&Amount::Fixed(*v))
                } else {
                    ctx.format(Style::Money, v)
                }
            }).collect();
            (years.join(" / "), ctx.tr("line_text.schedule").to_owned())
        }
    };
    let what = match scale {
        Some(s) if !percent_of => {
            let per = fill(ctx.tr(&format!("line_text.per.{}", mode.key())), &[("n", &per_number(ctx, mode, s.per))]);
            fill(ctx.tr("line_text.scaled"), &[("amount", &what), ("per", &per)])
        }
        _ => what,
    };
    (what, when)
}

/// N of "per N …": money for revenue, a count otherwise.
fn per_number(ctx: &Ctx, mode: ScaleMode, per: Decimal) -> String {
    match mode.driver() {
        Some(d) if d.is_money() => ctx.format(Style::Money, &per),
        _ => count(ctx, &per),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Driver;
    use crate::render::test_support::d;

    fn plain(style: Style, v: &Decimal) -> String {
        match style {
            Style::Money | Style::MoneyCompact => format!("${v}"),
            Style::Percent => format!("{v}%"),
            Style::Number { digits } => v.round_dp(u32::from(digits)).to_string(),
        }
    }

    fn en(timing: &Timing, scale: Option<Scale>, rate: bool) -> String {
        line_as_entered(&Ctx { lang: Lang::En, fmt: &plain }, timing, scale, rate)
    }

    fn recurring(amount: Amount, growth: &str) -> Timing {
        Timing::Recurring { amount, growth: d(growth) }
    }

    #[test]
    fn staff_per_customers_reads_as_entered() {
        let t = recurring(Amount::PerUnit { quantity: d("1"), unit_cost: d("600000") }, "3");
        let s = Some(Scale { by: Driver::Customers, per: d("1000") });
        assert_eq!(en(&t, s, false), "1 × $600000 per 1000 customers, a year, growing 3% a year");
    }

    #[test]
    fn a_percentage_of_revenue_is_a_percentage_not_money() {
        let t = recurring(Amount::Fixed(d("2")), "0");
        let s = Some(Scale { by: Driver::Revenue, per: d("100") });
        assert_eq!(en(&t, s, false), "2% of revenue, a year");
        let s = Some(Scale { by: Driver::MarketingSpend, per: d("100") });
        assert_eq!(en(&t, s, false), "2% of marketing spend, a year");
    }

    #[test]
    fn per_revenue_names_the_money() {
        let t = recurring(Amount::PerUnit { quantity: d("1"), unit_cost: d("600000") }, "0");
        let s = Some(Scale { by: Driver::Revenue, per: d("12000000") });
        assert_eq!(en(&t, s, false), "1 × $600000 per $12000000 of revenue a year, a year");
    }

    #[test]
    fn opportunity_cost_shows_its_rate_in_percent() {
        let t = recurring(Amount::PerUnit { quantity: d("1000000"), unit_cost: d("0.05") }, "0");
        assert_eq!(en(&t, None, true), "$1000000 × 5%, a year");
    }

    #[test]
    fn one_off_and_schedules() {
        assert_eq!(en(&Timing::OneOff { amount: Amount::Fixed(d("5000")) }, None, false), "$5000, once");
        let s = Some(Scale { by: Driver::NewCustomers, per: d("1") });
        assert_eq!(
            en(&Timing::Schedule { amounts: vec![d("10"), d("20")] }, s, false),
            "$10 / $20 per new customer, year by year"
        );
    }

    #[test]
    fn the_amount_alone_leaves_out_when() {
        let t = recurring(Amount::Fixed(d("1.6")), "3");
        let s = Some(Scale { by: Driver::Revenue, per: d("100") });
        assert_eq!(amount_as_entered(&Ctx { lang: Lang::En, fmt: &plain }, &t, s, false), "1.6% of revenue");
    }

    #[test]
    fn chinese_puts_the_driver_first() {
        let t = recurring(Amount::PerUnit { quantity: d("1"), unit_cost: d("600000") }, "3");
        let s = Some(Scale { by: Driver::Customers, per: d("1000") });
        let zh = line_as_entered(&Ctx { lang: Lang::ZhTw, fmt: &plain }, &t, s, false);
        assert_eq!(zh, "每 1000 位客戶 1 × $600000，每年，每年成長 3%");
    }
}
