//! The translation tables: parsed once per language from the compiled-in files.

use super::Lang;
use std::sync::OnceLock;

/// The translation files compiled in. In the browser only zh-TW, the default, is
/// compiled in: the others are fetched when chosen (`platform::locale_files`), which
/// keeps two thirds of the text out of every first visit. Natively (tests) all three.
#[cfg(not(target_arch = "wasm32"))]
const FILES: [(Lang, &str); 3] = [
    (Lang::ZhTw, include_str!("../../locales/zh-TW.txt")),
    (Lang::ZhCn, include_str!("../../locales/zh-CN.txt")),
    (Lang::En, include_str!("../../locales/en.txt")),
];
#[cfg(target_arch = "wasm32")]
const FILES: [(Lang, &str); 1] = [(Lang::ZhTw, include_str!("../../locales/zh-TW.txt"))];

type Table = Vec<(&'static str, &'static str)>;

static TABLES: [OnceLock<Table>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
static EMPTY: Table = Vec::new();

fn slot(lang: Lang) -> &'static OnceLock<Table> {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &TABLES[i % TABLES.len()]
}

/// `key = value` lines; blank lines and `#` comments skipped; sorted for binary search.
pub(crate) fn parse(file: &'static str) -> Table {
    let mut table: Table = file
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim(), v.trim()))
        .collect();
    table.sort_by(|a, b| a.0.cmp(b.0));
    table
}

fn table(lang: Lang) -> &'static Table {
    let slot = slot(lang);
    if let Some(t) = slot.get() {
        return t;
    }
    match FILES.iter().find(|(l, _)| *l == lang) {
        Some((_, file)) => slot.get_or_init(|| parse(file)),
        None => &EMPTY,
    }
}

/// Whether the text of `lang` is there (compiled in or installed).
pub fn is_loaded(lang: Lang) -> bool {
    !table(lang).is_empty()
}

/// Installs the text of a language fetched at run time. It lives as long as the page.
pub fn install(lang: Lang, file: String) {
    let file: &'static str = Box::leak(file.into_boxed_str());
    let _ = slot(lang).set(parse(file));
}

/// The text of `key` in `lang`; while `lang` is not loaded, the zh-TW text (compiled
/// in). A key no file has gives an empty text, never a panic; the tests make sure every
/// key the source uses exists in every language.
pub fn text(lang: Lang, key: &str) -> &'static str {
    let find = |t: &'static Table| t.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| t[i].1);
    find(table(lang)).or_else(|| find(table(Lang::ZhTw))).unwrap_or("")
}

/// Replaces the `{name}` placeholders of `template` in one pass over it: a value is
/// copied as it is, so a `{months}` inside a value (an option named "{months} plan") is
/// never filled in. Braces that name no value stay as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, from_brace) = rest.split_at(open);
        out.push_str(before);
        let value = from_brace
            .get(1..)
            .and_then(|inner| inner.split_once('}'))
            .and_then(|(name, after)| values.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v, after)));
        match value {
            Some((value, after)) => {
                out.push_str(value);
                rest = after;
            }
            None => {
                out.push('{');
                rest = from_brace.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(lang: Lang) -> BTreeSet<&'static str> {
        table(lang).iter().map(|(k, _)| *k).collect()
    }

    #[test]
    fn every_language_has_every_key() {
        let all: BTreeSet<&str> = Lang::ALL.iter().flat_map(|l| keys(*l)).collect();
        for lang in Lang::ALL {
            let have = keys(lang);
            let missing: Vec<_> = all.difference(&have).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        }
    }

    #[test]
    fn no_value_is_empty_and_no_key_is_repeated() {
        for (lang, file) in FILES {
            let t = parse(file);
            for w in t.windows(2) {
                assert_ne!(w[0].0, w[1].0, "{} repeats {}", lang.code(), w[0].0);
            }
            for (k, v) in &t {
                assert!(!v.is_empty(), "{} has an empty {k}", lang.code());
            }
        }
    }

    #[test]
    fn placeholders_are_the_same_in_every_language() {
        fn names(v: &str) -> BTreeSet<String> {
            v.split('{').skip(1).filter_map(|s| s.split_once('}')).map(|(n, _)| n.to_owned()).collect()
        }
        for (k, en) in table(Lang::En) {
            for lang in [Lang::ZhTw, Lang::ZhCn] {
                assert_eq!(names(en), names(text(lang, k)), "{k} in {}", lang.code());
            }
        }
    }

    /// Every key the source names literally in a `tr` call exists.
    #[test]
    fn every_key_used_in_the_source_exists() {
        let en = keys(Lang::En);
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        let mut used = 0;
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            let src = std::fs::read_to_string(&p).unwrap();
            for marker in [".tr(\"", ".text(\"", "label=\"", "help=\"", "filled(\""] {
                for piece in src.split(marker).skip(1) {
                    let key = piece.split('"').next().unwrap();
                    if key.contains('{') || key.is_empty() {
                        continue;
                    }
                    used += 1;
                    assert!(en.contains(key), "{} uses unknown key {key}", p.display());
                }
            }
        }
        assert!(used > 0, "no key found in the source: the scan is broken");
    }

    #[test]
    fn installed_text_is_used_and_missing_keys_are_empty() {
        assert!(is_loaded(Lang::En));
        assert_eq!(text(Lang::En, "no.such.key"), "");
    }

    #[test]
    fn fill_never_expands_placeholders_inside_values() {
        // Issue 10: an option named "{months} plan" had its name filled in too.
        let t = text(Lang::En, "verdict.clear");
        let filled = fill(t, &[("name", "My {months} {years} plan"), ("months", "7.5"), ("years", "3")]);
        assert_eq!(
            filled,
            "My {months} {years} plan pays back first, in 7.5 months, and creates the most value over 3 years."
        );
        assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "{a}")]), "{b}{a}");
        assert_eq!(fill("{a} and {a}", &[("a", "{a}")]), "{a} and {a}");
        // Braces that are no placeholder stay as they are.
        assert_eq!(fill("{x} {a} {", &[("a", "1")]), "{x} 1 {");
        assert_eq!(fill("{}{a", &[("a", "1")]), "{}{a");
        assert_eq!(fill("價格 {a}。", &[("a", "１")]), "價格 １。");
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(fill("{a} pays back in {m} months", &[("a", "X"), ("m", "7.5")]), "X pays back in 7.5 months");
    }
}
