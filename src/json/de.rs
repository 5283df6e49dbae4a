//! serde's `Deserializer` over a [`Value`], with the error's place in the document.
//!
//! An error starts without a place; each array element and object member it passes on
//! its way up puts its index or name in front, so it arrives as
//! `options[0].costs[1].growth`. An error raised by an object itself (a missing field,
//! a cost line with both `amount` and `quantity`) names that object.

use super::value::Value;
use serde::de::{self, DeserializeSeed, Expected, IntoDeserializer, Unexpected, Visitor};
use serde::forward_to_deserialize_any;
use std::fmt;

/// The newtype name under which a reader asks for a number's literal text: the
/// deserializer then hands JSON numbers over as bytes of that text (see
/// `model::decimal_serde`), so decimals are read exactly.
pub const NUMBER_TOKEN: &str = "$crm_roi::json::Number";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// From the outside in; empty for the document itself.
    path: Vec<Segment>,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Member(String),
    Index(usize),
}

impl Error {
    /// Where the error is, e.g. `options[0].costs[1].growth`; empty for the top level.
    pub fn path(&self) -> String {
        let mut out = String::new();
        for segment in &self.path {
            match segment {
                Segment::Member(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        out
    }

    fn inside(mut self, segment: Segment) -> Self {
        self.path.insert(0, segment);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let path = self.path();
        if path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{path}: {}", self.message)
        }
    }
}

impl std::error::Error for Error {}

/// What was found, in words, without serde's float formatting (see the module docs of
/// `json`): numbers reach visitors here only as integers or as their text.
fn found(unexpected: &Unexpected) -> String {
    match unexpected {
        Unexpected::Bool(b) => format!("boolean `{b}`"),
        Unexpected::Unsigned(n) => format!("integer `{n}`"),
        Unexpected::Signed(n) => format!("integer `{n}`"),
        Unexpected::Str(s) => format!("string \"{s}\""),
        Unexpected::Float(_) | Unexpected::Bytes(_) => "a number".to_owned(),
        Unexpected::Unit => "null".to_owned(),
        Unexpected::Seq => "a list".to_owned(),
        Unexpected::Map => "an object".to_owned(),
        _ => "another kind of value".to_owned(),
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error { path: Vec::new(), message: message.to_string() }
    }

    fn invalid_type(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        Self::custom(format_args!("invalid type: {}, expected {expected}", found(&unexpected)))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        Self::custom(format_args!("invalid value: {}, expected {expected}", found(&unexpected)))
    }
}

/// Reads a `T` from the document.
pub fn from_value<'de, T: de::Deserialize<'de>>(value: &'de Value) -> Result<T, Error> {
    T::deserialize(value)
}

/// The whole number a number literal writes (`3`, `-2`, but also `3.0` or `3e0`), if it
/// is one and fits: `Ok` for zero and up, `Err` below zero.
pub(super) fn integer(literal: &str) -> Option<Result<u64, i64>> {
    use rust_decimal::prelude::ToPrimitive;
    if let Ok(u) = literal.parse::<u64>() {
        return Some(Ok(u));
    }
    if let Ok(i) = literal.parse::<i64>() {
        return Some(u64::try_from(i).map_err(|_| i));
    }
    // rust_decimal's parser reads exponents too.
    let d = literal.parse::<rust_decimal::Decimal>().ok()?;
    if !d.fract().is_zero() {
        return None;
    }
    if d.is_sign_negative() && !d.is_zero() {
        d.to_i64().map(Err)
    } else {
        d.to_u64().map(Ok)
    }
}

impl Value {
    fn unexpected(&self) -> Unexpected<'_> {
        match self {
            Value::Null => Unexpected::Unit,
            Value::Bool(b) => Unexpected::Bool(*b),
            Value::Number(n) => Unexpected::Bytes(n.as_bytes()),
            Value::String(s) => Unexpected::Str(s),
            Value::Array(_) => Unexpected::Seq,
            Value::Object(_) => Unexpected::Map,
        }
    }

    /// "invalid type: <this value>, expected <what the visitor wanted>".
    fn invalid(&self, expected: &dyn Expected) -> Error {
        de::Error::invalid_type(self.unexpected(), expected)
    }
}

/// Each typed request accepts only its kind of value and calls one visitor method:
/// serde-derived visitors are instantiated once per type, so a request that could call
/// any of six methods (`deserialize_any`) would compile all six for every type.
impl<'de> de::Deserializer<'de> for &'de Value {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => match integer(n) {
                Some(Ok(u)) => visitor.visit_u64(u),
                Some(Err(i)) => visitor.visit_i64(i),
                // Fractions and exponents: only a reader that asked for the text
                // (NUMBER_TOKEN) can use them; to any other they are "a number".
                None => visitor.visit_borrowed_bytes(n.as_bytes()),
            },
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Items { items: items.iter(), index: 0 }),
            Value::Object(members) => visitor.visit_map(Members { members: members.iter(), pending: None }),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Bool(b) => visitor.visit_bool(*b),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Number(n) => match integer(n) {
                Some(Ok(u)) => visitor.visit_u64(u),
                Some(Err(i)) => visitor.visit_i64(i),
                None => Err(self.invalid(&visitor)),
            },
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::String(s) => visitor.visit_borrowed_str(s),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Array(items) => visitor.visit_seq(Items { items: items.iter(), index: 0 }),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Object(members) => visitor.visit_map(Members { members: members.iter(), pending: None }),
            _ => Err(self.invalid(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        // Unknown members are skipped whatever they hold.
        visitor.visit_unit()
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Number(n) if name == NUMBER_TOKEN => visitor.visit_borrowed_bytes(n.as_bytes()),
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // Only unit variants, written as strings, occur in the app's files.
        match self {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            _ => Err(self.invalid(&visitor)),
        }
    }

    forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u128 f32 f64 char bytes byte_buf
        unit unit_struct tuple tuple_struct identifier
    }
}

