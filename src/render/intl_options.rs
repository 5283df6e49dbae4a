//! The options objects handed to the browser's `Intl` (`NumberFormat`,
//! `Date.toLocaleString`), as serde types: `platform::intl` and [`super::now_text`]
//! pass them through serde-wasm-bindgen, so what each [`Style`] asks of Intl is plain
//! Rust, written once and tested natively.

use super::Style;
use serde::Serialize;

/// `Intl.NumberFormat` options; members left unset are left out (Intl's defaults).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NumberFormatOptions<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub style: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notation: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_fraction_digits: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum_fraction_digits: Option<u8>,
}

impl<'a> NumberFormatOptions<'a> {
    /// What `style` asks of Intl for money in `currency`.
    pub fn for_style(style: Style, currency: &'a str) -> Self {
        let none = NumberFormatOptions::default();
        match style {
            Style::Money => NumberFormatOptions { style: Some("currency"), currency: Some(currency), ..none },
            Style::MoneyCompact => NumberFormatOptions {
                style: Some("currency"),
                currency: Some(currency),
                notation: Some("compact"),
                maximum_fraction_digits: Some(1),
                ..none
            },
            Style::Number { digits } => {
                NumberFormatOptions { minimum_fraction_digits: Some(digits), maximum_fraction_digits: Some(digits), ..none }
            }
            Style::Percent => NumberFormatOptions {
                style: Some("percent"),
                minimum_fraction_digits: Some(1),
                maximum_fraction_digits: Some(1),
                ..none
            },
        }
    }
}

/// `Date.toLocaleString` / `toLocaleDateString` options.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DateFormatOptions {
    pub date_style: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_style: Option<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::ser::to_string;

    #[test]
    fn each_style_asks_intl_for_what_it_shows() {
        let json = |s| to_string(&NumberFormatOptions::for_style(s, "TWD"));
        assert_eq!(json(Style::Money), r#"{"style":"currency","currency":"TWD"}"#);
        assert_eq!(json(Style::MoneyCompact), r#"{"style":"currency","currency":"TWD","notation":"compact","maximumFractionDigits":1}"#);
        assert_eq!(json(Style::Number { digits: 2 }), r#"{"minimumFractionDigits":2,"maximumFractionDigits":2}"#);
        assert_eq!(json(Style::Percent), r#"{"style":"percent","minimumFractionDigits":1,"maximumFractionDigits":1}"#);
        let date = DateFormatOptions { date_style: "medium", time_style: Some("short") };
        assert_eq!(to_string(&date), r#"{"dateStyle":"medium","timeStyle":"short"}"#);
    }
}
