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

/// One bar: the input, its low and high value as shown (a line's money today at its
/// low and high factor, [`shown_value`]), and the NPV at each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TornadoBar {
    pub input: AnalysisInput,
    /// The input's value at the low and high end (a line's factor, 1 as entered).
    pub low: Decimal,
    pub high: Decimal,
    pub low_value: Result<Decimal, Undefined>,
    pub high_value: Result<Decimal, Undefined>,
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
    let mut bars: Vec<(usize, TornadoBar)> = tornado_inputs(s, o)
        .into_iter()
        .map(|input| {
            let Spread { low, high, .. } = spread(s, o, input);
            TornadoBar {
                input,
                low,
                high,
                low_value: shown_value(s, o, input, low),
                high_value: shown_value(s, o, input, high),
                npv_low: npv_with(s, o, input, low),
                npv_high: npv_with(s, o, input, high),
            }
        })
        .enumerate()
        .collect();
    // Widest first, then input order (the index as tie-breaker: an unstable sort's
    // code is smaller than a stable one's).
    bars.sort_unstable_by(|(i, a), (j, b)| {
        let by_swing = match (a.swing(), b.swing()) {
            (Ok(x), Ok(y)) => y.cmp(&x),
            (Ok(_), Err(_)) => Ordering::Less,
            (Err(_), Ok(_)) => Ordering::Greater,
            (Err(_), Err(_)) => Ordering::Equal,
        };
        by_swing.then(i.cmp(j))
    });
    let bars: Vec<TornadoBar> = bars.into_iter().map(|(_, bar)| bar).collect();
    bars
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lever_ranges::LeverRange;
    use crate::model::presets::default_scenario;
    use crate::model::results::evaluate_option;
    use crate::model::test_support::d;

    fn base_npv(s: &Scenario, o: &StrategyOption) -> Decimal {
        evaluate_option(s, o).unwrap().npv
    }

    #[test]
    fn at_zero_uncertainty_every_bar_is_flat_at_the_base_npv() {
        let mut s = default_scenario("TWD");
        s.uncertainty = Decimal::ZERO;
        for o in &s.options {
            let base = base_npv(&s, o);
            let bars = tornado(&s, o);
            assert_eq!(bars.len(), tornado_inputs(&s, o).len());
            for bar in &bars {
                assert_eq!((bar.npv_low, bar.npv_high), (Ok(base), Ok(base)), "{:?}", bar.input);
                assert_eq!(bar.low_value, bar.high_value);
            }
            // All swings are 0: the order is the input order.
            let inputs: Vec<AnalysisInput> = bars.iter().map(|b| b.input).collect();
            assert_eq!(inputs, tornado_inputs(&s, o));
        }
    }

    #[test]
    fn inputs_are_fields_rate_non_zero_levers_lines_and_risks() {
        let s = default_scenario("TWD");
        let mut o = s.options[0].clone();
        // Personalised: churn_reduction, revenue_uplift and referral_rate are non-zero.
        let levers = |inputs: &[AnalysisInput]| -> Vec<Lever> {
            inputs.iter().filter_map(|i| if let AnalysisInput::Lever(l) = i { Some(*l) } else { None }).collect()
        };
        let inputs = tornado_inputs(&s, &o);
        assert_eq!(levers(&inputs), [Lever::ChurnReduction, Lever::RevenueUplift, Lever::ReferralRate]);
        assert_eq!(inputs.len(), 10 + 1 + 3 + o.costs.len() + o.custom_benefits.len() + 2);
        assert_eq!(inputs[10], AnalysisInput::DiscountRate);
        assert_eq!(inputs.last(), Some(&AnalysisInput::CostRisk));
        // A lever at 0 with a range that is not flat is an input too.
        o.ranges.upsell_rate = Some(LeverRange { low: d("0"), high: d("2") });
        assert!(levers(&tornado_inputs(&s, &o)).contains(&Lever::UpsellRate));
    }

    #[test]
    fn bars_are_sorted_by_swing_with_ties_in_input_order() {
        let s = default_scenario("TWD");
        for o in &s.options {
            let inputs = tornado_inputs(&s, o);
            let bars = tornado(&s, o);
            let position = |i: &AnalysisInput| inputs.iter().position(|x| x == i).unwrap();
            for pair in bars.windows(2) {
                let (a, b) = (pair[0].swing().unwrap(), pair[1].swing().unwrap());
                assert!(a >= b, "{a} before {b}");
                if a == b {
                    assert!(position(&pair[0].input) < position(&pair[1].input), "tie out of input order");
                }
            }
            // Each bar's ends are the NPV with that one input moved (checked against the
            // full evaluation for the widest bar).
            let top = &bars[0];
            let (mut s2, mut o2) = (s.clone(), o.clone());
            crate::model::analysis::spread::set_input(&mut s2, &mut o2, o, top.input, spread(&s, o, top.input).high);
            assert_eq!(top.npv_high, Ok(base_npv(&s2, &o2)));
            // Churn matters: the baseline churn has a swing.
            assert!(bars.iter().any(|b| b.input == AnalysisInput::Baseline(BaselineField::AnnualChurn)
                && b.swing().unwrap() > Decimal::ZERO));
        }
    }

    #[test]
    fn an_undefined_end_sorts_last() {
        // 10^15 customers × 4 × 10^13 revenue = 4 × 10^28 fits; at U = 100 % the high
        // revenue, 8 × 10^28, does not: a line scaled by revenue overflows there.
        let mut s = default_scenario("TWD");
        s.baseline.customers = d("1000000000000000");
        s.baseline.annual_revenue_per_customer = d("40000000000000");
        s.uncertainty = d("100");
        let mut o = crate::model::presets::preset_option(crate::model::OptionKind::Custom, "c", "TWD");
        let line = crate::model::BenefitLine::new("x", crate::model::Timing::OneOff { amount: crate::model::Amount::Fixed(d("1")) });
        o.custom_benefits = vec![crate::model::BenefitLine {
            scale: Some(crate::model::Scale { by: crate::model::Driver::Revenue, per: d("1") }),
            ..line
        }];
        let bars = tornado(&s, &o);
        let at = bars.iter().position(|b| b.swing().is_err()).expect("an undefined bar");
        assert!(bars[at..].iter().all(|b| b.swing().is_err()), "defined bars after undefined ones");
        assert!(bars[..at].iter().all(|b| b.swing().is_ok()));
        let revenue = AnalysisInput::Baseline(BaselineField::AnnualRevenuePerCustomer);
        let bar = bars.iter().find(|b| b.input == revenue).unwrap();
        assert!(bar.npv_low.is_ok() && bar.npv_high == Err(Undefined::Overflow));
    }
}
