//! The browser tests' oracle: prints, as JSON, the `data-value` every result hook of
//! contract.md §4 must carry for a scenario, computed by the native engine. The tests
//! compare the page against it, so a page that shows anything but the engine's result
//! fails.
//!
//!   cargo run --example expected_hooks -- scenario.json   # a scenario file
//!   cargo run --example expected_hooks -- --default TWD   # the default scenario
//!   cargo run --example expected_hooks -- --default TWD customers=2000 annual_churn=12.5
//!
//! With `--default` it also prints the scenario itself under `"scenario"`. Answers
//! after it (`field=value`, baseline fields in the file's terms) are applied in order
//! through the same edit the form sends (`model::edit`, `Edit::Baseline`), so figures
//! that still are the example's follow them as they do in the page (model.md §4).

use crm_roi::model::machine_value::{machine_value, metric_value};
use crm_roi::model::metric::MetricId;
use crm_roi::model::presets::default_scenario;
use crm_roi::model::scenario_file::read;
use crm_roi::model::baseline::BaselineField;
use crm_roi::model::edit::{apply, Edit};
use crm_roi::model::{evaluate, Scenario};
use rust_decimal::Decimal;
use std::str::FromStr;
use serde_json::{json, Map, Value};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (scenario, print_scenario): (Scenario, bool) = match args.as_slice() {
        [flag, currency, answers @ ..] if flag == "--default" => (answered(default_scenario(currency), answers), true),
        [path] => {
            let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
            (read(&text).unwrap_or_else(|e| fail(&e.to_string())), false)
        }
        _ => fail("usage: expected_hooks <scenario.json> | --default <CURRENCY> [field=value …]"),
    };
    let results = evaluate(&scenario);
    let mut hooks = Map::new();
    hooks.insert("result-baseline-clv".into(), json!(metric_value(&results.baseline.clv)));
    for (option, r) in scenario.options.iter().zip(&results.options) {
        for m in MetricId::ALL {
            hooks.insert(format!("result-{}-{}", option.id, m.key()), json!(metric_value(&m.of_option(r))));
        }
        if let Ok(r) = r {
            for y in &r.years {
                hooks.insert(
                    format!("cashflow-{}-{}", option.id, y.year),
                    json!({"benefit": machine_value(&y.benefit), "cost": machine_value(&y.cost), "net": machine_value(&y.net)}),
                );
            }
        }
    }
    let mut out = json!({ "hooks": hooks });
    if print_scenario {
        out["scenario"] = serde_json::from_str(&crm_roi::model::scenario_file::write(&scenario)).unwrap_or(Value::Null);
    }
    println!("{out}");
}

/// `scenario` after each `field=value` answer, sent as the form sends it.
fn answered(mut scenario: Scenario, answers: &[String]) -> Scenario {
    for answer in answers {
        let (key, value) = answer.split_once('=').unwrap_or_else(|| fail(&format!("{answer}: not field=value")));
        let field = BaselineField::ALL.into_iter().find(|f| f.key() == key).unwrap_or_else(|| fail(&format!("{key}: no such field")));
        let value = Decimal::from_str(value).unwrap_or_else(|e| fail(&format!("{value}: {e}")));
        scenario = apply(&scenario, &Edit::Baseline(field, value)).unwrap_or_else(|r| fail(&format!("{answer}: refused ({:?})", r.why))).scenario;
    }
    scenario
}

fn fail(message: &str) -> ! {
    eprintln!("expected_hooks: {message}");
    std::process::exit(2)
}
