//! The browser tests' oracle: prints, as JSON, the `data-value` every result hook of
//! contract.md §4 must carry for a scenario, computed by the native engine. The tests
//! compare the page against it, so a page that shows anything but the engine's result
//! fails.
//!
//!   cargo run --example expected_hooks -- scenario.json   # a scenario file
//!   cargo run --example expected_hooks -- --default TWD   # the default scenario
//!
//! With `--default` it also prints the scenario itself under `"scenario"`. With
//! `--analysis` first (`-- --analysis --default TWD`) it adds the analysis hooks of
//! model.md §3a, computed as the worker computes them (the simulation is seeded by the
//! scenario, so they are exactly reproducible): `"tornado-<id>-<rank>": {"input",
//! "low", "high"}`, `"breakeven-<id>-<lever>": {"state", "value"}`,
//! `"mc-<id>-npv-p10|p50|p90": {"value"}`, `"mc-<id>-prob-positive": {"value", "runs"}`.

use crm_roi::model::analysis::{analyse, BreakEven};
use crm_roi::model::machine_value::{machine_value, metric_value};
use crm_roi::model::metric::MetricId;
use crm_roi::model::presets::default_scenario;
use crm_roi::model::scenario_file::read;
use crm_roi::model::{evaluate, Scenario};
use serde_json::{json, Map, Value};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let with_analysis = args.first().is_some_and(|a| a == "--analysis");
    if with_analysis {
        args.remove(0);
    }
    let (scenario, print_scenario): (Scenario, bool) = match args.as_slice() {
        [flag, currency] if flag == "--default" => (default_scenario(currency), true),
        [path] => {
            let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
            (read(&text).unwrap_or_else(|e| fail(&e.to_string())), false)
        }
        _ => fail("usage: expected_hooks [--analysis] <scenario.json> | --default <CURRENCY>"),
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
    if with_analysis {
        analysis_hooks(&scenario, &mut hooks);
    }
    let mut out = json!({ "hooks": hooks });
    if print_scenario {
        out["scenario"] = serde_json::to_value(&scenario).unwrap_or(Value::Null);
    }
    println!("{out}");
}

/// The hooks of the analysis of every option.
fn analysis_hooks(scenario: &Scenario, hooks: &mut Map<String, Value>) {
    for option in &scenario.options {
        let id = &option.id;
        let a = analyse(scenario, option);
        for (rank, bar) in (1..).zip(&a.fast.tornado) {
            let (low, high) = (metric_value(&bar.npv_low), metric_value(&bar.npv_high));
            hooks.insert(format!("tornado-{id}-{rank}"), json!({"input": bar.input.key(), "low": low, "high": high}));
        }
        for (lever, result) in &a.fast.break_even {
            let value = if let BreakEven::Found(v) = result { machine_value(v) } else { String::new() };
            hooks.insert(format!("breakeven-{id}-{}", lever.key()), json!({"state": result.state(), "value": value}));
        }
        let mc = &a.monte_carlo;
        if let Some(p) = mc.npv {
            for (name, v) in [("p10", p.p10), ("p50", p.p50), ("p90", p.p90)] {
                hooks.insert(format!("mc-{id}-npv-{name}"), json!({"value": machine_value(&v)}));
            }
        }
        let prob = if mc.npv.is_some() { machine_value(&mc.prob_positive) } else { String::new() };
        hooks.insert(format!("mc-{id}-prob-positive"), json!({"value": prob, "runs": mc.runs.to_string()}));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("expected_hooks: {message}");
    std::process::exit(2)
}
