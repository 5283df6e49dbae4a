//! Reading a struct whose members are named by a field enum — the baseline
//! ([`BaselineField`](super::baseline::BaselineField)), the levers and the lever
//! ranges ([`Lever`](super::levers::Lever)) — with one serde visitor for all three.
//!
//! Their `Serialize` is derived; their `Deserialize` goes through this loop over the
//! enum's keys instead of serde's derived visitor, which writes out a match arm, a
//! duplicate check and a missing-field check per member: 24 members of the same kind
//! cost about 1.5 KB gzip of wasm that way (README, "serde for the formats"). It
//! behaves as the derived visitor does: members in document order, unknown ones
//! skipped, one given twice refused, then missing ones named in declaration order.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// The members of a struct keyed by `F`, each a `V`.
pub struct KeyedFields<F: 'static, V> {
    /// Every field, in declaration order.
    pub all: &'static [F],
    pub key: fn(F) -> &'static str,
    /// `false`: a missing member keeps its default (the levers); `true`: it is refused.
    pub required: bool,
    pub expecting: &'static str,
    pub value: PhantomData<V>,
}

impl<F: Copy + 'static, V> KeyedFields<F, V> {
    pub fn new(all: &'static [F], key: fn(F) -> &'static str, required: bool, expecting: &'static str) -> Self {
        KeyedFields { all, key, required, expecting, value: PhantomData }
    }

    /// Reads the struct: the members found, in document order.
    pub fn read<'de, D: Deserializer<'de>>(self, d: D) -> Result<Vec<(F, V)>, D::Error>
    where
        V: Deserialize<'de>,
    {
        d.deserialize_map(self)
    }
}

impl<'de, F: Copy + 'static, V: Deserialize<'de>> Visitor<'de> for KeyedFields<F, V> {
    type Value = Vec<(F, V)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found: Vec<(F, V)> = Vec::with_capacity(self.all.len());
        let mut seen = vec![false; self.all.len()];
        while let Some(name) = map.next_key::<&str>()? {
            let Some(i) = self.all.iter().position(|f| (self.key)(*f) == name) else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let (Some(field), Some(seen)) = (self.all.get(i), seen.get_mut(i)) else { continue };
            if *seen {
                return Err(de::Error::duplicate_field((self.key)(*field)));
            }
            *seen = true;
            found.push((*field, map.next_value()?));
        }
        if self.required {
            if let Some((field, _)) = self.all.iter().zip(&seen).find(|(_, seen)| !**seen) {
                return Err(de::Error::missing_field((self.key)(*field)));
            }
        }
        Ok(found)
    }
}

/// A decimal member (`decimal_text`: exact, from a string or a JSON number).
pub struct DecimalValue(pub rust_decimal::Decimal);

impl<'de> Deserialize<'de> for DecimalValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::decimal_text::deserialize(d).map(DecimalValue)
    }
}
