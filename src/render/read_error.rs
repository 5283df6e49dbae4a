//! Why a scenario file or link was refused, entirely in the visitor's language: what
//! kind of refusal, and for a field, the field as the form names it
//! ([`field_name`]) and what is wrong with it ([`Problem`], a validation [`Rule`]).

use super::field_name::field_name;
use crate::i18n::{fill, text, Lang};
use crate::input::grouped::grouped;
use crate::json::de::{Kind, Problem, A_DECIMAL};
use crate::model::lever_ranges::RANGE_SHAPE;
use crate::model::line_file::LineProblem;
use crate::model::scenario_file::{needs_version_2, ReadError};
use crate::model::validation::Rule;
use rust_decimal::Decimal;

/// The whole message for a refused import; `text` is what was read (for the names of
/// options and lines the message mentions).
pub fn import_message(lang: Lang, e: &ReadError, text_read: &str) -> String {
    let document = crate::json::parse(text_read).ok();
    let t = |key| text(lang, key);
    let field = |path: &str| field_name(lang, path, document.as_ref());
    match e {
        ReadError::TooLarge { bytes } => fill(t("import.too_large"), &[("kb", &(bytes / 1024).to_string())]),
        ReadError::NotJson(_) => t("import.not_json").to_owned(),
        ReadError::WrongFormat(_) => t("import.wrong_format").to_owned(),
        ReadError::NewerVersion(v) => fill(t("import.newer_version"), &[("version", &v.to_string())]),
        ReadError::BadVersion => t("import.bad_version").to_owned(),
        ReadError::Field { path, problem: p } => {
            let (path, p) = named(path, p);
            fill(t("import.field"), &[("field", &field(&path)), ("message", &problem(lang, p))])
        }
        ReadError::Invalid(errors) => {
            let Some(first) = errors.first() else { return t("import.not_json").to_owned() };
            let more = errors.len().saturating_sub(1);
            let key = if more == 0 { "import.invalid" } else { "import.invalid_more" };
            let total = errors.len().to_string();
            fill(t(key), &[("field", &field(&first.path)), ("message", &rule(lang, &first.rule)), ("total", &total)])
        }
    }
}

/// A missing or repeated member is named as a field itself (`horizon_years`, not the
/// document it is missing from): its path, and the problem to say of it.
fn named<'a>(path: &str, p: &'a Problem) -> (String, &'a Problem) {
    match p {
        Problem::Missing(name) | Problem::Duplicate(name) if path.is_empty() => (name.clone(), p),
        Problem::Missing(name) | Problem::Duplicate(name) => (format!("{path}.{name}"), p),
        _ => (path.to_owned(), p),
    }
}

fn kind(lang: Lang, k: Kind) -> &'static str {
    text(lang, &format!("import.kind.{}", k.key()))
}

fn number(d: &Decimal) -> String {
    grouped(&d.normalize(), None)
}

/// What is wrong with one field, e.g. "should be a number, not a list".
pub fn problem(lang: Lang, p: &Problem) -> String {
    let t = |key| text(lang, key);
    match p {
        Problem::WrongKind { expected, found } => {
            fill(t("import.problem.wrong_kind"), &[("expected", kind(lang, *expected)), ("found", kind(lang, *found))])
        }
        Problem::Missing(_) => t("import.problem.missing").to_owned(),
        Problem::Duplicate(_) => t("import.problem.duplicate").to_owned(),
        Problem::UnknownChoice { found, choices } => {
            fill(t("import.problem.unknown_choice"), &[("found", found), ("choices", &choices.join(", "))])
        }
        Problem::Invalid { value, expected } => {
            let expected = if expected == A_DECIMAL { t("import.kind.decimal") } else { kind(lang, Kind::WholeNumber) };
            fill(t("import.problem.invalid"), &[("value", value), ("expected", expected)])
        }
        Problem::Other(message) => other(lang, message),
    }
}

/// What a type said of itself, by the message it gave.
fn other(lang: Lang, message: &str) -> String {
    if let Some(p) = LineProblem::from_message(message) {
        return text(lang, &format!("import.line.{}", p.key())).to_owned();
    }
    if message == RANGE_SHAPE {
        return text(lang, "import.problem.range_shape").to_owned();
    }
    if let Some(field) = ["uncertainty", "ranges", "scale"].into_iter().find(|f| message == needs_version_2(f)) {
        return fill(text(lang, "import.problem.needs_version_2"), &[("field", field)]);
    }
    // Nothing the app's types say comes here; a serde message would, in English.
    message.to_owned()
}

/// A validation rule a value breaks, e.g. "must be from 0 to 100".
pub fn rule(lang: Lang, r: &Rule) -> String {
    let t = |key| text(lang, key);
    match r {
        Rule::Range { min, max: Some(max) } => fill(t("import.rule.range"), &[("min", &number(min)), ("max", &number(max))]),
        Rule::Range { min, max: None } => fill(t("import.rule.at_least"), &[("min", &number(min))]),
        Rule::TooMany { max } => fill(t("import.rule.too_many"), &[("max", &max.to_string())]),
        Rule::TooFew { min } => fill(t("import.rule.too_few"), &[("min", &min.to_string())]),
        Rule::DuplicateId => t("import.rule.duplicate_id").to_owned(),
        Rule::BadId => t("import.rule.bad_id").to_owned(),
        Rule::BadCurrency => t("import.rule.bad_currency").to_owned(),
        Rule::Per { max } => fill(t("import.rule.per"), &[("max", &number(max))]),
        Rule::RangeAroundValue => t("import.rule.range_around_value").to_owned(),
        Rule::Product { max } => fill(t("import.rule.product"), &[("max", &number(max))]),
    }
}

