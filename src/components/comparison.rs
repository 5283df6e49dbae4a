//! All options side by side: every metric with the best marked. This table carries the
//! result hooks of contract.md §4 (`result-<id>-<metric>`, `result-baseline-clv`),
//! once each, whichever option is shown in detail.

use super::metric::{hook_value, reason_text, Better, MetricId, ShowMetric};
use crate::model::{Metric, Undefined};
use crate::platform::intl::{format, Style};
use crate::state::{use_state, AppState};
use crate::verdict::{verdict, Verdict};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Index of the best defined value, if at least two options have one.
fn best_index(values: &[Metric], better: Better) -> Option<usize> {
    let defined: Vec<(usize, Decimal)> = values.iter().enumerate().filter_map(|(i, v)| v.ok().map(|v| (i, v))).collect();
    if defined.len() < 2 {
        return None;
    }
    let best = match better {
        Better::Higher => defined.iter().max_by(|a, b| a.1.cmp(&b.1)),
        Better::Lower => defined.iter().min_by(|a, b| a.1.cmp(&b.1)),
    }?;
    Some(best.0)
}

/// The verdict as a translated sentence.
fn verdict_text(state: &AppState) -> String {
    let names: Vec<String> = state.scenario.with(|s| s.options.iter().map(|o| o.name.clone()).collect());
    let years = state.scenario.with(|s| s.horizon_years).to_string();
    let v = state.results.with(|r| verdict(&r.0.options));
    let lang = state.lang.get();
    let months = |m: &Decimal| format(lang, "", Style::Number { digits: 1 }, m);
    let name = |i: usize| names.get(i).cloned().unwrap_or_default();
    match v {
        Verdict::Clear { option, months: m } => crate::i18n::fill(
            state.tr("verdict.clear"),
            &[("name", &name(option)), ("months", &months(&m)), ("years", &years)],
        ),
        Verdict::Split { fastest, months: m, most_value } => crate::i18n::fill(
            state.tr("verdict.split"),
            &[("fastest", &name(fastest)), ("months", &months(&m)), ("best", &name(most_value)), ("years", &years)],
        ),
        Verdict::PaysBackButNoValue { fastest, months: m } => crate::i18n::fill(
            state.tr("verdict.no_value"),
            &[("name", &name(fastest)), ("months", &months(&m)), ("years", &years)],
        ),
        Verdict::NonePaysBack => crate::i18n::fill(state.tr("verdict.none"), &[("years", &years)]),
    }
}

#[component]
pub fn Comparison() -> impl IntoView {
    let state = use_state();
    let option_ids = move || state.scenario.with(|s| s.options.iter().map(|o| (o.id.clone(), o.name.clone())).collect::<Vec<_>>());

    let cell = move |metric: MetricId, idx: usize, id: String, best: Option<usize>| {
        let value = move || state.results.with(|r| r.0.options.get(idx).map(|o| metric.of_option(o)).unwrap_or(Err(Undefined::Overflow)));
        view! {
            <td
                data-testid=format!("result-{id}-{}", metric.key())
                data-value=move || hook_value(&value())
                class:best=move || best == Some(idx)
            >
                {move || match value() {
                    Ok(v) => view! { <span>{metric.show(&state, &v)}</span> }.into_any(),
                    Err(reason) => view! {
                        <span class="undefined" title=reason_text(&state, reason)>
                            "—" <span class="reason">{reason_text(&state, reason)}</span>
                        </span>
                    }.into_any(),
                }}
                {(best == Some(idx)).then(|| view! { <span class="best-mark">" ★ "<span class="visually-hidden">{state.text("compare.best")}</span></span> })}
            </td>
        }
    };

    let rows = move || {
        let ids = option_ids();
        MetricId::ALL
            .into_iter()
            .map(|metric| {
                let values: Vec<Metric> = state.results.with(|r| r.0.options.iter().map(|o| metric.of_option(o)).collect());
                let best = best_index(&values, metric.better());
                let cells: Vec<_> = ids.iter().enumerate().map(|(i, (id, _))| cell(metric, i, id.clone(), best)).collect();
                let baseline = match metric {
                    MetricId::Clv => {
                        let v = move || state.results.with(|r| r.0.baseline.clv);
                        view! {
                            <td data-testid="result-baseline-clv" data-value=move || hook_value(&v())>
                                {move || v().map(|v| metric.show(&state, &v)).unwrap_or_else(|e| format!("— {}", reason_text(&state, e)))}
                            </td>
                        }
                        .into_any()
                    }
                    MetricId::ClvToCac => {
                        let v = move || state.results.with(|r| r.0.baseline.clv_to_cac);
                        view! {
                            <td>{move || v().map(|v| metric.show(&state, &v)).unwrap_or_else(|e| format!("— {}", reason_text(&state, e)))}</td>
                        }
                        .into_any()
                    }
                    _ => view! { <td class="na" aria-hidden="true">"·"</td> }.into_any(),
                };
                view! {
                    <tr>
                        <th scope="row">{state.text_of(format!("metric.{}", metric.key()))}</th>
                        {cells}
                        {baseline}
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    };

    view! {
        <section class="card comparison" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{state.text("compare.title")}</h2>
            <p class="verdict" data-testid="verdict" aria-live="polite">{move || verdict_text(&state)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="comparison-title">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{state.text("compare.metric")}</th>
                            {move || option_ids().into_iter().map(|(_, name)| view! { <th scope="col">{name}</th> }).collect::<Vec<_>>()}
                            <th scope="col">{state.text("compare.baseline")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
