//! The results of the option shown in detail, as metric cards (`render::cards`), and
//! [`output`], through which every output-only component mounts its markup.

use crate::platform::intl::format;
use crate::render::cards::{cards, title, CARDS};
use crate::render::metric::MetricId;
use crate::render::{Ctx, Data, Style};
use crate::state::use_state;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A `render` function's markup, for an element's `inner_html`: written with the app's
/// language, currency, scenario, results and option in detail, and written again when
/// any of them changes (Leptos sets the HTML only when it differs). Every output shares
/// this one closure type, so the code that mounts it is compiled once.
pub fn output(render: fn(&Ctx, &Data) -> String) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let selected = state.selected.get();
        let results = state.results.get();
        state.scenario.with(|scenario| {
            let fmt = |style: Style, v: &Decimal| format(lang, &scenario.currency, style, v);
            let ctx = Ctx { lang, fmt: &fmt };
            render(&ctx, &Data { scenario, results: &results.0, selected: &selected })
        })
    }
}

/// The cards; a formula the visitor unfolded stays open when they are written again.
fn cards_keeping_open(ctx: &Ctx, data: &Data) -> String {
    let is_open = |m: &MetricId| {
        let selector = format!("[data-testid=\"detail-{}\"] details[open]", m.key());
        document().query_selector(&selector).ok().flatten().is_some()
    };
    let open: Vec<MetricId> = CARDS.into_iter().filter(is_open).collect();
    cards(ctx, data, &open)
}

#[component]
pub fn ResultsDetail() -> impl IntoView {
    view! {
        <section class="card results-detail" aria-labelledby="detail-title">
            <h2 id="detail-title">{output(title)}</h2>
            <div class="metric-grid" aria-live="polite" inner_html=output(cards_keeping_open)></div>
        </section>
    }
}
