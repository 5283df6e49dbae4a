//! The results of the option shown in detail: each metric with a one-line explanation
//! and, on demand, its formula; an undefined result shows a dash and the reason.

use super::metric::{reason_text, MetricId, ShowMetric};
use crate::model::{Metric, OptionResults, Undefined};
use crate::state::{use_state, AppState};
use leptos::prelude::*;

/// The metrics shown as cards, in reading order.
const CARDS: [MetricId; 8] = [
    MetricId::Roi,
    MetricId::Npv,
    MetricId::PaybackMonths,
    MetricId::Irr,
    MetricId::Bcr,
    MetricId::NetBenefit,
    MetricId::Clv,
    MetricId::ClvToCac,
];

/// The selected option's results (reactive); `Err` when it overflowed or is gone.
pub fn selected_results<T>(state: &AppState, f: impl FnOnce(&OptionResults) -> T) -> Result<T, Undefined> {
    let id = state.selected.get();
    let index = state.scenario.with(|s| s.options.iter().position(|o| o.id == id));
    state.results.with(|r| match index.and_then(|i| r.0.options.get(i)) {
        Some(Ok(res)) => Ok(f(res)),
        Some(Err(e)) => Err(*e),
        None => Err(Undefined::Overflow),
    })
}

#[component]
fn Card(metric: MetricId) -> impl IntoView {
    let state = use_state();
    let k = metric.key();
    let value = move || -> Metric { selected_results(&state, |r| metric.of(r)).and_then(|m| m) };
    let baseline_clv = move || state.results.with(|r| r.0.baseline.clv);
    view! {
        <div class="metric-card" data-testid=format!("detail-{k}")>
            <h3 class="metric-name">{state.text_of(format!("metric.{k}"))}</h3>
            <p class="metric-value">
                {move || match value() {
                    Ok(v) => metric.show(&state, &v),
                    Err(_) => "—".to_owned(),
                }}
            </p>
            {move || value().err().map(|reason| view! { <p class="metric-reason">{reason_text(&state, reason)}</p> })}
            {move || (metric == MetricId::Clv).then(|| {
                let before = match baseline_clv() {
                    Ok(v) => metric.show(&state, &v),
                    Err(reason) => format!("— ({})", reason_text(&state, reason)),
                };
                view! { <p class="metric-compare">{crate::i18n::fill(state.tr("detail.clv_before"), &[("value", &before)])}</p> }
            })}
            <p class="metric-explain">{state.text_of(format!("explain.{k}"))}</p>
            <details class="formula">
                <summary>{state.text("detail.formula")}</summary>
                <p><code>{state.text_of(format!("formula.{k}"))}</code></p>
            </details>
        </div>
    }
}

#[component]
pub fn ResultsDetail() -> impl IntoView {
    let state = use_state();
    let name = move || state.with_option(&state.selected.get(), |o| o.name.clone()).unwrap_or_default();
    view! {
        <section class="card results-detail" aria-labelledby="detail-title">
            <h2 id="detail-title">{move || crate::i18n::fill(state.tr("detail.title"), &[("name", &name())])}</h2>
            <div class="metric-grid" aria-live="polite">
                {CARDS.map(|m| view! { <Card metric=m/> })}
            </div>
        </section>
    }
}
