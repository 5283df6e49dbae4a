//! What is stored in localStorage: the workspace and the view, wrapped with a schema
//! version so that a later build can migrate it forward. Reading refuses anything it
//! cannot fully trust (not JSON, a newer schema, a scenario out of range); the app
//! then starts from defaults, says so, and keeps the unreadable text under
//! [`BACKUP_KEY`] — nothing is silently discarded.

use super::workspace::Workspace;
use crate::json::{self, Value};
use crate::model::validation::validate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The localStorage key of the envelope.
pub const KEY: &str = "crm-roi:workspace";
/// Where unreadable stored text is kept for the visitor to download.
pub const BACKUP_KEY: &str = "crm-roi:backup";
/// The schema this build writes. Migrations from older schemas go in [`migrate`].
pub const SCHEMA: u32 = 1;

/// What was on screen besides the scenarios (either member may be left out).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    /// The option shown in detail.
    pub selected: String,
    /// Whether "every detail" of the option was open.
    pub details: bool,
}

/// The stored document: `{"schema", "workspace": {"active", "entries": [{"key",
/// "scenario", "updated"}]}, "view": {"selected", "details"}}`. A stored scenario is the
/// scenario file's document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    pub workspace: Workspace,
    #[serde(default)]
    pub view: ViewState,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    NotJson,
    /// Written by a newer build of the app.
    NewerSchema(u32),
    /// Readable JSON, but not an envelope we can trust; the reason in English.
    Invalid(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            StoreError::NotJson => f.write_str("not JSON"),
            StoreError::NewerSchema(v) => write!(f, "written by a newer version (schema {v})"),
            StoreError::Invalid(why) => write!(f, "{why}"),
        }
    }
}


/// Brings an older envelope up to [`SCHEMA`]. There is no older schema yet: the first
/// change of the stored format adds a step here (schema N → N + 1, with a stored
/// sample of schema N in the tests).
fn migrate(schema: u32) -> Result<(), StoreError> {
    match schema {
        SCHEMA => Ok(()),
        v if v > SCHEMA => Err(StoreError::NewerSchema(v)),
        v => Err(StoreError::Invalid(format!("unknown schema {v}"))),
    }
}

/// Reads the stored text: JSON, the schema (migrated forward), then the envelope, whose
/// scenarios are checked by the same rules as an imported file.
pub fn read(text: &str) -> Result<Envelope, StoreError> {
    let document = json::parse(text).map_err(|_| StoreError::NotJson)?;
    let schema = document.get("schema").and_then(Value::as_u64).and_then(|v| u32::try_from(v).ok());
    migrate(schema.ok_or_else(|| StoreError::Invalid("no schema".into()))?)?;
    let envelope: Envelope = json::de::from_value(&document).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let w = &envelope.workspace;
    if w.entries.is_empty() {
        return Err(StoreError::Invalid("no scenario".into()));
    }
    for entry in &w.entries {
        if let Err(errors) = validate(&entry.scenario) {
            let first = errors.first().map(ToString::to_string).unwrap_or_default();
            return Err(StoreError::Invalid(format!("scenario {}: {first}", entry.key)));
        }
    }
    Ok(envelope)
}

/// The envelope as JSON text (members in the order of the types' fields).
pub fn to_json(e: &Envelope) -> String {
    json::ser::to_string(e)
}

impl Envelope {
    pub fn new(workspace: Workspace, view: ViewState) -> Self {
        Envelope { schema: SCHEMA, workspace, view }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;

    fn sample() -> Envelope {
        let mut w = Workspace::new(default_scenario("TWD"), 1);
        let mut other = default_scenario("USD");
        other.name = "第二個方案".into();
        w.add(other, 2);
        Envelope::new(w, ViewState { selected: "automated".into(), details: true })
    }

    #[test]
    fn round_trip_is_lossless() {
        let e = sample();
        let text = to_json(&e);
        assert_eq!(read(&text), Ok(e));
    }

    /// A stored sample of schema 1 as this build writes it; later builds must keep
    /// reading it (through their migrations).
    #[test]
    fn reads_a_stored_schema_1_sample() {
        let text = r#"{"schema":1,"workspace":{"active":"s1","entries":[{"key":"s1","updated":0,"scenario":
            {"format":"crm-roi-scenario","version":1,"name":"x","currency":"TWD","horizon_years":3,"discount_rate":"10",
             "baseline":{"customers":"1000","new_customers_per_year":"200","annual_revenue_per_customer":"12000",
               "gross_margin":"40","annual_churn":"20","acquisition_cost":"3000","service_contacts_per_customer":"4",
               "cost_per_contact":"150","marketing_spend":"500000","average_order_value":"2500"},
             "options":[{"id":"a","kind":"custom","costs":[]}]}}]},"view":{"selected":"a","details":false}}"#;
        let e = read(text).unwrap();
        assert_eq!(e.workspace.entries[0].scenario.options[0].id, "a");
        assert_eq!(e.view.selected, "a");
    }

    /// The workspace as the build before file version 2 stored it (generated by that
    /// build: two scenarios, TWD and USD, with the old fixed presets). It must open
    /// with the same numbers, and is written back as file version 2.
    #[test]
    fn reads_the_workspace_stored_before_file_version_2() {
        let text = include_str!("../../tests/support/stored-workspace-v1.json");
        assert!(text.contains(r#""version":1"#) && !text.contains("scale"));
        let e = read(text).unwrap();
        assert_eq!(e.view, ViewState { selected: "automated".into(), details: true });
        assert_eq!(e.workspace.entries.len(), 2);
        for entry in &e.workspace.entries {
            let s = &entry.scenario;
            assert!(s.options.iter().flat_map(|o| &o.costs).all(|c| c.scale.is_none()));
            // The old presets' figures (module docs of model::presets at that build):
            // NPV 362 372, 82 984 and 177 979 whatever the currency label.
            let npv: Vec<_> = crate::model::evaluate(s)
                .options
                .iter()
                .map(|r| r.as_ref().map(|r| r.npv.round_dp(0)).unwrap())
                .collect();
            assert_eq!(npv, [362372.into(), 82984.into(), 177979.into()], "{}", s.currency);
        }
        assert_eq!(e.workspace.entries[0].scenario.name, "我的計畫");
        let again = to_json(&e);
        assert!(again.contains(r#""version":2"#) && !again.contains(r#""version":1"#));
        assert_eq!(read(&again), Ok(e));
    }

    #[test]
    fn refuses_what_it_cannot_trust() {
        assert_eq!(read("{not json"), Err(StoreError::NotJson));
        assert_eq!(read(r#"{"schema":2,"workspace":{}}"#), Err(StoreError::NewerSchema(2)));
        assert!(matches!(read(r#"{"workspace":{}}"#), Err(StoreError::Invalid(_))));
        assert!(matches!(read(r#"{"schema":1,"workspace":{"active":"s1","entries":[]}}"#), Err(StoreError::Invalid(_))));
        // A scenario out of range (churn 150 %) is refused, naming the field.
        let mut e = sample();
        e.workspace.entries[0].scenario.baseline.annual_churn = 150.into();
        let err = read(&to_json(&e)).unwrap_err();
        assert!(err.to_string().contains("annual_churn"), "{err}");
    }
}
