//! Present value of a yearly series (model.md §3): PV(x) = Σ_{t=0..N} x_t / (1 + d/100)^t.
//!
//! End-of-year convention: the amount of year t is discounted t times, so year 0 (the
//! start, where one-off costs fall) is not discounted at all.

use super::checked::{one_plus_percent, sum, year_count, Checked};
use super::undefined::Undefined;
use rust_decimal::Decimal;

/// (1 + rate/100)^t for t = 0..=years: what 1 grows to in t years at `rate` %.
/// Built by repeated multiplication, so each factor costs one multiplication.
pub fn compound_factors(rate: Decimal, years: u32) -> Result<Vec<Decimal>, Undefined> {
    let step = one_plus_percent(rate)?;
    let mut factors = Vec::with_capacity(year_count(years));
    let mut factor = Decimal::ONE;
    factors.push(factor);
    for _ in 0..years {
        factor = factor.try_mul(step)?;
        factors.push(factor);
    }
    Ok(factors)
}

/// Each x_t discounted to the start: x_t / (1 + rate/100)^t.
pub fn discounted(series: &[Decimal], rate: Decimal) -> Result<Vec<Decimal>, Undefined> {
    let years = u32::try_from(series.len().saturating_sub(1)).map_err(|_| Undefined::Overflow)?;
    let factors = compound_factors(rate, years)?;
    series.iter().zip(factors).map(|(x, f)| x.try_div(f)).collect()
}

/// PV(x) = Σ x_t / (1 + rate/100)^t.
pub fn present_value(series: &[Decimal], rate: Decimal) -> Result<Decimal, Undefined> {
    sum(discounted(series, rate)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    #[test]
    fn factors_compound_yearly() {
        // 1, 1.1, 1.1² = 1.21, 1.1³ = 1.331
        assert_eq!(compound_factors(d("10"), 3), Ok(vec![d("1"), d("1.1"), d("1.21"), d("1.331")]));
    }

    #[test]
    fn year_zero_is_not_discounted_and_year_t_is_divided_by_factor_t() {
        // 100 / 1 = 100; 110 / 1.1 = 100; 121 / 1.21 = 100
        let series = [d("100"), d("110"), d("121")];
        assert_eq!(discounted(&series, d("10")), Ok(vec![d("100"); 3]));
        // PV = 100 + 100 + 100 = 300
        assert_eq!(present_value(&series, d("10")), Ok(d("300")));
    }

    #[test]
    fn pv_at_other_rates() {
        // d = 25 %: 50 + 125 / 1.25 + 156.25 / 1.5625 = 50 + 100 + 100 = 250
        assert_eq!(present_value(&[d("50"), d("125"), d("156.25")], d("25")), Ok(d("250")));
        // d = 0: the plain sum, 1 + 2 + 3 = 6
        assert_eq!(present_value(&[d("1"), d("2"), d("3")], d("0")), Ok(d("6")));
    }

    #[test]
    fn empty_series_is_worth_nothing() {
        assert_eq!(present_value(&[], d("10")), Ok(Decimal::ZERO));
    }

    #[test]
    fn a_rate_of_minus_100_percent_cannot_be_discounted() {
        // 1 + (−100)/100 = 0: year 1 would be divided by 0.
        assert_eq!(present_value(&[d("1"), d("1")], d("-100")), Err(Undefined::Overflow));
    }
}
