//! The quick view's link "open the full calculator" (contract.md §2): the same address
//! without `embed` and `view`, in the language shown, with the visitor's scenario in
//! `#scenario=`. It opens in a new tab, where an embedding site's storage is not
//! shared, so the scenario travels in the link.

use crate::share_link;

/// The full page's address. `search` is the page's query as the browser gives it
/// (`?embed=1&lang=en&…`, already encoded): every parameter but `embed`, `view` and
/// `lang` is kept as it is; `lang` becomes the language shown now.
pub fn full_calculator_url(app_url: &str, search: &str, lang: &str, scenario_json: &str) -> String {
    let dropped = |pair: &&str| {
        let key = pair.split('=').next().unwrap_or_default();
        pair.is_empty() || matches!(key, "embed" | "view" | "lang")
    };
    let mut params: Vec<&str> = search.trim_start_matches('?').split('&').filter(|p| !dropped(p)).collect();
    let lang = format!("lang={lang}");
    params.insert(0, &lang);
    format!("{app_url}?{}#{}", params.join("&"), share_link::encode(scenario_json))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_embed_and_view_in_the_language_shown_with_the_scenario() {
        let url = full_calculator_url(
            "https://calc.example/roi/index.html",
            "?embed=1&lang=zh-TW&currency=USD&view=quick&theme=dark&accent=0a7d5a&cta=https%3A%2F%2Fc.example%2F&cta_label=Hi%20there",
            "en",
            "{\"a\":1}",
        );
        assert_eq!(
            url,
            "https://calc.example/roi/index.html?lang=en&currency=USD&theme=dark&accent=0a7d5a\
             &cta=https%3A%2F%2Fc.example%2F&cta_label=Hi%20there#scenario=eyJhIjoxfQ"
        );
        assert_eq!(share_link::decode(url.split_once('#').unwrap().1).unwrap().unwrap(), "{\"a\":1}");
    }

    #[test]
    fn an_empty_query_and_odd_parameters() {
        assert_eq!(full_calculator_url("https://c.example/", "", "zh-TW", ""), "https://c.example/?lang=zh-TW#scenario=");
        // `embedded` is not `embed`; a bare `view` is dropped; empty pieces vanish.
        assert_eq!(
            full_calculator_url("https://c.example/", "?embedded=1&&view&x", "zh-CN", "{}"),
            "https://c.example/?lang=zh-CN&embedded=1&x#scenario=e30"
        );
    }
}
