//! Writing JSON text: compact, members in the order written, strings escaped as
//! `JSON.stringify` and serde_json escape them (`\"`, `\\`, `\b \f \n \r \t`, other
//! control characters as `\u00xx`). The app's types write themselves with these few
//! calls (`model::file_write`, `persist::envelope`), so no serde serializer is in the
//! wasm.

use std::fmt::Write as _;

/// Appends `s` as a JSON string.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// An object being written: `{`, then members, then [`Object::end`].
pub struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    pub fn start(out: &'a mut String) -> Self {
        out.push('{');
        Object { out, first: true }
    }

    /// Writes `"name":` and returns the text to write the value into.
    pub fn member(&mut self, name: &str) -> &mut String {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        string(self.out, name);
        self.out.push(':');
        self.out
    }

    pub fn string(&mut self, name: &str, value: &str) {
        string(self.member(name), value);
    }

    /// A whole number, written as digits.
    pub fn integer(&mut self, name: &str, value: u64) {
        let out = self.member(name);
        let _ = write!(out, "{value}");
    }

    pub fn boolean(&mut self, name: &str, value: bool) {
        self.member(name).push_str(if value { "true" } else { "false" });
    }

    pub fn end(self) {
        self.out.push('}');
    }
}

/// Appends `[item, item, …]`, each item written by `write`.
pub fn list<T>(out: &mut String, items: &[T], write: impl Fn(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_like_json_stringify() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}é好\u{2028}😀/");
        assert_eq!(out, "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f\u{7f}é好\u{2028}😀/\"");
        let text = "x\u{0}\"\\\u{1b}y";
        let mut out = String::new();
        string(&mut out, text);
        assert_eq!(out, serde_json::to_string(text).unwrap());
        assert_eq!(crate::json::parse(&out), Ok(crate::json::Value::String(text.into())));
    }

    #[test]
    fn objects_and_lists() {
        let mut out = String::new();
        let mut o = Object::start(&mut out);
        o.string("a", "x");
        o.integer("n", 18_446_744_073_709_551_615);
        o.boolean("b", false);
        list(o.member("l"), &[1, 2], |out, i| out.push_str(&i.to_string()));
        list(o.member("e"), &[] as &[u8], |_, _| {});
        Object::start(o.member("o")).end();
        o.end();
        assert_eq!(out, r#"{"a":"x","n":18446744073709551615,"b":false,"l":[1,2],"e":[],"o":{}}"#);
    }
}
