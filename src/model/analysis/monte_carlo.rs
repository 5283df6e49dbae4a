//! The Monte Carlo simulation (model.md §3a): each ranged input of the option drawn
//! independently from a triangular distribution (low, base, high), NPV and ROI per
//! run, then percentiles, the probability that NPV > 0, and a histogram.
//!
//! - **Drawn:** every lever (its range, or ±U %) and every cost line and custom benefit
//!   line (its factor, 1 ± U/100; see [`super::spread`]). **Not drawn:** the baseline
//!   fields and the discount rate — they are the visitor's own known figures, and the
//!   tornado shows how much they matter — nor the risks, which already are the
//!   visitor's allowance for uncertainty. An input whose spread has zero width is not
//!   drawn, so with all of them flat every run *is* the base case and every percentile
//!   equals the base NPV exactly.
//! - **Seed:** [`super::rng::seed_of`] the scenario's figures and the option id; the
//!   same scenario gives the same figures, natively and in wasm.
//! - **Runs** are done in slices ([`MonteCarlo::step`]), so a worker can post partial
//!   results; [`MonteCarlo::summary`] is valid at any time. [`RUNS`] is the product
//!   default. Each run uses [`super::lean`], NPV and ROI with the arithmetic of §3.
//! - **Percentiles** by nearest rank: P_p is the ⌈p/100 × n⌉-th smallest of the n
//!   defined values (P50 of 10 000 runs is the 5 000th). A run whose NPV overflows is
//!   counted in `undefined_runs` and left out.
//! - **ROI** percentiles only when every run has an ROI (a run without costs has
//!   none); otherwise `None`.

use super::input_path::AnalysisInput;
use super::lean::{lean_with, OptionFactors, Prepared};
use super::rng::{seed_of, Rng, Triangular};
use super::spread::{set_input, spread};
use super::tornado::scenario_without_options;
use crate::model::checked::Checked;
use crate::model::levers::Lever;
use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use rust_decimal::Decimal;

/// Runs per option, the product default.
pub const RUNS: u32 = 10_000;
/// Bars of the histogram.
pub const BINS: usize = 20;

/// P10, P50 and P90 (nearest rank).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Percentiles {
    pub p10: Decimal,
    pub p50: Decimal,
    pub p90: Decimal,
}

/// Runs whose NPV lies in `low ..= high` (`low ..< high` but for the last bin).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HistogramBin {
    pub low: Decimal,
    pub high: Decimal,
    pub count: u32,
}

/// What the runs so far show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct McSummary {
    /// Runs done.
    pub runs: u32,
    /// Runs planned.
    pub planned: u32,
    /// NPV percentiles; `None` before the first run with a defined NPV.
    pub npv: Option<Percentiles>,
    /// ROI percentiles; `None` unless every run has an ROI.
    pub roi: Option<Percentiles>,
    /// % of the runs with a defined NPV whose NPV is > 0 (0 without runs).
    pub prob_positive: Decimal,
    /// Runs whose NPV overflowed (left out of the figures above).
    pub undefined_runs: u32,
    /// [`BINS`] bins from the lowest to the highest NPV (one bin when all are equal,
    /// none without runs).
    pub histogram: Vec<HistogramBin>,
}

impl McSummary {
    /// Whether every planned run is done.
    pub fn is_done(&self) -> bool {
        self.runs >= self.planned
    }
}

/// One drawn input.
#[derive(Clone, Debug)]
struct Draw {
    input: AnalysisInput,
    distribution: Triangular,
}

/// A simulation of one option, run in slices.
#[derive(Clone, Debug)]
pub struct MonteCarlo {
    scenario: Scenario,
    base: StrategyOption,
    work: StrategyOption,
    prepared: Prepared,
    factors: OptionFactors,
    draws: Vec<Draw>,
    rng: Rng,
    planned: u32,
    runs: u32,
    npvs: Vec<Decimal>,
    rois: Vec<Decimal>,
    roi_undefined: u32,
    undefined_runs: u32,
}

impl MonteCarlo {
    /// A simulation of `runs` runs of option `o` in `s`; nothing is run yet.
    pub fn new(s: &Scenario, o: &StrategyOption, runs: u32) -> Self {
        let scenario = scenario_without_options(s);
        let inputs = Lever::ALL
            .into_iter()
            .map(AnalysisInput::Lever)
            .chain((0..o.costs.len()).map(AnalysisInput::Cost))
            .chain((0..o.custom_benefits.len()).map(AnalysisInput::Benefit));
        let draws = inputs
            .filter_map(|input| {
                let sp = spread(s, o, input);
                Triangular::new(sp.low, sp.base, sp.high).map(|distribution| Draw { input, distribution })
            })
            .collect();
        let capacity = usize::try_from(runs).unwrap_or(0).min(1 << 20);
        let prepared = Prepared::new(&scenario);
        MonteCarlo {
            factors: OptionFactors::new(&prepared, o),
            prepared,
            scenario,
            base: o.clone(),
            work: o.clone(),
            draws,
            rng: Rng::new(seed_of(s, o)),
            planned: runs,
            runs: 0,
            npvs: Vec::with_capacity(capacity),
            rois: Vec::with_capacity(capacity),
            roi_undefined: 0,
            undefined_runs: 0,
        }
    }

