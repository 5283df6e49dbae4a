//! Decimals in the scenario JSON: written as strings (no precision is lost in any JSON
//! reader), read from strings or JSON numbers (contract.md §1).
//!
//! A JSON number reaches us as an integer or as an `f64` (that is how JavaScript and
//! serde_json read it); an `f64` is turned into a decimal rounded to the digits the
//! f64 really carries, so `0.1` reads as exactly `0.1`.

use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use std::fmt;
use std::str::FromStr;

pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&value.to_string())
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_any(DecimalVisitor)
}

/// Parses the text of a decimal as written in a file: plain digits, optional sign and
/// point. Rejects anything Decimal cannot hold exactly enough.
pub fn parse_text(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    // Plain notation only, as this app writes it: exponent strings (`"1e5"`) are refused
    // with the field's name, and leaving out the exponent parser keeps the wasm smaller.
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

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        if !v.is_finite() {
            return Err(E::custom("the number is not finite"));
        }
        // `from_f64` rounds to the f64's meaningful digits, so `0.1` reads as 0.1, not as
        // 0.1000000000000000055…; it also avoids float formatting code in the wasm.
        Decimal::from_f64(v).ok_or_else(|| E::custom("the number is too large"))
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
