//! How far each input may plausibly land (model.md §3a, "Spread"): its low and high
//! value, and how an input is set to a value.
//!
//! - A lever with a range (`ranges`) spans that range; a lever without one, every
//!   baseline field, the discount rate and both risks span base × (1 − U/100) …
//!   base × (1 + U/100), U the scenario's `uncertainty`, clamped to the field's allowed
//!   range (validation.rs: percentages 0..=100, money and counts 0..=10^15).
//! - A cost or custom benefit line varies as a whole: its value here is a *factor*
//!   (1 = as entered) spanning 1 − U/100 … 1 + U/100. Setting a line to factor f
//!   multiplies its amount (a fixed amount; for quantity × unit cost the quantity; for
//!   a schedule every amount) by f, each clamped to 0..=10^15. Growth and scale stay.
//!   [`line_amount`] shows a line's money (per occurrence; a schedule's total).
//! - A product that overflows (only possible with figures beyond the allowed ranges)
//!   leaves the input at its base value.

use super::input_path::AnalysisInput;
use crate::model::checked::{sum, Checked};
use crate::model::scale::Scale;
use crate::model::undefined::Undefined;
use crate::model::levers::Lever;
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::timing::{Amount, Timing};
use crate::model::validation::{baseline_range, Range};
use rust_decimal::Decimal;

/// An input's low, base and high value (for a line: its factor, base 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spread {
    pub low: Decimal,
    pub base: Decimal,
    pub high: Decimal,
}

impl Spread {
    /// Whether low = high (the input does not vary).
    pub fn is_flat(&self) -> bool {
        self.low == self.high
    }
}

/// `value` clamped into `range` (a range without maximum only has its minimum).
pub fn clamp(value: Decimal, range: Range) -> Decimal {
    let low = value.max(range.min);
    range.max.map_or(low, |max| low.min(max))
}

/// base × (1 ∓ U/100) clamped into `range`; an overflow keeps the base.
fn by_uncertainty(base: Decimal, u: Decimal, range: Range) -> Spread {
    let scaled = |sign: Decimal| -> Decimal {
        let percent = Decimal::ONE_HUNDRED.try_add(sign.try_mul(u).unwrap_or(Decimal::ZERO));
        percent.and_then(|p| base.percent_of(p)).map_or(base, |v| clamp(v, range))
    };
    Spread { low: scaled(Decimal::NEGATIVE_ONE), base, high: scaled(Decimal::ONE) }
}

/// The spread of a lever: its range when the option gives one, else ±U %.
pub fn lever_spread(s: &Scenario, o: &StrategyOption, lever: Lever) -> Spread {
    let base = o.levers.get(lever);
    match o.ranges.get(lever) {
        Some(r) => Spread { low: r.low.min(base), base, high: r.high.max(base) },
        None => by_uncertainty(base, s.uncertainty, Range::PERCENT),
    }
}

/// The spread of a line's factor: 1 ∓ U/100 (never below 0).
pub fn line_factor_spread(s: &Scenario) -> Spread {
    let factor = Spread { low: Decimal::ONE, base: Decimal::ONE, high: Decimal::ONE };
    let by = by_uncertainty(Decimal::ONE, s.uncertainty, Range { min: Decimal::ZERO, max: None });
    Spread { low: by.low, high: by.high, ..factor }
}

/// The low, base and high value of `input` in option `o` of scenario `s`.
pub fn spread(s: &Scenario, o: &StrategyOption, input: AnalysisInput) -> Spread {
    let u = s.uncertainty;
    match input {
        AnalysisInput::Baseline(f) => by_uncertainty(s.baseline.get(f), u, baseline_range(f)),
        AnalysisInput::DiscountRate => by_uncertainty(s.discount_rate, u, Range::PERCENT),
        AnalysisInput::Lever(l) => lever_spread(s, o, l),
        AnalysisInput::Cost(_) | AnalysisInput::Benefit(_) => line_factor_spread(s),
        AnalysisInput::BenefitRisk => by_uncertainty(o.benefit_risk, u, Range::PERCENT),
        AnalysisInput::CostRisk => by_uncertainty(o.cost_risk, u, Range::PERCENT),
    }
}

