//! The analysis panel's changing parts as HTML strings (components/analysis_panel.rs
//! mounts them with `inner_html`, like every output: a Leptos view per element and
//! reactive attribute would cost far more wasm in the first visit). The figures
//! themselves come from the analysis worker (`render::analysis`, run there).

use super::{Ctx, Style};
use crate::analysis_run::{AnalysisRun, Status};
use crate::model::analysis::RUNS;
use rust_decimal::Decimal;
use std::fmt::Write;

fn status_key(status: Status) -> &'static str {
    match status {
        Status::Closed => "closed",
        Status::Running => "running",
        Status::Done => "done",
        Status::Failed => "failed",
    }
}

/// The button that opens and closes the analysis (`open-analysis`), and, in print,
/// a note while it has never been opened (the report then has no analysis).
pub fn head(ctx: &Ctx, expanded: bool, status: Status) -> String {
    let mut out = format!(
        "<button type=\"button\" class=\"disclosure\" data-testid=\"open-analysis\" data-action=\"open-analysis\" \
         aria-expanded=\"{expanded}\" aria-controls=\"analysis-body\">{}</button>",
        ctx.tr("analysis_panel.open")
    );
    if status == Status::Closed {
        let _ = write!(out, "<p class=\"print-only\">{}</p>", ctx.tr("analysis_panel.print_note"));
    }
    out
}

/// Progress (runs done of all options) or failure. Written apart from the figures, so
/// that progress alone never rewrites them.
pub fn status(ctx: &Ctx, run: &AnalysisRun) -> String {
    match run.status() {
        Status::Running => {
            let (done, total) = run.progress(RUNS);
            let n = |v: u32| ctx.format(Style::Number { digits: 0 }, &Decimal::from(v));
            let text = crate::i18n::fill(ctx.tr("analysis_panel.progress"), &[("done", &n(done)), ("total", &n(total))]);
            format!(
                "<p class=\"analysis-status no-print\"><progress data-testid=\"analysis-progress\" max=\"{total}\" value=\"{done}\" \
                 aria-label=\"{}\"></progress> <span>{text}</span></p>",
                ctx.tr("analysis_panel.progress_label")
            )
        }
        Status::Failed => format!("<p class=\"error\" role=\"alert\" data-testid=\"analysis-failed\">{}</p>", ctx.tr("analysis_panel.failed")),
        Status::Closed | Status::Done => String::new(),
    }
}

/// The figures of option `selected` (`analysis-results`, with `data-status`,
/// `aria-busy` and the class `stale` while they are an earlier job's), and the CSV
/// button (enabled once the job is done).
pub fn results(ctx: &Ctx, run: &AnalysisRun, selected: &str) -> String {
    let status = run.status();
    let fresh = run.is_fresh(selected);
    let busy = status == Status::Running && !fresh;
    let mut out = String::new();
    let _ = write!(
        out,
        "<div class=\"analysis-results{}\" data-testid=\"analysis-results\" data-status=\"{}\" aria-busy=\"{busy}\">{}</div>",
        if fresh { "" } else { " stale" },
        status_key(status),
        run.html(selected)
    );
    let _ = write!(
        out,
        "<p class=\"no-print\"><button type=\"button\" data-testid=\"export-csv-analysis\" data-action=\"csv-analysis\"{}>{}</button></p>",
        if status == Status::Done { "" } else { " disabled" },
        ctx.tr("analysis_panel.csv")
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis_run::Message;
    use crate::render::test_support::{assert_well_formed, attr, ctx, tag_of};

    #[test]
    fn head_opens_and_says_in_print_how_to_include_it() {
        let closed = head(&ctx(), false, Status::Closed);
        assert_well_formed(&closed);
        assert_eq!(attr(tag_of(&closed, "open-analysis"), "aria-expanded"), Some("false"));
        assert!(closed.contains("print-only"));
        let open = head(&ctx(), true, Status::Running);
        assert_eq!(attr(tag_of(&open, "open-analysis"), "aria-expanded"), Some("true"));
        assert!(!open.contains("print-only"), "once opened, the report has the analysis");
    }

    fn body(ctx: &Ctx, run: &AnalysisRun, selected: &str) -> String {
        status(ctx, run) + &results(ctx, run, selected)
    }

    #[test]
    fn progress_alone_does_not_change_the_figures_of_another_option() {
        let mut run = AnalysisRun::default();
        let job = run.start(&["a".to_owned(), "b".to_owned()]);
        run.apply(Message::Runs { job, option: "a".into(), html: "<p>a</p>".into(), runs: 10_000, total: 10_000 });
        let (status_before, figures_before) = (status(&ctx(), &run), results(&ctx(), &run, "a"));
        run.apply(Message::Runs { job, option: "b".into(), html: "<p>b</p>".into(), runs: 500, total: 10_000 });
        assert_ne!(status(&ctx(), &run), status_before);
        assert_eq!(results(&ctx(), &run, "a"), figures_before);
    }

    #[test]
    fn body_shows_progress_then_fresh_figures_and_the_csv_button() {
        let mut run = AnalysisRun::default();
        let job = run.start(&["a".to_owned()]);
        let html = body(&ctx(), &run, "a");
        assert_well_formed(&html);
        let progress = tag_of(&html, "analysis-progress");
        assert_eq!((attr(progress, "value"), attr(progress, "max")), (Some("0"), Some("10000")));
        let results = tag_of(&html, "analysis-results");
        assert_eq!((attr(results, "data-status"), attr(results, "aria-busy")), (Some("running"), Some("true")));
        assert!(attr(results, "class").unwrap().contains("stale"));
        assert!(tag_of(&html, "export-csv-analysis").contains("disabled"));

        run.apply(Message::Quick { job, option: "a".into(), html: "<p>q</p>".into() });
        run.apply(Message::Runs { job, option: "a".into(), html: "<p>r</p>".into(), runs: 10_000, total: 10_000 });
        run.apply(Message::Done { job, csv: "x".into() });
        let html = body(&ctx(), &run, "a");
        assert_well_formed(&html);
        assert_eq!(html.matches("analysis-progress").count(), 0);
        let results = tag_of(&html, "analysis-results");
        assert_eq!((attr(results, "data-status"), attr(results, "aria-busy")), (Some("done"), Some("false")));
        assert_eq!(attr(results, "class"), Some("analysis-results"));
        assert!(html.contains("<p>q</p><p>r</p>"));
        assert!(!tag_of(&html, "export-csv-analysis").contains("disabled"));
    }

    #[test]
    fn body_says_when_the_worker_failed() {
        let mut run = AnalysisRun::default();
        run.start(&["a".to_owned()]);
        run.apply(Message::Failed);
        let html = body(&ctx(), &run, "a");
        assert_well_formed(&html);
        assert!(tag_of(&html, "analysis-failed").contains("role=\"alert\""));
        assert_eq!(attr(tag_of(&html, "analysis-results"), "data-status"), Some("failed"));
    }
}
