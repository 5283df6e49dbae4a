//! Local money defaults (model.md §4, "Presets sized to the visitor's business and
//! currency").
//!
//! The default figures describe a Taiwanese business in NT$. For another currency each
//! money figure is the TWD figure × that currency's price level, rounded to at most 3
//! significant digits, so a visitor in the US does not start with two account managers
//! at "600 000 dollars". The price level is the ratio of what a customer-facing employee
//! costs an employer in a year (wage with bonuses and employer contributions) where the
//! currency is used, to the same in Taiwan: wages are the largest part of looking after
//! customers, and they set the local level of service prices too. Counts and
//! percentages do not change, so the default ROI is the same in every currency (up to
//! the rounding), which a test checks.
//!
//! The figures are rounded estimates from the sources named in the translations
//! (`price_level.source.<code>`), shown in the UI beside the defaults.

use super::checked::round_sf;
use rust_decimal::Decimal;

/// One currency's row: the annual employer cost of a customer-facing employee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PriceLevel {
    /// ISO 4217 code.
    pub currency: &'static str,
    /// Annual cost of a customer-facing employee, in `currency`.
    pub employee_cost: i64,
}

/// The reference: NT$ 600 000 a year (about NT$ 42 000 a month over 13 months with
/// bonus, plus employer labour and health insurance and pension).
pub const TWD_EMPLOYEE_COST: i64 = 600_000;

/// Every currency the app offers, in the order of the currency menu. Sources per row
/// are in the translations (`price_level.source.<code>`).
pub const PRICE_LEVELS: [PriceLevel; 8] = [
    PriceLevel { currency: "TWD", employee_cost: TWD_EMPLOYEE_COST },
    // ¥7 000 a month in a large city, 12 months, plus about 30 % social insurance.
    PriceLevel { currency: "CNY", employee_cost: 110_000 },
    // HK$18 000 a month, 13 months, plus 5 % MPF.
    PriceLevel { currency: "HKD", employee_cost: 250_000 },
    // US customer service representatives (BLS OEWS 43-4051, median about $43 000)
    // plus about 30 % benefits and payroll taxes.
    PriceLevel { currency: "USD", employee_cost: 55_000 },
    // Euro-area customer service wage of about €32 000 plus about 25 % employer costs.
    PriceLevel { currency: "EUR", employee_cost: 40_000 },
    // ¥3.8 million a year plus about 15 % employer social insurance.
    PriceLevel { currency: "JPY", employee_cost: 4_400_000 },
    // S$3 200 a month, 13 months, plus 17 % CPF.
    PriceLevel { currency: "SGD", employee_cost: 48_000 },
    // RM 3 300 a month, 12 months, plus EPF and SOCSO of about 14 %.
    PriceLevel { currency: "MYR", employee_cost: 45_000 },
];

/// The currency whose row is used for a code the table does not have (any ISO code may
/// come in `?currency=`): US figures are a better start than NT$ figures for most.
pub const FALLBACK: &str = "USD";

impl PriceLevel {
    /// The row of `currency`, if the app offers it.
    pub fn find(currency: &str) -> Option<PriceLevel> {
        PRICE_LEVELS.iter().copied().find(|p| p.currency == currency)
    }

    /// The row used for `currency`: its own, or the fallback's.
    pub fn for_currency(currency: &str) -> PriceLevel {
        Self::find(currency).or_else(|| Self::find(FALLBACK)).unwrap_or(PriceLevel { currency: "TWD", employee_cost: TWD_EMPLOYEE_COST })
    }

    /// The level: this currency's employee cost ÷ Taiwan's (1 for TWD, about 0.0917 for USD).
    pub fn level(self) -> Decimal {
        Decimal::from(self.employee_cost)
            .checked_div(Decimal::from(TWD_EMPLOYEE_COST))
            .unwrap_or(Decimal::ONE)
    }

    /// A TWD default figure in this currency: × level, at most 3 significant digits
    /// (half away from zero), without trailing zeros after the point.
    pub fn local(self, twd: i64) -> Decimal {
        // twd × cost / 600 000, multiplied first so that whole results stay exact.
        let exact = Decimal::from(twd)
            .checked_mul(Decimal::from(self.employee_cost))
            .and_then(|x| x.checked_div(Decimal::from(TWD_EMPLOYEE_COST)))
            .unwrap_or(Decimal::ZERO);
        round_sf(exact, 3).unwrap_or(exact).normalize()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_support::d;

    #[test]
    fn twd_keeps_its_figures() {
        let twd = PriceLevel::for_currency("TWD");
        assert_eq!(twd.level(), Decimal::ONE);
        assert_eq!(twd.local(600_000), d("600000"));
        assert_eq!(twd.local(150), d("150"));
    }

    #[test]
    fn figures_scale_by_the_level_to_three_significant_digits() {
        let usd = PriceLevel::for_currency("USD");
        // 12000 × 55000 / 600000 = 1100
        assert_eq!(usd.local(12_000), d("1100"));
        // 150 × 55000 / 600000 = 13.75 → 13.8
        assert_eq!(usd.local(150), d("13.8"));
        // 2500 × 55000 / 600000 = 229.1666… → 229
        assert_eq!(usd.local(2_500), d("229"));
        let jpy = PriceLevel::for_currency("JPY");
        // 12000 × 4400000 / 600000 = 88000
        assert_eq!(jpy.local(12_000), d("88000"));
        // 6000 × 4400000 / 600000 = 44000
        assert_eq!(jpy.local(6_000), d("44000"));
    }

    #[test]
    fn an_unknown_currency_uses_the_fallback_row() {
        assert_eq!(PriceLevel::find("GBP"), None);
        assert_eq!(PriceLevel::for_currency("GBP").currency, FALLBACK);
    }

    #[test]
    fn every_row_is_a_distinct_iso_code() {
        for (i, row) in PRICE_LEVELS.iter().enumerate() {
            assert!(crate::model::validation::is_valid_currency(row.currency));
            assert!(row.employee_cost > 0);
            assert!(PRICE_LEVELS.iter().skip(i + 1).all(|r| r.currency != row.currency));
        }
    }
}
