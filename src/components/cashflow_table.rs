//! The year-by-year table of the option shown in detail, with the
//! `cashflow-<id>-<year>` hooks of contract.md §4. Its rows are written by
//! `render::tables::years`.

use super::results_detail::output;
use crate::render::tables;
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn CashflowTable() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card cashflow" aria-labelledby="cashflow-title">
            <h2 id="cashflow-title">{state.text("table.title")}</h2>
            <p class="help">{state.text("table.help")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cashflow-title">
                <table class="cashflow-table" inner_html=output(tables::years)></table>
            </div>
        </section>
    }
}
