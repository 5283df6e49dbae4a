//! Payback period in months (model.md §3): when the cumulative undiscounted cash flow
//! S_t = CF_0 + … + CF_t first reaches 0, with each year's flows spread evenly over
//! its twelve months.
//!
//! The rule is applied literally:
//! - 0 months when S_0 ≥ 0 and every later S_t ≥ 0 (never under water);
//! - otherwise, for the first t ≥ 1 with S_{t−1} < 0 ≤ S_t:
//!   12 × ((t − 1) + (−S_{t−1}) / CF_t) months;
//! - otherwise [`Undefined::NeverPaysBack`] ("not within N years").
//!
//! So a series that starts at or above 0, dips below and never comes back has no
//! payback, and a series that crosses 0 and later dips again pays back at the first
//! crossing.

use super::checked::Checked;
use super::undefined::{Metric, Undefined};
use rust_decimal::Decimal;

/// The running sums S_0, S_1, … of a series.
pub fn cumulative(flows: &[Decimal]) -> Result<Vec<Decimal>, Undefined> {
    let mut total = Decimal::ZERO;
    flows
        .iter()
        .map(|cf| {
            total = total.try_add(*cf)?;
            Ok(total)
        })
        .collect()
}

/// Months until the cumulative cash flow reaches 0; `cash_flows[t]` is CF_t.
pub fn payback_months(cash_flows: &[Decimal]) -> Metric {
    let sums = cumulative(cash_flows)?;
    if !sums.is_empty() && sums.iter().all(|s| *s >= Decimal::ZERO) {
        return Ok(Decimal::ZERO);
    }
    let months = Decimal::from(12);
    // Pairs (S_{t−1}, S_t, CF_t) for t = 1, 2, …, with `years_before` = t − 1.
    let crossings = sums.iter().zip(sums.iter().skip(1)).zip(cash_flows.iter().skip(1));
    for (years_before, ((previous, current), flow)) in crossings.enumerate() {
        if *previous < Decimal::ZERO && *current >= Decimal::ZERO {
            // CF_t = S_t − S_{t−1} > 0 here, so the division is safe.
            let fraction = previous.try_mul(Decimal::NEGATIVE_ONE)?.try_div(*flow)?;
            let years = Decimal::from(years_before as u64).try_add(fraction)?;
            return months.try_mul(years);
        }
    }
    Err(Undefined::NeverPaysBack)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{d, decimals};

    #[test]
    fn cumulative_sums() {
        assert_eq!(cumulative(&decimals(&["-100", "30", "80"])), Ok(decimals(&["-100", "-70", "10"])));
    }

    #[test]
    fn pays_back_inside_a_year() {
        // S = −100, −70, 10. First t with S_{t−1} < 0 ≤ S_t is t = 2:
        // 12 × ((2 − 1) + 70 / 80) = 12 × 1.875 = 22.5 months
        assert_eq!(payback_months(&decimals(&["-100", "30", "80"])), Ok(d("22.5")));
        // S = −100, 50: t = 1, 12 × (0 + 100 / 200) = 6 months
        assert_eq!(payback_months(&decimals(&["-100", "200"])), Ok(d("6")));
    }

    #[test]
    fn pays_back_exactly_at_a_year_end() {
        // S_0 = −100, S_1 = 0: 12 × (0 + 100 / 100) = 12.00 months
        assert_eq!(payback_months(&decimals(&["-100", "100", "5"])), Ok(d("12")));
    }

    #[test]
    fn never_under_water_is_zero() {
        assert_eq!(payback_months(&decimals(&["0", "10", "10"])), Ok(Decimal::ZERO));
        assert_eq!(payback_months(&decimals(&["5", "-5", "1"])), Ok(Decimal::ZERO));
    }

    #[test]
    fn never_paying_back() {
        assert_eq!(payback_months(&decimals(&["-100", "30", "30"])), Err(Undefined::NeverPaysBack));
        assert_eq!(payback_months(&decimals(&["-100"])), Err(Undefined::NeverPaysBack));
        assert_eq!(payback_months(&[]), Err(Undefined::NeverPaysBack));
    }

    #[test]
    fn literal_rule_for_series_that_dip() {
        // S = 5, −3: starts above 0 but not every S_t ≥ 0, and never comes back.
        assert_eq!(payback_months(&decimals(&["5", "-8"])), Err(Undefined::NeverPaysBack));
        // S = 5, −3, 2: the first crossing is t = 2: 12 × (1 + 3 / 5) = 19.2 months
        assert_eq!(payback_months(&decimals(&["5", "-8", "5"])), Ok(d("19.2")));
        // S = −10, 10, −20, 5: the first crossing (t = 1) counts:
        // 12 × (0 + 10 / 20) = 6 months
        assert_eq!(payback_months(&decimals(&["-10", "20", "-30", "25"])), Ok(d("6")));
    }

    #[test]
    fn overflow_in_the_running_sum() {
        assert_eq!(payback_months(&[Decimal::MAX, Decimal::MAX]), Err(Undefined::Overflow));
    }
}
