//! Break-even of each lever (model.md §3a): the lever value at which NPV = 0, all else
//! at base, to 0.01 points.
//!
//! Every one of the seven levers is reported, in [`Lever::ALL`] order, also those at 0
//! ("cross-sell would have to reach 12 % for this to pay" is worth knowing). The range
//! is 0..=100, for churn reduction 0..=c (the baseline churn; beyond it churn is 0
//! anyway).
//!
//! For a valid scenario NPV is non-decreasing in every lever: each lever benefit is the
//! lever times non-negative figures (K'_t, R, m, AOV, CAC, s, k, M), and a larger churn
//! reduction raises every K'_t; realisation and 1 − benefit risk are ≥ 0, discount
//! factors > 0. So the answer is found by bisection over the grid of hundredths: the
//! smallest value v on it (or the top of the range) with NPV(v) ≥ 0 while
//! NPV(v − 0.01) < 0. `Always` when NPV ≥ 0 at 0; `Never` when NPV < 0 at the top.
//!
//! Figures too large for a decimal (valid ones can be: 10^15 customers × 10^15 of
//! revenue) end in one of contract.md's three states, never a fourth: when NPV is
//! computable at 0, an overflow at a larger lever value can only come from the lever's
//! own benefit, which is non-negative and grows with it, so NPV there counts as ≥ 0;
//! when NPV cannot be computed even at 0, no value of the lever gives an NPV ≥ 0 that
//! can be shown, so the state is `never` (and the text says why).
//! (For an invalid scenario where NPV is not monotone, the bisection still ends, at a
//! value where NPV turns from negative to non-negative, though not necessarily the
//! first one.)

use super::lean::{lean_with, OptionFactors, Prepared};
use super::tornado::scenario_without_options;
use crate::model::levers::Lever;
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::undefined::Undefined;
use crate::model::validation::Range;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Where a lever makes the option pay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakEven {
    /// NPV turns non-negative at this lever value (to 0.01 points).
    Found(Decimal),
    /// NPV ≥ 0 even with the lever at 0.
    Always,
    /// NPV < 0 even at the top of the lever's range.
    Never,
    /// NPV cannot be computed even with the lever at 0 (the figures overflow): shown
    /// with its reason, and `never` in the hooks (contract.md has three states).
    Undefined(Undefined),
}

impl BreakEven {
    /// `found`, `always` or `never`: the `data-state` of contract.md §4.
    pub fn state(&self) -> &'static str {
        match self {
            BreakEven::Found(_) => "found",
            BreakEven::Always => "always",
            BreakEven::Never | BreakEven::Undefined(_) => "never",
        }
    }
}

/// The top of a lever's break-even range: 100, or the baseline churn for churn reduction.
pub fn top_of_range(s: &Scenario, lever: Lever) -> Decimal {
    match lever {
        Lever::ChurnReduction => super::spread::clamp(s.baseline.annual_churn, Range::PERCENT),
        _ => Decimal::ONE_HUNDRED,
    }
}

/// The break-even of every lever of `o`, in [`Lever::ALL`] order.
pub fn break_even(s: &Scenario, o: &StrategyOption) -> Vec<(Lever, BreakEven)> {
    let s_work = scenario_without_options(s);
    let prepared = Prepared::new(&s_work);
    let factors = OptionFactors::new(&prepared, o);
    let mut work = o.clone();
    Lever::ALL
        .into_iter()
        .map(|lever| {
            let result = lever_break_even(&s_work, (&prepared, &factors), &mut work, lever, top_of_range(s, lever));
            work.levers.set(lever, o.levers.get(lever));
            (lever, result)
        })
        .collect()
}

