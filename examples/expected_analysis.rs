//! The analysis tests' oracle (tests/e2e/analysis.spec.ts): prints, as JSON, what the
//! analysis hooks of contract.md §4 must carry for a scenario, computed by the native
//! engine (`model::analysis::analyse`, the same code the analysis worker runs).
//!
//!   cargo run --example expected_analysis -- scenario.json   # a scenario file
//!   cargo run --example expected_analysis -- --default TWD   # the default scenario
//!
//! Output: `{"<testid>": {"input"?, "low"?, "high"?, "state"?, "value"?, "runs"?}}` for
//! every `tornado-<id>-<rank>`, `breakeven-<id>-<lever>` and `mc-<id>-…` hook.

use crm_roi::model::analysis::analyse;
use crm_roi::model::analysis::BreakEven;
use crm_roi::model::machine_value::{machine_value, metric_value};
use crm_roi::model::presets::default_scenario;
use crm_roi::model::scenario_file::read;
use crm_roi::model::Scenario;
use serde_json::{json, Map};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scenario: Scenario = match args.as_slice() {
        [flag, currency] if flag == "--default" => default_scenario(currency),
        [path] => {
            let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
            read(&text).unwrap_or_else(|e| fail(&e.to_string()))
        }
        _ => fail("usage: expected_analysis <scenario.json> | --default <CURRENCY>"),
    };
    let mut hooks = Map::new();
    for option in &scenario.options {
        let id = &option.id;
        let a = analyse(&scenario, option);
        for (rank, bar) in a.fast.tornado.iter().enumerate() {
            hooks.insert(
                format!("tornado-{id}-{}", rank + 1),
                json!({"input": bar.input.key(), "low": metric_value(&bar.npv_low), "high": metric_value(&bar.npv_high)}),
            );
        }
        for (lever, be) in &a.fast.break_even {
            let value = match be {
                BreakEven::Found(v) => machine_value(v),
                _ => String::new(),
            };
            hooks.insert(format!("breakeven-{id}-{}", lever.key()), json!({"state": be.state(), "value": value}));
        }
        let mc = &a.monte_carlo;
        if let Some(p) = &mc.npv {
            hooks.insert(format!("mc-{id}-npv-p10"), json!({"value": machine_value(&p.p10)}));
            hooks.insert(format!("mc-{id}-npv-p50"), json!({"value": machine_value(&p.p50)}));
            hooks.insert(format!("mc-{id}-npv-p90"), json!({"value": machine_value(&p.p90)}));
        }
        let roi = &a.fast.roi_definitions;
        for (hook, value) in [("discounted", &roi.discounted), ("simple", &roi.simple), ("first-year", &roi.first_year)] {
            hooks.insert(format!("roidef-{id}-{hook}"), json!({"value": metric_value(value)}));
        }
        hooks.insert(format!("mc-{id}-prob-positive"), json!({"value": machine_value(&mc.prob_positive), "runs": mc.runs.to_string()}));
    }
    println!("{}", serde_json::Value::Object(hooks));
}

fn fail(message: &str) -> ! {
    eprintln!("expected_analysis: {message}");
    std::process::exit(2)
}