    /// Runs up to `max_runs` more (never beyond the planned number); returns the runs
    /// done so far.
    pub fn step(&mut self, max_runs: u32) -> u32 {
        let todo = self.planned.saturating_sub(self.runs).min(max_runs);
        for _ in 0..todo {
            self.run_once();
        }
        self.runs
    }

    /// Runs everything left; returns the summary.
    pub fn finish(&mut self) -> McSummary {
        self.step(u32::MAX);
        self.summary()
    }

    pub fn is_done(&self) -> bool {
        self.runs >= self.planned
    }

    fn run_once(&mut self) {
        for draw in &self.draws {
            let value = draw.distribution.draw(&mut self.rng);
            set_input(&mut self.scenario, &mut self.work, &self.base, draw.input, value);
        }
        match lean_with(&self.prepared, &self.factors, &self.scenario, &self.work) {
            Ok(r) => {
                self.npvs.push(r.npv);
                match r.roi {
                    Ok(roi) => self.rois.push(roi),
                    Err(_) => self.roi_undefined = self.roi_undefined.saturating_add(1),
                }
            }
            Err(_) => self.undefined_runs = self.undefined_runs.saturating_add(1),
        }
        self.runs = self.runs.saturating_add(1);
    }

    /// The figures of the runs so far.
    pub fn summary(&self) -> McSummary {
        let mut npvs = self.npvs.clone();
        npvs.sort_unstable();
        let positive = npvs.iter().filter(|v| **v > Decimal::ZERO).count();
        let roi = if self.roi_undefined == 0 {
            let mut rois = self.rois.clone();
            rois.sort_unstable();
            percentiles(&rois)
        } else {
            None
        };
        McSummary {
            runs: self.runs,
            planned: self.planned,
            npv: percentiles(&npvs),
            roi,
            prob_positive: share_percent(positive, npvs.len()),
            undefined_runs: self.undefined_runs,
            histogram: histogram(&npvs),
        }
    }
}

/// `part / whole × 100`, 0 when `whole` is 0.
fn share_percent(part: usize, whole: usize) -> Decimal {
    if whole == 0 {
        return Decimal::ZERO;
    }
    Decimal::from(part)
        .try_mul(Decimal::ONE_HUNDRED)
        .and_then(|p| p.try_div(Decimal::from(whole)))
        .unwrap_or(Decimal::ZERO)
}

/// The ⌈p/100 × n⌉-th smallest of `sorted` (nearest rank), p in 1..=100.
pub fn nearest_rank(sorted: &[Decimal], p: usize) -> Option<Decimal> {
    let n = sorted.len();
    let rank = n.checked_mul(p)?.div_ceil(100).max(1);
    sorted.get(rank.checked_sub(1)?).copied()
}

fn percentiles(sorted: &[Decimal]) -> Option<Percentiles> {
    Some(Percentiles {
        p10: nearest_rank(sorted, 10)?,
        p50: nearest_rank(sorted, 50)?,
        p90: nearest_rank(sorted, 90)?,
    })
}

