//! What a cost or custom benefit line amounts to in each year t = 0..N (model.md §2):
//!
//! - `one_off`: the amount in year 0, nothing later;
//! - `recurring`: nothing in year 0, then amount × (1 + growth/100)^(t−1) in years 1..N;
//! - `schedule`: `amounts[t]`, 0 for years the list does not reach; values beyond
//!   year N are ignored.
//!
//! An amount is either fixed or quantity × unit cost.

use super::checked::{one_plus_percent, year_count, Checked};
use super::timing::{Amount, Timing};
use super::undefined::Undefined;
use rust_decimal::Decimal;

impl Amount {
    /// The money of one occurrence: the fixed amount, or quantity × unit cost.
    pub fn value(&self) -> Result<Decimal, Undefined> {
        match self {
            Amount::Fixed(amount) => Ok(*amount),
            Amount::PerUnit { quantity, unit_cost } => quantity.try_mul(*unit_cost),
        }
    }
}

impl Timing {
    /// The line's money in years 0, 1, …, `years` (so `years + 1` values).
    pub fn yearly_values(&self, years: u32) -> Result<Vec<Decimal>, Undefined> {
        let len = year_count(years);
        match self {
            Timing::OneOff { amount } => {
                let mut values = vec![Decimal::ZERO; len];
                if let Some(first) = values.first_mut() {
                    *first = amount.value()?;
                }
                Ok(values)
            }
            Timing::Recurring { amount, growth } => {
                let step = one_plus_percent(*growth)?;
                let mut values = Vec::with_capacity(len);
                values.push(Decimal::ZERO);
                // Year 1 pays the amount; each later year grows it once more.
                let mut current = amount.value()?;
                for year in 1..=years {
                    if year > 1 {
                        current = current.try_mul(step)?;
                    }
                    values.push(current);
                }
                Ok(values)
            }
            Timing::Schedule { amounts } => {
                Ok((0..len).map(|t| amounts.get(t).copied().unwrap_or(Decimal::ZERO)).collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::{d, decimals};

    #[test]
    fn per_unit_amount_is_quantity_times_unit_cost() {
        // 2 FTE × 600000 = 1200000; 500 h × 12.5 = 6250
        let fte = Amount::PerUnit { quantity: d("2"), unit_cost: d("600000") };
        assert_eq!(fte.value(), Ok(d("1200000")));
        let hours = Amount::PerUnit { quantity: d("500"), unit_cost: d("12.5") };
        assert_eq!(hours.value(), Ok(d("6250")));
        assert_eq!(Amount::Fixed(d("80000")).value(), Ok(d("80000")));
    }

    #[test]
    fn one_off_falls_in_year_zero_only() {
        let t = Timing::OneOff { amount: Amount::Fixed(d("80000")) };
        assert_eq!(t.yearly_values(3), Ok(decimals(&["80000", "0", "0", "0"])));
    }

    #[test]
    fn recurring_grows_from_year_two() {
        // 1000 in year 1, 1000 × 1.1 = 1100 in year 2, 1000 × 1.1² = 1210 in year 3
        let t = Timing::Recurring { amount: Amount::Fixed(d("1000")), growth: d("10") };
        assert_eq!(t.yearly_values(3), Ok(decimals(&["0", "1000", "1100", "1210"])));
    }

    #[test]
    fn recurring_per_unit_with_negative_growth() {
        // 2 × 600000 = 1200000, then × 0.5 = 600000
        let t = Timing::Recurring {
            amount: Amount::PerUnit { quantity: d("2"), unit_cost: d("600000") },
            growth: d("-50"),
        };
        assert_eq!(t.yearly_values(2), Ok(decimals(&["0", "1200000", "600000"])));
    }

    #[test]
    fn schedule_pads_and_truncates_to_the_horizon() {
        let t = Timing::Schedule { amounts: decimals(&["50000", "20000"]) };
        // Shorter than the horizon: missing years are 0.
        assert_eq!(t.yearly_values(3), Ok(decimals(&["50000", "20000", "0", "0"])));
        // Longer than the horizon: later years are ignored.
        assert_eq!(t.yearly_values(0), Ok(decimals(&["50000"])));
    }

    #[test]
    fn growth_of_100_percent_for_ten_years_stays_finite_but_huge_amounts_overflow() {
        // 1 × 2⁹ = 512 in year 10
        let t = Timing::Recurring { amount: Amount::Fixed(d("1")), growth: d("100") };
        assert_eq!(t.yearly_values(10).unwrap().last(), Some(&d("512")));
        let big =
            Timing::Recurring { amount: Amount::Fixed(Decimal::from_scientific("7.9e27").unwrap()), growth: d("100") };
        assert_eq!(big.yearly_values(10), Err(Undefined::Overflow));
    }
}
