//! What the analysis panel's range fields do to an option (`ranges`, model.md §3a):
//! the spread a lever has (its range, or ± the scenario's uncertainty), setting one
//! bound of a range, going back to ± uncertainty, and keeping a range valid when the
//! lever's own value is edited (validation refuses a range that does not hold the
//! value, so stored work would otherwise become unreadable).

use super::checked::{one_minus_percent, one_plus_percent, Checked};
use super::lever_ranges::LeverRange;
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

fn percent_range(v: Decimal) -> Decimal {
    v.clamp(Decimal::ZERO, Decimal::ONE_HUNDRED)
}

/// The spread of `lever` in effect: its range if it has one, otherwise its value
/// × (1 ∓ U/100), clamped to 0..=100 (model.md §3a).
pub fn spread(o: &StrategyOption, uncertainty: Decimal, lever: Lever) -> LeverRange {
    if let Some(range) = o.ranges.get(lever) {
        return range;
    }
    let value = o.levers.get(lever);
    let u = percent_range(uncertainty);
    let scaled = |factor: Result<Decimal, _>| factor.and_then(|f| value.try_mul(f)).map_or(value, percent_range);
    LeverRange { low: scaled(one_minus_percent(u)), high: scaled(one_plus_percent(u)) }
}

/// The values a bound may take: low in 0..=value, high in value..=100.
pub fn limits(o: &StrategyOption, lever: Lever, bound: Bound) -> (Decimal, Decimal) {
    let value = o.levers.get(lever);
    match bound {
        Bound::Low => (Decimal::ZERO, value),
        Bound::High => (value, Decimal::ONE_HUNDRED),
    }
}

/// Sets one bound of `lever`'s range; without a range yet, the other bound is the
/// spread's. A value outside [`limits`] changes nothing and returns them.
pub fn set_bound(o: &mut StrategyOption, uncertainty: Decimal, lever: Lever, bound: Bound, v: Decimal) -> Result<(), (Decimal, Decimal)> {
    let (min, max) = limits(o, lever, bound);
    if v < min || v > max {
        return Err((min, max));
    }
    let mut range = spread(o, uncertainty, lever);
    match bound {
        Bound::Low => range.low = v,
        Bound::High => range.high = v,
    }
    o.ranges.set(lever, Some(range));
    Ok(())
}

/// Back to ± the scenario's uncertainty.
pub fn clear(o: &mut StrategyOption, lever: Lever) {
    o.ranges.set(lever, None);
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

    fn option() -> StrategyOption {
        let mut o = default_scenario("TWD").options.remove(0);
        o.levers = Default::default();
        o.levers.churn_reduction = d("3");
        o.levers.revenue_uplift = d("90");
        o
    }

    #[test]
    fn spread_is_plus_minus_uncertainty_clamped_or_the_range() {
        let mut o = option();
        assert_eq!(spread(&o, d("20"), Lever::ChurnReduction), LeverRange { low: d("2.4"), high: d("3.6") });
        assert_eq!(spread(&o, d("20"), Lever::RevenueUplift), LeverRange { low: d("72"), high: d("100") });
        assert_eq!(spread(&o, d("0"), Lever::ChurnReduction), LeverRange { low: d("3"), high: d("3") });
        assert_eq!(spread(&o, d("20"), Lever::UpsellRate), LeverRange { low: d("0"), high: d("0") });
        o.ranges.set(Lever::ChurnReduction, Some(LeverRange { low: d("1"), high: d("5") }));
        assert_eq!(spread(&o, d("20"), Lever::ChurnReduction), LeverRange { low: d("1"), high: d("5") });
    }

    #[test]
    fn a_bound_is_set_within_its_limits_only() {
        let mut o = option();
        assert_eq!(set_bound(&mut o, d("20"), Lever::ChurnReduction, Bound::Low, d("1")), Ok(()));
        assert_eq!(o.ranges.churn_reduction, Some(LeverRange { low: d("1"), high: d("3.6") }), "the other bound from ±U");
        assert_eq!(set_bound(&mut o, d("20"), Lever::ChurnReduction, Bound::High, d("8")), Ok(()));
        assert_eq!(o.ranges.churn_reduction, Some(LeverRange { low: d("1"), high: d("8") }));
        let before = o.clone();
        assert_eq!(set_bound(&mut o, d("20"), Lever::ChurnReduction, Bound::Low, d("4")), Err((d("0"), d("3"))));
        assert_eq!(set_bound(&mut o, d("20"), Lever::ChurnReduction, Bound::High, d("2")), Err((d("3"), d("100"))));
        assert_eq!(set_bound(&mut o, d("20"), Lever::ChurnReduction, Bound::High, d("101")), Err((d("3"), d("100"))));
        assert_eq!(o, before, "a refused value changes nothing");
        // The bounds may equal the value.
        assert_eq!(set_bound(&mut o, d("20"), Lever::ChurnReduction, Bound::Low, d("3")), Ok(()));
        clear(&mut o, Lever::ChurnReduction);
        assert_eq!(o.ranges.churn_reduction, None);
    }

    #[test]
    fn editing_the_lever_keeps_its_range_valid() {
        let mut s = default_scenario("TWD");
        let o = &mut s.options[0];
        o.levers.churn_reduction = d("3");
        set_bound(o, d("20"), Lever::ChurnReduction, Bound::Low, d("2")).unwrap();
        set_bound(o, d("20"), Lever::ChurnReduction, Bound::High, d("4")).unwrap();
        set_lever(o, Lever::ChurnReduction, d("9"));
        assert_eq!(o.ranges.churn_reduction, Some(LeverRange { low: d("2"), high: d("9") }));
        set_lever(o, Lever::ChurnReduction, d("0.5"));
        assert_eq!(o.ranges.churn_reduction, Some(LeverRange { low: d("0.5"), high: d("9") }));
        assert!(validate(&s).is_ok());
        // Without a range, nothing is added.
        set_lever(&mut s.options[0], Lever::UpsellRate, d("4"));
        assert_eq!(s.options[0].ranges.upsell_rate, None);
    }

    #[test]
    fn offers_levers_with_a_value_or_a_range() {
        let mut o = option();
        assert_eq!(ranged_levers(&o), vec![Lever::ChurnReduction, Lever::RevenueUplift]);
        o.ranges.set(Lever::UpsellRate, Some(LeverRange { low: d("0"), high: d("2") }));
        assert_eq!(ranged_levers(&o), vec![Lever::ChurnReduction, Lever::RevenueUplift, Lever::UpsellRate]);
    }
}
