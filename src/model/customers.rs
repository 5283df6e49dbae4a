//! Active customers at the end of each year, with and without an option (model.md §2,
//! "Customers over time"). Most lever benefits scale with these counts.
//!
//! K_0 = C0 and K_t = K_{t−1} × (1 − churn/100) + A. The option changes only the churn
//! (c' = max(c − churn_reduction, 0)); new customers stay A, because referrals are
//! counted as saved acquisition cost, never as extra customers too.

use super::checked::{one_minus_percent, year_count, Checked};
use super::undefined::Undefined;
use rust_decimal::Decimal;

/// The churn with an option, c' = max(c − churn_reduction, 0): a reduction larger than
/// the churn leaves no churn, never a negative one.
pub fn option_churn(churn: Decimal, churn_reduction: Decimal) -> Result<Decimal, Undefined> {
    Ok(churn.try_sub(churn_reduction)?.max(Decimal::ZERO))
}

/// K_0 … K_years: `start` customers, losing `churn` % and winning `new_per_year` each year.
pub fn customer_counts(
    start: Decimal,
    churn: Decimal,
    new_per_year: Decimal,
    years: u32,
) -> Result<Vec<Decimal>, Undefined> {
    let kept = one_minus_percent(churn)?;
    let mut counts = Vec::with_capacity(year_count(years));
    let mut k = start;
    counts.push(k);
    for _ in 0..years {
        k = k.try_mul(kept)?.try_add(new_per_year)?;
        counts.push(k);
    }
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    #[test]
    fn baseline_counts_follow_the_recurrence() {
        // C0 = 1000, c = 10 %, A = 50:
        // K_1 = 1000 × 0.9 + 50 = 950
        // K_2 = 950 × 0.9 + 50 = 905
        // K_3 = 905 × 0.9 + 50 = 864.5
        let k = customer_counts(d("1000"), d("10"), d("50"), 3).unwrap();
        assert_eq!(k, vec![d("1000"), d("950"), d("905"), d("864.5")]);
    }

    #[test]
    fn steady_state_when_new_customers_replace_the_lost() {
        // 1000 × 0.8 + 200 = 1000 every year (the contract example's baseline).
        let k = customer_counts(d("1000"), d("20"), d("200"), 3).unwrap();
        assert_eq!(k, vec![d("1000"); 4]);
    }

    #[test]
    fn zero_years_is_just_the_start() {
        assert_eq!(customer_counts(d("7"), d("20"), d("200"), 0).unwrap(), vec![d("7")]);
    }

    #[test]
    fn option_churn_subtracts_and_stops_at_zero() {
        // 20 − 3 = 17
        assert_eq!(option_churn(d("20"), d("3")), Ok(d("17")));
        // 2 − 5 would be −3: the option cannot make churn negative, so 0.
        assert_eq!(option_churn(d("2"), d("5")), Ok(Decimal::ZERO));
    }

    #[test]
    fn option_counts_with_lower_churn() {
        // c' = 20 − 3 = 17: K'_1 = 1000 × 0.83 + 200 = 1030,
        // K'_2 = 1030 × 0.83 + 200 = 1054.9
        let c = option_churn(d("20"), d("3")).unwrap();
        let k = customer_counts(d("1000"), c, d("200"), 2).unwrap();
        assert_eq!(k, vec![d("1000"), d("1030"), d("1054.9")]);
    }

    #[test]
    fn huge_counts_overflow() {
        let k = customer_counts(Decimal::from_scientific("1e28").unwrap(), d("-100"), d("0"), 3);
        assert_eq!(k, Err(Undefined::Overflow));
    }
}
