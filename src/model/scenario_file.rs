//! Reading a scenario file (contract.md §1): import, share link and saved scenarios.
//!
//! A file is read in three steps, each with its own kind of refusal:
//! 1. the header: `format` must be `crm-roi-scenario` and `version` an integer this
//!    build understands (older versions are migrated here, newer ones refused);
//! 2. the scenario itself, through `serde_path_to_error`, so a value of the wrong type
//!    names its field (`options[0].costs[1].amount`);
//! 3. [`validate`], so a value out of range names its field and rule.
//!
//! The reader is generic over the serde `Deserializer`, so the same code reads
//! `serde_json` text natively and a `JsValue` from `JSON.parse` in the browser
//! (through `serde_wasm_bindgen`).

use super::scenario::{Scenario, FORMAT, VERSION};
use super::validation::{validate, ValidationError};
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
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
    /// A field is missing or of the wrong type.
    Field { path: String, message: String },
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
            ReadError::Field { path, message } => write!(f, "{path}: {message}"),
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

/// Reads a scenario from a parsed document. `make` is called once per step (header,
/// then body), each time returning a deserializer over the same document, e.g.
/// `|| &json_value` or `|| serde_wasm_bindgen::Deserializer::from(js_value.clone())`.
pub fn read_with<'de, D, F>(make: F) -> Result<Scenario, ReadError>
where
    F: Fn() -> D,
    D: Deserializer<'de>,
{
    let header = Header::deserialize(make()).map_err(|_| ReadError::WrongFormat(None))?;
    match header.format {
        Some(Loose::Value(format)) if format == FORMAT => {}
        Some(Loose::Value(other)) => return Err(ReadError::WrongFormat(Some(other))),
        _ => return Err(ReadError::WrongFormat(None)),
    }
    let version = match header.version {
        Some(Loose::Value(v)) if v >= 1 => v,
        _ => return Err(ReadError::BadVersion),
    };
    if version > u64::from(VERSION) {
        return Err(ReadError::NewerVersion(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    // Version 1 is the only version so far. When version 2 comes, a file of version 1
    // is migrated here: read it as the old shape and convert it to the new `Scenario`.
    let scenario: Scenario = serde_path_to_error::deserialize(make())
        .map_err(|e| ReadError::Field { path: e.path().to_string(), message: e.into_inner().to_string() })?;
    validate(&scenario).map_err(ReadError::Invalid)?;
    Ok(scenario)
}

/// The two header fields; everything else in the document is skipped.
struct Header {
    format: Option<Loose<String>>,
    version: Option<Loose<u64>>,
}

/// A value of type `T`, or anything else (kept as "not what was expected"), so that a
/// header of the wrong type is reported as a wrong format or version, not a parse error.
#[derive(Deserialize)]
#[serde(untagged)]
enum Loose<T> {
    Value(T),
    #[allow(dead_code)] // only its presence matters
    Other(IgnoredAny),
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Only a JSON object is a scenario: a list or a number is refused here.
        d.deserialize_map(HeaderVisitor)
    }
}

struct HeaderVisitor;

impl<'de> Visitor<'de> for HeaderVisitor {
    type Value = Header;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a scenario object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
        let mut header = Header { format: None, version: None };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => header.format = Some(map.next_value()?),
                "version" => header.version = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(header)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::test_support::d;
    use crate::model::validation::Rule;
    use rust_decimal::Decimal;

    /// The native reader the browser's mirrors: size, JSON, then [`read_with`].
    pub(crate) fn read_json(text: &str) -> Result<Scenario, ReadError> {
        check_size(text)?;
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
        read_with(|| &value)
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
        assert_eq!(v("\"version\": 2"), Err(ReadError::NewerVersion(2)));
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
        let Err(ReadError::Field { path, message }) = read_json(&file(line)) else { panic!("not refused") };
        assert_eq!(path, "options[0].costs[0]");
        assert!(message.contains("not both"), "{message}");
    }

    #[test]
    fn a_field_of_the_wrong_type_reports_its_path() {
        let text = file("").replace("\"horizon_years\": 3", "\"horizon_years\": \"three\"");
        let Err(ReadError::Field { path, .. }) = read_json(&text) else { panic!("not refused") };
        assert_eq!(path, "horizon_years");
        let text = file(r#", "levers": {"upsell_rate": true}"#);
        let Err(ReadError::Field { path, message }) = read_json(&text) else { panic!("not refused") };
        assert_eq!(path, "options[0].levers.upsell_rate");
        assert!(message.contains("decimal"), "{message}");
        let text = file(r#", "realisation": ["50", "x"]"#);
        let Err(ReadError::Field { path, .. }) = read_json(&text) else { panic!("not refused") };
        assert_eq!(path, "options[0].realisation[1]");
        let line = r#", "costs": [{"category": "labour", "timing": "recurring", "amount": "5", "growth": []}]"#;
        let Err(ReadError::Field { path, message }) = read_json(&file(line)) else { panic!("not refused") };
        assert_eq!(path, "options[0].costs[0].growth", "{message}");
        let text = file("").replace("\"customers\": \"100\",", "");
        let Err(ReadError::Field { path, message }) = read_json(&text) else { panic!("not refused") };
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
