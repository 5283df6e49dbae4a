//! serde's `Deserializer` over a parsed [`Value`]: the app's types derive
//! `Deserialize`, and this reads them with the error's place in the document.
//!
//! An error starts without a place; each array element and object member it passes on
//! its way up puts its index or name in front, so it arrives as
//! `options[0].costs[1].growth`. An error raised by an object itself (a missing field,
//! a cost line with both `amount` and `quantity`) names that object. What is wrong is a
//! [`Problem`], which the page words in the visitor's language.
//!
//! Each typed request accepts only its kind of value and calls one visitor method:
//! serde-derived visitors are generic code per type, so a request that could call any
//! of six methods (`deserialize_any`) would compile all six for every type.

use super::value::Value;
use serde::de::{self, DeserializeSeed, Expected, IntoDeserializer, Unexpected, Visitor};
use serde::forward_to_deserialize_any;
use std::fmt;

/// The newtype name under which a reader asks for a number's literal text: the
/// deserializer then hands a JSON number over as the bytes of its text (see
/// `model::decimal_text`), so decimals are read exactly, never through `f64`.
pub const NUMBER_TOKEN: &str = "$crm_roi::json::Number";

/// What [`Problem::Invalid`] says a decimal should have been.
pub const A_DECIMAL: &str = "a decimal number";

/// A kind of JSON value, as found or as expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Nothing,
    YesNo,
    Number,
    WholeNumber,
    Text,
    List,
    Object,
}

impl Kind {
    pub fn of(value: &Value) -> Kind {
        match value {
            Value::Null => Kind::Nothing,
            Value::Bool(_) => Kind::YesNo,
            Value::Number(_) => Kind::Number,
            Value::String(_) => Kind::Text,
            Value::Array(_) => Kind::List,
            Value::Object(_) => Kind::Object,
        }
    }

    /// The key of its name in the translation files (`import.kind.*`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Nothing => "nothing",
            Kind::YesNo => "yes_no",
            Kind::Number => "number",
            Kind::WholeNumber => "whole_number",
            Kind::Text => "text",
            Kind::List => "list",
            Kind::Object => "object",
        }
    }

    fn english(self) -> &'static str {
        match self {
            Kind::Nothing => "null",
            Kind::YesNo => "true or false",
            Kind::Number => "a number",
            Kind::WholeNumber => "a whole number",
            Kind::Text => "a string",
            Kind::List => "a list",
            Kind::Object => "an object",
        }
    }
}

/// What is wrong with a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A value of the wrong kind (a string where a list belongs).
    WrongKind { expected: Kind, found: Kind },
    /// A required member is missing.
    Missing(String),
    /// A member given twice.
    Duplicate(String),
    /// A name that is not one of the choices (`kind`, `timing`, `category` …).
    UnknownChoice { found: String, choices: &'static [&'static str] },
    /// The right kind, but not a value the field can hold: `value` as written, and what
    /// it should be ([`A_DECIMAL`], `u32` …).
    Invalid { value: String, expected: String },
    /// Anything else a type says of itself, in English (a line's fields that do not
    /// go together, a range that is not two numbers).
    Other(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Problem::WrongKind { expected, found } => {
                write!(f, "invalid type: {}, expected {}", found.english(), expected.english())
            }
            Problem::Missing(name) => write!(f, "missing field `{name}`"),
            Problem::Duplicate(name) => write!(f, "duplicate field `{name}`"),
            Problem::UnknownChoice { found, choices } => {
                write!(f, "unknown variant `{found}`, expected one of `{}`", choices.join("`, `"))
            }
            Problem::Invalid { value, expected } => write!(f, "invalid value: {value}, expected {expected}"),
            Problem::Other(message) => f.write_str(message),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// From the outside in; empty for the document itself.
    path: Vec<Segment>,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Member(String),
    Index(usize),
}

impl Error {
    pub fn new(problem: Problem) -> Self {
        Error { path: Vec::new(), problem }
    }

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
                Segment::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
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
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{path}: {}", self.problem)
        }
    }
}

impl std::error::Error for Error {}

