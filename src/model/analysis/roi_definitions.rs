//! Three ROI definitions side by side (model.md §3a), from an option's results:
//!
//! - discounted: NPV / PV(costs) × 100, the ROI of §3 (as TEI studies report it);
//! - simple: (Σ Benefit_t − Σ Cost_t) / Σ Cost_t × 100 over years 0..N, undiscounted
//!   (the seed formula);
//! - first year: Benefit_1 / Cost_0 × 100, the first full year's benefit against the
//!   initial cost (year 0). With a horizon of 0 there is no year 1: its benefit is 0.
//!
//! Each is undefined with its reason when it would divide by zero
//! ([`Undefined::NoCosts`], [`Undefined::NoInitialCost`]).

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
    let first_benefit = r.years.get(1).map_or(Decimal::ZERO, |y| y.benefit);
    let initial_cost = r.years.first().map_or(Decimal::ZERO, |y| y.cost);
    RoiDefinitions {
        discounted: r.roi,
        simple,
        first_year: percent(first_benefit, initial_cost, Undefined::NoInitialCost),
    }
}