struct Items<'de> {
    items: std::slice::Iter<'de, Value>,
    index: usize,
}

impl<'de> de::SeqAccess<'de> for Items<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(item) = self.items.next() else { return Ok(None) };
        let index = self.index;
        self.index += 1;
        seed.deserialize(item).map(Some).map_err(|e| e.inside(Segment::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Members<'de> {
    members: std::slice::Iter<'de, (String, Value)>,
    pending: Option<&'de (String, Value)>,
}

impl<'de> de::MapAccess<'de> for Members<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some(member) = self.members.next() else { return Ok(None) };
        self.pending = Some(member);
        let key: de::value::BorrowedStrDeserializer<'de, Error> = de::value::BorrowedStrDeserializer::new(&member.0);
        seed.deserialize(key).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some((name, value)) = self.pending.take() else { return Err(de::Error::custom("a value without a name")) };
        seed.deserialize(value).map_err(|e| e.inside(Segment::Member(name.clone())))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.members.len())
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Kind {
        Plain,
        Fancy,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        n: u32,
        kind: Kind,
        #[serde(default)]
        flag: bool,
        note: Option<String>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Outer {
        name: String,
        items: Vec<Inner>,
    }

    fn read(text: &str) -> Result<Outer, Error> {
        let value = parse(text).unwrap();
        from_value(&value)
    }

    #[test]
    fn reads_structs_lists_enums_options() {
        let o = read(r#"{"name": "x", "items": [{"n": 7, "kind": "fancy", "note": null}, {"n": 0, "kind": "plain", "flag": true, "note": "hi"}]}"#).unwrap();
        assert_eq!(o.items[0], Inner { n: 7, kind: Kind::Fancy, flag: false, note: None });
        assert_eq!(o.items[1].note.as_deref(), Some("hi"));
    }

    #[test]
    fn errors_name_their_place() {
        let e = read(r#"{"name": "x", "items": [{"n": 1, "kind": "plain"}, {"n": "2", "kind": "plain"}]}"#).unwrap_err();
        assert_eq!(e.path(), "items[1].n");
        assert_eq!(e.message, "invalid type: string \"2\", expected u32");
        let e = read(r#"{"name": "x", "items": [{"n": 1.5, "kind": "plain"}]}"#).unwrap_err();
        assert_eq!((e.path().as_str(), e.message.as_str()), ("items[0].n", "invalid type: a number, expected u32"));
        let e = read(r#"{"name": "x", "items": [{"n": 1, "kind": "odd"}]}"#).unwrap_err();
        assert_eq!(e.path(), "items[0].kind");
        assert!(e.message.contains("unknown variant `odd`"), "{}", e.message);
        let e = read(r#"{"name": "x", "items": [{"kind": "plain"}]}"#).unwrap_err();
        assert_eq!((e.path().as_str(), e.message.as_str()), ("items[0]", "missing field `n`"));
        assert_eq!(e.to_string(), "items[0]: missing field `n`");
        let e = read(r#"{"items": []}"#).unwrap_err();
        assert_eq!((e.path().as_str(), e.to_string().as_str()), ("", "missing field `name`"));
        let e = read(r#"[1]"#).unwrap_err();
        assert_eq!(e.message, "invalid type: a list, expected struct Outer");
        let e = read(r#"{"name": "x", "name": "y", "items": []}"#).unwrap_err();
        assert_eq!(e.message, "duplicate field `name`");
        let e = read(r#"{"name": true, "items": []}"#).unwrap_err();
        assert_eq!((e.path().as_str(), e.message.as_str()), ("name", "invalid type: boolean `true`, expected a string"));
    }

    #[test]
    fn whole_numbers_in_any_notation() {
        assert_eq!(integer("3"), Some(Ok(3)));
        assert_eq!(integer("3.0"), Some(Ok(3)));
        assert_eq!(integer("3e0"), Some(Ok(3)));
        assert_eq!(integer("-0"), Some(Ok(0)));
        assert_eq!(integer("-2.00"), Some(Err(-2)));
        assert_eq!(integer("3.5"), None);
        assert_eq!(integer("1e300"), None);
        let o = read(r#"{"name": "x", "items": [{"n": 7.0, "kind": "fancy"}]}"#).unwrap();
        assert_eq!(o.items[0].n, 7);
    }

    #[test]
    fn integers_out_of_range_are_refused() {
        let e = read(r#"{"name": "x", "items": [{"n": -1, "kind": "plain"}]}"#).unwrap_err();
        assert_eq!(e.path(), "items[0].n");
        let e = read(r#"{"name": "x", "items": [{"n": 99999999999, "kind": "plain"}]}"#).unwrap_err();
        assert_eq!(e.path(), "items[0].n");
    }
}
