//! A label or help text given to a field as a translation key (with at most one
//! placeholder filled), not as a closure: the field translates it itself, so each call
//! site adds no reactive code to the wasm.

use crate::i18n::{fill, text, Lang};

#[derive(Clone, Debug, PartialEq)]
pub struct LabelText {
    key: String,
    fill: Option<(&'static str, String)>,
}

impl LabelText {
    /// `key` with its `{name}` placeholder filled by `value`.
    pub fn filled(key: &str, name: &'static str, value: String) -> Self {
        LabelText { key: key.to_owned(), fill: Some((name, value)) }
    }

    pub fn resolve(&self, lang: Lang) -> String {
        let t = text(lang, &self.key);
        match &self.fill {
            Some((name, value)) => fill(t, &[(name, value)]),
            None => t.to_owned(),
        }
    }
}

impl From<&str> for LabelText {
    fn from(key: &str) -> Self {
        LabelText { key: key.to_owned(), fill: None }
    }
}

impl From<String> for LabelText {
    fn from(key: String) -> Self {
        LabelText { key, fill: None }
    }
}
