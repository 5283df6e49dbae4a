//! "How sure is this?" — the analysis of model.md §3a for the option shown in detail
//! (contract.md §4 hooks), computed by the analysis worker (README: the analysis
//! worker). Opening it (`open-analysis`) loads the worker; from then on every change
//! of the scenario or the language starts a new job a moment later, while the figures
//! already shown stay, marked as being updated. The worker computes every option, so
//! switching options is instant. Also here: the scenario's uncertainty and the
//! option's lever ranges (`model::range_edit`), and the analysis CSV.
//!
//! The state of the jobs is `crate::analysis_run` (plain, tested natively); the
//! markup comes from the worker (`render::analysis`).

use super::number_field::NumberField;
use crate::analysis_run::{AnalysisRun, Status};
use crate::input::number_text::NumberKind;
use crate::model::analysis::RUNS;
use crate::model::range_edit::{self, Bound};
use crate::model::Lever;
use crate::platform::{analysis_worker, files, intl, scenario_json};
use crate::render::Style;
use crate::state::{use_state, AppState};
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::time::Duration;

/// How long after the last change a new job starts: typing does not restart the
/// simulation on every key. The main results never wait for it.
const DEBOUNCE: Duration = Duration::from_millis(150);

/// Posts a job for the current scenario (read untracked: called from effects/timers).
fn post_job(state: AppState, run: RwSignal<AnalysisRun>, job: u32) {
    let json = state.scenario.with_untracked(scenario_json::write);
    let lang = state.lang.get_untracked();
    let first = state.selected.get_untracked();
    analysis_worker::post(job, lang.code(), &json, &first, move |m| {
        run.update(|r| {
            r.apply(m);
        });
    });
}

/// One bound of a lever's range.
#[component]
fn RangeBound(id: String, lever: Lever, bound: Bound) -> impl IntoView {
    let state = use_state();
    let (read_id, limit_id, write_id) = (id.clone(), id.clone(), id.clone());
    // The spread in effect: the range, or ± the uncertainty.
    let current = move |s: &crate::model::Scenario, id: &str| s.options.iter().find(|o| o.id == id).map(|o| range_edit::spread(s, o, lever));
    let value = Signal::derive(move || {
        let r = state.scenario.with(|s| current(s, &read_id));
        r.map(|r| if bound == Bound::Low { r.low } else { r.high }).unwrap_or_default()
    });
    let limits = Signal::derive(move || state.with_option(&limit_id, |o| range_edit::limits(o, lever, bound)).unwrap_or_default());
    view! {
        <NumberField
            path=format!("{id}-range-{}-{}", lever.key(), bound.key())
            label=if bound == Bound::Low { "analysis_panel.low" } else { "analysis_panel.high" }
            kind=NumberKind::Percent
            value
            limits
            on_change=Callback::new(move |v: Decimal| {
                // Read before editing: no signal may be read inside an edit.
                let Some(now) = state.scenario.with_untracked(|s| current(s, &write_id)) else { return };
                state.edit_option(&write_id, |o| {
                    let _ = range_edit::set_bound(o, now, lever, bound, v);
                });
            })
        />
    }
}

/// The range fields of the option shown: one group per lever with a value or a range.
fn ranges(state: AppState) -> impl IntoView {
    let levers = Memo::new(move |_| {
        let id = state.selected.get();
        let levers = state.with_option(&id, range_edit::ranged_levers).unwrap_or_default();
        (id, levers)
    });
    move || {
        let (id, levers) = levers.get();
        levers
            .into_iter()
            .map(|lever| {
                let (clear_id, has_id) = (id.clone(), id.clone());
                let has_range = move || state.with_option(&has_id, |o| o.ranges.get(lever).is_some()).unwrap_or(false);
                view! {
                    <fieldset class="range" data-testid=format!("range-{id}-{}", lever.key())>
                        <legend>{state.text_of(format!("lever.{}.label", lever.key()))}</legend>
                        <div class="fields compact">
                            <RangeBound id=id.clone() lever bound=Bound::Low/>
                            <RangeBound id=id.clone() lever bound=Bound::High/>
                        </div>
                        <button type="button" class="link" data-testid=format!("clear-range-{id}-{}", lever.key())
                            hidden=move || !has_range()
                            on:click=move |_| state.edit_option(&clear_id, |o| range_edit::clear(o, lever))>
                            {state.text("analysis_panel.clear")}
                        </button>
                    </fieldset>
                }
            })
            .collect::<Vec<_>>()
    }
}

