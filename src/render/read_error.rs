//! Why a scenario file or link was refused, in the visitor's language: what kind of
//! refusal, and for a field, where it is (`options[0].costs[2].growth`) and what is
//! wrong with it ([`Problem`]).

use crate::i18n::{fill, text, Lang};
use crate::json::de::{Kind, Problem, A_DECIMAL};
use crate::model::scenario_file::ReadError;

/// The whole message for a refused import.
pub fn import_message(lang: Lang, e: &ReadError) -> String {
    let t = |key| text(lang, key);
    match e {
        ReadError::TooLarge { bytes } => fill(t("import.too_large"), &[("kb", &(bytes / 1024).to_string())]),
        ReadError::NotJson(_) => t("import.not_json").to_owned(),
        ReadError::WrongFormat(_) => t("import.wrong_format").to_owned(),
        ReadError::NewerVersion(v) => fill(t("import.newer_version"), &[("version", &v.to_string())]),
        ReadError::BadVersion => t("import.bad_version").to_owned(),
        ReadError::Field { path, problem: p } => fill(t("import.field"), &[("path", path), ("message", &problem(lang, p))]),
        ReadError::Invalid(errors) => {
            let first = errors.first().map(|e| (e.path.clone(), e.to_string())).unwrap_or_default();
            let more = errors.len().saturating_sub(1);
            let key = if more == 0 { "import.invalid" } else { "import.invalid_more" };
            fill(t(key), &[("path", &first.0), ("message", &first.1), ("count", &more.to_string())])
        }
    }
}

/// The reason alone, for a notice that says what was refused itself (a link).
pub fn reason(lang: Lang, e: &ReadError) -> String {
    match e {
        ReadError::Field { path, problem: p } => format!("{path}: {}", problem(lang, p)),
        other => import_message(lang, other),
    }
}

fn kind(lang: Lang, k: Kind) -> &'static str {
    text(lang, &format!("import.kind.{}", k.key()))
}

/// What is wrong with one field, e.g. "should be a number, not a list".
pub fn problem(lang: Lang, p: &Problem) -> String {
    let t = |key| text(lang, key);
    match p {
        Problem::WrongKind { expected, found } => {
            fill(t("import.problem.wrong_kind"), &[("expected", kind(lang, *expected)), ("found", kind(lang, *found))])
        }
        Problem::Missing(field) => fill(t("import.problem.missing"), &[("field", field)]),
        Problem::Duplicate(field) => fill(t("import.problem.duplicate"), &[("field", field)]),
        Problem::UnknownChoice { found, choices } => {
            fill(t("import.problem.unknown_choice"), &[("found", found), ("choices", &choices.join(", "))])
        }
        Problem::Invalid { value, expected } => {
            let expected = if expected == A_DECIMAL { t("import.kind.decimal") } else { kind(lang, Kind::WholeNumber) };
            fill(t("import.problem.invalid"), &[("value", value), ("expected", expected)])
        }
        // What a type says of itself (a line's fields that do not go together): the
        // file's own names, in English.
        Problem::Other(message) => message.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario_file::read;

    fn refusal(lang: Lang, change: (&str, &str)) -> String {
        let text = include_str!("../../tests/support/contract-example.json").replacen(change.0, change.1, 1);
        import_message(lang, &read(&text).unwrap_err())
    }

    #[test]
    fn every_problem_is_worded_in_each_language() {
        for lang in Lang::ALL {
            let texts = [
                refusal(lang, ("\"horizon_years\": 3", "\"horizon_years\": \"3\"")),
                refusal(lang, ("\"customers\": \"1000\",", "")),
                refusal(lang, ("\"kind\": \"personalised\"", "\"kind\": \"friendly\"")),
                refusal(lang, ("\"discount_rate\": \"10\"", "\"discount_rate\": \"1e300\"")),
                refusal(lang, ("\"horizon_years\": 3", "\"horizon_years\": 3.5")),
                refusal(lang, ("\"currency\": \"TWD\"", "\"currency\": \"TWD\", \"currency\": \"USD\"")),
            ];
            for t in &texts {
                assert!(!t.contains('{') && !t.contains("invalid type") && !t.contains("missing field"), "{lang:?}: {t}");
            }
            assert!(texts[0].contains("horizon_years") && texts[1].contains("customers"), "{texts:?}");
            assert!(texts[2].contains("friendly") && texts[2].contains("data_driven"), "{texts:?}");
            assert!(texts[3].contains("1e300") && texts[4].contains("3.5"), "{texts:?}");
        }
        let en = refusal(Lang::En, ("\"horizon_years\": 3", "\"horizon_years\": \"3\""));
        assert_eq!(en, "In the file, horizon_years: should be a whole number, not text. Nothing was changed.");
        let tw = refusal(Lang::ZhTw, ("\"baseline\": {", "\"baseline\": [], \"x\": {"));
        assert_eq!(tw, "檔案中的 baseline：應為一組欄位（{…}），而不是清單。沒有做任何變更。");
        let two = include_str!("../../tests/support/contract-example.json")
            .replacen("\"annual_churn\": \"20\"", "\"annual_churn\": \"120\"", 1)
            .replacen("\"gross_margin\": \"40\"", "\"gross_margin\": \"140\"", 1);
        let two = import_message(Lang::En, &read(&two).unwrap_err());
        assert!(two.contains("and 1 more value"), "{two}");
    }
}
