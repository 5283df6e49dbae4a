//! Internal rate of return (model.md §3): the rate r % at which the NPV of the cash
//! flows is 0, Σ CF_t / (1 + r/100)^t = 0.
//!
//! It is defined only when the non-zero flows change sign exactly once: then there is
//! exactly one rate (Descartes' rule of signs), and it is searched in −99.99 % … 10 000 %.
//!
//! How it is found, with decimals only:
//! - The flows are first divided by the largest of their absolute values, so every
//!   flow lies in −1 … 1 and nothing below can overflow however large the money is.
//! - Zeros before the first and after the last non-zero flow are dropped: they do not
//!   move the root, and trailing zeros would make the polynomial below underflow to 0
//!   at small x (see [`without_outer_zeros`]).
//! - With x = 1 + r/100 the NPV times x^N is the polynomial Σ CF_t x^(N−t). It has the
//!   sign of the NPV (x^N > 0), never divides, and is evaluated by Horner's rule. For the
//!   horizons the engine uses (at most 10 years) x ≤ 101 keeps it far below the
//!   decimal limit; a longer series that overflows reports [`Undefined::Overflow`].
//! - Bisection on x halves the bracket until it is narrower than 10⁻¹⁰, i.e. 10⁻⁸
//!   percentage points, far inside the 0.01 points the model asks for. Bisection cannot
//!   diverge, and about 40 halvings of the bracket are needed.

use super::checked::Checked;
use super::undefined::{Metric, Undefined};
use rust_decimal::{Decimal, RoundingStrategy};

/// x = 1 + r/100 at r = −99.99 %, the bottom of the search.
const LOWEST_GROWTH: Decimal = Decimal::from_parts(1, 0, 0, false, 4);
/// x at r = 10 000 %, the top of the search.
const HIGHEST_GROWTH: Decimal = Decimal::from_parts(101, 0, 0, false, 0);
/// Stop when the bracket on x is narrower than this (10⁻¹⁰).
const TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 10);
/// Decimals kept in a midpoint: enough below the tolerance, few enough that the
/// polynomial is evaluated on short numbers (much faster than 28-digit ones).
const MIDPOINT_DECIMALS: u32 = 12;
/// A bound on the halvings (each halves 101 → the tolerance takes about 40).
const MAX_STEPS: u32 = 200;
/// Decimals kept in the result, in percent: far finer than shown, free of bisection noise.
const RESULT_DECIMALS: u32 = 6;

/// How often the sign changes from one non-zero flow to the next.
pub fn sign_changes(cash_flows: &[Decimal]) -> usize {
    let signs: Vec<bool> = cash_flows.iter().filter(|cf| !cf.is_zero()).map(|cf| cf.is_sign_negative()).collect();
    signs.windows(2).filter(|pair| pair.first() != pair.last()).count()
}

/// The IRR of `cash_flows` (CF_0, CF_1, …) in percent.
pub fn irr(cash_flows: &[Decimal]) -> Metric {
    match sign_changes(cash_flows) {
        0 => return Err(Undefined::NoSignChange),
        1 => {}
        _ => return Err(Undefined::MultipleSignChanges),
    }
    let largest = cash_flows.iter().map(|cf| cf.abs()).max().unwrap_or(Decimal::ONE);
    let scaled = cash_flows.iter().map(|cf| cf.try_div(largest)).collect::<Result<Vec<_>, _>>()?;
    let growth = find_root(without_outer_zeros(&scaled))?;
    let percent = growth.try_sub(Decimal::ONE)?.try_mul(Decimal::ONE_HUNDRED)?;
    Ok(percent.round_dp_with_strategy(RESULT_DECIMALS, RoundingStrategy::MidpointAwayFromZero))
}

/// The flows from the first non-zero one to the last. Zeros before only multiply the
/// NPV by a power of x and zeros after only multiply the polynomial below by one, which
/// leaves the root where it is; but the polynomial of flows ending in k zeros is x^k
/// times a smaller one, and near the bottom of the search (x = 10⁻⁴, x^k down to 10⁻⁴⁰)
/// that factor underflows the decimal to exactly 0, which would look like a root.
fn without_outer_zeros(flows: &[Decimal]) -> &[Decimal] {
    let first = flows.iter().position(|cf| !cf.is_zero()).unwrap_or(flows.len());
    let end = flows.iter().rposition(|cf| !cf.is_zero()).map_or(first, |last| last.saturating_add(1));
    flows.get(first..end).unwrap_or_default()
}

/// Σ CF_t x^(N−t) by Horner's rule: ((CF_0 x + CF_1) x + CF_2) … x + CF_N.
fn npv_times_growth_power(flows: &[Decimal], x: Decimal) -> Result<Decimal, Undefined> {
    flows.iter().try_fold(Decimal::ZERO, |acc, cf| acc.try_mul(x)?.try_add(*cf))
}

