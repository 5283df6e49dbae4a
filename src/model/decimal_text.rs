//! Decimals in the scenario JSON: written as strings (no precision is lost in any JSON
//! reader; `model::file_write`), read from strings or JSON numbers (contract.md §1).
//!
//! Every file is read by the app's own JSON reader (`crate::json`), which keeps a JSON
//! number's literal text, so `0.1` and `12345678901234567890.12` read exactly and an
//! exponent (`2.5e3`) is honoured. No number passes through a binary float.

use rust_decimal::Decimal;
use crate::json::{self, Value};
use std::str::FromStr;

/// Parses the text of a decimal as written in a file: digits, optional sign and point
/// (and an exponent, which rust_decimal's parser also reads: `"1e5"` is 100000).
/// Rejects anything Decimal cannot hold.
pub fn parse_text(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    Decimal::from_str(t).ok()
}

/// A decimal from a string, or from a JSON number's literal text (exponent allowed); a
/// number beyond the range of a decimal is refused, not rounded.
pub fn read(value: &Value) -> Result<Decimal, json::Error> {
    match value {
        Value::String(v) => parse_text(v).ok_or_else(|| json::Error::new(format!("\"{v}\" is not a decimal number"))),
        Value::Number(text) => parse_text(text)
            .ok_or_else(|| json::Error::new(format!("{text} is beyond the numbers a decimal can hold"))),
        _ => Err(json::read::invalid_type(value, "a decimal number, as a string or a JSON number")),
    }
}

/// A list of decimals (`amounts`, `realisation`, a range).
pub fn read_list(value: &Value) -> Result<Vec<Decimal>, json::Error> {
    json::read::list(value, read)
}
