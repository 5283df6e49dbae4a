//! The translation tables: parsed once per language from the compiled-in files.

use super::Lang;
use std::sync::OnceLock;

const FILES: [(Lang, &str); 3] = [
    (Lang::ZhTw, include_str!("../../locales/zh-TW.txt")),
    (Lang::ZhCn, include_str!("../../locales/zh-CN.txt")),
    (Lang::En, include_str!("../../locales/en.txt")),
];

type Table = Vec<(&'static str, &'static str)>;

static TABLES: [OnceLock<Table>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

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
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    TABLES[i].get_or_init(|| FILES.iter().find(|(l, _)| *l == lang).map(|(_, f)| parse(f)).unwrap_or_default())
}

/// The text of `key` in `lang`. A missing key shows the key itself (never a panic);
/// the tests make sure no key is missing.
pub fn text(lang: Lang, key: &str) -> &'static str {
    let t = table(lang);
    match t.binary_search_by(|(k, _)| (*k).cmp(key)) {
        Ok(i) => t[i].1,
        Err(_) => leak_key(key),
    }
}

fn leak_key(key: &str) -> &'static str {
    // Only reached for a key no file has, which the tests rule out; keeps `text`
    // infallible without allocating on the normal path.
    Box::leak(key.to_owned().into_boxed_str())
}

/// Replaces `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
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
            for marker in [".tr(\"", ".text(\""] {
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
    fn fill_replaces_placeholders() {
        assert_eq!(fill("{a} pays back in {m} months", &[("a", "X"), ("m", "7.5")]), "X pays back in 7.5 months");
    }
}
