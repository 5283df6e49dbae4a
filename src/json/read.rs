//! Reading the app's types from a [`Value`], with the error's place in the document.
//!
//! Each type has a small hand-written reader built from the functions here (a
//! [`fields`] loop over an object's members, [`string`], [`u32`], [`list`], [`variant`]
//! …). They say exactly what serde's derived readers said before (the same messages,
//! the same order: members in document order, then missing fields in declaration
//! order), at a fraction of the wasm: serde's visitors were generic code per type.
//!
//! An error starts without a place; each array element and object member it passes on
//! its way up puts its index or name in front, so it arrives as
//! `options[0].costs[1].growth`. An error raised by an object itself (a missing field,
//! a cost line with both `amount` and `quantity`) names that object.

use super::value::Value;
use std::fmt;

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
    /// An error of the value being read (its place is added on the way up).
    pub fn new(message: impl Into<String>) -> Self {
        Error { path: Vec::new(), message: message.into() }
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
            f.write_str(&self.message)
        } else {
            write!(f, "{path}: {}", self.message)
        }
    }
}

impl std::error::Error for Error {}

/// What was found, in words (numbers never formatted as floats).
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(_) => "a number".to_owned(),
        Value::String(s) => format!("string \"{s}\""),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    }
}

/// "invalid type: <what `value` is>, expected <expected>".
pub fn invalid_type(value: &Value, expected: &str) -> Error {
    Error::new(format!("invalid type: {}, expected {expected}", found(value)))
}

/// "missing field `<name>`", for an object without a member it needs.
pub fn missing(name: &str) -> Error {
    Error::new(format!("missing field `{name}`"))
}

/// Reads an object whose known members are `names`: calls `each` with the index in
/// `names` and the value of every known member, in document order, and puts the
/// member's name in front of an error it returns. Unknown members are skipped; a
/// known one given twice is refused. `expected` (`struct Scenario`) names what is
/// refused when `value` is not an object. Missing members are the caller's to check,
/// after this returns, in its own order.
pub fn fields<'a>(
    value: &'a Value,
    expected: &str,
    names: &[&str],
    each: &mut dyn FnMut(usize, &'a Value) -> Result<(), Error>,
) -> Result<(), Error> {
    let Value::Object(members) = value else { return Err(invalid_type(value, expected)) };
    let mut seen = vec![false; names.len()];
    for (name, member) in members {
        let Some(index) = names.iter().position(|n| n == name) else { continue };
        if let Some(seen) = seen.get_mut(index) {
            if *seen {
                return Err(Error::new(format!("duplicate field `{name}`")));
            }
            *seen = true;
        }
        each(index, member).map_err(|e| e.inside(Segment::Member(name.clone())))?;
    }
    Ok(())
}

/// A list, each item read by `item`; an item's error gets its index in front.
pub fn list<'a, T>(value: &'a Value, item: impl Fn(&'a Value) -> Result<T, Error>) -> Result<Vec<T>, Error> {
    let Value::Array(items) = value else { return Err(invalid_type(value, "a sequence")) };
    items.iter().enumerate().map(|(i, v)| item(v).map_err(|e| e.inside(Segment::Index(i)))).collect()
}

/// `null` is `None`; anything else is read by `read`.
pub fn option<'a, T>(value: &'a Value, read: impl Fn(&'a Value) -> Result<T, Error>) -> Result<Option<T>, Error> {
    match value {
        Value::Null => Ok(None),
        _ => read(value).map(Some),
    }
}

pub fn string(value: &Value) -> Result<String, Error> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(invalid_type(value, "a string")),
    }
}

pub fn boolean(value: &Value) -> Result<bool, Error> {
    match value {
        Value::Bool(b) => Ok(*b),
        _ => Err(invalid_type(value, "a boolean")),
    }
}

/// A whole number from zero to `max`, called `name` in messages (`u32`).
fn whole(value: &Value, max: u64, name: &str) -> Result<u64, Error> {
    let invalid = |n: &dyn fmt::Display| Error::new(format!("invalid value: integer `{n}`, expected {name}"));
    match value {
        Value::Number(n) => match integer(n) {
            Some(Ok(u)) if u <= max => Ok(u),
            Some(Ok(u)) => Err(invalid(&u)),
            Some(Err(i)) => Err(invalid(&i)),
            None => Err(invalid_type(value, name)),
        },
        _ => Err(invalid_type(value, name)),
    }
}

pub fn u32(value: &Value) -> Result<u32, Error> {
    whole(value, u64::from(u32::MAX), "u32").map(|u| u32::try_from(u).unwrap_or(u32::MAX))
}

pub fn u64(value: &Value) -> Result<u64, Error> {
    whole(value, u64::MAX, "u64")
}