/// [`BINS`] equal bins from the first to the last of `sorted`.
pub fn histogram(sorted: &[Decimal]) -> Vec<HistogramBin> {
    let (Some(&min), Some(&max)) = (sorted.first(), sorted.last()) else {
        return Vec::new();
    };
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let width = max.try_sub(min).and_then(|w| w.try_div(Decimal::from(BINS as u32)));
    let width = match width {
        Ok(w) if !w.is_zero() => w,
        _ => return vec![HistogramBin { low: min, high: max, count: count(sorted.len()) }],
    };
    let mut bins = Vec::with_capacity(BINS);
    let mut rest = sorted;
    let mut low = min;
    for i in 1..=BINS {
        let high = if i == BINS {
            max
        } else {
            Decimal::from(i as u32).try_mul(width).and_then(|w| min.try_add(w)).unwrap_or(max)
        };
        let inside = if i == BINS { rest.len() } else { rest.partition_point(|v| *v < high) };
        let (here, later) = rest.split_at(inside.min(rest.len()));
        bins.push(HistogramBin { low, high, count: count(here.len()) });
        rest = later;
        low = high;
    }
    bins
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::lever_ranges::LeverRange;
    use crate::model::presets::default_scenario;
    use crate::model::results::evaluate_option;
    use crate::model::test_support::d;

    #[test]
    fn with_every_spread_flat_every_percentile_is_the_base_npv() {
        let mut s = default_scenario("TWD");
        s.uncertainty = Decimal::ZERO;
        for o in &mut s.options {
            // Ranges of zero width: [v, v].
            for lever in Lever::ALL {
                let v = o.levers.get(lever);
                o.ranges.set(lever, Some(LeverRange { low: v, high: v }));
            }
        }
        for o in &s.options {
            let base = evaluate_option(&s, o).unwrap();
            let summary = MonteCarlo::new(&s, o, 500).finish();
            let p = summary.npv.unwrap();
            assert_eq!((p.p10, p.p50, p.p90), (base.npv, base.npv, base.npv));
            let roi = summary.roi.unwrap();
            assert_eq!((roi.p10, roi.p50, roi.p90), (base.roi.unwrap(), base.roi.unwrap(), base.roi.unwrap()));
            let expected = if base.npv > Decimal::ZERO { d("100") } else { Decimal::ZERO };
            assert_eq!(summary.prob_positive, expected);
            assert_eq!(summary.histogram, vec![HistogramBin { low: base.npv, high: base.npv, count: 500 }]);
        }
    }

    #[test]
    fn the_same_scenario_gives_the_same_figures() {
        let s = default_scenario("TWD");
        let o = &s.options[0];
        let a = MonteCarlo::new(&s, o, 2_000).finish();
        let b = MonteCarlo::new(&s.clone(), &o.clone(), 2_000).finish();
        assert_eq!(a, b);
        // In slices or at once: the same.
        let mut sliced = MonteCarlo::new(&s, o, 2_000);
        while !sliced.is_done() {
            sliced.step(333);
        }
        assert_eq!(sliced.summary(), a);
        // Another scenario, other draws.
        let mut other = s.clone();
        other.uncertainty = d("21");
        assert_ne!(MonteCarlo::new(&other, &other.options[0], 2_000).finish().npv, a.npv);
    }

    #[test]
    fn percentiles_are_ordered_and_the_spread_is_real() {
        let s = default_scenario("TWD");
        for o in &s.options {
            let m = MonteCarlo::new(&s, o, RUNS).finish();
            assert_eq!((m.runs, m.planned, m.undefined_runs), (RUNS, RUNS, 0));
            let (npv, roi) = (m.npv.unwrap(), m.roi.unwrap());
            assert!(npv.p10 < npv.p50 && npv.p50 < npv.p90, "{npv:?}");
            assert!(roi.p10 <= roi.p50 && roi.p50 <= roi.p90, "{roi:?}");
            // P(NPV > 0) against a count (issue 20: 0 ≤ P ≤ 100 held by construction):
            // the runs it stands for lie between the runs of the bins wholly above 0 and
            // those of every bin reaching above 0.
            let positive_runs = m.prob_positive * Decimal::from(RUNS) / d("100");
            let runs_where = |keep: fn(&HistogramBin) -> bool| Decimal::from(m.histogram.iter().filter(|b| keep(b)).map(|b| b.count).sum::<u32>());
            let (surely, maybe) = (runs_where(|b| b.low > Decimal::ZERO), runs_where(|b| b.high > Decimal::ZERO));
            assert!(surely <= positive_runs && positive_runs <= maybe, "{positive_runs} positive runs, bins say {surely}..={maybe}");
            assert!(positive_runs.fract().is_zero(), "P is a count of runs over the runs: {positive_runs}");
            assert_eq!(m.histogram.len(), BINS);
            assert_eq!(m.histogram.iter().map(|b| b.count).sum::<u32>(), RUNS);
            assert!(m.histogram.windows(2).all(|w| w[0].high == w[1].low));
            // The base NPV lies between P10 and P90 for these mildly skewed cases.
            let base = evaluate_option(&s, o).unwrap().npv;
            assert!(npv.p10 < base && base < npv.p90, "{base} outside {npv:?}");
        }
    }

    #[test]
    fn partial_summaries_while_running() {
        let s = default_scenario("TWD");
        let mut mc = MonteCarlo::new(&s, &s.options[2], 1_000);
        let empty = mc.summary();
        assert_eq!((empty.runs, empty.npv, empty.prob_positive), (0, None, Decimal::ZERO));
        assert!(empty.histogram.is_empty() && !empty.is_done());
        assert_eq!(mc.step(300), 300);
        let partial = mc.summary();
        assert_eq!((partial.runs, partial.planned, partial.is_done()), (300, 1_000, false));
        assert_eq!(partial.histogram.iter().map(|b| b.count).sum::<u32>(), 300);
        assert_eq!(mc.step(5_000), 1_000);
        assert!(mc.is_done() && mc.summary().is_done());
        assert_eq!(mc.step(10), 1_000);
    }

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<Decimal> = (1..=10).map(Decimal::from).collect();
        assert_eq!(nearest_rank(&v, 10), Some(d("1")));
        assert_eq!(nearest_rank(&v, 50), Some(d("5")));
        assert_eq!(nearest_rank(&v, 90), Some(d("9")));
        assert_eq!(nearest_rank(&v[..1], 90), Some(d("1")));
        assert_eq!(nearest_rank(&[], 50), None);
        // 10 000 runs: P50 is the 5 000th.
        let many: Vec<Decimal> = (1..=10_000).map(Decimal::from).collect();
        assert_eq!(nearest_rank(&many, 50), Some(d("5000")));
    }

    #[test]
    fn a_run_without_costs_leaves_roi_undefined() {
        let s = default_scenario("TWD");
        let mut o = s.options[0].clone();
        o.costs.clear();
        let m = MonteCarlo::new(&s, &o, 200).finish();
        assert!(m.npv.is_some() && m.roi.is_none());
        assert_eq!(m.prob_positive, d("100"));
    }
}
