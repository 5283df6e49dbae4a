//! Three ROI definitions side by side (model.md §3a), from an option's results:
//!
//! - discounted: NPV / PV(costs) × 100, the ROI of §3 (as TEI studies report it);
//! - simple: (Σ Benefit_t − Σ Cost_t) / Σ Cost_t × 100 over years 0..N, undiscounted
//!   (the seed formula);
//! - first year: (Benefit_0 + Benefit_1 − Cost_0 − Cost_1) / (Cost_0 + Cost_1) × 100,
//!   undiscounted: what the first year returns on everything it costs, set-up
//!   included. (The withdrawn Benefit_1 / Cost_0 showed +538 % for a first year that
//!   loses money.) A year the horizon does not reach counts as 0.
//!
//! Each is undefined with its reason when it would divide by zero
//! ([`Undefined::NoCosts`], [`Undefined::NoFirstYearCost`]).

use crate::model::checked::{sum, Checked};
use crate::model::results::OptionResults;
use crate::model::undefined::{Metric, Undefined};
use rust_decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoiDefinitions {
    pub discounted: Metric,
    pub simple: Metric,
    pub first_year: Metric,
}

/// `numerator / denominator × 100`, or `zero` when the denominator is 0.
fn percent(numerator: Decimal, denominator: Decimal, zero: Undefined) -> Metric {
    if denominator.is_zero() {
        return Err(zero);
    }
    numerator.try_div(denominator)?.try_mul(Decimal::ONE_HUNDRED)
}

/// The three ROIs of an option's results (all undefined with its reason when the
/// option could not be evaluated).
pub fn roi_definitions(r: &Result<OptionResults, Undefined>) -> RoiDefinitions {
    let r = match r {
        Ok(r) => r,
        Err(e) => return RoiDefinitions { discounted: Err(*e), simple: Err(*e), first_year: Err(*e) },
    };
    let simple = sum(r.years.iter().map(|y| y.benefit)).and_then(|benefits| {
        let costs = sum(r.years.iter().map(|y| y.cost))?;
        percent(benefits.try_sub(costs)?, costs, Undefined::NoCosts)
    });
    let first_two = r.years.iter().take(2);
    let first_year = sum(first_two.clone().map(|y| y.benefit)).and_then(|benefits| {
        let costs = sum(first_two.map(|y| y.cost))?;
        percent(benefits.try_sub(costs)?, costs, Undefined::NoFirstYearCost)
    });
    RoiDefinitions { discounted: r.roi, simple, first_year }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::{default_scenario, preset_option};
    use crate::model::results::evaluate_option;
    use crate::model::test_support::d;
    use crate::model::timing::{Amount, Timing};
    use crate::model::{CostCategory, CostLine, OptionKind, Scenario, StrategyOption};

    /// Marketing savings 10 % of 1 000 000 = 100 000 a year, a one-off cost of 150 000
    /// and a recurring 20 000; N = 2, d = 10 % (as results.rs's hand-computed case).
    fn case() -> (Scenario, StrategyOption) {
        let mut s = default_scenario("TWD");
        s.horizon_years = 2;
        s.baseline.marketing_spend = d("1000000");
        let mut o = preset_option(OptionKind::Custom, "simple", "TWD");
        o.levers.marketing_savings = d("10");
        o.costs = vec![
            CostLine::new("", CostCategory::Technology, Timing::OneOff { amount: Amount::Fixed(d("150000")) }),
            CostLine::new("", CostCategory::Labour, Timing::Recurring { amount: Amount::Fixed(d("20000")), growth: d("0") }),
        ];
        (s, o)
    }

    #[test]
    fn three_definitions_by_hand() {
        let (s, o) = case();
        let r = roi_definitions(&evaluate_option(&s, &o));
        // Benefits 0, 100000, 100000; costs 150000, 20000, 20000.
        // Discounted: PV(B) = 100000/1.1 + 100000/1.21 = 21000000/121;
        // PV(C) = 150000 + 20000/1.1 + 20000/1.21 = 150000 + 4200000/121 = 22350000/121;
        // ROI = (21000000 − 22350000) / 22350000 × 100 = −6.0402684563…
        assert_eq!(r.discounted.unwrap().round_dp(6), d("-6.040268"));
        // Simple: (200000 − 190000) / 190000 × 100 = 5.2631578947…
        assert_eq!(r.simple.unwrap().round_dp(6), d("5.263158"));
        // First year: (0 + 100000 − 150000 − 20000) / (150000 + 20000) × 100
        // = −70000 / 170000 × 100 = −41.1764705882…: the first year loses money, and
        // says so (the withdrawn Benefit_1 / Cost_0 said +66.7 %).
        assert_eq!(r.first_year.unwrap().round_dp(6), d("-41.176471"));
    }

    #[test]
    fn undefined_when_dividing_by_zero() {
        let (s, mut o) = case();
        o.costs.remove(0);
        let r = roi_definitions(&evaluate_option(&s, &o));
        // No cost in year 0, 20000 in year 1: defined, (100000 − 20000) / 20000 = 400 %.
        assert_eq!(r.first_year.unwrap().round_dp(6), d("400"));
        // Costs only from year 2 on: nothing to compare the first year against.
        o.costs = vec![CostLine::new("", CostCategory::Labour, Timing::Schedule { amounts: vec![d("0"), d("0"), d("5000")] })];
        let r = roi_definitions(&evaluate_option(&s, &o));
        assert_eq!(r.first_year, Err(Undefined::NoFirstYearCost));
        assert!(r.simple.is_ok() && r.discounted.is_ok());
        o.costs.clear();
        let r = roi_definitions(&evaluate_option(&s, &o));
        assert_eq!((r.discounted, r.simple), (Err(Undefined::NoCosts), Err(Undefined::NoCosts)));
        let failed = roi_definitions(&Err(Undefined::Overflow));
        assert_eq!(failed.first_year, Err(Undefined::Overflow));
    }
}
