//! Customer lifetime value per customer (model.md §3), for the baseline and each option.
//!
//! CLV = R_o × m/100 × r / (1 + d/100 − r) with retention r = 1 − c_o/100: the yearly
//! profit of a customer, summed over the years it stays (it stays another year with
//! probability r) and discounted at d. The option changes the revenue
//! (R_o = R × (1 + revenue_uplift/100)) and the churn (c_o = c'); the baseline uses R and c.

use super::checked::{one_minus_percent, one_plus_percent, Checked};
use super::undefined::{Metric, Undefined};
use rust_decimal::Decimal;

/// CLV of a customer with yearly `revenue`, `margin` %, `churn` % and a `discount_rate` %.
/// Undefined ([`Undefined::InfiniteLifetime`]) when 1 + d/100 − r = 0, which for valid
/// inputs means no churn and no discounting.
pub fn clv(revenue: Decimal, margin: Decimal, churn: Decimal, discount_rate: Decimal) -> Metric {
    let retention = one_minus_percent(churn)?;
    let denominator = one_plus_percent(discount_rate)?.try_sub(retention)?;
    if denominator.is_zero() {
        return Err(Undefined::InfiniteLifetime);
    }
    revenue.percent_of(margin)?.try_mul(retention)?.try_div(denominator)
}

/// CLV : CAC, how many times a customer repays what winning it cost. An undefined CLV
/// keeps its own reason; a CAC of 0 gives [`Undefined::NoAcquisitionCost`].
pub fn clv_to_cac(clv: Metric, acquisition_cost: Decimal) -> Metric {
    let clv = clv?;
    if acquisition_cost.is_zero() {
        return Err(Undefined::NoAcquisitionCost);
    }
    clv.try_div(acquisition_cost)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    #[test]
    fn baseline_clv_by_hand() {
        // R = 12000, m = 40, c = 20, d = 10: r = 0.8,
        // CLV = 12000 × 0.4 × 0.8 / (1 + 0.1 − 0.8) = 3840 / 0.3 = 12800
        assert_eq!(clv(d("12000"), d("40"), d("20"), d("10")), Ok(d("12800")));
    }

    #[test]
    fn no_discounting_is_profit_times_expected_years_kept() {
        // d = 0, c = 25: r = 0.75, CLV = 100 × 0.5 × 0.75 / 0.25 = 150
        assert_eq!(clv(d("100"), d("50"), d("25"), d("0")), Ok(d("150")));
    }

    #[test]
    fn no_churn_still_finite_when_discounted() {
        // c = 0, d = 10: r = 1, CLV = 1000 × 0.2 × 1 / 0.1 = 2000
        assert_eq!(clv(d("1000"), d("20"), d("0"), d("10")), Ok(d("2000")));
    }

    #[test]
    fn no_churn_and_no_discounting_is_unbounded() {
        assert_eq!(clv(d("1000"), d("20"), d("0"), d("0")), Err(Undefined::InfiniteLifetime));
    }

    #[test]
    fn ratio_to_acquisition_cost() {
        // 12800 / 3200 = 4
        assert_eq!(clv_to_cac(Ok(d("12800")), d("3200")), Ok(d("4")));
        assert_eq!(clv_to_cac(Ok(d("12800")), d("0")), Err(Undefined::NoAcquisitionCost));
        assert_eq!(clv_to_cac(Err(Undefined::InfiniteLifetime), d("0")), Err(Undefined::InfiniteLifetime));
    }

    #[test]
    fn overflow_is_reported() {
        assert_eq!(clv(Decimal::MAX, d("100"), d("0"), d("0.0000001")), Err(Undefined::Overflow));
    }
}
