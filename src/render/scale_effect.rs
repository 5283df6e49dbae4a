//! A scaled line's current size in words, under its fields in the editor: "= 2.5 ×
//! NT$600,000 at 1,000 customers: NT$1,500,000 a year". Plain text (the component puts
//! it in a text node), tested natively.

use super::{Ctx, Style};
use crate::i18n::fill;
use crate::model::scale_choice::effect;
use crate::model::{Amount, Baseline, Scale, Timing};

/// The sentence for a line with `timing` and `scale` at `baseline`; `None` for a fixed
/// line (or a figure beyond what a decimal holds).
pub fn scale_effect(ctx: &Ctx, timing: &Timing, scale: Option<Scale>, baseline: &Baseline) -> Option<String> {
    let by = scale?.by;
    let e = effect(timing, scale, baseline)?;
    let driver_number = if by.is_money() { ctx.format(Style::Money, &e.driver_value) } else { count(ctx, &e.driver_value) };
    let driver = fill(ctx.tr(&format!("scale.driver_value.{}", by.key())), &[("n", &driver_number)]);
    let period = ctx.tr(match timing {
        Timing::OneOff { .. } => "scale.period.one_off",
        _ => "scale.period.recurring",
    });
    let amount = e.amount.map(|a| ctx.format(Style::Money, &a));
    Some(match (timing, e.units, amount) {
        (Timing::OneOff { amount: Amount::PerUnit { unit_cost, .. } }, Some(units), Some(total))
        | (Timing::Recurring { amount: Amount::PerUnit { unit_cost, .. }, .. }, Some(units), Some(total)) => fill(
            ctx.tr("scale.effect.per_unit"),
            &[
                ("units", &count(ctx, &units)),
                ("unit_cost", &ctx.format(Style::Money, unit_cost)),
                ("driver", &driver),
                ("amount", &total),
                ("period", period),
            ],
        ),
        (_, _, Some(total)) => {
            fill(ctx.tr("scale.effect.amount"), &[("amount", &total), ("period", period), ("driver", &driver)])
        }
        _ => fill(ctx.tr("scale.effect.factor"), &[("factor", &count(ctx, &e.factor)), ("driver", &driver)]),
    })
}

/// A count to at most 2 decimals, without trailing zeros (2.5 people, 1,000 customers).
pub(crate) fn count(ctx: &Ctx, v: &rust_decimal::Decimal) -> String {
    let v = v.round_dp(2).normalize();
    // `scale()` is the number of decimals left: 0, 1 or 2.
    let digits = u8::try_from(v.scale()).unwrap_or(2);
    ctx.format(Style::Number { digits }, &v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_baseline;
    use crate::model::Driver;
    use crate::render::test_support::{ctx, d};

    #[test]
    fn per_unit_lines_say_how_many_units_today() {
        let t = Timing::Recurring { amount: Amount::PerUnit { quantity: d("1"), unit_cost: d("600000") }, growth: d("3") };
        let s = Some(Scale { by: Driver::Customers, per: d("400") });
        let text = scale_effect(&ctx(), &t, s, &default_baseline()).unwrap();
        assert_eq!(text, "= 2.5 × $600000 at 1000 customers: $1500000 a year");
    }

    #[test]
    fn amounts_and_schedules() {
        let b = default_baseline();
        let one_off = Timing::OneOff { amount: Amount::Fixed(d("2")) };
        let revenue = Some(Scale { by: Driver::Revenue, per: d("100") });
        // 2 % of 12 000 000 revenue = 240 000, once.
        assert_eq!(
            scale_effect(&ctx(), &one_off, revenue, &b).unwrap(),
            "= $240000 once at revenue of $12000000 a year"
        );
        let schedule = Timing::Schedule { amounts: vec![d("5")] };
        let contacts = Some(Scale { by: Driver::ServiceContacts, per: d("1000") });
        assert_eq!(scale_effect(&ctx(), &schedule, contacts, &b).unwrap(), "× 4 at 4000 service contacts a year");
        assert_eq!(scale_effect(&ctx(), &one_off, None, &b), None);
    }
}
