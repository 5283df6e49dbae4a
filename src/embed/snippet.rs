//! The copy-paste HTML that embeds the calculator (contract.md §3): an iframe with the
//! page's settings in its query, and the host script that sizes it. The README shows
//! the same snippet; a browser test pastes this one into a page on another origin.

use super::settings::{EmbedSettings, Theme};
use crate::render::html::escape;

/// The iframe's height before the first resize message (or without the host script).
pub const INITIAL_HEIGHT_PX: u32 = 1200;
/// The host script's file name, beside index.html in dist/.
pub const HOST_SCRIPT: &str = "embed.js";

/// What the snippet is made of.
pub struct SnippetInput<'a> {
    /// The calculator's address without query or hash, e.g. `https://calc.example/roi/`.
    pub app_url: &'a str,
    pub lang: &'a str,
    pub currency: &'a str,
    /// The iframe's accessible name.
    pub title: &'a str,
    pub settings: &'a EmbedSettings,
}

/// `text` encoded for a query value: everything but the unreserved characters of
/// RFC 3986 as UTF-8 percent escapes.
pub fn encode_query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The iframe's address: `embed=1` and every setting that differs from the default.
pub fn frame_url(input: &SnippetInput) -> String {
    let s = input.settings;
    let mut params = vec![("embed", "1".to_owned()), ("lang", input.lang.to_owned()), ("currency", input.currency.to_owned())];
    if s.theme != Theme::Auto {
        params.push(("theme", s.theme.code().to_owned()));
    }
    if let Some((colour, _)) = s.accent {
        params.push(("accent", colour.hex().trim_start_matches('#').to_owned()));
    }
    if let Some(cta) = &s.cta {
        params.push(("cta", cta.url.clone()));
        if let Some(label) = &cta.label {
            params.push(("cta_label", label.clone()));
        }
    }
    if let Some(origin) = &s.parent_origin {
        params.push(("parent_origin", origin.clone()));
    }
    let query: Vec<String> = params.iter().map(|(k, v)| format!("{k}={}", encode_query_value(v))).collect();
    format!("{}?{}", input.app_url, query.join("&"))
}

/// The address of the host script next to the app.
pub fn host_script_url(app_url: &str) -> String {
    let base = app_url.rfind('/').and_then(|i| app_url.get(..=i)).unwrap_or(app_url);
    format!("{base}{HOST_SCRIPT}")
}

/// The snippet: the iframe, then the host script.
pub fn snippet(input: &SnippetInput) -> String {
    format!(
        "<iframe data-crm-roi src=\"{}\" title=\"{}\" loading=\"lazy\" allow=\"clipboard-write\" \
         style=\"display:block;width:100%;height:{INITIAL_HEIGHT_PX}px;border:0\"></iframe>\n\
         <script src=\"{}\" async></script>",
        escape(&frame_url(input)),
        escape(input.title),
        escape(&host_script_url(input.app_url)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::settings::Cta;
    use crate::embed::{Accent, Rgb};

    fn input<'a>(settings: &'a EmbedSettings) -> SnippetInput<'a> {
        SnippetInput { app_url: "https://calc.example/roi/", lang: "zh-TW", currency: "TWD", title: "CRM 計算器", settings }
    }

    #[test]
    fn the_default_snippet() {
        let plain = EmbedSettings::default();
        assert_eq!(
            snippet(&input(&plain)),
            "<iframe data-crm-roi src=\"https://calc.example/roi/?embed=1&amp;lang=zh-TW&amp;currency=TWD\" \
             title=\"CRM 計算器\" loading=\"lazy\" allow=\"clipboard-write\" \
             style=\"display:block;width:100%;height:1200px;border:0\"></iframe>\n\
             <script src=\"https://calc.example/roi/embed.js\" async></script>"
        );
    }

    #[test]
    fn every_setting_is_carried_and_encoded() {
        let colour = Rgb(0xff, 0xee, 0x00);
        let settings = EmbedSettings {
            embed: true,
            theme: Theme::Dark,
            accent: Some((colour, Accent::new(colour))),
            cta: Some(Cta { url: "https://consult.example/book?a=1&b=2".into(), label: Some("預約 \"顧問\"".into()) }),
            parent_origin: Some("https://blog.example".into()),
            quick: true,
        };
        assert_eq!(
            frame_url(&input(&settings)),
            "https://calc.example/roi/?embed=1&lang=zh-TW&currency=TWD&theme=dark&accent=ffee00\
             &cta=https%3A%2F%2Fconsult.example%2Fbook%3Fa%3D1%26b%3D2\
             &cta_label=%E9%A0%90%E7%B4%84%20%22%E9%A1%A7%E5%95%8F%22&parent_origin=https%3A%2F%2Fblog.example"
        );
        // Quotes and angle brackets cannot leave the attribute.
        let html = snippet(&SnippetInput { title: "a\"><script>", ..input(&settings) });
        assert!(html.contains("title=\"a&quot;&gt;&lt;script&gt;\""), "{html}");
    }

    #[test]
    fn the_host_script_sits_beside_the_app() {
        assert_eq!(host_script_url("https://calc.example/roi/"), "https://calc.example/roi/embed.js");
        assert_eq!(host_script_url("https://calc.example/roi/index.html"), "https://calc.example/roi/embed.js");
        assert_eq!(host_script_url("http://127.0.0.1:8090/"), "http://127.0.0.1:8090/embed.js");
    }
}
