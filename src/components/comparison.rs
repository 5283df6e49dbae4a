//! All options side by side, with the plain-language verdict above. The table, which
//! carries the result hooks of contract.md §4 (`result-<id>-<metric>`,
//! `result-baseline-clv`), and the verdict are written by `render::tables`.

use super::results_detail::output;
use crate::render::tables;
use crate::state::use_state;
use leptos::prelude::*;

/// In the quick view (`quick`) the verdict and the headline metrics are above, on the
/// option cards, so the table has the other metrics and no verdict.
#[component]
pub fn Comparison(#[prop(optional)] quick: bool) -> impl IntoView {
    let state = use_state();
    let table = if quick { tables::comparison_more } else { tables::comparison };
    view! {
        <section class="card comparison" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{state.text("compare.title")}</h2>
            {(!quick).then(|| view! { <p class="verdict" data-testid="verdict" aria-live="polite">{output(tables::verdict)}</p> })}
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="comparison-title"
                inner_html=output(table)></div>
        </section>
    }
}
