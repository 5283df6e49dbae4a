//! Option names that are still a preset's default follow the visitor's language; a
//! name the visitor typed is theirs and is never changed.

use super::{text, Lang};
use crate::model::Scenario;

/// The preset cost lines' translation keys, by their English label in `model::presets`.
const LINE_KEYS: [(&str, &str); 11] = [
    ("Account manager", "preset_line.account_manager"),
    ("Service training", "preset_line.service_training"),
    ("Platform set-up fee", "preset_line.setup_fee"),
    ("Implementation", "preset_line.implementation"),
    ("Service platform, smallest plan", "preset_line.platform_base_plan"),
    ("Service platform subscription", "preset_line.platform_subscription"),
    ("Set-up time", "preset_line.setup_time"),
    ("Analytics tools, smallest plan", "preset_line.analytics_base_plan"),
    ("Analytics tools", "preset_line.analytics_tools"),
    ("Analyst time", "preset_line.analyst_time"),
    ("Data clean-up", "preset_line.data_cleanup"),
];

/// The translation key of a preset line's label, if `label` is one in any language.
fn line_key(label: &str) -> Option<&'static str> {
    LINE_KEYS
        .iter()
        .find(|(english, key)| *english == label || Lang::ALL.iter().any(|l| text(*l, key) == label))
        .map(|(_, key)| *key)
}

/// Where a preset line's default comes from (`<key>.note` of the translations), for
/// the lines that have a source note: the smallest plans (model.md §4).
pub fn preset_line_note(label: &str) -> Option<&'static str> {
    match line_key(label)? {
        "preset_line.platform_base_plan" => Some("preset_line.platform_base_plan.note"),
        "preset_line.analytics_base_plan" => Some("preset_line.analytics_base_plan.note"),
        _ => None,
    }
}

/// Renames every option whose name is its kind's default name in any language (or
/// empty) to the default name in `lang`, and likewise the presets' cost line labels.
pub fn localise_preset_names(scenario: &mut Scenario, lang: Lang) {
    for option in &mut scenario.options {
        let key = format!("kind.{}.name", option.kind.key());
        // Default names in any language, or the engine's own (English) preset name.
        let builtin = crate::model::presets::preset_name(option.kind);
        let is_default =
            option.name.is_empty() || option.name == builtin || Lang::ALL.iter().any(|l| text(*l, &key) == option.name);
        if is_default {
            option.name = text(lang, &key).to_owned();
        }
        for line in &mut option.costs {
            if let Some(k) = line_key(&line.label) {
                line.label = text(lang, k).to_owned();
            }
        }
    }
}

/// Opens `scenario` in `lang`: preset names follow the language, and an example the
/// visitor has not touched at all (every figure still the example's, the currency the
/// one a language starts with) becomes the example in `currency`, the language's. Work
/// the visitor changed keeps its currency and every figure (issue 21, item 4: a visit
/// in English, then one in Chinese, showed English names and US dollars).
pub fn open_in(scenario: &mut Scenario, lang: Lang, currency: &str) {
    let a_languages_first = Lang::ALL.iter().any(|l| l.default_currency() == scenario.currency);
    if scenario.currency != currency && a_languages_first && is_untouched_example(scenario) {
        let name = std::mem::take(&mut scenario.name);
        *scenario = crate::model::presets::default_scenario(currency);
        scenario.name = name;
    }
    localise_preset_names(scenario, lang);
}

/// Whether `s` is the example in its currency exactly as first shown: the visitor has
/// changed nothing (preset names in any language, and its own name, aside).
pub fn is_untouched_example(s: &Scenario) -> bool {
    let mut example = crate::model::presets::default_scenario(&s.currency);
    let mut as_is = s.clone();
    localise_preset_names(&mut example, Lang::En);
    localise_preset_names(&mut as_is, Lang::En);
    as_is.name = example.name.clone();
    as_is == example
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;

    fn example_in(lang: Lang) -> Scenario {
        let mut s = default_scenario(lang.default_currency());
        localise_preset_names(&mut s, lang);
        s
    }

    #[test]
    fn an_untouched_example_opens_in_the_languages_names_and_currency() {
        let mut s = example_in(Lang::En);
        s.name = "My plan".into();
        open_in(&mut s, Lang::ZhTw, "TWD");
        let mut expected = example_in(Lang::ZhTw);
        expected.name = "My plan".into();
        assert_eq!(s, expected);
    }

    #[test]
    fn changed_work_keeps_its_currency_and_figures_and_only_names_follow() {
        let mut s = example_in(Lang::En);
        s.baseline.customers = rust_decimal::Decimal::from(1500);
        s.options[2].name = "Mine".into();
        let before = s.clone();
        open_in(&mut s, Lang::ZhTw, "TWD");
        assert_eq!((s.currency.as_str(), s.baseline.clone()), ("USD", before.baseline.clone()));
        assert_eq!(s.options[0].name, text(Lang::ZhTw, "kind.personalised.name"));
        assert_eq!(s.options[2].name, "Mine", "a typed name stays");
        // A currency the visitor chose (not a language's first) stays too.
        let mut yen = default_scenario("JPY");
        open_in(&mut yen, Lang::ZhTw, "TWD");
        assert_eq!(yen.currency, "JPY");
    }

    #[test]
    fn every_preset_line_label_has_a_key() {
        for o in default_scenario("TWD").options {
            for c in o.costs {
                assert!(line_key(&c.label).is_some(), "no translation for preset line {:?}", c.label);
            }
        }
    }

    #[test]
    fn default_names_follow_the_language_and_typed_names_stay() {
        let mut s = default_scenario("TWD");
        localise_preset_names(&mut s, Lang::ZhTw);
        assert_eq!(s.options[0].name, text(Lang::ZhTw, "kind.personalised.name"));
        s.options[1].name = "我的客服機器人".into();
        localise_preset_names(&mut s, Lang::En);
        assert_eq!(s.options[0].name, "Personalised service");
        assert_eq!(s.options[1].name, "我的客服機器人");
        assert_eq!(s.options[2].name, "Data-driven marketing");
        assert_eq!(s.options[0].costs[0].label, "Account manager");
        localise_preset_names(&mut s, Lang::ZhTw);
        assert_eq!(s.options[0].costs[0].label, "客戶經理");
        s.options[0].costs[0].label = "我的業務".into();
        localise_preset_names(&mut s, Lang::En);
        assert_eq!(s.options[0].costs[0].label, "我的業務", "a typed label stays");
    }
}
