//! The tornado (model.md §3a): for each input of an option, NPV with the input at its
//! low and at its high value, everything else at base; widest swing first.
//!
//! Inputs, in this order (the "input order" that breaks ties): the ten baseline fields,
//! the discount rate, each lever that is non-zero *or* has a range of non-zero width (a
//! lever at 0 that the visitor says may reach 5 % matters), each cost line, each custom
//! benefit line, benefit risk, cost risk.

use super::input_path::AnalysisInput;
use super::lean::lean_npv_roi;
use super::spread::{shown_value, spread, Spread};
use crate::model::baseline::BaselineField;
use crate::model::checked::Checked;
use crate::model::levers::Lever;
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::undefined::Undefined;
use rust_decimal::Decimal;
use std::cmp::Ordering;

/// One bar: the input, its low and high value as shown (a line's money at its low and
/// high factor), and the NPV at each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TornadoBar {
    pub input: AnalysisInput,
    pub low_value: Decimal,
    pub high_value: Decimal,
    pub npv_low: Result<Decimal, Undefined>,
    pub npv_high: Result<Decimal, Undefined>,
}

impl TornadoBar {
    /// |npv_high − npv_low|; undefined when either end is.
    pub fn swing(&self) -> Result<Decimal, Undefined> {
        Ok(self.npv_high?.try_sub(self.npv_low?)?.abs())
    }
}

/// The inputs of the tornado of `o`, in input order.
pub fn tornado_inputs(s: &Scenario, o: &StrategyOption) -> Vec<AnalysisInput> {
    let mut inputs: Vec<AnalysisInput> = BaselineField::ALL.into_iter().map(AnalysisInput::Baseline).collect();
    inputs.push(AnalysisInput::DiscountRate);
    inputs.extend(
        Lever::ALL
            .into_iter()
            .filter(|l| !o.levers.get(*l).is_zero() || !spread(s, o, AnalysisInput::Lever(*l)).is_flat())
            .map(AnalysisInput::Lever),
    );
    inputs.extend((0..o.costs.len()).map(AnalysisInput::Cost));
    inputs.extend((0..o.custom_benefits.len()).map(AnalysisInput::Benefit));
    inputs.extend([AnalysisInput::BenefitRisk, AnalysisInput::CostRisk]);
    inputs
}

/// NPV of `o` in `s` with `input` at `value`, all else at base.
pub(crate) fn npv_with(s: &Scenario, o: &StrategyOption, input: AnalysisInput, value: Decimal) -> Result<Decimal, Undefined> {
    let (mut s_work, mut o_work) = (scenario_without_options(s), o.clone());
    super::spread::set_input(&mut s_work, &mut o_work, o, input, value);
    lean_npv_roi(&s_work, &o_work).map(|r| r.npv)
}

/// `s` without its options (the engine evaluates one option at a time; cloning the
/// others would only cost time).
pub(crate) fn scenario_without_options(s: &Scenario) -> Scenario {
    Scenario {
        format: s.format,
        version: s.version,
        name: String::new(),
        currency: s.currency.clone(),
        horizon_years: s.horizon_years,
        discount_rate: s.discount_rate,
        baseline: s.baseline.clone(),
        options: Vec::new(),
        uncertainty: s.uncertainty,
    }
}

/// The bars of `o`'s tornado, sorted by swing, widest first; ties (and flat bars) in
/// input order; bars with an undefined end last, in input order.
pub fn tornado(s: &Scenario, o: &StrategyOption) -> Vec<TornadoBar> {
    let mut bars: Vec<TornadoBar> = tornado_inputs(s, o)
        .into_iter()
        .map(|input| {
            let Spread { low, high, .. } = spread(s, o, input);
            TornadoBar {
                input,
                low_value: shown_value(o, input, low),
                high_value: shown_value(o, input, high),
                npv_low: npv_with(s, o, input, low),
                npv_high: npv_with(s, o, input, high),
            }
        })
        .collect();
    // A stable sort keeps input order among equal swings.
    bars.sort_by(|a, b| match (a.swing(), b.swing()) {
        (Ok(x), Ok(y)) => y.cmp(&x),
        (Ok(_), Err(_)) => Ordering::Less,
        (Err(_), Ok(_)) => Ordering::Greater,
        (Err(_), Err(_)) => Ordering::Equal,
    });
    bars
}
