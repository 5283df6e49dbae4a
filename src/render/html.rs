//! Escaping for the HTML the outputs are written as. Option names and other visitor
//! text become element text and quoted attribute values, so `& < > " '` are replaced
//! by entities; this is what keeps `inner_html` safe.

use std::fmt::{self, Write};

/// `s` with `& < > " '` replaced by entities: safe as text and as a quoted attribute.
pub fn escape(s: &str) -> String {
    Esc(s).to_string()
}

/// `s` escaped as it is written into a `format!`/`write!` (no extra `String`).
pub struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            let (plain, special) = rest.split_at(at);
            f.write_str(plain)?;
            let mut chars = special.chars();
            f.write_str(match chars.next() {
                Some('&') => "&amp;",
                Some('<') => "&lt;",
                Some('>') => "&gt;",
                Some('"') => "&quot;",
                _ => "&#39;",
            })?;
            rest = chars.as_str();
        }
        f.write_str(rest)
    }
}

/// Writes `s` escaped.
#[inline(never)]
pub fn push_text(out: &mut String, s: &str) {
    let _ = write!(out, "{}", Esc(s));
}

/// Writes `<tag attrs>text</tag>`: `attrs` is markup (literals, hooks, escaped values)
/// and is written as it is, `text` is escaped. Not inlined: one copy serves every
/// element of every output, which keeps the wasm small.
#[inline(never)]
pub fn element(out: &mut String, tag: &str, attrs: &str, text: &str) {
    out.push('<');
    out.push_str(tag);
    out.push_str(attrs);
    out.push('>');
    push_text(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_markup_characters_become_entities() {
        assert_eq!(escape(r#"<b>"x"&'y'</b>"#), "&lt;b&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/b&gt;");
    }

    #[test]
    fn other_text_is_unchanged() {
        assert_eq!(escape("個人化服務 1.2萬 — ok"), "個人化服務 1.2萬 — ok");
        assert_eq!(escape(""), "");
        assert_eq!(escape("&&"), "&amp;&amp;");
        assert_eq!(format!("[{}]", Esc("a<b")), "[a&lt;b]");
        let mut out = String::new();
        element(&mut out, "td", " class=\"x\"", "a&b");
        assert_eq!(out, "<td class=\"x\">a&amp;b</td>");
    }
}
