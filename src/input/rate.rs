//! A rate the model holds as a fraction and the visitor reads and types in %: the
//! alternative return of capital tied up (opportunity cost = capital × rate, so 5 % is
//! stored as 0.05). The conversion is exact and cannot fail the way `× 100` on a
//! decimal can: a fraction of 10²⁷ is shown as 10²⁹ %, beyond what a decimal holds.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::float_arithmetic,
    )
)]

use super::number_text::to_plain_text;
use rust_decimal::Decimal;

/// The fraction written in % for a field, exactly (0.05 → `5`, 1 → `100`,
/// 10²⁷ → `1` and 29 zeros), in the plain form `parse_number` reads back.
pub fn percent_text(fraction: &Decimal) -> String {
    let mut d = fraction.normalize();
    if d.is_zero() {
        return "0".to_owned();
    }
    // × 100 is the same digits with the decimal point two places to the right.
    match d.scale().checked_sub(2) {
        Some(scale) if d.set_scale(scale).is_ok() => to_plain_text(&d),
        // No (or one) digit after the point: append zeros to the digits.
        _ => format!("{}{}", d.mantissa(), if d.scale() == 0 { "00" } else { "0" }),
    }
}

/// The fraction of a rate typed in % (5 → 0.05); `None` only if it cannot be held.
pub fn fraction_of_percent(percent: Decimal) -> Option<Decimal> {
    percent.checked_div(Decimal::ONE_HUNDRED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::number_text::{parse_number, NumberKind};
    use proptest::prelude::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn fractions_are_shown_in_percent_exactly() {
        for (fraction, shown) in [
            ("0", "0"),
            ("0.00", "0"),
            ("0.05", "5"),
            ("0.5", "50"),
            ("1", "100"),
            ("1.000", "100"),
            ("0.125", "12.5"),
            ("0.0001", "0.01"),
            ("12", "1200"),
            ("-0.03", "-3"),
            ("-1.5", "-150"),
            ("0.0000000000000000000000000001", "0.00000000000000000000000001"),
            ("1000000000000000000000000000", "100000000000000000000000000000"),
            ("79228162514264337593543950335", "7922816251426433759354395033500"),
        ] {
            assert_eq!(percent_text(&dec(fraction)), shown, "{fraction}");
        }
    }

    #[test]
    fn a_typed_percent_becomes_a_fraction() {
        assert_eq!(fraction_of_percent(dec("5")), Some(dec("0.05")));
        assert_eq!(fraction_of_percent(dec("100")), Some(dec("1")));
        assert_eq!(fraction_of_percent(dec("12.5")), Some(dec("0.125")));
    }

    proptest! {
        /// What is shown reads back, as a percent, to the same fraction.
        #[test]
        fn shown_text_reads_back(m in 0i64..=100_000_000, scale in 0u32..=10) {
            let fraction = Decimal::new(m, scale);
            let text = percent_text(&fraction);
            prop_assert_eq!(Decimal::from_str(&text).ok().and_then(fraction_of_percent), Some(fraction));
            if let Ok(typed) = parse_number(&text, NumberKind::Percent) {
                prop_assert_eq!(fraction_of_percent(typed), Some(fraction));
            }
        }
    }
}
