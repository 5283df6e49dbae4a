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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;

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