/// The x in [LOWEST_GROWTH, HIGHEST_GROWTH] where the polynomial is 0, by bisection.
fn find_root(flows: &[Decimal]) -> Result<Decimal, Undefined> {
    let (mut low, mut high) = (LOWEST_GROWTH, HIGHEST_GROWTH);
    let value_low = npv_times_growth_power(flows, low)?;
    let value_high = npv_times_growth_power(flows, high)?;
    if value_low.is_zero() {
        return Ok(low);
    }
    if value_high.is_zero() {
        return Ok(high);
    }
    if value_low.is_sign_negative() == value_high.is_sign_negative() {
        // One sign change means one root for x > 0; it is not inside the bracket.
        return Err(Undefined::IrrOutOfRange);
    }
    let low_is_negative = value_low.is_sign_negative();
    for _ in 0..MAX_STEPS {
        let middle = low.try_add(high)?.try_div(Decimal::TWO)?.round_dp(MIDPOINT_DECIMALS);
        let value = npv_times_growth_power(flows, middle)?;
        if value.is_zero() {
            return Ok(middle);
        }
        if value.is_sign_negative() == low_is_negative {
            low = middle;
        } else {
            high = middle;
        }
        if high.try_sub(low)? < TOLERANCE {
            break;
        }
    }
    low.try_add(high)?.try_div(Decimal::TWO)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{d, decimals};

    fn assert_close(actual: Metric, expected: &str) {
        let a = actual.unwrap();
        let diff = (a - d(expected)).abs();
        assert!(diff < d("0.0001"), "irr {a} is not {expected}");
    }

    #[test]
    fn sign_changes_ignore_zeros() {
        assert_eq!(sign_changes(&decimals(&["-1", "0", "2", "0", "3"])), 1);
        assert_eq!(sign_changes(&decimals(&["-1", "2", "-3"])), 2);
        assert_eq!(sign_changes(&decimals(&["0", "0"])), 0);
        assert_eq!(sign_changes(&decimals(&["1", "2"])), 0);
    }

    #[test]
    fn one_year_investment() {
        // −100 + 110 / (1 + r) = 0 ⇒ 1 + r = 1.1 ⇒ r = 10 %
        assert_close(irr(&decimals(&["-100", "110"])), "10");
        // −100 + 50 / (1 + r) = 0 ⇒ r = −50 %
        assert_close(irr(&decimals(&["-100", "50"])), "-50");
    }

    #[test]
    fn two_year_investment() {
        // −100 + 60 x⁻¹ + 60 x⁻² = 0 ⇒ 100 x² − 60 x − 60 = 0
        // ⇒ x = (60 + √(3600 + 24000)) / 200 = (60 + 166.13247…) / 200 = 1.1306624
        // ⇒ r = 13.06624 %
        assert_close(irr(&decimals(&["-100", "60", "60"])), "13.066238");
        // −1000 + 0 + 1210 x⁻² = 0 ⇒ x² = 1.21 ⇒ r = 10 %
        assert_close(irr(&decimals(&["-1000", "0", "1210"])), "10");
    }

    #[test]
    fn zeros_before_and_after_do_not_change_the_rate() {
        // Issue 10: −100, 60, 60 then zeros over a 10-year horizon gave −99.99 %, because
        // the polynomial underflowed to 0 at the bottom of the search.
        let mut flows = decimals(&["-100", "60", "60"]);
        flows.extend(std::iter::repeat_n(Decimal::ZERO, 8));
        assert_close(irr(&flows), "13.066238");
        // Zeros first only shift every flow by the same factor: the rate is the same.
        assert_close(irr(&decimals(&["0", "0", "-100", "60", "60"])), "13.066238");
        assert_close(irr(&decimals(&["0", "-100", "60", "60", "0", "0", "0"])), "13.066238");
        // A rate near the bottom with trailing zeros: −100 + 1/x = 0 ⇒ r = −99 %.
        let mut low = decimals(&["-100", "1"]);
        low.extend(std::iter::repeat_n(Decimal::ZERO, 9));
        assert_close(irr(&low), "-99");
        // And the bottom itself, reached exactly: r = −99.99 %.
        let mut bottom = decimals(&["-1", "0.0001"]);
        bottom.extend(std::iter::repeat_n(Decimal::ZERO, 9));
        assert_close(irr(&bottom), "-99.99");
        // Below the bottom stays out of range, zeros or not.
        let mut below = decimals(&["-1", "0.00001"]);
        below.extend(std::iter::repeat_n(Decimal::ZERO, 9));
        assert_eq!(irr(&below), Err(Undefined::IrrOutOfRange));
    }

    #[test]
    fn gains_first_then_costs() {
        // 100 − 110 / (1 + r) = 0 ⇒ r = 10 % (borrowing at 10 %)
        assert_close(irr(&decimals(&["100", "-110"])), "10");
    }

    #[test]
    fn undefined_cases() {
        assert_eq!(irr(&decimals(&["100", "10"])), Err(Undefined::NoSignChange));
        assert_eq!(irr(&decimals(&["0", "0"])), Err(Undefined::NoSignChange));
        assert_eq!(irr(&[]), Err(Undefined::NoSignChange));
        assert_eq!(irr(&decimals(&["-100", "230", "-132"])), Err(Undefined::MultipleSignChanges));
        // −1 + 1000 / (1 + r) = 0 ⇒ r = 99 900 %, above 10 000 %
        assert_eq!(irr(&decimals(&["-1", "1000"])), Err(Undefined::IrrOutOfRange));
        // −1 + 0.00001 / (1 + r) = 0 ⇒ r = −99.999 %, below −99.99 %
        assert_eq!(irr(&decimals(&["-1", "0.00001"])), Err(Undefined::IrrOutOfRange));
    }

    #[test]
    fn extreme_money_is_scaled_not_overflowed() {
        // The same 10 % with amounts near the decimal limit.
        let big = d("70000000000000000000000000000");
        let flows = vec![-big / d("1.1"), big];
        assert_close(irr(&flows), "10");
    }

    #[test]
    fn ten_years() {
        // −1000 then 1000 × 1.1^10 = 2593.7424601 in year 10 ⇒ r = 10 %
        let mut f = vec![d("-1000")];
        f.extend(std::iter::repeat_n(Decimal::ZERO, 9));
        f.push(d("2593.7424601"));
        assert_close(irr(&f), "10");
    }
}
