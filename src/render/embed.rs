//! The body of "Embed this calculator": a short explanation, the snippet for the
//! current settings in a read-only text area, its copy button, and the parameters a
//! host can add. Written as a string (see the module docs of `render`).

use super::html::element;
use crate::embed::snippet::{snippet, SnippetInput};
use crate::i18n::{text, Lang};

/// The `data-action` of the copy button, handled by the component.
pub const COPY_ACTION: &str = "copy-snippet";
/// The text area's id.
pub const SNIPPET_ID: &str = "f-embed-snippet";

pub fn panel(lang: Lang, input: &SnippetInput) -> String {
    let mut out = String::new();
    element(&mut out, "p", " class=\"section-help\"", text(lang, "embed.help"));
    out.push_str("<div class=\"field\">");
    element(&mut out, "label", &format!(" for=\"{SNIPPET_ID}\""), text(lang, "embed.snippet"));
    // The snippet is HTML; in a text area it is text, so it is escaped once more.
    let attrs = format!(" id=\"{SNIPPET_ID}\" rows=\"5\" readonly spellcheck=\"false\" data-testid=\"embed-snippet\"");
    element(&mut out, "textarea", &attrs, &snippet(input));
    let button = format!(" type=\"button\" data-action=\"{COPY_ACTION}\" data-testid=\"embed-copy\"");
    element(&mut out, "button", &button, text(lang, "embed.copy"));
    out.push_str("</div>");
    element(&mut out, "p", " class=\"help\"", text(lang, "embed.params"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::EmbedSettings;

    #[test]
    fn the_snippet_is_text_in_the_text_area() {
        let settings = EmbedSettings::default();
        let input = SnippetInput { app_url: "https://calc.example/", lang: "en", currency: "USD", title: "CRM <ROI>", settings: &settings };
        let html = panel(Lang::En, &input);
        assert!(html.contains("data-testid=\"embed-snippet\">&lt;iframe data-crm-roi src=&quot;https://calc.example/?embed=1&amp;amp;lang=en&amp;amp;currency=USD&quot;"), "{html}");
        assert!(html.contains("title=&quot;CRM &amp;lt;ROI&amp;gt;&quot;"), "{html}");
        assert!(!html.contains("<iframe"), "no live iframe in the page: {html}");
        assert!(html.contains("data-action=\"copy-snippet\""));
    }
}
