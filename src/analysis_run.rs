//! The page's side of the analysis (model.md §3a), which runs in a Web Worker
//! (README: the analysis worker): which job is current, what the worker has sent for
//! each option, and how far it is. Plain Rust, tested natively; the component only
//! shows it and `platform::analysis_worker` only carries the messages.
//!
//! Every scenario change starts a new job with a higher id; what the worker still
//! sends for an older job is dropped, so stale figures never replace fresh ones. Until
//! the new job's first parts arrive, the old figures stay on screen marked as being
//! updated (no flicker while the visitor types).

/// Where the analysis stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Never opened: the worker has not been loaded.
    Closed,
    /// A job is posted and not finished (the worker may still be loading).
    Running,
    /// Every option's analysis is complete for the current job.
    Done,
    /// The worker could not be loaded or stopped with an error.
    Failed,
}

use crate::analysis_job::Out;
use serde::{Deserialize, Serialize};

/// A job for the worker, as the page posts it (serde-wasm-bindgen both ways): its id
/// (higher is newer), the language, the scenario file's JSON, the option to do first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub job: u32,
    pub lang: String,
    pub json: String,
    pub first: String,
}

/// A message from the worker (serde-wasm-bindgen both ways; externally tagged,
/// `{"quick": {…}}`, and `"failed"` from the worker's script, so that reading one
/// needs no buffering of serde's `Content`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Message {
    /// The quick parts of one option (tornado, break-even, scenarios, ROI definitions).
    Quick { job: u32, option: String, html: String },
    /// Monte Carlo so far for one option: its markup and the runs done of `total`.
    Runs { job: u32, option: String, html: String, runs: u32, total: u32 },
    /// The job is complete; `csv` holds the analysis tables for the CSV export.
    Done { job: u32, csv: String },
    /// The worker failed (loading, or an error while running).
    Failed,
}

impl Message {
    /// What the worker sends for `out` of job `job`.
    pub fn of(job: u32, out: Out) -> Message {
        match out {
            Out::Quick { option, html } => Message::Quick { job, option, html },
            Out::Runs { option, html, runs, total } => Message::Runs { job, option, html, runs, total },
            Out::Done { csv } => Message::Done { job, csv },
        }
    }
}

/// What has arrived for one option.
#[derive(Clone, Debug, Default, PartialEq)]
struct Parts {
    option: String,
    quick: String,
    runs_html: String,
    runs: u32,
    total: u32,
    /// Both parts belong to the current job.
    fresh_quick: bool,
    fresh_runs: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisRun {
    status: Status,
    job: u32,
    parts: Vec<Parts>,
    csv: String,
    /// Options of the current job, in the scenario's order (for the progress total).
    options: Vec<String>,
}

impl Default for AnalysisRun {
    fn default() -> Self {
        AnalysisRun { status: Status::Closed, job: 0, parts: Vec::new(), csv: String::new(), options: Vec::new() }
    }
}

impl AnalysisRun {
    pub fn status(&self) -> Status {
        self.status
    }

    /// The id of the current job (0 before the first).
    pub fn job(&self) -> u32 {
        self.job
    }

    /// Starts a new job for a scenario with `options` (ids): returns its id. Everything
    /// shown so far stays until the new job replaces it, marked as not fresh.
    pub fn start(&mut self, options: &[String]) -> u32 {
        self.job = self.job.wrapping_add(1).max(1);
        self.status = Status::Running;
        self.csv.clear();
        self.options = options.to_vec();
        self.parts.retain(|p| options.contains(&p.option));
        for p in &mut self.parts {
            p.fresh_quick = false;
            p.fresh_runs = false;
        }
        self.job
    }

    /// The parts of `option`, added if new (never `None` in practice).
    fn parts_mut(&mut self, option: &str) -> Option<&mut Parts> {
        if !self.parts.iter().any(|p| p.option == option) {
            self.parts.push(Parts { option: option.to_owned(), ..Parts::default() });
        }
        self.parts.iter_mut().find(|p| p.option == option)
    }

    /// Takes in a message; one of an older job is ignored. Returns whether anything changed.
    pub fn apply(&mut self, message: Message) -> bool {
        match message {
            Message::Failed => {
                self.status = Status::Failed;
                true
            }
            Message::Quick { job, .. } | Message::Runs { job, .. } | Message::Done { job, .. } if job != self.job => false,
            Message::Quick { option, html, .. } => {
                if let Some(p) = self.parts_mut(&option) {
                    p.quick = html;
                    p.fresh_quick = true;
                }
                true
            }
            Message::Runs { option, html, runs, total, .. } => {
                if let Some(p) = self.parts_mut(&option) {
                    p.runs_html = html;
                    p.runs = runs.min(total);
                    p.total = total;
                    p.fresh_runs = true;
                }
                true
            }
            Message::Done { csv, .. } => {
                self.csv = csv;
                self.status = Status::Done;
                true
            }
        }
    }

    /// The analysis of `option` as received (quick parts, then Monte Carlo).
    pub fn html(&self, option: &str) -> String {
        self.parts.iter().find(|p| p.option == option).map(|p| format!("{}{}", p.quick, p.runs_html)).unwrap_or_default()
    }

