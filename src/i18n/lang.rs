//! The three languages of the app, and how a visitor's preference picks one.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    ZhTw,
    ZhCn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhTw, Lang::ZhCn, Lang::En];

    /// The tag used in `?lang=`, `<html lang>`, Intl and the locale file name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::ZhTw => "zh-TW",
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the switcher (the same in every language, and
    /// needed before its text is loaded).
    pub fn name(self) -> &'static str {
        match self {
            Lang::ZhTw => "繁體中文",
            Lang::ZhCn => "简体中文",
            Lang::En => "English",
        }
    }

    /// Reads exactly the codes of contract.md §2 (`?lang=`); anything else is ignored.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// Maps one browser language tag (BCP 47) to ours, if we have it. Traditional
    /// script or a Traditional-using region gives zh-TW, Simplified gives zh-CN; a
    /// bare `zh` gives zh-TW, this product's first audience.
    pub fn from_browser_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                if rest.contains(&"hans") || rest.iter().any(|p| matches!(*p, "cn" | "sg" | "my")) {
                    Some(Lang::ZhCn)
                } else {
                    Some(Lang::ZhTw)
                }
            }
            _ => None,
        }
    }

    /// The first of the visitor's preferred languages that we have; zh-TW when none.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::from_browser_tag).unwrap_or(Lang::ZhTw)
    }

    /// The currency a new scenario starts in (model.md §1).
    pub fn default_currency(self) -> &'static str {
        match self {
            Lang::ZhTw => "TWD",
            Lang::ZhCn => "CNY",
            Lang::En => "USD",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_map_to_the_right_script() {
        for (tag, lang) in [
            ("zh-TW", Lang::ZhTw),
            ("zh-HK", Lang::ZhTw),
            ("zh-Hant", Lang::ZhTw),
            ("zh-Hant-HK", Lang::ZhTw),
            ("zh", Lang::ZhTw),
            ("zh-CN", Lang::ZhCn),
            ("zh-SG", Lang::ZhCn),
            ("zh-Hans", Lang::ZhCn),
            ("zh-Hans-TW", Lang::ZhCn),
            ("en-GB", Lang::En),
            ("EN", Lang::En),
        ] {
            assert_eq!(Lang::from_browser_tag(tag), Some(lang), "{tag}");
        }
        assert_eq!(Lang::from_browser_tag("ja-JP"), None);
    }

    #[test]
    fn first_supported_preference_wins_and_none_gives_zh_tw() {
        assert_eq!(Lang::from_preferences(["fr", "en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::from_preferences(["ja"]), Lang::ZhTw);
        assert_eq!(Lang::from_preferences([]), Lang::ZhTw);
    }

    #[test]
    fn lang_parameter_takes_only_contract_codes() {
        assert_eq!(Lang::from_code("zh-tw"), Some(Lang::ZhTw));
        assert_eq!(Lang::from_code("zh-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }
}
