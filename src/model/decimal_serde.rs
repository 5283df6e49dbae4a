//! Decimals in the scenario JSON: written as strings (no precision is lost in any JSON
//! reader), read from strings or JSON numbers (contract.md §1).
//!
//! Every file is read by the app's own JSON reader (`crate::json`), which hands a JSON
//! number over as its literal text when asked with [`NUMBER_TOKEN`], so `0.1` and
//! `12345678901234567890.12` read exactly and an exponent (`2.5e3`) is honoured. No
//! number passes through a binary float, so there is no float visitor: a deserializer
//! that only has floats to offer is refused.

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use std::fmt;
use std::str::FromStr;

use crate::json::NUMBER_TOKEN;

pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&value.to_string())
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_newtype_struct(NUMBER_TOKEN, DecimalVisitor)
}

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

struct DecimalVisitor;

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a decimal number, as a string or a JSON number")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_text(v).ok_or_else(|| E::custom(format!("\"{v}\" is not a decimal number")))
    }

    /// Deserializers that know nothing of [`NUMBER_TOKEN`] land here.
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Decimal, D::Error> {
        d.deserialize_any(self)
    }

    /// The literal text of a JSON number (from `crate::json`), exponent allowed; a
    /// number beyond the range of a decimal is refused, not rounded.
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Decimal, E> {
        let text = std::str::from_utf8(v).map_err(|_| E::custom("the number is not readable"))?;
        parse_text(text).ok_or_else(|| E::custom(format!("{text} is beyond the numbers a decimal can hold")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }
}

/// The same, for a list of decimals (`amounts`, `realisation`).
pub mod vec {
    use super::*;

    pub fn serialize<S: Serializer>(values: &[Decimal], serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(values.len()))?;
        for v in values {
            seq.serialize_element(&v.to_string())?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Decimal>, D::Error> {
        struct Item(Decimal);
        impl<'de> serde::Deserialize<'de> for Item {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                super::deserialize(d).map(Item)
            }
        }
        let items: Vec<Item> = serde::Deserialize::deserialize(deserializer)?;
        Ok(items.into_iter().map(|i| i.0).collect())
    }
}
