//! Engine speed, natively: the mean time of one `evaluate` of the whole default
//! scenario (three presets, 3 years), and of the whole analysis of model.md §3a
//! (tornado, break-even, scenarios, ROI definitions and 10 000 Monte Carlo runs for
//! each of the three options). Run with
//! `cargo run --profile bench-native --example engine_bench`.

use crm_roi::model::analysis::{analyse_fast, MonteCarlo, RUNS};
use crm_roi::model::evaluate;
use crm_roi::model::presets::default_scenario;
use std::hint::black_box;
use std::time::Instant;

const WARM_UP: u32 = 2_000;
const ITERATIONS: u32 = 20_000;
const ANALYSES: u32 = 5;

fn main() {
    let scenario = default_scenario("TWD");
    for _ in 0..WARM_UP {
        black_box(evaluate(black_box(&scenario)));
    }
    let start = Instant::now();
    for _ in 0..ITERATIONS {
        black_box(evaluate(black_box(&scenario)));
    }
    let mean = start.elapsed().as_secs_f64() * 1e6 / f64::from(ITERATIONS);
    println!("evaluate(default scenario): {mean:.1} µs per evaluation (mean of {ITERATIONS})");

    let (mut fast, mut mc) = (0.0, 0.0);
    for _ in 0..ANALYSES {
        for o in &scenario.options {
            let start = Instant::now();
            black_box(analyse_fast(black_box(&scenario), o));
            fast += start.elapsed().as_secs_f64();
            let start = Instant::now();
            black_box(MonteCarlo::new(black_box(&scenario), o, RUNS).finish());
            mc += start.elapsed().as_secs_f64();
        }
    }
    let per = |t: f64| t * 1e3 / f64::from(ANALYSES);
    println!(
        "analysis of the 3 default options: {:.1} ms (tornado, break-even, scenarios, ROI definitions {:.1} ms; Monte Carlo {} runs each {:.1} ms; mean of {ANALYSES})",
        per(fast + mc),
        per(fast),
        RUNS,
        per(mc)
    );
}
