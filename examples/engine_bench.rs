//! Engine speed: the mean time of one `evaluate` of the whole default scenario (three
//! presets, 3 years), natively. Run with
//! `cargo run --profile bench-native --example engine_bench`.

use crm_roi::model::evaluate;
use crm_roi::model::presets::default_scenario;
use std::hint::black_box;
use std::time::Instant;

const WARM_UP: u32 = 2_000;
const ITERATIONS: u32 = 20_000;

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
}
