//! Option names that are still a preset's default follow the visitor's language; a
//! name the visitor typed is theirs and is never changed.

use super::{text, Lang};
use crate::model::Scenario;

/// Renames every option whose name is its kind's default name in any language (or
/// empty) to the default name in `lang`.
pub fn localise_preset_names(scenario: &mut Scenario, lang: Lang) {
    for option in &mut scenario.options {
        let key = format!("kind.{}.name", option.kind.key());
        // Default names in any language, or the engine's own (English) preset name.
        let builtin = crate::model::presets::preset_option(option.kind, &option.id).name;
        let is_default =
            option.name.is_empty() || option.name == builtin || Lang::ALL.iter().any(|l| text(*l, &key) == option.name);
        if is_default {
            option.name = text(lang, &key).to_owned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;

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
    }
}
