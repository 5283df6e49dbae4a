//! "Embed this calculator": the snippet a consultancy pastes into its article, for the
//! current language and currency and the look this page was opened with (`theme`,
//! `accent`, `cta`, `cta_label`, `parent_origin` in its address, contract.md §2; the
//! parameters are explained beside it and in the README). The body is a string
//! (`render::embed`); only the open state and the copy status are Leptos views.

use crate::embed::snippet::SnippetInput;
use crate::embed::EmbedSettings;
use crate::platform::{files, page_url};
use crate::render::embed::{panel, COPY_ACTION, SNIPPET_ID};
use crate::state::use_state;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn EmbedPanel(settings: EmbedSettings) -> impl IntoView {
    let state = use_state();
    let copied = RwSignal::new(false);
    let app_url = page_url::app_address();
    let body = move || {
        let lang = state.lang.get();
        let currency = state.currency();
        let input = SnippetInput { app_url: &app_url, lang: lang.code(), currency: &currency, title: state.tr("app.title"), settings: &settings };
        panel(lang, &input)
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if target.and_then(|t| t.get_attribute("data-action")).as_deref() != Some(COPY_ACTION) {
            return;
        }
        let area = document().get_element_by_id(SNIPPET_ID).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
        let Some(text) = area.map(|a| a.value()) else { return };
        wasm_bindgen_futures::spawn_local(async move { copied.set(files::copy(&text).await) });
    };
    view! {
        <details class="card no-print embed-panel" data-testid="embed-panel">
            <summary><h2>{state.text("embed.title")}</h2></summary>
            <div inner_html=body on:click=on_click></div>
            <p class="help" role="status" data-testid="embed-copied">{move || copied.get().then(|| state.tr("embed.copied"))}</p>
        </details>
    }
}
