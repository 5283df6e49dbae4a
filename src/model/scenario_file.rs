//! Reading a scenario file (contract.md §1): import, share link and saved scenarios.
//!
//! A file is read in four steps, each with its own kind of refusal:
//! 1. its size, before anything else;
//! 2. the JSON text, by the app's reader (`crate::json`: exact numbers, error places);
//! 3. the header: `format` must be `crm-roi-scenario` and `version` an integer this
//!    build understands (older versions are migrated here, newer ones refused). A
//!    version 1 file is a version 2 file without `scale`, `uncertainty` and `ranges`
//!    (same numbers); one that carries any of them is refused, naming the field;
//! 4. the scenario itself, read by its derived `Deserialize` (`crate::json::de`), where
//!    a value of the wrong type names its field (`options[0].costs[1].amount`) and its
//!    [`Problem`], then [`validate`], where a value out of range names its field and
//!    rule: the same rules as a link, the stored workspace and an edit.

use super::scenario::{Scenario, FORMAT, VERSION};
use super::validation::{validate, ValidationError};
use crate::json::de::Problem;
use crate::json::{self, Value};
use std::fmt;

/// Files larger than this (256 KiB) are refused before parsing.
pub const MAX_BYTES: usize = 256 * 1024;

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The text is larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// The text is not JSON; the parser's message.
    NotJson(String),
    /// `format` is missing or not `crm-roi-scenario` (the value found, if a string),
    /// or the document is not a JSON object.
    WrongFormat(Option<String>),
    /// Written by a newer version of the app.
    NewerVersion(u32),
    /// `version` is missing, 0, or not an integer.
    BadVersion,
    /// A field is missing or of the wrong type: where, and what is wrong.
    Field { path: String, problem: Problem },
    /// Every value has its type, but some lie outside their ranges.
    Invalid(Vec<ValidationError>),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ReadError::TooLarge { bytes } => {
                write!(f, "the file is {bytes} bytes, more than the {MAX_BYTES} bytes a scenario may have")
            }
            ReadError::NotJson(message) => write!(f, "the file is not valid JSON: {message}"),
            ReadError::WrongFormat(Some(found)) => {
                write!(f, "the file's format is \"{found}\", not a CRM ROI scenario (\"{FORMAT}\")")
            }
            ReadError::WrongFormat(None) => {
                write!(f, "the file is not a CRM ROI scenario (no \"format\": \"{FORMAT}\")")
            }
            ReadError::NewerVersion(v) => {
                write!(f, "the file is of version {v}, written by a newer version of this app (this one reads up to {VERSION})")
            }
            ReadError::BadVersion => write!(f, "the file's \"version\" is missing or not a positive integer"),
            ReadError::Field { path, problem } => write!(f, "{path}: {problem}"),
            ReadError::Invalid(errors) => {
                let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                write!(f, "{}", list.join("; "))
            }
        }
    }
}

/// Refuses a text larger than [`MAX_BYTES`]; call it before parsing.
pub fn check_size(text: &str) -> Result<(), ReadError> {
    if text.len() > MAX_BYTES {
        return Err(ReadError::TooLarge { bytes: text.len() });
    }
    Ok(())
}