/// `amount` × `factor`, clamped to 0..=10^15; an overflow keeps `amount`.
fn scaled_amount(amount: Decimal, factor: Decimal) -> Decimal {
    amount.try_mul(factor).map_or(amount, |v| clamp(v, Range::AMOUNT))
}

/// Writes `base` scaled by `factor` into `into` (a clone of `base`, so no allocation
/// when their forms match).
pub fn scale_timing(base: &Timing, factor: Decimal, into: &mut Timing) {
    fn amount(base: &Amount, factor: Decimal) -> Amount {
        match base {
            Amount::Fixed(a) => Amount::Fixed(scaled_amount(*a, factor)),
            Amount::PerUnit { quantity, unit_cost } => {
                Amount::PerUnit { quantity: scaled_amount(*quantity, factor), unit_cost: *unit_cost }
            }
        }
    }
    match (base, &mut *into) {
        (Timing::OneOff { amount: a }, Timing::OneOff { amount: out }) => *out = amount(a, factor),
        (Timing::Recurring { amount: a, growth }, Timing::Recurring { amount: out, growth: g }) => {
            *out = amount(a, factor);
            *g = *growth;
        }
        (Timing::Schedule { amounts }, Timing::Schedule { amounts: out }) if amounts.len() == out.len() => {
            for (o, a) in out.iter_mut().zip(amounts) {
                *o = scaled_amount(*a, factor);
            }
        }
        _ => {
            *into = base.clone();
            scale_timing(base, factor, into);
        }
    }
}

/// A line's money: per occurrence (the fixed amount or quantity × unit cost), or a
/// schedule's total; an overflow gives 0 (shown only).
pub fn line_amount(timing: &Timing) -> Decimal {
    match timing {
        Timing::OneOff { amount } | Timing::Recurring { amount, .. } => amount.value(),
        Timing::Schedule { amounts } => sum(amounts.iter().copied()),
    }
    .unwrap_or(Decimal::ZERO)
}

/// Sets `input` to `value` in `s`/`o`, where `base` is the option as entered (lines
/// are scaled from it, so setting twice does not compound).
pub fn set_input(s: &mut Scenario, o: &mut StrategyOption, base: &StrategyOption, input: AnalysisInput, value: Decimal) {
    match input {
        AnalysisInput::Baseline(f) => s.baseline.set(f, value),
        AnalysisInput::DiscountRate => s.discount_rate = value,
        AnalysisInput::Lever(l) => o.levers.set(l, value),
        AnalysisInput::Cost(i) => {
            if let (Some(b), Some(line)) = (base.costs.get(i), o.costs.get_mut(i)) {
                scale_timing(&b.timing, value, &mut line.timing);
            }
        }
        AnalysisInput::Benefit(i) => {
            if let (Some(b), Some(line)) = (base.custom_benefits.get(i), o.custom_benefits.get_mut(i)) {
                scale_timing(&b.timing, value, &mut line.timing);
            }
        }
        AnalysisInput::BenefitRisk => o.benefit_risk = value,
        AnalysisInput::CostRisk => o.cost_risk = value,
    }
}

/// The value of `input` at `value` as the page shows it: the value itself, or for a
/// line its money today at that factor ([`line_amount`], times the line's scale at
/// today's figures: "2 % of revenue" is 2 % of today's revenue, not 2). Undefined when
/// the scaled money is beyond what a decimal holds.
pub fn shown_value(s: &Scenario, base: &StrategyOption, input: AnalysisInput, value: Decimal) -> Result<Decimal, Undefined> {
    let Some(line) = line_at(base, input, value) else { return Ok(value) };
    let money = line_amount(&line.timing);
    match line.scale {
        Some(scale) => scale.apply(money, &s.baseline),
        None => Ok(money),
    }
}

/// A line of an option with its amounts at a factor, as the visitor would enter it.
#[derive(Clone, Debug, PartialEq)]
pub struct LineAt {
    pub timing: Timing,
    pub scale: Option<Scale>,
    /// The unit cost is a rate (opportunity cost): shown in %.
    pub rate: bool,
}

