//! The app's SVG charts (cash flow of the option in detail, its benefits and costs,
//! every option compared). The markup is written by `render::charts`; each chart is
//! one `<figure>` whose inside is set as HTML.

use super::results_detail::output;
use crate::render::{charts, Ctx, Data};
use leptos::prelude::*;

fn chart_figure(render: fn(&Ctx, &Data) -> String) -> impl IntoView {
    view! { <figure class="card chart-card" inner_html=output(render)></figure> }
}

/// The cumulative cash flow S_t of the option in detail, with its payback point.
#[component]
pub fn CashflowChart() -> impl IntoView {
    chart_figure(charts::cashflow)
}

/// Benefits by source (up) against costs by category (down), per year.
#[component]
pub fn BreakdownChart() -> impl IntoView {
    chart_figure(charts::breakdown)
}

/// Cumulative net cash flow of every option, one line each.
#[component]
pub fn ComparisonChart() -> impl IntoView {
    chart_figure(charts::comparison)
}