/// A value serde reports, as written (numbers reach visitors only as integers or as
/// their text, so no float is ever formatted: `core`'s float code stays out of the wasm).
fn written(unexpected: &Unexpected) -> String {
    match unexpected {
        Unexpected::Bool(b) => b.to_string(),
        Unexpected::Unsigned(n) => n.to_string(),
        Unexpected::Signed(n) => n.to_string(),
        Unexpected::Str(s) => format!("\"{s}\""),
        Unexpected::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Unexpected::Unit => "null".to_owned(),
        _ => "a value".to_owned(),
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error::new(Problem::Other(message.to_string()))
    }

    fn invalid_type(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        Self::custom(format_args!("invalid type: {}, expected {expected}", written(&unexpected)))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn Expected) -> Self {
        Error::new(Problem::Invalid { value: written(&unexpected), expected: expected.to_string() })
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Error::new(Problem::UnknownChoice { found: variant.to_owned(), choices: expected })
    }

    fn missing_field(field: &'static str) -> Self {
        Error::new(Problem::Missing(field.to_owned()))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Error::new(Problem::Duplicate(field.to_owned()))
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
    fn wrong(&self, expected: Kind) -> Error {
        Error::new(Problem::WrongKind { expected, found: Kind::of(self) })
    }
}

impl<'de> de::Deserializer<'de> for &'de Value {
    type Error = Error;

    /// Only for what asks for "anything" (an ignored member, a test's helper type).
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
            _ => Err(self.wrong(Kind::YesNo)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Number(n) => match integer(n) {
                Some(Ok(u)) => visitor.visit_u64(u),
                Some(Err(i)) => visitor.visit_i64(i),
                None => Err(Error::new(Problem::Invalid { value: n.clone(), expected: Kind::WholeNumber.english().into() })),
            },
            _ => Err(self.wrong(Kind::WholeNumber)),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::String(s) => visitor.visit_borrowed_str(s),
            _ => Err(self.wrong(Kind::Text)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Array(items) => visitor.visit_seq(Items { items: items.iter(), index: 0 }),
            _ => Err(self.wrong(Kind::List)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Value::Object(members) => visitor.visit_map(Members { members: members.iter(), pending: None }),
            _ => Err(self.wrong(Kind::Object)),
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
            Value::String(s) if name == NUMBER_TOKEN => visitor.visit_borrowed_str(s),
            _ if name == NUMBER_TOKEN => Err(self.wrong(Kind::Number)),
            _ => visitor.visit_newtype_struct(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // A unit variant is a string (the files' choices); a variant with data is an
        // object with one member, `{"quick": {…}}` (serde's default, externally tagged).
        match self {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            Value::Object(members) => match members.as_slice() {
                [(name, value)] => visitor
                    .visit_enum(Variant { name, value })
                    .map_err(|e| e.inside(Segment::Member(name.clone()))),
                _ => Err(de::Error::custom("an object with one member, the variant's name")),
            },
            _ => Err(self.wrong(Kind::Text)),
        }
    }

    forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u128 f32 f64 char bytes byte_buf
        unit unit_struct tuple tuple_struct identifier
    }
}

/// A variant written as `{"name": value}`.
struct Variant<'de> {
    name: &'de str,
    value: &'de Value,
}

impl<'de> de::EnumAccess<'de> for Variant<'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let name: de::value::BorrowedStrDeserializer<'de, Error> = de::value::BorrowedStrDeserializer::new(self.name);
        Ok((seed.deserialize(name)?, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self.value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self.value, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_map(self.value, visitor)
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
        self.index = self.index.saturating_add(1);
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
    enum Shape {
        Plain,
        Fancy,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        n: u32,
        kind: Shape,
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

    fn at(e: &Error) -> (String, Problem) {
        (e.path(), e.problem.clone())
    }

    #[test]
    fn reads_structs_lists_enums_options() {
        let o = read(r#"{"name": "x", "extra": [1, {}], "items": [{"n": 7, "kind": "fancy", "note": null}, {"n": 0, "kind": "plain", "flag": true, "note": "hi"}]}"#).unwrap();
        assert_eq!(o.items[0], Inner { n: 7, kind: Shape::Fancy, flag: false, note: None });
        assert_eq!(o.items[1].note.as_deref(), Some("hi"));
    }

    #[test]
    fn errors_name_their_place_and_problem() {
        let e = read(r#"{"name": "x", "items": [{"n": 1, "kind": "plain"}, {"n": "2", "kind": "plain"}]}"#).unwrap_err();
        assert_eq!(at(&e), ("items[1].n".into(), Problem::WrongKind { expected: Kind::WholeNumber, found: Kind::Text }));
        let e = read(r#"{"name": "x", "items": [{"n": 1.5, "kind": "plain"}]}"#).unwrap_err();
        assert_eq!(at(&e), ("items[0].n".into(), Problem::Invalid { value: "1.5".into(), expected: "a whole number".into() }));
        let e = read(r#"{"name": "x", "items": [{"n": 1, "kind": "odd"}]}"#).unwrap_err();
        assert_eq!(at(&e), ("items[0].kind".into(), Problem::UnknownChoice { found: "odd".into(), choices: &["plain", "fancy"] }));
        assert_eq!(e.to_string(), "items[0].kind: unknown variant `odd`, expected one of `plain`, `fancy`");
        let e = read(r#"{"name": "x", "items": [{"kind": "plain"}]}"#).unwrap_err();
        assert_eq!(at(&e), ("items[0]".into(), Problem::Missing("n".into())));
        assert_eq!(e.to_string(), "items[0]: missing field `n`");
        let e = read(r#"{"items": []}"#).unwrap_err();
        assert_eq!((e.path().as_str(), e.to_string().as_str()), ("", "missing field `name`"));
        let e = read(r#"[1]"#).unwrap_err();
        assert_eq!(at(&e), (String::new(), Problem::WrongKind { expected: Kind::Object, found: Kind::List }));
        let e = read(r#"{"name": "x", "name": "y", "items": []}"#).unwrap_err();
        assert_eq!(e.problem, Problem::Duplicate("name".into()));
        let e = read(r#"{"name": true, "items": []}"#).unwrap_err();
        assert_eq!(e.to_string(), "name: invalid type: true or false, expected a string");
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "lowercase")]
    enum Message {
        Quick { job: u32, html: String },
        Failed,
    }

    #[test]
    fn variants_with_data_are_one_member_objects() {
        let read = |text: &str| from_value::<Message>(&parse(text).unwrap());
        assert_eq!(read(r#"{"quick": {"job": 3, "html": "<p/>"}}"#), Ok(Message::Quick { job: 3, html: "<p/>".into() }));
        assert_eq!(read(r#""failed""#), Ok(Message::Failed));
        assert_eq!(read(r#"{"quick": {"job": "3", "html": ""}}"#).unwrap_err().path(), "quick.job");
        assert!(read(r#"{"odd": {}}"#).is_err() && read(r#"{"quick": {}, "failed": 1}"#).is_err());
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
        assert_eq!(at(&e), ("items[0].n".into(), Problem::Invalid { value: "-1".into(), expected: "u32".into() }));
        let e = read(r#"{"name": "x", "items": [{"n": 99999999999, "kind": "plain"}]}"#).unwrap_err();
        assert_eq!(e.path(), "items[0].n");
    }
}
