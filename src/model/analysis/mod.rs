//! How sure is the answer (model.md §3a): the analysis of one option, computed off the
//! main thread (a Web Worker runs it; it is plain Rust and tested natively).
//!
//! - [`input_path`]: the inputs the analysis varies, named as in contract.md §4;
//! - [`spread`]: each input's low and high value;
//! - [`lean`]: NPV and ROI alone, with exactly the arithmetic of
//!   [`crate::model::evaluate_option`], for the many evaluations below;
//! - [`tornado`], [`break_even`], [`scenario_set`], [`monte_carlo`] (with [`rng`]),
//!   [`roi_definitions`]: the five parts of §3a;
//! - [`option_analysis`]: all of them for one option, the quick parts first.

pub mod option_analysis;
pub mod break_even;
pub mod input_path;
pub mod lean;
pub mod monte_carlo;
pub mod rng;
pub mod roi_definitions;
pub mod scenario_set;
pub mod spread;
pub mod tornado;

pub use option_analysis::{analyse, analyse_fast, FastAnalysis, OptionAnalysis};
pub use break_even::{break_even, BreakEven};
pub use input_path::AnalysisInput;
pub use lean::{lean_npv_roi, LeanResult};
pub use monte_carlo::{HistogramBin, McSummary, MonteCarlo, Percentiles, RUNS};
pub use roi_definitions::{roi_definitions, RoiDefinitions};
pub use scenario_set::{scenario_set, ScenarioSet};
pub use spread::{spread, Spread};
pub use tornado::{tornado, TornadoBar};