/// One of `all`, written as its `key`; `expected` (`enum Driver`) names what is
/// refused when `value` is not a string.
pub fn variant<T: Copy>(value: &Value, expected: &str, all: &[T], key: fn(T) -> &'static str) -> Result<T, Error> {
    let Value::String(s) = value else { return Err(invalid_type(value, expected)) };
    if let Some(v) = all.iter().find(|v| key(**v) == s) {
        return Ok(*v);
    }
    let names: Vec<String> = all.iter().map(|v| format!("`{}`", key(*v))).collect();
    let one_of = match names.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        _ => format!("one of {}", names.join(", ")),
    };
    Err(Error::new(format!("unknown variant `{s}`, expected {one_of}")))
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

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Kind {
        Plain,
        Fancy,
        Odd,
    }

    impl Kind {
        fn key(self) -> &'static str {
            match self {
                Kind::Plain => "plain",
                Kind::Fancy => "fancy",
                Kind::Odd => "odd",
            }
        }
    }

    #[derive(Debug, PartialEq)]
    struct Inner {
        n: u32,
        kind: Kind,
        flag: bool,
        note: Option<String>,
    }

    #[derive(Debug, PartialEq)]
    struct Outer {
        name: String,
        items: Vec<Inner>,
    }

    fn inner(v: &Value) -> Result<Inner, Error> {
        let (mut n, mut kind, mut flag, mut note) = (None, None, false, None);
        fields(v, "struct Inner", &["n", "kind", "flag", "note"], &mut |i, v| {
            match i {
                0 => n = Some(u32(v)?),
                1 => kind = Some(variant(v, "enum Kind", &[Kind::Plain, Kind::Fancy, Kind::Odd], Kind::key)?),
                2 => flag = boolean(v)?,
                _ => note = option(v, string)?,
            }
            Ok(())
        })?;
        Ok(Inner { n: n.ok_or_else(|| missing("n"))?, kind: kind.ok_or_else(|| missing("kind"))?, flag, note })
    }

    fn read(text: &str) -> Result<Outer, Error> {
        let value = parse(text).unwrap();
        let (mut name, mut items) = (None, None);
        fields(&value, "struct Outer", &["name", "items"], &mut |i, v| {
            match i {
                0 => name = Some(string(v)?),
                _ => items = Some(list(v, inner)?),
            }
            Ok(())
        })?;
        Ok(Outer { name: name.ok_or_else(|| missing("name"))?, items: items.ok_or_else(|| missing("items"))? })
    }

    #[test]
    fn reads_structs_lists_enums_options() {
        let o = read(r#"{"name": "x", "items": [{"n": 7, "kind": "fancy", "note": null, "extra": [1]}, {"n": 0, "kind": "plain", "flag": true, "note": "hi"}]}"#).unwrap();
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
        let e = read(r#"{"name": "x", "items": [{"n": 1, "kind": "weird"}]}"#).unwrap_err();
        assert_eq!(e.path(), "items[0].kind");
        assert_eq!(e.message, "unknown variant `weird`, expected one of `plain`, `fancy`, `odd`");
        let e = read(r#"{"name": "x", "items": [{"n": 1, "kind": 2}]}"#).unwrap_err();
        assert_eq!(e.message, "invalid type: a number, expected enum Kind");
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
        let e = read(r#"{"name": "x", "items": {}}"#).unwrap_err();
        assert_eq!((e.path().as_str(), e.message.as_str()), ("items", "invalid type: an object, expected a sequence"));
        let e = read(r#"{"name": "x", "items": [{"n": 1, "kind": "plain", "flag": null}]}"#).unwrap_err();
        assert_eq!(e.message, "invalid type: null, expected a boolean");
        // Members are read in document order: the first wrong one is reported.
        let e = read(r#"{"items": [{"n": -1}], "name": 5}"#).unwrap_err();
        assert_eq!((e.path().as_str(), e.message.as_str()), ("items[0].n", "invalid value: integer `-1`, expected u32"));
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
        assert_eq!((e.path().as_str(), e.message.as_str()), ("items[0].n", "invalid value: integer `99999999999`, expected u32"));
        let big = parse("18446744073709551616").unwrap();
        assert_eq!(u64(&big).unwrap_err().message, "invalid type: a number, expected u64");
        assert_eq!(u64(&parse("-3").unwrap()).unwrap_err().message, "invalid value: integer `-3`, expected u64");
    }

    #[test]
    fn one_or_two_variants_are_named_plainly() {
        let v = parse("\"z\"").unwrap();
        let one = variant(&v, "enum Kind", &[Kind::Plain], Kind::key).unwrap_err();
        assert_eq!(one.message, "unknown variant `z`, expected `plain`");
        let two = variant(&v, "enum Kind", &[Kind::Plain, Kind::Fancy], Kind::key).unwrap_err();
        assert_eq!(two.message, "unknown variant `z`, expected `plain` or `fancy`");
    }
}
