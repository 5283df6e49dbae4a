//! A place in a scenario file (`options[0].costs[2].growth`) named as the form names
//! it ("Personalised service › Cost line 3 “Account manager” › Growth per year"), in
//! the visitor's language, for the messages about a refused file or link.
//!
//! The document, when it can be read as JSON, gives the option's and the line's own
//! names; a place this does not know is shown as the file names it.

use crate::i18n::{fill, text, Lang};
use crate::json::Value;

/// One step of a path: a member's name or an element's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step<'a> {
    Member(&'a str),
    Index(usize),
}

/// `options[0].costs[2].growth` → Member options, Index 0, Member costs, …
fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, indexes) = part.split_once('[').map_or((part, ""), |(n, rest)| (n, rest));
        if !name.is_empty() {
            out.push(Step::Member(name));
        }
        for index in indexes.split('[').filter(|i| !i.is_empty()) {
            match index.trim_end_matches(']').parse() {
                Ok(i) => out.push(Step::Index(i)),
                Err(_) => out.push(Step::Member(index)),
            }
        }
    }
    out
}

/// The text of member `name` of `value`, if it is a non-empty string.
fn own_name<'a>(value: Option<&'a Value>, name: &str) -> Option<&'a str> {
    match value?.get(name)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.as_str()),
        _ => None,
    }
}

fn element(value: Option<&Value>, index: usize) -> Option<&Value> {
    match value? {
        Value::Array(items) => items.get(index),
        _ => None,
    }
}

