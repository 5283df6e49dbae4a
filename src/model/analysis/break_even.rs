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
    /// NPV cannot be computed (the figures overflow).
    Undefined(Undefined),
}

impl BreakEven {
    /// `found`, `always`, `never` (the `data-state` of contract.md §4), or `undefined`.
    pub fn state(&self) -> &'static str {
        match self {
            BreakEven::Found(_) => "found",
            BreakEven::Always => "always",
            BreakEven::Never => "never",
            BreakEven::Undefined(_) => "undefined",
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
    match npv(top) {
        Err(e) => return BreakEven::Undefined(e),
        Ok(v) if v < Decimal::ZERO => return BreakEven::Never,
        Ok(_) => {}
    }
    // Grid k = 0..=steps, value min(k / 100, top); NPV < 0 at lo, ≥ 0 at hi.
    let steps = top.checked_mul(Decimal::ONE_HUNDRED).map(|v| v.ceil()).and_then(|v| v.to_u32()).unwrap_or(10_000);
    let value = |k: u32| Decimal::new(i64::from(k), 2).min(top);
    let (mut lo, mut hi) = (0u32, steps);
    while hi.saturating_sub(lo) > 1 {
        let mid = lo.midpoint(hi);
        match npv(value(mid)) {
            Err(e) => return BreakEven::Undefined(e),
            Ok(v) if v >= Decimal::ZERO => hi = mid,
            Ok(_) => lo = mid,
        }
    }
    BreakEven::Found(value(hi))
}
