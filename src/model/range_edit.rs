//! What the analysis panel's range fields do to an option (`ranges`, model.md §3a):
//! the spread a lever has (its range, or ± the scenario's uncertainty), setting one
//! bound of a range, going back to ± uncertainty, and keeping a range valid when the
//! lever's own value is edited (validation refuses a range that does not hold the
//! value, so stored work would otherwise become unreadable).

use super::analysis::spread::lever_spread;
use super::lever_ranges::{LeverRange, LeverRanges};
use super::scenario::Scenario;
use super::levers::Lever;
use super::strategy_option::StrategyOption;
use rust_decimal::Decimal;

/// Which end of a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Low,
    High,
}

impl Bound {
    pub fn key(self) -> &'static str {
        match self {
            Bound::Low => "low",
            Bound::High => "high",
        }
    }
}

/// The spread of `lever` in effect (the analysis' own rule, model.md §3a): its range
/// if it has one, otherwise its value × (1 ∓ U/100), clamped to 0..=100.
pub fn spread(s: &Scenario, o: &StrategyOption, lever: Lever) -> LeverRange {
    let sp = lever_spread(s, o, lever);
    LeverRange { low: sp.low, high: sp.high }
}

/// The values a bound may take: low in 0..=value, high in value..=100.
pub fn limits(o: &StrategyOption, lever: Lever, bound: Bound) -> (Decimal, Decimal) {
    let value = o.levers.get(lever);
    match bound {
        Bound::Low => (Decimal::ZERO, value),
        Bound::High => (value, Decimal::ONE_HUNDRED),
    }
}

/// Sets one bound of `lever`'s range; `current` is the [`spread`] in effect, whose
/// other bound is kept. A value outside [`limits`] changes nothing and returns them.
pub fn set_bound(o: &mut StrategyOption, current: LeverRange, lever: Lever, bound: Bound, v: Decimal) -> Result<(), (Decimal, Decimal)> {
    let (min, max) = limits(o, lever, bound);
    if v < min || v > max {
        return Err((min, max));
    }
    let mut range = current;
    match bound {
        Bound::Low => range.low = v,
        Bound::High => range.high = v,
    }
    o.ranges.set(lever, Some(range));
    Ok(())
}

/// Every lever of the option back to ± the scenario's uncertainty.
pub fn clear_all(o: &mut StrategyOption) {
    o.ranges = LeverRanges::default();
}

/// Sets a lever's value; a range that no longer holds it is stretched to it.
pub fn set_lever(o: &mut StrategyOption, lever: Lever, v: Decimal) {
    o.levers.set(lever, v);
    if let Some(r) = o.ranges.get(lever) {
        o.ranges.set(lever, Some(LeverRange { low: r.low.min(v), high: r.high.max(v) }));
    }
}

/// The levers whose range the panel offers: those with a value or a range.
pub fn ranged_levers(o: &StrategyOption) -> Vec<Lever> {
    Lever::ALL.into_iter().filter(|l| !o.levers.get(*l).is_zero() || o.ranges.get(*l).is_some()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::model::test_support::d;
    use crate::model::validation::validate;

    fn scenario() -> Scenario {
        let mut s = default_scenario("TWD");
        let o = &mut s.options[0];
        o.levers = Default::default();
        o.levers.churn_reduction = d("3");
        o.levers.revenue_uplift = d("90");
        s
    }

    /// Sets a bound as the panel does: the spread in effect read first.
    fn set(s: &mut Scenario, lever: Lever, bound: Bound, v: &str) -> Result<(), (Decimal, Decimal)> {
        let current = spread(s, &s.options[0], lever);
        set_bound(&mut s.options[0], current, lever, bound, d(v))
    }

    #[test]
    fn spread_is_plus_minus_uncertainty_clamped_or_the_range() {
        let mut s = scenario();
        let sp = |s: &Scenario, l| spread(s, &s.options[0], l);
        assert_eq!(sp(&s, Lever::ChurnReduction), LeverRange { low: d("2.4"), high: d("3.6") });
        assert_eq!(sp(&s, Lever::RevenueUplift), LeverRange { low: d("72"), high: d("100") });
        assert_eq!(sp(&s, Lever::UpsellRate), LeverRange { low: d("0"), high: d("0") });
        s.uncertainty = d("0");
        assert_eq!(sp(&s, Lever::ChurnReduction), LeverRange { low: d("3"), high: d("3") });
        s.options[0].ranges.set(Lever::ChurnReduction, Some(LeverRange { low: d("1"), high: d("5") }));
        assert_eq!(sp(&s, Lever::ChurnReduction), LeverRange { low: d("1"), high: d("5") });
    }

    #[test]
    fn a_bound_is_set_within_its_limits_only() {
        let mut s = scenario();
        assert_eq!(set(&mut s, Lever::ChurnReduction, Bound::Low, "1"), Ok(()));
        assert_eq!(s.options[0].ranges.churn_reduction, Some(LeverRange { low: d("1"), high: d("3.6") }), "the other bound from ±U");
        assert_eq!(set(&mut s, Lever::ChurnReduction, Bound::High, "8"), Ok(()));
        assert_eq!(s.options[0].ranges.churn_reduction, Some(LeverRange { low: d("1"), high: d("8") }));
        let before = s.clone();
        assert_eq!(set(&mut s, Lever::ChurnReduction, Bound::Low, "4"), Err((d("0"), d("3"))));
        assert_eq!(set(&mut s, Lever::ChurnReduction, Bound::High, "2"), Err((d("3"), d("100"))));
        assert_eq!(set(&mut s, Lever::ChurnReduction, Bound::High, "101"), Err((d("3"), d("100"))));
        assert_eq!(s, before, "a refused value changes nothing");
        // The bounds may equal the value.
        assert_eq!(set(&mut s, Lever::ChurnReduction, Bound::Low, "3"), Ok(()));
        assert!(validate(&s).is_ok());
        clear_all(&mut s.options[0]);
        assert!(s.options[0].ranges.is_empty());
    }

    #[test]
    fn editing_the_lever_keeps_its_range_valid() {
        let mut s = scenario();
        set(&mut s, Lever::ChurnReduction, Bound::Low, "2").unwrap();
        set(&mut s, Lever::ChurnReduction, Bound::High, "4").unwrap();
        set_lever(&mut s.options[0], Lever::ChurnReduction, d("9"));
        assert_eq!(s.options[0].ranges.churn_reduction, Some(LeverRange { low: d("2"), high: d("9") }));
        set_lever(&mut s.options[0], Lever::ChurnReduction, d("0.5"));
        assert_eq!(s.options[0].ranges.churn_reduction, Some(LeverRange { low: d("0.5"), high: d("9") }));
        assert!(validate(&s).is_ok());
        // Without a range, nothing is added.
        set_lever(&mut s.options[0], Lever::UpsellRate, d("4"));
        assert_eq!(s.options[0].ranges.upsell_rate, None);
    }

    #[test]
    fn offers_levers_with_a_value_or_a_range() {
        let mut s = scenario();
        assert_eq!(ranged_levers(&s.options[0]), vec![Lever::ChurnReduction, Lever::RevenueUplift]);
        s.options[0].ranges.set(Lever::UpsellRate, Some(LeverRange { low: d("0"), high: d("2") }));
        assert_eq!(ranged_levers(&s.options[0]), vec![Lever::ChurnReduction, Lever::RevenueUplift, Lever::UpsellRate]);
    }
}