/// The form's words for `path` in `lang`; `document` is the file as parsed, if it was.
pub fn field_name(lang: Lang, path: &str, document: Option<&Value>) -> String {
    let t = |key: &str| text(lang, key).to_owned();
    let steps = steps(path);
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    // Unknown steps are shown as written in the file.
    let raw = |s: &Step| match s {
        Step::Member(m) => (*m).to_owned(),
        Step::Index(n) => format!("[{n}]"),
    };
    match steps.first() {
        Some(Step::Member("options")) => {
            let Some(Step::Index(o)) = steps.get(1) else { return t("option.tabs_label") };
            let option = element(document.and_then(|d| d.get("options")), *o);
            let n = (o.saturating_add(1)).to_string();
            parts.push(own_name(option, "name").map_or_else(|| fill(&t("field.option"), &[("n", &n)]), str::to_owned));
            i = 2;
            match steps.get(2) {
                Some(Step::Member(list @ ("costs" | "custom_benefits"))) => {
                    let Some(Step::Index(l)) = steps.get(3) else {
                        parts.push(t(if *list == "costs" { "option.costs" } else { "option.custom_benefits" }));
                        return parts.join(" › ");
                    };
                    let line = element(option.and_then(|o| o.get(list)), *l);
                    let key = if *list == "costs" { "field.cost_line" } else { "field.benefit_line" };
                    let n = l.saturating_add(1).to_string();
                    let label = own_name(line, "label").map(|l| fill(&t("field.quoted"), &[("text", l)])).unwrap_or_default();
                    parts.push(fill(&t(key), &[("n", &n), ("label", &label)]).trim().to_owned());
                    i = 4;
                    if let Some(Step::Member(field)) = steps.get(4) {
                        i = 5;
                        parts.push(match *field {
                            "label" => t("line.label"),
                            "category" => t("line.category"),
                            "stage" => t("line.stage"),
                            "timing" => t("line.timing"),
                            "amount" => t("field.amount"),
                            "quantity" => t("line.quantity.other"),
                            "unit_cost" => t("line.unit_cost.other"),
                            "growth" => t("line.growth.label"),
                            "amounts" => {
                                if let Some(Step::Index(y)) = steps.get(5) {
                                    i = 6;
                                    fill(&t("field.amount_in_year"), &[("year", &y.to_string())])
                                } else {
                                    t("field.amounts")
                                }
                            }
                            "scale" => {
                                i = 6;
                                match steps.get(5) {
                                    Some(Step::Member("per")) => t("field.scale_per"),
                                    Some(Step::Member("by")) => t("field.scale_by"),
                                    _ => {
                                        i = 5;
                                        t("scale.label")
                                    }
                                }
                            }
                            other => other.to_owned(),
                        });
                    }
                }
                Some(Step::Member("levers")) => {
                    i = 3;
                    parts.push(match steps.get(3) {
                        Some(Step::Member(lever)) => {
                            i = 4;
                            t(&format!("lever.{lever}.label"))
                        }
                        _ => t("option.levers"),
                    });
                }
                Some(Step::Member("ranges")) => {
                    i = 3;
                    parts.push(match steps.get(3) {
                        Some(Step::Member(lever)) => {
                            i = 4;
                            fill(&t("field.range"), &[("lever", &t(&format!("lever.{lever}.label")))])
                        }
                        _ => t("analysis_panel.ranges"),
                    });
                }
                Some(Step::Member("realisation")) => {
                    i = 3;
                    parts.push(t("option.realisation.label"));
                    if let Some(Step::Index(y)) = steps.get(3) {
                        i = 4;
                        parts.push(fill(&t("option.realisation.year"), &[("year", &y.saturating_add(1).to_string())]));
                    }
                }
                Some(Step::Member(field)) => {
                    i = 3;
                    parts.push(match *field {
                        "name" => t("option.name_label"),
                        "kind" => t("field.kind"),
                        "id" => t("field.id"),
                        "benefit_risk" => t("option.benefit_risk.label"),
                        "cost_risk" => t("option.cost_risk.label"),
                        other => other.to_owned(),
                    });
                }
                _ => {}
            }
        }
        Some(Step::Member("baseline")) => {
            i = 1;
            parts.push(match steps.get(1) {
                Some(Step::Member(field)) => {
                    i = 2;
                    t(&format!("baseline.{field}.label"))
                }
                _ => t("baseline.title"),
            });
        }
        Some(Step::Member(field)) => {
            i = 1;
            parts.push(match *field {
                "name" => t("scenario.name_label"),
                "currency" => t("settings.currency.label"),
                "horizon_years" => t("settings.horizon_years.label"),
                "discount_rate" => t("settings.discount_rate.label"),
                "uncertainty" => t("analysis_panel.uncertainty.label"),
                other => other.to_owned(),
            });
        }
        _ => {}
    }
    parts.extend(steps.iter().skip(i).map(raw));
    // A key this build does not have (a field a newer file names) reads as written.
    let parts: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return t("field.whole_file");
    }
    parts.join(" › ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Value {
        crate::json::parse(
            r#"{"options": [{"name": "Personalised service", "costs": [{"label": "x"}, {"label": "Account manager"}]}, {"costs": [{}]}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn paths_read_as_the_form_names_them() {
        let d = doc();
        let en = |p: &str| field_name(Lang::En, p, Some(&d));
        assert_eq!(en("options[0].costs[1].growth"), "Personalised service › Cost line 2 “Account manager” › Growth per year");
        assert_eq!(en("options[1].costs[0].amount"), "Option 2 › Cost line 1 › Amount");
        assert_eq!(en("options[1].costs[0].scale.per"), "Option 2 › Cost line 1 › The N in “per N”");
        assert_eq!(en("options[0].custom_benefits[0].amounts[2]"), "Personalised service › Other benefit 1 › Amount in year 2");
        assert_eq!(en("options[0].levers.upsell_rate"), "Personalised service › Upsell rate");
        assert_eq!(en("options[0].ranges.churn_reduction"), "Personalised service › Range of Churn reduction (percentage points)");
        assert_eq!(en("options[0].realisation[0]"), "Personalised service › Benefits realised per year › Year 1");
        assert_eq!(en("baseline.annual_churn"), "Churn per year");
        assert_eq!(en("horizon_years"), "Years to evaluate");
        assert_eq!(en("baseline"), "Your business today");
        assert_eq!(en(""), "The whole file");
        assert_eq!(en("options[0].costs[1].novel.deep"), "Personalised service › Cost line 2 “Account manager” › novel › deep");
        assert_eq!(field_name(Lang::En, "options[3].kind", None), "Option 4 › Kind of strategy");
        let tw = field_name(Lang::ZhTw, "options[0].costs[1].growth", Some(&d));
        assert!(tw.starts_with("Personalised service › 成本項目 2") && !tw.contains("growth"), "{tw}");
        for lang in Lang::ALL {
            for path in ["options[0].costs[1].unit_cost", "options[0].cost_risk", "discount_rate", "uncertainty", "options[0].id"] {
                let name = field_name(lang, path, Some(&d));
                assert!(!name.contains('_') && !name.contains('{') && !name.is_empty(), "{lang:?} {path}: {name}");
            }
        }
    }
}