#[component]
pub fn AnalysisPanel() -> impl IntoView {
    let state = use_state();
    let run = RwSignal::new(AnalysisRun::default());
    let open = RwSignal::new(false);
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);

    // Once opened: every change of the scenario or the language starts a new job. The
    // figures shown are marked stale at once; the job is posted after a short pause.
    Effect::new(move |_| {
        state.scenario.track();
        state.lang.track();
        if !open.get() {
            return;
        }
        let ids: Vec<String> = state.scenario.with_untracked(|s| s.options.iter().map(|o| o.id.clone()).collect());
        let mut job = 0;
        run.update(|r| job = r.start(&ids));
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let first = run.with_untracked(|r| r.job() == 1);
        if first {
            // Opening: no reason to wait.
            post_job(state, run, job);
        } else {
            let handle = set_timeout_with_handle(move || post_job(state, run, job), DEBOUNCE).ok();
            pending.set_value(handle);
        }
    });

    let status = move || run.with(AnalysisRun::status);
    let shown = move || {
        let id = state.selected.get();
        run.with(|r| r.html(&id))
    };
    let fresh = move || {
        let id = state.selected.get();
        run.with(|r| r.is_fresh(&id))
    };
    let progress = move || run.with(|r| r.progress(RUNS));
    let progress_text = move || {
        let (done, total) = progress();
        let lang = state.lang.get();
        let n = |v: u32| intl::format(lang, "", Style::Number { digits: 0 }, &Decimal::from(v));
        crate::i18n::fill(state.tr("analysis_panel.progress"), &[("done", &n(done)), ("total", &n(total))])
    };
    let export = move |_| {
        let csv = run.with_untracked(|r| r.csv().to_owned());
        if !csv.is_empty() {
            let name = state.scenario.with_untracked(|s| super::scenario_bar::file_name(&s.name, "-analysis.csv"));
            files::download(&name, "text/csv;charset=utf-8", &csv);
        }
    };

    view! {
        <section class="card analysis" aria-labelledby="analysis-title" data-testid="analysis"
            data-status=move || match status() {
                Status::Closed => "closed",
                Status::Running => "running",
                Status::Done => "done",
                Status::Failed => "failed",
            }>
            <h2 id="analysis-title">{state.text("analysis_panel.title")}</h2>
            <p class="print-only" hidden=move || status() != Status::Closed>{state.text("analysis_panel.print_note")}</p>
            // It starts closed, so its first toggle opens it; later ones change nothing.
            <details class="analysis-body" on:toggle=move |_| {
                if !open.get_untracked() {
                    open.set(true);
                }
            }>
                <summary data-testid="open-analysis">{state.text("analysis_panel.open")}</summary>
                <p class="help">{state.text("analysis_panel.intro")}</p>
                <div class="fields">
                    <NumberField
                        path="settings-uncertainty"
                        label="analysis_panel.uncertainty.label"
                        help="analysis_panel.uncertainty.help"
                        kind=NumberKind::Percent
                        value=Signal::derive(move || state.scenario.with(|s| s.uncertainty))
                        on_change=Callback::new(move |v| state.edit(|s| s.uncertainty = v))
                    />
                </div>
                <h3>{state.text("analysis_panel.ranges")}</h3>
                <p class="help">{state.text("analysis_panel.ranges_help")}</p>
                <div class="ranges">{ranges(state)}</div>
                <div class="analysis-status no-print">
                    <progress data-testid="analysis-progress" aria-label=state.text("analysis_panel.progress_label")
                        hidden=move || status() != Status::Running
                        max=move || progress().1 value=move || progress().0></progress>
                    <span hidden=move || status() != Status::Running>{progress_text}</span>
                    <p class="visually-hidden" aria-live="polite">
                        {move || if status() == Status::Done { state.tr("analysis_panel.done") } else { "" }}
                    </p>
                    <p class="error" role="alert" data-testid="analysis-failed" hidden=move || status() != Status::Failed>
                        {state.text("analysis_panel.failed")}
                    </p>
                </div>
                <div class="analysis-results" data-testid="analysis-results" class:stale=move || !fresh()
                    aria-busy=move || (status() == Status::Running && !fresh()).to_string() inner_html=shown></div>
                <p class="no-print">
                    <button type="button" data-testid="export-csv-analysis" disabled=move || status() != Status::Done on:click=export>
                        {state.text("analysis_panel.csv")}
                    </button>
                </p>
            </details>
        </section>
    }
}
