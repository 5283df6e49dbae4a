//! One job of the analysis worker (README: the analysis worker): the analysis of
//! model.md §3a for every option of a scenario, written as markup (`render::analysis`)
//! in the order the page wants it. Plain Rust, tested natively; the worker binary
//! (src/bin/analysis_worker.rs) only turns [`Out`] into messages and decides, by the
//! clock, how long a chunk runs.
//!
//! Order: the quick parts (tornado, break-even, scenarios, ROI definitions) of the
//! option shown first, then of the others; then Monte Carlo, option by option in the
//! same order, in chunks, each chunk reporting the figures so far; then `Done` with the
//! CSV tables of everything.

use crate::model::analysis::{analyse_fast, FastAnalysis, MonteCarlo, OptionAnalysis, RUNS};
use crate::model::Scenario;
use crate::persist::csv;
use crate::render::{analysis, Ctx};

/// What the worker sends the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    Quick { option: String, html: String },
    Runs { option: String, html: String, runs: u32, total: u32 },
    Done { csv: String },
}

/// Runs per call of [`MonteCarlo::step`] between two looks at the clock.
const SLICE: u32 = 50;

struct Slot {
    fast: Option<FastAnalysis>,
    mc: Option<MonteCarlo>,
}

pub struct Job {
    scenario: Scenario,
    /// Option indexes in the order they are computed.
    order: Vec<usize>,
    slots: Vec<Slot>,
    runs: u32,
    done: bool,
}

impl Job {
    /// A job for `scenario`, option `first` first (if it exists), each option with
    /// `runs` Monte Carlo runs ([`RUNS`] in the app).
    pub fn new(scenario: Scenario, first: &str, runs: u32) -> Job {
        let count = scenario.options.len();
        let mut order: Vec<usize> = (0..count).collect();
        if let Some(at) = scenario.options.iter().position(|o| o.id == first) {
            order.retain(|i| *i != at);
            order.insert(0, at);
        }
        let slots = (0..count).map(|_| Slot { fast: None, mc: None }).collect();
        Job { scenario, order, slots, runs, done: false }
    }

    /// A job with the app's number of runs.
    pub fn with_app_runs(scenario: Scenario, first: &str) -> Job {
        Job::new(scenario, first, RUNS)
    }

    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The scenario's currency (for formatting money).
    pub fn currency(&self) -> &str {
        &self.scenario.currency
    }

    /// Works until `more()` says stop (asked after each piece of work, so at least one
    /// piece is done per call) or the job is complete; returns what to send.
    pub fn step(&mut self, ctx: &Ctx, mut more: impl FnMut() -> bool) -> Vec<Out> {
        let mut out = Vec::new();
        if self.done {
            return out;
        }
        // The quick parts, one option per piece.
        for &i in &self.order {
            let (Some(option), Some(slot)) = (self.scenario.options.get(i), self.slots.get_mut(i)) else { continue };
            if slot.fast.is_none() {
                let fast = analyse_fast(&self.scenario, option);
                out.push(Out::Quick { option: option.id.clone(), html: analysis::fast(ctx, option, &fast) });
                slot.fast = Some(fast);
                if !more() {
                    return out;
                }
            }
        }
        // Monte Carlo, option by option, in slices.
        for &i in &self.order {
            let (Some(option), Some(slot)) = (self.scenario.options.get(i), self.slots.get_mut(i)) else { continue };
            let mc = slot.mc.get_or_insert_with(|| MonteCarlo::new(&self.scenario, option, self.runs));
            if mc.is_done() {
                continue;
            }
            loop {
                mc.step(SLICE);
                if mc.is_done() || !more() {
                    break;
                }
            }
            let summary = mc.summary();
            out.push(Out::Runs {
                option: option.id.clone(),
                html: analysis::monte_carlo(ctx, &option.id, &summary),
                runs: summary.runs,
                total: summary.planned,
            });
            if !summary.is_done() {
                return out;
            }
        }
        self.done = true;
        out.push(Out::Done { csv: self.csv(ctx) });
        out
    }

    /// The analysis tables of every option, in the scenario's order.
    fn csv(&self, ctx: &Ctx) -> String {
        let analyses: Vec<OptionAnalysis> = self
            .slots
            .iter()
            .filter_map(|s| Some(OptionAnalysis { fast: s.fast.clone()?, monte_carlo: s.mc.as_ref()?.summary() }))
            .collect();
        csv::analysis(ctx.lang, &self.scenario, &analyses)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::render::test_support::ctx;

    fn ids(out: &[Out]) -> Vec<(String, String)> {
        out.iter()
            .map(|o| match o {
                Out::Quick { option, .. } => ("quick".into(), option.clone()),
                Out::Runs { option, runs, .. } => (format!("runs {runs}"), option.clone()),
                Out::Done { .. } => ("done".into(), String::new()),
            })
            .collect()
    }

    #[test]
    fn quick_parts_first_the_shown_option_first_then_monte_carlo_in_chunks() {
        let s = default_scenario("TWD");
        let first = s.options[1].id.clone();
        let mut job = Job::new(s.clone(), &first, 120);
        // One piece per call.
        let out = job.step(&ctx(), || false);
        assert_eq!(ids(&out), vec![("quick".into(), first.clone())]);
        let out = job.step(&ctx(), || false);
        assert_eq!(ids(&out), vec![("quick".into(), s.options[0].id.clone())]);
        job.step(&ctx(), || false);
        let out = job.step(&ctx(), || false);
        assert_eq!(ids(&out), vec![(format!("runs {SLICE}"), first.clone())]);
        // Everything else at once.
        let out = job.step(&ctx(), || true);
        let last = ids(&out);
        assert_eq!(last.first(), Some(&("runs 120".into(), first.clone())));
        assert_eq!(last.last(), Some(&("done".into(), String::new())));
        assert_eq!(last.iter().filter(|(k, _)| k == "runs 120").count(), 3);
        assert!(job.is_done());
        assert!(job.step(&ctx(), || true).is_empty(), "nothing after done");
    }

    #[test]
    fn a_whole_job_reports_every_option_complete() {
        let s = default_scenario("TWD");
        let mut job = Job::new(s.clone(), "nonexistent", 30);
        let mut all = Vec::new();
        let mut calls = 0;
        while !job.is_done() {
            calls += 1;
            assert!(calls < 100, "the job must finish");
            let mut budget = 2;
            all.extend(job.step(&ctx(), || {
                budget -= 1;
                budget > 0
            }));
        }
        for o in &s.options {
            let last = all.iter().rev().find_map(|m| match m {
                Out::Runs { option, runs, total, html } if option == &o.id => Some((*runs, *total, html.clone())),
                _ => None,
            });
            let (runs, total, _) = last.expect("runs of every option");
            assert_eq!((runs, total), (30, 30));
            assert!(all.iter().any(|m| matches!(m, Out::Quick { option, .. } if option == &o.id)));
        }
        assert!(matches!(all.last(), Some(Out::Done { .. })));
    }
}
