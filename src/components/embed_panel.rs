//! "Embed this calculator": the snippet a consultancy pastes into its article, for the
//! current language and currency and the look they choose here (their site's address,
//! theme, accent, call-to-action link). Each choice is checked as the app checks the
//! query (`EmbedSettings::from_query`), so the snippet never carries a value the
//! embedded page would ignore; a value it cannot use gets a message beside it.

use super::select_field::SelectField;
use crate::embed::snippet::{snippet, SnippetInput};
use crate::embed::{EmbedSettings, Theme};
use crate::platform::files;
use crate::state::use_state;
use leptos::prelude::*;

/// A text field of the panel with its message when its text cannot be used. Not
/// generic: one copy of its view code in the wasm for all four fields.
fn text_field(
    state: crate::state::AppState,
    name: &'static str,
    value: RwSignal<String>,
    invalid: Signal<bool>,
) -> impl IntoView {
    let id = format!("f-embed-{name}");
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{state.text_of(format!("embed.{name}"))}</label>
            <input id=id type="text" data-testid=format!("embed-{name}") autocomplete="off" spellcheck="false"
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))
                aria-describedby=error_id.clone()/>
            <p class="error" id=error_id data-testid=format!("embed-{name}-error") hidden=move || !invalid.get()>
                {state.text_of(format!("embed.{name}_invalid"))}
            </p>
        </div>
    }
}

#[component]
pub fn EmbedPanel(#[prop(into)] settings: EmbedSettings) -> impl IntoView {
    let state = use_state();
    let origin = RwSignal::new(settings.parent_origin.clone().unwrap_or_default());
    let theme = RwSignal::new(settings.theme.code().to_owned());
    let accent = RwSignal::new(settings.accent.map(|(c, _)| c.hex()).unwrap_or_default());
    let cta = RwSignal::new(settings.cta.as_ref().map(|c| c.url.clone()).unwrap_or_default());
    let label = RwSignal::new(settings.cta.and_then(|c| c.label).unwrap_or_default());
    let copied = RwSignal::new(false);

    // The panel's choices read exactly as the embedded page will read its query.
    let chosen = move || {
        let fields = [("parent_origin", origin), ("theme", theme), ("accent", accent), ("cta", cta), ("cta_label", label)];
        EmbedSettings::from_query(|name| {
            fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v.get()).filter(|v| !v.trim().is_empty())
        })
    };
    // A memo of the currency, so that the snippet is not written again on every
    // keystroke in the calculator, only when the currency, language or a choice changes.
    let currency = Memo::new(move |_| state.currency());
    let app_url = crate::platform::page_url::app_address();
    let code = Memo::new(move |_| {
        let settings = chosen();
        let lang = state.lang.get();
        currency.with(|currency| {
            snippet(&SnippetInput { app_url: &app_url, lang: lang.code(), currency, title: state.tr("app.title"), settings: &settings })
        })
    });
    let filled = |v: RwSignal<String>| move || !v.get().trim().is_empty();
    let origin_bad = Signal::derive(move || filled(origin)() && chosen().parent_origin.is_none());
    let accent_bad = Signal::derive(move || filled(accent)() && chosen().accent.is_none());
    let cta_bad = Signal::derive(move || filled(cta)() && chosen().cta.is_none());
    // A text without a usable link would be dropped from the snippet: say so.
    let label_bad = Signal::derive(move || filled(label)() && chosen().cta.is_none());
    let themes = Signal::derive(move || {
        [Theme::Auto, Theme::Light, Theme::Dark].map(|t| (t.code().to_owned(), state.tr(&format!("embed.theme_{}", t.code())).to_owned())).to_vec()
    });

    view! {
        <details class="card no-print embed-panel" data-testid="embed-panel">
            <summary><h2>{state.text("embed.title")}</h2></summary>
            <p class="section-help">{state.text("embed.help")}</p>
            <div class="fields">
                {text_field(state, "parent_origin", origin, origin_bad)}
                <SelectField path="embed-theme" label="embed.theme" options=themes value=Signal::derive(move || theme.get())
                    on_change=Callback::new(move |v: String| theme.set(v))/>
                {text_field(state, "accent", accent, accent_bad)}
                {text_field(state, "cta", cta, cta_bad)}
                {text_field(state, "cta_label", label, label_bad)}
            </div>
            <div class="field">
                <label for="f-embed-snippet">{state.text("embed.snippet")}</label>
                <textarea id="f-embed-snippet" rows="6" readonly data-testid="embed-snippet" prop:value=move || code.get()></textarea>
                <button type="button" data-testid="embed-copy" on:click=move |_| {
                    let text = code.get_untracked();
                    wasm_bindgen_futures::spawn_local(async move { copied.set(files::copy(&text).await) });
                }>{state.text("embed.copy")}</button>
                <p class="help" role="status" data-testid="embed-copied">{move || copied.get().then(|| state.tr("embed.copied"))}</p>
            </div>
        </details>
    }
}
