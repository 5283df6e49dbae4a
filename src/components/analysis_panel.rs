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

use super::label_text::LabelText;
use super::number_field::NumberField;
use crate::analysis_run::{AnalysisRun, Status};
use crate::input::number_text::NumberKind;
use crate::model::range_edit::{self, Bound};
use crate::model::Lever;
use crate::platform::{analysis_worker, files, intl, scenario_json};
use crate::render::{analysis_panel, Style};
use crate::state::{use_state, AppState};
use crate::model::edit::{Edit, OptionEdit};
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

/// One bound of a lever's range, labelled "<lever>: low" / "<lever>: high".
#[component]
fn RangeBound(id: String, lever: Lever, bound: Bound, name: String) -> impl IntoView {
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
            label=LabelText::filled(if bound == Bound::Low { "analysis_panel.low" } else { "analysis_panel.high" }, "lever", name)
            kind=NumberKind::Percent
            value
            limits
            on_change=Callback::new(move |v: Decimal| {
                let path = format!("{write_id}-range-{}-{}", lever.key(), bound.key());
                state.send_option(&path, &write_id, OptionEdit::RangeBound { lever, bound, value: v });
            })
        />
    }
}

/// The range fields of the option shown, low and high for each lever with a value or
/// a range (rebuilt when the option, its set of such levers or the language changes).
fn ranges(state: AppState) -> impl IntoView {
    let fields = Memo::new(move |_| {
        let id = state.selected.get();
        let lang = state.lang.get();
        let levers = state.with_option(&id, range_edit::ranged_levers).unwrap_or_default();
        levers.into_iter().map(|l| (id.clone(), l, crate::i18n::text(lang, &format!("lever.{}.label", l.key())).to_owned())).collect::<Vec<_>>()
    });
    move || {
        fields
            .get()
            .into_iter()
            .flat_map(|(id, lever, name)| {
                [Bound::Low, Bound::High].map(|bound| view! { <RangeBound id=id.clone() lever bound name=name.clone()/> })
            })
            .collect::<Vec<_>>()
    }
}

/// "Print the report" asked for while the analysis is not complete: the panel opens
/// the analysis if needed and prints once every option's analysis is done (or the
/// worker failed), so the printed report has the tornado, break-even and percentiles.
/// Provided by the app, set by the scenario bar's print button.
#[derive(Clone, Copy)]
pub struct PrintRequest(pub RwSignal<bool>);

/// Prints the page (the browser's print dialog).
fn print_now() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[component]
pub fn AnalysisPanel() -> impl IntoView {
    let state = use_state();
    let run = RwSignal::new(AnalysisRun::default());
    // Whether the panel is expanded; the worker keeps its figures current once it has
    // been opened (`run` is then no longer `Closed`), expanded or not (for printing).
    let expanded = RwSignal::new(false);
    // Set once, at the first opening: folding the panel again does not restart a job.
    let opened = RwSignal::new(false);

    // Once opened: every change of the scenario or the language starts a new job. The
    // figures shown are marked stale at once; the job is posted after a short pause
    // (at once for the first).
    Effect::new(move |_| {
        state.scenario.track();
        state.lang.track();
        if !opened.get() {
            return;
        }
        let ids: Vec<String> = state.scenario.with_untracked(|s| s.options.iter().map(|o| o.id.clone()).collect());
        let mut job = 0;
        run.update(|r| job = r.start(&ids));
        // Posted only if no newer change came meanwhile.
        let delay = if job == 1 { Duration::ZERO } else { DEBOUNCE };
        set_timeout(move || if run.with_untracked(|r| r.job() == job) { post_job(state, run, job) }, delay);
    });

    // A print request: compute first (loading the worker if it never was), then print.
    if let Some(PrintRequest(wanted)) = use_context::<PrintRequest>() {
        Effect::new(move |_| {
            if !wanted.get() {
                return;
            }
            if !opened.get_untracked() {
                opened.set(true);
            }
            if matches!(run.with(AnalysisRun::status), Status::Done | Status::Failed) {
                wanted.set(false);
                print_now();
            }
        });
    }

    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(action) = super::scenario_bar::action_of(&ev) else { return };
        match action.as_str() {
            "open-analysis" => {
                expanded.update(|e| *e = !*e);
                if !opened.get_untracked() {
                    opened.set(true);
                }
                // The toggle is written again with its new state: keep the focus on it.
                crate::platform::focus::focus_soon(vec!["[data-action=open-analysis]".into()]);
            }
            "csv-analysis" => {
                let csv = run.with_untracked(|r| r.csv().to_owned());
                let name = state.scenario.with_untracked(|s| super::scenario_bar::file_name(&s.name, "-analysis.csv"));
                files::download(&name, "text/csv;charset=utf-8", &csv);
            }
            "clear-ranges" => {
                let id = state.selected.get_untracked();
                state.send_option("clear-ranges", &id, OptionEdit::ClearRanges);
            }
            _ => {}
        }
    };
    let head = move || {
        let (open, status) = (expanded.get(), run.with(AnalysisRun::status));
        strings(state, move |ctx| analysis_panel::head(ctx, open, status))
    };
    let progress = move || run.with(|r| strings(state, |ctx| analysis_panel::status(ctx, r)));
    let results = move || {
        let selected = state.selected.get();
        run.with(|r| strings(state, |ctx| analysis_panel::results(ctx, r, &selected)))
    };
    let done = move || if run.with(|r| r.status() == Status::Done) { state.tr("analysis_panel.done") } else { "" };

    view! {
        <section class="card analysis" aria-labelledby="analysis-title" data-testid="analysis" on:click=on_click>
            <h2 id="analysis-title">{state.text("analysis_panel.title")}</h2>
            <div inner_html=head></div>
            <div id="analysis-body" hidden=move || !expanded.get()>
                <p class="help">{state.text("analysis_panel.intro")}</p>
                <div class="fields">
                    <NumberField
                        path="settings-uncertainty"
                        label="analysis_panel.uncertainty.label"
                        help="analysis_panel.uncertainty.help"
                        kind=NumberKind::Percent
                        value=Signal::derive(move || state.scenario.with(|s| s.uncertainty))
                        on_change=Callback::new(move |v| { state.send("settings-uncertainty", Edit::Uncertainty(v)); })
                    />
                </div>
                <h3>{state.text("analysis_panel.ranges")}</h3>
                <p class="help">{state.text("analysis_panel.ranges_help")}</p>
                <div class="fields compact ranges">{ranges(state)}</div>
                <p><button type="button" class="link" data-testid="clear-ranges" data-action="clear-ranges">{state.text("analysis_panel.clear")}</button></p>
                <p class="visually-hidden" aria-live="polite">{done}</p>
                <div inner_html=progress></div>
                <div inner_html=results></div>
            </div>
        </section>
    }
}

/// Writes panel markup with the page's language and the scenario's currency.
fn strings(state: AppState, render: impl FnOnce(&crate::render::Ctx) -> String) -> String {
    let lang = state.lang.get();
    let currency = state.currency();
    let fmt = |style: Style, v: &Decimal| intl::format(lang, &currency, style, v);
    render(&crate::render::Ctx { lang, fmt: &fmt })
}