fn lever_break_even(
    s: &Scenario,
    (p, f): (&Prepared, &OptionFactors),
    work: &mut StrategyOption, lever: Lever, top: Decimal) -> BreakEven {
    let mut npv = |value: Decimal| {
        work.levers.set(lever, value);
        lean_with(p, f, s, work).map(|r| r.npv)
    };
    match npv(Decimal::ZERO) {
        Err(e) => return BreakEven::Undefined(e),
        Ok(v) if v >= Decimal::ZERO => return BreakEven::Always,
        Ok(_) => {}
    }
    // From here NPV(0) < 0 is computable: an overflow above 0 is the lever's own
    // (non-negative, growing) benefit, so NPV there counts as ≥ 0 (module doc).
    let mut pays = |value: Decimal| npv(value).map_or(true, |v| v >= Decimal::ZERO);
    if !pays(top) {
        return BreakEven::Never;
    }
    // Grid k = 0..=steps, value min(k / 100, top); NPV < 0 at lo, ≥ 0 at hi.
    let steps = top.checked_mul(Decimal::ONE_HUNDRED).map(|v| v.ceil()).and_then(|v| v.to_u32()).unwrap_or(10_000);
    let value = |k: u32| Decimal::new(i64::from(k), 2).min(top);
    let (mut lo, mut hi) = (0u32, steps);
    while hi.saturating_sub(lo) > 1 {
        let mid = lo.midpoint(hi);
        if pays(value(mid)) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    BreakEven::Found(value(hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::analysis::lean::lean_npv_roi;
    use crate::model::presets::default_scenario;
    use crate::model::test_support::d;
    use crate::model::timing::{Amount, Timing};
    use crate::model::{BenefitLine, CostCategory, CostLine};

    fn npv_at(s: &Scenario, o: &StrategyOption, lever: Lever, value: Decimal) -> Decimal {
        let mut o = o.clone();
        o.levers.set(lever, value);
        lean_npv_roi(s, &o).unwrap().npv
    }

    #[test]
    fn found_values_are_where_npv_turns_non_negative_to_a_hundredth() {
        let mut s = default_scenario("TWD");
        let mut found = 0;
        // Make the presets need their levers: more cost, so NPV at 0 is negative.
        s.discount_rate = d("30");
        for o in &s.options {
            for (lever, be) in break_even(&s, o) {
                if let BreakEven::Found(v) = be {
                    found += 1;
                    assert!(v > Decimal::ZERO && v <= top_of_range(&s, lever), "{lever:?} {v}");
                    assert!(npv_at(&s, o, lever, v) >= Decimal::ZERO, "{lever:?} at {v}");
                    assert!(npv_at(&s, o, lever, v - d("0.01")) < Decimal::ZERO, "{lever:?} at {v} − 0.01");
                }
            }
        }
        assert!(found >= 3, "only {found} found");
    }

    #[test]
    fn always_never_and_churn_bounded_by_the_churn() {
        let mut s = default_scenario("TWD");
        let mut rich = s.options[0].clone();
        rich.custom_benefits =
            vec![BenefitLine::new("gift", Timing::OneOff { amount: Amount::Fixed(d("1000000000000")) })];
        assert!(break_even(&s, &rich).iter().all(|(_, b)| *b == BreakEven::Always));
        let mut poor = s.options[0].clone();
        poor.costs = vec![CostLine::new("x", CostCategory::Other, Timing::OneOff { amount: Amount::Fixed(d("1000000000000")) })];
        let all = break_even(&s, &poor);
        assert_eq!(all.len(), 7);
        assert!(all.iter().all(|(_, b)| *b == BreakEven::Never), "{all:?}");
        // Churn reduction only up to the churn (20): a cost that needs 30 points never pays.
        s.baseline.annual_churn = d("20");
        assert_eq!(top_of_range(&s, Lever::ChurnReduction), d("20"));
        assert_eq!(top_of_range(&s, Lever::UpsellRate), d("100"));
        // States as the hooks write them.
        assert_eq!(BreakEven::Found(d("1")).state(), "found");
        assert_eq!(BreakEven::Never.state(), "never");
        assert_eq!(BreakEven::Always.state(), "always");
        // Issue 15, defect 7: figures too large for a decimal end in a state of the
        // contract, never "undefined": the largest valid figures, and beyond.
        for customers in ["1000000000000000", "79000000000000000000000000000"] {
            let mut huge = default_scenario("TWD");
            huge.baseline.customers = d(customers);
            huge.baseline.annual_revenue_per_customer = d("1000000000000000");
            for o in &huge.options {
                for (lever, b) in break_even(&huge, o) {
                    assert!(["found", "always", "never"].contains(&b.state()), "{customers} {lever:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn npv_is_non_decreasing_in_every_lever() {
        // The premise of the bisection (see the module doc), on the presets and a few
        // variations: NPV at 0, 2.5, 5, …, 100 never falls.
        let mut s = default_scenario("TWD");
        for (churn, growth_risk) in [("20", "0"), ("60", "35"), ("3", "100")] {
            s.baseline.annual_churn = d(churn);
            for o in &mut s.options {
                o.benefit_risk = d(growth_risk);
                o.realisation = vec![d("20"), d("70")];
            }
            for o in &s.options {
                for lever in Lever::ALL {
                    let mut last = None;
                    for step in 0..=40 {
                        let npv = npv_at(&s, o, lever, Decimal::new(step * 25, 1));
                        if let Some(prev) = last {
                            assert!(npv >= prev, "{lever:?} falls at {step}: {prev} → {npv}");
                        }
                        last = Some(npv);
                    }
                }
            }
        }
    }
}