/// The reason alone, for a notice that says itself what was refused (a link); `text`
/// as in [`import_message`].
pub fn reason(lang: Lang, e: &ReadError, text_read: &str) -> String {
    let document = crate::json::parse(text_read).ok();
    let field = |path: &str| field_name(lang, path, document.as_ref());
    let (field, message) = match e {
        ReadError::Field { path, problem: p } => {
            let (path, p) = named(path, p);
            (field(&path), problem(lang, p))
        }
        ReadError::Invalid(errors) if errors.len() == 1 => match errors.first() {
            Some(first) => (field(&first.path), rule(lang, &first.rule)),
            None => return import_message(lang, e, text_read),
        },
        _ => return import_message(lang, e, text_read),
    };
    fill(text(lang, "import.reason"), &[("field", &field), ("message", &message)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario_file::read;

    const EXAMPLE: &str = include_str!("../../tests/support/contract-example.json");

    fn refusal_in(lang: Lang, text: &str) -> String {
        import_message(lang, &read(text).unwrap_err(), text)
    }

    fn refusal(lang: Lang, change: (&str, &str)) -> String {
        refusal_in(lang, &EXAMPLE.replacen(change.0, change.1, 1))
    }

    #[test]
    fn every_refusal_is_worded_in_each_language_naming_the_forms_field() {
        let line = r#""label": "Account manager (1 FTE)", "category": "labour", "timing": "recurring", "amount": "5", "quantity": "2", "unit_cost": "3""#;
        for lang in Lang::ALL {
            let texts = [
                refusal(lang, ("\"horizon_years\": 3", "\"horizon_years\": \"3\"")),
                refusal(lang, ("\"customers\": \"1000\",", "")),
                refusal(lang, ("\"kind\": \"personalised\"", "\"kind\": \"friendly\"")),
                refusal(lang, ("\"discount_rate\": \"10\"", "\"discount_rate\": \"1e300\"")),
                refusal(lang, ("\"horizon_years\": 3", "\"horizon_years\": 3.5")),
                refusal(lang, ("\"currency\": \"TWD\"", "\"currency\": \"TWD\", \"currency\": \"USD\"")),
                refusal(lang, ("\"discount_rate\": \"10\"", "\"discount_rate\": \"140\"")),
                refusal(lang, ("\"currency\": \"TWD\"", "\"currency\": \"twd\"")),
                refusal(lang, ("\"costs\": [", &format!("\"costs\": [{{{line}}}, "))),
                refusal(lang, ("\"kind\": \"personalised\"", "\"kind\": \"personalised\", \"ranges\": {\"upsell_rate\": [\"1\"]}")),
                refusal(lang, ("\"version\": 1", "\"version\": 1, \"uncertainty\": \"10\"")),
            ];
            for t in &texts {
                let english = ["invalid", "missing field", "expected", "needs", "timing", "_rate", "horizon_years", "discount_rate"];
                assert!(!t.contains('{') && !t.contains('`'), "{lang:?}: {t}");
                if lang != Lang::En {
                    assert!(!english.iter().any(|w| t.contains(w)), "{lang:?}: {t}");
                }
            }
            assert!(texts[2].contains("friendly") && texts[2].contains("data_driven"), "{texts:?}");
            assert!(texts[3].contains("1e300") && texts[4].contains("3.5"), "{texts:?}");
            assert!(texts[6].contains("100"), "{texts:?}");
        }
        let en = refusal(Lang::En, ("\"horizon_years\": 3,", ""));
        assert_eq!(en, "Years to evaluate: missing from the file. Nothing was changed.");
        let en = refusal(Lang::En, ("\"customers\": \"1000\",", ""));
        assert_eq!(en, "Active customers: missing from the file. Nothing was changed.");
        let en = refusal(Lang::En, ("\"horizon_years\": 3", "\"horizon_years\": \"3\""));
        assert_eq!(en, "Years to evaluate: should be a whole number, not text. Nothing was changed.");
        let en = refusal(Lang::En, ("\"discount_rate\": \"10\"", "\"discount_rate\": \"140\""));
        assert_eq!(en, "Discount rate: must be from 0 to 100. Nothing was changed.");
        let en = refusal(Lang::En, ("\"costs\": [", &format!("\"costs\": [{{{line}}}, ")));
        assert_eq!(en, "Personalised service › Cost line 1 “Account manager (1 FTE)”: give an amount, or a quantity and a unit cost, not both. Nothing was changed.");
        let tw = refusal(Lang::ZhTw, ("\"baseline\": {", "\"baseline\": [], \"x\": {"));
        assert_eq!(tw, "您目前的經營狀況：應為一組欄位（{…}），而不是清單。沒有做任何變更。");
        let two = EXAMPLE
            .replacen("\"annual_churn\": \"20\"", "\"annual_churn\": \"120\"", 1)
            .replacen("\"gross_margin\": \"40\"", "\"gross_margin\": \"140\"", 1);
        let two = refusal_in(Lang::En, &two);
        assert_eq!(two, "Gross margin: must be from 0 to 100 (2 figures out of range in all). Nothing was changed.");
    }
}