    /// Whether what is shown for `option` belongs to the current job and is complete.
    pub fn is_fresh(&self, option: &str) -> bool {
        self.parts.iter().any(|p| p.option == option && p.fresh_quick && p.fresh_runs && p.runs >= p.total && p.total > 0)
    }

    /// Runs done and runs in all of the current job (for the progress bar). Before
    /// the worker has said how many runs an option takes, it counts as `per_option`.
    pub fn progress(&self, per_option: u32) -> (u32, u32) {
        let mut done = 0u32;
        let mut total = 0u32;
        for id in &self.options {
            let p = self.parts.iter().find(|p| &p.option == id && p.fresh_runs);
            let (d, t) = p.map_or((0, per_option), |p| (p.runs, p.total));
            done = done.saturating_add(d);
            total = total.saturating_add(t);
        }
        if self.status == Status::Done {
            done = total;
        }
        (done, total)
    }

    /// The CSV tables of the last completed job (empty until one is done).
    pub fn csv(&self) -> &str {
        if self.status == Status::Done { &self.csv } else { "" }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> Vec<String> {
        vec!["a".into(), "b".into()]
    }

    fn runs(job: u32, option: &str, runs: u32) -> Message {
        Message::Runs { job, option: option.into(), html: format!("<p>{option}{runs}</p>"), runs, total: 100 }
    }

    #[test]
    fn starts_closed_and_jobs_count_up() {
        let mut r = AnalysisRun::default();
        assert_eq!(r.status(), Status::Closed);
        assert_eq!(r.start(&ids()), 1);
        assert_eq!(r.start(&ids()), 2);
        assert_eq!(r.status(), Status::Running);
        assert_eq!(r.job(), 2);
    }

    #[test]
    fn messages_of_an_older_job_are_dropped() {
        let mut r = AnalysisRun::default();
        let old = r.start(&ids());
        let new = r.start(&ids());
        assert!(!r.apply(Message::Quick { job: old, option: "a".into(), html: "old".into() }));
        assert!(!r.apply(runs(old, "a", 50)));
        assert!(!r.apply(Message::Done { job: old, csv: "x".into() }));
        assert_eq!(r.html("a"), "");
        assert_eq!(r.status(), Status::Running);
        assert!(r.apply(Message::Quick { job: new, option: "a".into(), html: "<q/>".into() }));
        assert!(r.apply(runs(new, "a", 50)));
        assert_eq!(r.html("a"), "<q/><p>a50</p>");
    }

    #[test]
    fn old_figures_stay_until_replaced_but_are_not_fresh() {
        let mut r = AnalysisRun::default();
        let job = r.start(&ids());
        r.apply(Message::Quick { job, option: "a".into(), html: "<q1/>".into() });
        r.apply(runs(job, "a", 100));
        assert!(r.is_fresh("a"));
        let next = r.start(&ids());
        assert_eq!(r.html("a"), "<q1/><p>a100</p>");
        assert!(!r.is_fresh("a"));
        r.apply(Message::Quick { job: next, option: "a".into(), html: "<q2/>".into() });
        assert!(!r.is_fresh("a"), "Monte Carlo of the new job not there yet");
        r.apply(runs(next, "a", 100));
        assert!(r.is_fresh("a"));
        assert_eq!(r.html("a"), "<q2/><p>a100</p>");
    }

    #[test]
    fn progress_counts_every_option_of_the_job() {
        let mut r = AnalysisRun::default();
        let job = r.start(&ids());
        assert_eq!(r.progress(100), (0, 200));
        r.apply(runs(job, "a", 100));
        r.apply(runs(job, "b", 30));
        assert_eq!(r.progress(100), (130, 200));
        // More runs than the total are never shown.
        r.apply(Message::Runs { job, option: "b".into(), html: String::new(), runs: 500, total: 100 });
        assert_eq!(r.progress(100), (200, 200));
        r.start(&ids());
        assert_eq!(r.progress(100), (0, 200), "a new job starts from nothing");
    }

    #[test]
    fn done_keeps_the_csv_and_a_new_job_clears_it() {
        let mut r = AnalysisRun::default();
        let job = r.start(&ids());
        assert_eq!(r.csv(), "");
        r.apply(Message::Done { job, csv: "a,b\r\n".into() });
        assert_eq!(r.status(), Status::Done);
        assert_eq!(r.csv(), "a,b\r\n");
        assert_eq!(r.progress(100).0, r.progress(100).1);
        r.start(&ids());
        assert_eq!(r.csv(), "");
    }

    #[test]
    fn a_removed_option_is_forgotten_and_failure_is_kept() {
        let mut r = AnalysisRun::default();
        let job = r.start(&ids());
        r.apply(Message::Quick { job, option: "b".into(), html: "<b/>".into() });
        r.start(&["a".to_owned()]);
        assert_eq!(r.html("b"), "");
        assert_eq!(r.progress(7), (0, 7));
        assert!(r.apply(Message::Failed));
        assert_eq!(r.status(), Status::Failed);
        r.start(&["a".to_owned()]);
        assert_eq!(r.status(), Status::Running, "a new job tries again");
    }
}
