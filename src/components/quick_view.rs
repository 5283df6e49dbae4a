//! The quick view for articles (contract.md §2 `view=quick`, the default with
//! `embed=1`): a few questions about the business, the three strategies' headline
//! results, the verdict, the comparison chart, the host's call to action and a link to
//! the full calculator in a new tab, carrying the scenario. The app puts everything
//! else of the full page (the rest of the inputs and results, with their hooks) in one
//! folded section below, so every hook of contract.md §4 is once in the page. The same
//! components and the same scenario state as the full page: both views edit the same
//! saved scenario.

use super::baseline_form::{baseline_field, QUICK};
use super::call_to_action::CallToAction;
use super::charts::ComparisonChart;
use super::results_detail::output;
use super::settings_form::currency_choice;
use crate::embed::full_link::full_calculator_url;
use crate::embed::Cta;
use crate::platform::{page_url, scenario_json};
use crate::render::{quick, tables};
use crate::state::{use_state, Notice};
use leptos::prelude::*;

#[component]
pub fn QuickView(cta: Option<Cta>) -> impl IntoView {
    let state = use_state();
    let address = page_url::address_without_hash();
    let (app, search) = address.split_once('?').map_or((address.clone(), String::new()), |(a, s)| (a.to_owned(), s.to_owned()));
    let full_link = move || {
        let json = state.scenario.with(scenario_json::write);
        full_calculator_url(&app, &search, state.lang.get().code(), &json)
    };
    // Once the reader has changed a figure (and stays so: a latch, derived), and only
    // if this frame cannot keep it (blocked third-party storage, a private window):
    // one quiet line beside the link to the full calculator, which can.
    // The quick view's questions are the baseline and the currency. A language switch,
    // which renames the examples and gives the untouched example the language's
    // currency, is not a change of the reader's figures.
    let first = state.scenario.with_untracked(|s| (s.baseline.clone(), s.currency.clone()));
    let changed = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false)
            || state.scenario.with(|s| (s.baseline != first.0 || s.currency != first.1) && !crate::i18n::is_untouched_example(s))
    });
    let not_kept = move || changed.get() && state.notices.with(|n| n.contains(&Notice::StorageUnavailable));
    view! {
        <section class="card quick-questions" aria-labelledby="quick-title">
            <h2 id="quick-title">{state.text("quick.title")}</h2>
            <div class="fields">
                {currency_choice()}
                {QUICK.map(baseline_field)}
            </div>
            <details class="typical" data-testid="quick-typical">
                <summary>{state.text("quick.typical")}</summary>
                <p class="help">{state.text("quick.typical_text")}</p>
                <p class="help" data-testid="quick-follows">{state.text("quick.follows")}</p>
            </details>
        </section>
        <section class="card quick-results" aria-labelledby="quick-results-title">
            <h2 id="quick-results-title">{state.text("quick.results")}</h2>
            <div aria-live="polite" inner_html=output(quick::headline)></div>
            <p class="verdict" data-testid="verdict" aria-live="polite">{output(tables::verdict)}</p>
        </section>
        <ComparisonChart/>
        <div class="quick-actions">
            {cta.map(|cta| view! { <CallToAction cta/> })}
            <p class="open-full">
                <a href=full_link target="_blank" rel="noopener" data-testid="open-full">
                    {state.text("quick.open_full")}
                    <span class="visually-hidden">{state.text("cta.new_tab")}</span>
                </a>
            </p>
            <p class="quiet-note" data-testid="quick-not-kept" hidden=move || !not_kept()>{state.text("quick.not_kept")}</p>
        </div>
    }
}