/// The line `input` (a cost or custom benefit line) of `base` at `factor`; `None` for
/// any other input, or a line that is not there.
pub fn line_at(base: &StrategyOption, input: AnalysisInput, factor: Decimal) -> Option<LineAt> {
    let (timing, scale, rate) = match input {
        AnalysisInput::Cost(i) => base.costs.get(i).map(|l| (&l.timing, l.scale, l.category.unit_cost_is_rate()))?,
        AnalysisInput::Benefit(i) => base.custom_benefits.get(i).map(|l| (&l.timing, l.scale, false))?,
        _ => return None,
    };
    let mut scaled = timing.clone();
    scale_timing(timing, factor, &mut scaled);
    Some(LineAt { timing: scaled, scale, rate })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::baseline::BaselineField;
    use crate::model::lever_ranges::LeverRange;
    use crate::model::presets::default_scenario;
    use crate::model::test_support::d;
    use crate::model::CostCategory;
    use crate::model::CostLine;

    fn sp(low: &str, base: &str, high: &str) -> Spread {
        Spread { low: d(low), base: d(base), high: d(high) }
    }

    #[test]
    fn uncertainty_spreads_fields_and_clamps_at_their_limits() {
        let mut s = default_scenario("TWD");
        let o = s.options[0].clone();
        // U = 20: churn 20 → 16 … 24; discount 10 → 8 … 12.
        assert_eq!(spread(&s, &o, AnalysisInput::Baseline(BaselineField::AnnualChurn)), sp("16", "20", "24"));
        assert_eq!(spread(&s, &o, AnalysisInput::DiscountRate), sp("8", "10", "12"));
        // Churn 90 % × 1.2 = 108 → 100 (a percentage's limit).
        s.baseline.annual_churn = d("90");
        assert_eq!(spread(&s, &o, AnalysisInput::Baseline(BaselineField::AnnualChurn)), sp("72", "90", "100"));
        // Money at 10^15 × 1.2 → 10^15.
        s.baseline.marketing_spend = d("1000000000000000");
        let m = spread(&s, &o, AnalysisInput::Baseline(BaselineField::MarketingSpend));
        assert_eq!(m, sp("800000000000000", "1000000000000000", "1000000000000000"));
        // U = 100: 0 … 2 × base; U = 0: flat.
        s.uncertainty = d("100");
        assert_eq!(spread(&s, &o, AnalysisInput::CostRisk), Spread { low: d("0"), base: o.cost_risk, high: o.cost_risk * d("2") });
        assert_eq!(spread(&s, &o, AnalysisInput::Cost(0)), sp("0", "1", "2"));
        s.uncertainty = d("0");
        assert!(spread(&s, &o, AnalysisInput::Baseline(BaselineField::Customers)).is_flat());
        assert!(spread(&s, &o, AnalysisInput::Benefit(0)).is_flat());
    }

    #[test]
    fn a_lever_uses_its_range_else_the_uncertainty() {
        let s = default_scenario("TWD");
        let mut o = s.options[0].clone();
        // churn_reduction 5, U 20: 4 … 6.
        assert_eq!(lever_spread(&s, &o, Lever::ChurnReduction), sp("4", "5", "6"));
        o.ranges.churn_reduction = Some(LeverRange { low: d("1"), high: d("9") });
        assert_eq!(lever_spread(&s, &o, Lever::ChurnReduction), sp("1", "5", "9"));
        // A lever at 0 without a range does not vary; with one it does.
        assert!(lever_spread(&s, &o, Lever::UpsellRate).is_flat());
        o.ranges.upsell_rate = Some(LeverRange { low: d("0"), high: d("4") });
        assert_eq!(lever_spread(&s, &o, Lever::UpsellRate), sp("0", "0", "4"));
        // 99 × 1.2 → 100.
        o.levers.marketing_savings = d("99");
        assert_eq!(lever_spread(&s, &o, Lever::MarketingSavings), sp("79.2", "99", "100"));
    }

    #[test]
    fn a_line_scales_as_a_whole_and_clamps_each_amount() {
        let base = Timing::Recurring {
            amount: Amount::PerUnit { quantity: d("2"), unit_cost: d("600000") },
            growth: d("3"),
        };
        let mut t = base.clone();
        scale_timing(&base, d("1.2"), &mut t);
        // 2.4 × 600000 = 1440000; growth stays.
        assert_eq!(line_amount(&t), d("1440000"));
        assert!(matches!(t, Timing::Recurring { growth, .. } if growth == d("3")));
        let schedule = Timing::Schedule { amounts: vec![d("100"), d("1000000000000000")] };
        let mut t = schedule.clone();
        scale_timing(&schedule, d("1.5"), &mut t);
        assert_eq!(t, Timing::Schedule { amounts: vec![d("150"), d("1000000000000000")] });
        // Setting twice scales from the base, never compounding.
        let mut s = default_scenario("TWD");
        let o = {
            let mut o = s.options[0].clone();
            o.costs = vec![CostLine::new("x", CostCategory::Other, Timing::OneOff { amount: Amount::Fixed(d("1000")) })];
            o
        };
        let mut work = o.clone();
        set_input(&mut s, &mut work, &o, AnalysisInput::Cost(0), d("0.8"));
        set_input(&mut s, &mut work, &o, AnalysisInput::Cost(0), d("0.8"));
        assert_eq!(line_amount(&work.costs[0].timing), d("800"));
        assert_eq!(shown_value(&s, &o, AnalysisInput::Cost(0), d("1.2")), Ok(d("1200")));
        assert_eq!(shown_value(&s, &o, AnalysisInput::DiscountRate, d("7")), Ok(d("7")));
        // A factor below 0 (U above 100, which validation refuses) clamps to 0.
        assert_eq!(shown_value(&s, &o, AnalysisInput::Cost(0), d("-0.5")), Ok(d("0")));
    }

    /// Issue 15, defect 5: a scaled line's value is its money today, in the currency:
    /// "2 % of revenue" at NT$12 M revenue is NT$240 000 (it was shown as NT$2), one
    /// per 1 000 customers × 600 000 at 1 000 customers is 600 000.
    #[test]
    fn a_scaled_line_shows_its_money_today() {
        use crate::model::scale::Driver;
        let s = default_scenario("TWD");
        let mut o = s.options[0].clone();
        let revenue = Some(Scale { by: Driver::Revenue, per: d("100") });
        let mut percent = CostLine::new("x", CostCategory::Other, Timing::Recurring { amount: Amount::Fixed(d("2")), growth: d("0") });
        percent.scale = revenue;
        let mut staff = CostLine::new(
            "y",
            CostCategory::Labour,
            Timing::Recurring { amount: Amount::PerUnit { quantity: d("1"), unit_cost: d("600000") }, growth: d("3") },
        );
        staff.scale = Some(Scale { by: Driver::Customers, per: d("1000") });
        let mut capital = CostLine::new(
            "z",
            CostCategory::Opportunity,
            Timing::Recurring { amount: Amount::PerUnit { quantity: d("1000000"), unit_cost: d("0.05") }, growth: d("0") },
        );
        capital.scale = None;
        o.costs = vec![percent, staff, capital];
        // 1 000 customers × 12 000 = 12 M; 2 % of it, and at factor 1.2, 2.4 %.
        assert_eq!(shown_value(&s, &o, AnalysisInput::Cost(0), d("1")), Ok(d("240000")));
        assert_eq!(shown_value(&s, &o, AnalysisInput::Cost(0), d("1.2")), Ok(d("288000")));
        assert_eq!(shown_value(&s, &o, AnalysisInput::Cost(1), d("0.8")), Ok(d("480000")));
        assert_eq!(shown_value(&s, &o, AnalysisInput::Cost(2), d("1")), Ok(d("50000")));
        let at = line_at(&o, AnalysisInput::Cost(0), d("1.2")).unwrap();
        assert_eq!((at.timing, at.scale, at.rate), (Timing::Recurring { amount: Amount::Fixed(d("2.4")), growth: d("0") }, revenue, false));
        assert!(line_at(&o, AnalysisInput::Cost(2), d("1")).unwrap().rate);
        assert_eq!(line_at(&o, AnalysisInput::Cost(9), d("1")), None);
        assert_eq!(line_at(&o, AnalysisInput::DiscountRate, d("1")), None);
    }
}
