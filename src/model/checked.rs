//! Checked decimal arithmetic for the engine.
//!
//! `Decimal`'s `+ - * /` operators panic when a result exceeds about 7.9 × 10²⁸. A
//! visitor can type numbers that large, so the engine never uses the operators: it
//! uses these methods, which turn an overflow into [`Undefined::Overflow`] and let
//! `?` carry it up to the one result it spoils.

use super::undefined::Undefined;
use rust_decimal::{Decimal, RoundingStrategy};

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

/// `value` rounded to `digits` significant digits, half away from zero: the value of
/// rust_decimal's `round_sf_with_strategy(digits, MidpointAwayFromZero)` (the scale may
/// differ; callers normalise), in a fraction of its wasm. `None` if rounding up a whole
/// number does not fit (it always does below 7.9 × 10²⁸ rounded to 28 digits or fewer).
pub fn round_sf(value: Decimal, digits: u32) -> Option<Decimal> {
    if value.is_zero() || digits == 0 {
        return Some(Decimal::ZERO);
    }
    // The mantissa's digits (its text: the integer formatting is in the wasm anyway).
    let count = u32::try_from(value.mantissa().unsigned_abs().to_string().len()).ok()?;
    let drop = count.saturating_sub(digits);
    if drop == 0 {
        return Some(value);
    }
    let scale = value.scale();
    if let Some(dp) = scale.checked_sub(drop) {
        return Some(value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero));
    }
    // Into the whole part: value / 10^k (the same mantissa at a larger scale), rounded to
    // a whole number, × 10^k.
    let mut shifted = value;
    shifted.set_scale(drop).ok()?;
    let mut whole = shifted.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    for _ in scale..drop {
        whole = whole.checked_mul(Decimal::TEN)?;
    }
    Some(whole)
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
    fn round_sf_matches_rust_decimal() {
        use rust_decimal::RoundingStrategy::MidpointAwayFromZero;
        let mut values: Vec<Decimal> = ["0", "1", "-1", "5", "15", "25", "125", "0.0125", "-0.0125", "123456", "-123456",
            "125000", "99950", "99949", "999.5", "0.000999951", "12301", "305.459", "1234567890123.456789",
            "600000", "3333.3333", "6666.66666666666666666666", "79228162514264337593543950335",
            "-79228162514264337593543950335", "0.0000000000000000000000000001", "12345678901234567890123456789",
            "9999999999999999999999999999", "0.9999999999999999999999999999", "4999999999.99999", "1.0000000000000000000000000005"]
            .iter()
            .map(|s| d(s))
            .collect();
        for i in 1..200i64 {
            values.push(Decimal::new(i * 7919 % 100_003, (i % 9) as u32));
            values.push(Decimal::new(-(i * 104_729), (i % 5) as u32) * Decimal::from(i));
        }
        for v in values {
            for digits in 0..=30 {
                let expected = v.round_sf_with_strategy(digits, MidpointAwayFromZero);
                assert_eq!(round_sf(v, digits), expected, "{v} to {digits}");
            }
        }
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
