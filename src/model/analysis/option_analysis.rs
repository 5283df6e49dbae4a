//! The whole analysis of one option (model.md §3a). A worker computes the quick parts
//! first ([`analyse_fast`]: tornado, break-even, scenarios, ROI definitions, a few
//! milliseconds) and then the Monte Carlo simulation in slices
//! ([`super::MonteCarlo`]); [`analyse`] does everything at once.

use super::break_even::{break_even, BreakEven};
use super::monte_carlo::{McSummary, MonteCarlo, RUNS};
use super::roi_definitions::{roi_definitions, RoiDefinitions};
use super::scenario_set::{scenario_set, ScenarioSet};
use super::tornado::{tornado, TornadoBar};
use crate::model::levers::Lever;
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::undefined::Metric;

/// Everything but the simulation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FastAnalysis {
    pub option_id: String,
    /// The option's NPV as entered (the centre of the tornado).
    pub base_npv: Metric,
    pub tornado: Vec<TornadoBar>,
    /// Every lever, in [`Lever::ALL`] order.
    pub break_even: Vec<(Lever, BreakEven)>,
    pub scenarios: ScenarioSet,
    pub roi_definitions: RoiDefinitions,
}

/// The whole analysis of one option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionAnalysis {
    pub fast: FastAnalysis,
    pub monte_carlo: McSummary,
}

/// The quick parts of the analysis of option `o` in `s`.
pub fn analyse_fast(s: &Scenario, o: &StrategyOption) -> FastAnalysis {
    let scenarios = scenario_set(s, o);
    FastAnalysis {
        option_id: o.id.clone(),
        base_npv: scenarios.base.as_ref().map(|r| r.npv).map_err(|e| *e),
        tornado: tornado(s, o),
        break_even: break_even(s, o),
        roi_definitions: roi_definitions(&scenarios.base),
        scenarios,
    }
}

/// The whole analysis with [`RUNS`] simulation runs.
pub fn analyse(s: &Scenario, o: &StrategyOption) -> OptionAnalysis {
    OptionAnalysis { fast: analyse_fast(s, o), monte_carlo: MonteCarlo::new(s, o, RUNS).finish() }
}