/// Reads a scenario file's text with every check of contract.md §1.
pub fn read(text: &str) -> Result<Scenario, ReadError> {
    check_size(text)?;
    let document = json::parse(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
    read_document(&document)
}

/// Steps 3 and 4 of the module docs, on a parsed document.
pub fn read_document(document: &Value) -> Result<Scenario, ReadError> {
    let version = header(document)?;
    migrate(document, version)?;
    let scenario: Scenario = json::de::from_value(document)
        .map_err(|e| ReadError::Field { path: e.path(), problem: e.problem })?;
    validate(&scenario).map_err(ReadError::Invalid)?;
    Ok(scenario)
}

/// `format` and `version`: the version, 1 up to [`VERSION`].
fn header(document: &Value) -> Result<u64, ReadError> {
    let Value::Object(_) = document else { return Err(ReadError::WrongFormat(None)) };
    match document.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(other)) => return Err(ReadError::WrongFormat(Some(other.clone()))),
        _ => return Err(ReadError::WrongFormat(None)),
    }
    let version = document.get("version").and_then(Value::as_u64).filter(|v| *v >= 1).ok_or(ReadError::BadVersion)?;
    if version > u64::from(VERSION) {
        return Err(ReadError::NewerVersion(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    Ok(version)
}

/// Brings a document of `version` up to [`VERSION`], one step per version, so that the
/// current types read it. (A step that must change the document would return the new
/// one; none has needed to yet.)
fn migrate(document: &Value, version: u64) -> Result<(), ReadError> {
    if version < 2 {
        version_1_to_2(document)?;
    }
    Ok(())
}

/// Version 1 → 2 needs no conversion: the fields version 2 added (`uncertainty`,
/// `ranges`, a line's `scale`) are optional and their absence means what version 1
/// meant (the default uncertainty, no ranges, fixed lines). The scenario is written
/// back as version 2 when it is next saved. But a version 1 file may not hold them: it
/// would mean the file was mislabelled, and reading it as version 1 would silently
/// change its numbers.
fn version_1_to_2(document: &Value) -> Result<(), ReadError> {
    let added = |path: String, field: &str| ReadError::Field { path, problem: Problem::Other(needs_version_2(field)) };
    if document.get("uncertainty").is_some() {
        return Err(added("uncertainty".into(), "uncertainty"));
    }
    let Some(Value::Array(options)) = document.get("options") else { return Ok(()) };
    for (i, option) in options.iter().enumerate() {
        if option.get("ranges").is_some() {
            return Err(added(format!("options[{i}].ranges"), "ranges"));
        }
        for list in ["costs", "custom_benefits"] {
            let Some(Value::Array(lines)) = option.get(list) else { continue };
            if let Some(j) = lines.iter().position(|line| line.get("scale").is_some()) {
                return Err(added(format!("options[{i}].{list}[{j}].scale"), "scale"));
            }
        }
    }
    Ok(())
}

/// Why a version 1 file may not hold `field` (English; the page words it itself).
pub fn needs_version_2(field: &str) -> String {
    format!("`{field}` needs \"version\": 2; this file says version 1")
}

/// The scenario as the JSON text of contract.md §1 (its derived `Serialize`: members in
/// declaration order, decimals as strings, unset optional members left out).
pub fn write(scenario: &Scenario) -> String {
    json::ser::to_string(scenario)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::test_support::d;
    use crate::model::validation::Rule;
    use rust_decimal::Decimal;
    use crate::json::de::Kind;

    pub(crate) fn read_json(text: &str) -> Result<Scenario, ReadError> {
        read(text)
    }

    /// A minimal valid file; `extra` is spliced into the top-level object.
    fn file(extra: &str) -> String {
        format!(
            r#"{{"format": "crm-roi-scenario", "version": 1, "currency": "USD", "horizon_years": 3,
            "discount_rate": "10",
            "baseline": {{"customers": "100", "new_customers_per_year": "10",
              "annual_revenue_per_customer": "500", "gross_margin": "30", "annual_churn": "15",
              "acquisition_cost": "200", "service_contacts_per_customer": "2", "cost_per_contact": "20",
              "marketing_spend": "10000", "average_order_value": "80"}},
            "options": [{{"id": "a", "kind": "custom" {extra}}}]}}"#
        )
    }

    #[test]
    fn a_minimal_file_reads_with_defaults() {
        let s = read_json(&file("")).unwrap();
        let o = &s.options[0];
        assert_eq!(s.name, "");
        assert_eq!(o.levers, crate::model::Levers::default());
        assert!(o.costs.is_empty() && o.custom_benefits.is_empty() && o.realisation.is_empty());
        assert_eq!((o.benefit_risk, o.cost_risk), (Decimal::ZERO, Decimal::ZERO));
    }

    #[test]
    fn version_2_fields_are_read_and_written() {
        let line = r#", "costs": [{"category": "labour", "timing": "recurring", "quantity": "1",
            "unit_cost": "600000", "scale": {"by": "customers", "per": "400"}}],
            "custom_benefits": [{"timing": "one_off", "amount": "2", "scale": {"by": "revenue", "per": 100}}],
            "levers": {"churn_reduction": "3"}, "ranges": {"churn_reduction": ["1", "5"]}"#;
        let text = file(line).replace("\"version\": 1", "\"version\": 2").replace("\"horizon_years\": 3", "\"horizon_years\": 3, \"uncertainty\": \"15\"");
        let s = read_json(&text).unwrap();
        let o = &s.options[0];
        use crate::model::{Driver, LeverRange, Scale};
        assert_eq!(o.costs[0].scale, Some(Scale { by: Driver::Customers, per: d("400") }));
        assert_eq!(o.custom_benefits[0].scale, Some(Scale { by: Driver::Revenue, per: d("100") }));
        assert_eq!(o.ranges.churn_reduction, Some(LeverRange { low: d("1"), high: d("5") }));
        assert_eq!(s.uncertainty, d("15"));
        // Written as version 2, and read back the same.
        let written = write(&s);
        assert!(written.contains("\"version\":2"), "{written}");
        assert!(written.contains("\"scale\":{\"by\":\"customers\",\"per\":\"400\"}"), "{written}");
        assert_eq!(read_json(&written), Ok(s));
    }

    #[test]
    fn a_version_1_file_reads_as_version_2_without_the_new_fields() {
        let s = read_json(&file("")).unwrap();
        assert_eq!(s.uncertainty, d("20"));
        assert!(s.options[0].ranges.is_empty());
        let line = r#", "costs": [{"category": "labour", "timing": "one_off", "amount": "5"}]"#;
        assert_eq!(read_json(&file(line)).unwrap().options[0].costs[0].scale, None);
    }

    #[test]
    fn a_version_2_field_in_a_version_1_file_is_refused_by_its_path() {
        let cases = [
            (r#", "costs": [{"category": "labour", "timing": "one_off", "amount": "5"},
                {"category": "labour", "timing": "one_off", "amount": "5", "scale": {"by": "customers", "per": "4"}}]"#,
             "options[0].costs[1].scale"),
            (r#", "custom_benefits": [{"timing": "one_off", "amount": "5", "scale": {"by": "revenue", "per": "100"}}]"#,
             "options[0].custom_benefits[0].scale"),
            (r#", "ranges": {"churn_reduction": ["0", "1"]}"#, "options[0].ranges"),
        ];
        for (extra, expected) in cases {
            let Err(ReadError::Field { path, problem }) = read_json(&file(extra)) else { panic!("not refused: {extra}") };
            let message = problem.to_string();
            assert_eq!(path, expected);
            assert!(message.contains("version"), "{message}");
        }
        let text = file("").replace("\"horizon_years\": 3", "\"horizon_years\": 3, \"uncertainty\": \"10\"");
        let Err(ReadError::Field { path, .. }) = read_json(&text) else { panic!("not refused") };
        assert_eq!(path, "uncertainty");
    }

    #[test]
    fn bad_scales_are_refused_by_their_path() {
        let with = |scale: &str| {
            let line = format!(r#", "costs": [{{"category": "labour", "timing": "one_off", "amount": "5", "scale": {scale}}}]"#);
            read_json(&file(&line).replace("\"version\": 1", "\"version\": 2"))
        };
        let Err(ReadError::Field { path, problem }) = with(r#"{"by": "employees", "per": "4"}"#) else { panic!() };
        let message = problem.to_string();
        assert_eq!(path, "options[0].costs[0].scale.by", "{message}");
        for per in ["\"0\"", "\"-1\"", "\"1000000000000001\""] {
            let Err(ReadError::Invalid(e)) = with(&format!(r#"{{"by": "customers", "per": {per}}}"#)) else { panic!("{per}") };
            assert_eq!(e[0].path, "options[0].costs[0].scale.per");
        }
        let Err(ReadError::Field { path, .. }) = with(r#"{"by": "customers"}"#) else { panic!() };
        assert_eq!(path, "options[0].costs[0].scale");
        assert!(with(r#"{"by": "customers", "per": "1000000000000000"}"#).is_ok());
    }

    #[test]
    fn not_json() {
        assert!(matches!(read_json("{\"format\": "), Err(ReadError::NotJson(_))));
        assert!(matches!(read_json("hello"), Err(ReadError::NotJson(_))));
    }

    #[test]
    fn wrong_format() {
        let other = file("").replace("crm-roi-scenario", "something-else");
        assert_eq!(read_json(&other), Err(ReadError::WrongFormat(Some("something-else".into()))));
        let missing = file("").replace("\"format\": \"crm-roi-scenario\",", "");
        assert_eq!(read_json(&missing), Err(ReadError::WrongFormat(None)));
        let number = file("").replace("\"crm-roi-scenario\"", "7");
        assert_eq!(read_json(&number), Err(ReadError::WrongFormat(None)));
        assert_eq!(read_json("[1, 2]"), Err(ReadError::WrongFormat(None)));
        assert_eq!(read_json("3"), Err(ReadError::WrongFormat(None)));
    }

    #[test]
    fn versions() {
        let v = |text: &str| read_json(&file("").replace("\"version\": 1", text));
        assert!(v("\"version\": 2").is_ok());
        assert_eq!(v("\"version\": 3"), Err(ReadError::NewerVersion(3)));
        assert_eq!(v("\"version\": 99999999999"), Err(ReadError::NewerVersion(u32::MAX)));
        assert_eq!(v("\"version\": 0"), Err(ReadError::BadVersion));
        assert_eq!(v("\"version\": -1"), Err(ReadError::BadVersion));
        assert_eq!(v("\"version\": 1.5"), Err(ReadError::BadVersion));
        assert_eq!(v("\"version\": \"1\""), Err(ReadError::BadVersion));
        assert_eq!(v("\"x\": 1"), Err(ReadError::BadVersion));
        assert!(v("\"version\": 1").is_ok());
    }

    #[test]
    fn value_out_of_range_names_the_field() {
        let text = file("").replace("\"annual_churn\": \"15\"", "\"annual_churn\": \"101\"");
        let Err(ReadError::Invalid(errors)) = read_json(&text) else { panic!("not refused") };
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "baseline.annual_churn");
        assert_eq!(errors[0].rule, Rule::Range { min: d("0"), max: Some(d("100")) });
        assert_eq!(ReadError::Invalid(errors).to_string(), "baseline.annual_churn must be between 0 and 100");
    }

    #[test]
    fn a_line_with_amount_and_quantity_is_refused() {
        let line = r#", "costs": [{"category": "labour", "timing": "recurring", "amount": "5",
            "quantity": "2", "unit_cost": "3"}]"#;
        let Err(ReadError::Field { path, problem }) = read_json(&file(line)) else { panic!("not refused") };
        let message = problem.to_string();
        assert_eq!(path, "options[0].costs[0]");
        assert!(message.contains("not both"), "{message}");
    }

    #[test]
    fn a_field_of_the_wrong_type_reports_its_path() {
        let text = file("").replace("\"horizon_years\": 3", "\"horizon_years\": \"three\"");
        let Err(ReadError::Field { path, .. }) = read_json(&text) else { panic!("not refused") };
        assert_eq!(path, "horizon_years");
        let text = file(r#", "levers": {"upsell_rate": true}"#);
        let Err(ReadError::Field { path, problem }) = read_json(&text) else { panic!("not refused") };
        let message = problem.to_string();
        assert_eq!(path, "options[0].levers.upsell_rate");
        assert_eq!(problem, Problem::WrongKind { expected: Kind::Number, found: Kind::YesNo }, "{message}");
        let text = file(r#", "realisation": ["50", "x"]"#);
        let Err(ReadError::Field { path, .. }) = read_json(&text) else { panic!("not refused") };
        assert_eq!(path, "options[0].realisation[1]");
        let line = r#", "costs": [{"category": "labour", "timing": "recurring", "amount": "5", "growth": []}]"#;
        let Err(ReadError::Field { path, problem }) = read_json(&file(line)) else { panic!("not refused") };
        let message = problem.to_string();
        assert_eq!(path, "options[0].costs[0].growth", "{message}");
        let text = file("").replace("\"customers\": \"100\",", "");
        let Err(ReadError::Field { path, problem }) = read_json(&text) else { panic!("not refused") };
        let message = problem.to_string();
        assert_eq!((path.as_str(), message.as_str()), ("baseline", "missing field `customers`"));
    }

    #[test]
    fn files_over_256_kib_are_refused_before_parsing() {
        let padding = " ".repeat(MAX_BYTES);
        let text = format!("{}{padding}", file(""));
        assert_eq!(read_json(&text), Err(ReadError::TooLarge { bytes: text.len() }));
        assert!(check_size(&" ".repeat(MAX_BYTES)).is_ok());
    }

    #[test]
    fn decimals_from_strings_and_numbers() {
        let text = file(r#", "levers": {"upsell_rate": 0.1, "cross_sell_rate": "0.2", "referral_rate": 3}"#);
        let s = read_json(&text).unwrap();
        // 0.1 as a JSON number reads as exactly 0.1, not 0.1000000000000000055511…
        assert_eq!(s.options[0].levers.upsell_rate, d("0.1"));
        assert_eq!(s.options[0].levers.cross_sell_rate, d("0.2"));
        assert_eq!(s.options[0].levers.referral_rate, d("3"));
        let text = file("").replace("\"discount_rate\": \"10\"", "\"discount_rate\": 7.25");
        assert_eq!(read_json(&text).unwrap().discount_rate, d("7.25"));
    }
}
