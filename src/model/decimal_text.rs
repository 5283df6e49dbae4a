//! Decimals in the scenario JSON (contract.md §1): written as strings, so no precision
//! is lost in any JSON reader; read from strings or JSON numbers. Used by the derived
//! serde impls as `#[serde(with = "decimal_text")]` (and the `list`, `some`,
//! `some_list` forms).
//!
//! Every document is read by the app's own JSON reader (`crate::json`), which hands a
//! JSON number over as its literal text when asked with [`NUMBER_TOKEN`], so `0.1` and
//! `12345678901234567890.12` read exactly and an exponent (`2.5e3`) is honoured. No
//! number passes through a binary float, so there is no float visitor: a deserializer
//! that only has floats to offer is refused.

use crate::json::de::{A_DECIMAL, NUMBER_TOKEN};
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, SeqAccess, Unexpected, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use std::fmt;
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

pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&value.to_string())
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_newtype_struct(NUMBER_TOKEN, DecimalVisitor)
}

struct DecimalVisitor;

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(A_DECIMAL)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_text(v).ok_or_else(|| E::invalid_value(Unexpected::Str(v), &self))
    }

    /// The literal text of a JSON number (from `crate::json`), exponent allowed; a
    /// number beyond the range of a decimal is refused, not rounded.
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Decimal, E> {
        std::str::from_utf8(v).ok().and_then(parse_text).ok_or_else(|| E::invalid_value(Unexpected::Bytes(v), &self))
    }
}

/// A list of decimals (`amounts`, `realisation`, a range).
pub mod list {
    use super::*;

    pub fn serialize<S: Serializer>(values: &[Decimal], serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(values.len()))?;
        for v in values {
            seq.serialize_element(&v.to_string())?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Decimal>, D::Error> {
        deserializer.deserialize_seq(ListVisitor)
    }

    struct Item(Decimal);

    impl<'de> serde::Deserialize<'de> for Item {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            super::deserialize(d).map(Item)
        }
    }

    struct ListVisitor;

    impl<'de> Visitor<'de> for ListVisitor {
        type Value = Vec<Decimal>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list of decimal numbers")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Decimal>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
            while let Some(Item(d)) = seq.next_element()? {
                out.push(d);
            }
            Ok(out)
        }
    }
}

/// An optional decimal member: left out when `None` (with `skip_serializing_if`);
/// when present it must be a number (`null` is refused, as a wrong kind of value).
pub mod some {
    use super::*;

    pub fn serialize<S: Serializer>(value: &Option<Decimal>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => super::serialize(v, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Decimal>, D::Error> {
        super::deserialize(deserializer).map(Some)
    }
}

/// An optional list of decimals (`amounts`), like [`some`].
pub mod some_list {
    use super::*;

    pub fn serialize<S: Serializer>(value: &Option<Vec<Decimal>>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => super::list::serialize(v, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<Decimal>>, D::Error> {
        super::list::deserialize(deserializer).map(Some)
    }
}

