//! The host's call-to-action link beside the results (`?cta=https://…&cta_label=…`),
//! e.g. "Talk to a consultant about these results". The address was checked to be
//! `https:`; the label is set as text, so markup in it is shown, never run, and its
//! invisible characters were dropped (`embed::settings::label`). The link's host is
//! always shown beside the label ("Session expired – sign in (site: evil.example)"),
//! so a label cannot pass the link off as another site's. It opens in a new tab, so
//! the visitor's figures stay where they were.

use crate::embed::Cta;
use crate::i18n::fill;
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn CallToAction(cta: Cta) -> impl IntoView {
    let state = use_state();
    let host = cta.host().to_owned();
    let Cta { url, label } = cta;
    let text = move || label.clone().unwrap_or_else(|| state.tr("cta.default").to_owned());
    let site = move || fill(state.tr("cta.host"), &[("host", &host)]);
    view! {
        <p class="cta no-print">
            <a class="cta-link" href=url target="_blank" rel="noopener noreferrer" data-testid="cta">
                {text}
                <span class="cta-host" data-testid="cta-host">{site}</span>
                <span class="visually-hidden">{state.text("cta.new_tab")}</span>
            </a>
        </p>
    }
}
