//! The machine-readable form of a result (contract.md §4, the `data-value` attributes):
//! rounded half away from zero to exactly 2 decimals, `.` as the point, no grouping,
//! `-` for negatives, never `-0.00`; an undefined result is the empty string.
//!
//! Tests and other programs read these attributes, so the form never follows the
//! visitor's locale and never uses banker's rounding.

use super::undefined::Metric;
use rust_decimal::{Decimal, RoundingStrategy};

/// `v` as `-1234.50`: 2 decimals, half away from zero.
pub fn machine_value(v: &Decimal) -> String {
    let mut rounded = v.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    if rounded.is_zero() {
        // −0.001 rounds to a negative zero, which would print as "-0.00".
        rounded.set_sign_positive(true);
    }
    // After rounding the scale is at most 2; pad the printed decimals to exactly 2.
    let text = rounded.to_string();
    let decimals = text.split_once('.').map_or(0, |(_, fraction)| fraction.len());
    match decimals {
        0 => format!("{text}.00"),
        1 => format!("{text}0"),
        _ => text,
    }
}

/// A metric's `data-value`: [`machine_value`], or `""` when undefined.
pub fn metric_value(m: &Metric) -> String {
    m.as_ref().map(machine_value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Undefined;

    fn mv(s: &str) -> String {
        machine_value(&s.parse().unwrap())
    }

    #[test]
    fn two_decimals_half_away_from_zero() {
        assert_eq!(mv("1234.5"), "1234.50");
        assert_eq!(mv("-1234.505"), "-1234.51");
        // Not banker's rounding: 2.675 → 2.68, 2.665 → 2.67, 0.125 → 0.13
        assert_eq!(mv("2.675"), "2.68");
        assert_eq!(mv("2.665"), "2.67");
        assert_eq!(mv("0.125"), "0.13");
        assert_eq!(mv("-0.125"), "-0.13");
        assert_eq!(mv("1.004"), "1.00");
        assert_eq!(mv("12"), "12.00");
        assert_eq!(mv("1234567.891"), "1234567.89");
    }

    #[test]
    fn never_negative_zero() {
        assert_eq!(mv("-0.001"), "0.00");
        assert_eq!(mv("-0.004999"), "0.00");
        assert_eq!(mv("0"), "0.00");
        assert_eq!(mv("-0"), "0.00");
        assert_eq!(mv("-0.005"), "-0.01");
    }

    #[test]
    fn extreme_values_keep_the_form() {
        assert_eq!(machine_value(&Decimal::MAX), "79228162514264337593543950335.00");
        assert_eq!(machine_value(&Decimal::MIN), "-79228162514264337593543950335.00");
        assert_eq!(mv("0.0000000000000000000000000001"), "0.00");
    }

    #[test]
    fn undefined_metrics_are_empty() {
        assert_eq!(metric_value(&Err(Undefined::NoCosts)), "");
        assert_eq!(metric_value(&Ok("7.1".parse().unwrap())), "7.10");
    }
}
