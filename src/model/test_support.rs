//! Helpers shared by the engine's unit tests: decimals written as text, so that a
//! test reads like its hand calculation.

use rust_decimal::Decimal;

/// A decimal from text: `d("12.5")`, `d("1e28")`.
pub fn d(text: &str) -> Decimal {
    crate::model::decimal_text::parse_text(text).unwrap_or_else(|| panic!("{text} is not a decimal"))
}

/// A list of decimals from text.
pub fn decimals(values: &[&str]) -> Vec<Decimal> {
    values.iter().map(|v| d(v)).collect()
}
