//! Checked decimal arithmetic for the engine.
//!
//! `Decimal`'s `+ - * /` operators panic when a result exceeds about 7.9 × 10²⁸. A
//! visitor can type numbers that large, so the engine never uses the operators: it
//! uses these methods, which turn an overflow into [`Undefined::Overflow`] and let
//! `?` carry it up to the one result it spoils.

use super::undefined::Undefined;
use rust_decimal::Decimal;

/// Checked `+ - * /` on `Decimal`, returning `Err(Undefined::Overflow)` instead of `None`.
///
/// Division by zero is also reported as `Overflow` (the quotient is unbounded). Where a
/// zero divisor has a meaning of its own (ROI with no costs, CLV:CAC with no acquisition
/// cost) the caller checks for it first and reports that reason instead.
pub trait Checked: Sized {
    fn try_add(self, other: Decimal) -> Result<Decimal, Undefined>;
    fn try_sub(self, other: Decimal) -> Result<Decimal, Undefined>;
    fn try_mul(self, other: Decimal) -> Result<Decimal, Undefined>;
    fn try_div(self, other: Decimal) -> Result<Decimal, Undefined>;
    /// `self × percent / 100`: the share `percent` % of `self`.
    fn percent_of(self, percent: Decimal) -> Result<Decimal, Undefined>;
}

impl Checked for Decimal {
    fn try_add(self, other: Decimal) -> Result<Decimal, Undefined> {
        self.checked_add(other).ok_or(Undefined::Overflow)
    }

    fn try_sub(self, other: Decimal) -> Result<Decimal, Undefined> {
        self.checked_sub(other).ok_or(Undefined::Overflow)
    }

    fn try_mul(self, other: Decimal) -> Result<Decimal, Undefined> {
        self.checked_mul(other).ok_or(Undefined::Overflow)
    }

    fn try_div(self, other: Decimal) -> Result<Decimal, Undefined> {
        self.checked_div(other).ok_or(Undefined::Overflow)
    }

    fn percent_of(self, percent: Decimal) -> Result<Decimal, Undefined> {
        // Multiply first: dividing by 100 afterwards is exact for every value the
        // engine meets, while `percent / 100` first could lose digits of `self`.
        self.try_mul(percent)?.try_div(Decimal::ONE_HUNDRED)
    }
}

/// `1 + percent / 100`: the growth factor of a rate in percent (10 → 1.1).
pub fn one_plus_percent(percent: Decimal) -> Result<Decimal, Undefined> {
    Decimal::ONE.try_add(percent.try_div(Decimal::ONE_HUNDRED)?)
}

/// `1 − percent / 100`: what is left after taking `percent` % away (20 → 0.8).
pub fn one_minus_percent(percent: Decimal) -> Result<Decimal, Undefined> {
    Decimal::ONE.try_sub(percent.try_div(Decimal::ONE_HUNDRED)?)
}

/// `base` to the power `n` by repeated checked multiplication (rust_decimal's `powu`
/// needs the "maths" feature, which this crate does not use). `pow(x, 0)` is 1.
/// Loops `n` times, so callers pass small exponents (a year index, at most 10).
pub fn pow(base: Decimal, n: u32) -> Result<Decimal, Undefined> {
    let mut result = Decimal::ONE;
    for _ in 0..n {
        result = result.try_mul(base)?;
    }
    Ok(result)
}

/// How many yearly values the years 0..=`years` take: `years + 1`, saturating so that
/// not even `u32::MAX` can overflow (the engine itself passes at most 10).
pub fn year_count(years: u32) -> usize {
    (years as usize).saturating_add(1)
}

/// The checked sum of a list of decimals.
pub fn sum<I: IntoIterator<Item = Decimal>>(values: I) -> Result<Decimal, Undefined> {
    values.into_iter().try_fold(Decimal::ZERO, Checked::try_add)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;
    use rust_decimal::Decimal;

    #[test]
    fn arithmetic_is_exact_for_small_values() {
        assert_eq!(d("1.5").try_add(d("2.25")), Ok(d("3.75")));
        assert_eq!(d("1.5").try_sub(d("2.25")), Ok(d("-0.75")));
        assert_eq!(d("1.5").try_mul(d("2")), Ok(d("3")));
        assert_eq!(d("3").try_div(d("4")), Ok(d("0.75")));
        // 12 % of 250 = 250 × 12 / 100 = 30
        assert_eq!(d("250").percent_of(d("12")), Ok(d("30")));
        assert_eq!(one_plus_percent(d("10")), Ok(d("1.1")));
        assert_eq!(one_minus_percent(d("20")), Ok(d("0.8")));
    }

    #[test]
    fn overflow_and_division_by_zero_are_overflow() {
        assert_eq!(Decimal::MAX.try_add(Decimal::ONE), Err(Undefined::Overflow));
        assert_eq!(Decimal::MIN.try_sub(Decimal::ONE), Err(Undefined::Overflow));
        assert_eq!(Decimal::MAX.try_mul(Decimal::TWO), Err(Undefined::Overflow));
        assert_eq!(Decimal::ONE.try_div(Decimal::ZERO), Err(Undefined::Overflow));
        assert_eq!(Decimal::MAX.percent_of(d("200")), Err(Undefined::Overflow));
    }

    #[test]
    fn pow_multiplies_n_times() {
        assert_eq!(pow(d("1.1"), 0), Ok(Decimal::ONE));
        assert_eq!(pow(d("1.1"), 1), Ok(d("1.1")));
        // 1.1³ = 1.331
        assert_eq!(pow(d("1.1"), 3), Ok(d("1.331")));
        // 2¹⁰ = 1024
        assert_eq!(pow(Decimal::TWO, 10), Ok(d("1024")));
        assert_eq!(pow(d("10"), 40), Err(Undefined::Overflow));
    }

    #[test]
    fn sum_adds_all_and_reports_overflow() {
        assert_eq!(sum([d("1"), d("2.5"), d("-0.5")]), Ok(d("3")));
        assert_eq!(sum(Vec::new()), Ok(Decimal::ZERO));
        assert_eq!(sum([Decimal::MAX, Decimal::MAX]), Err(Undefined::Overflow));
    }
}
