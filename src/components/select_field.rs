//! A labelled `<select>`: one component for every choice in the app, so its view code
//! is compiled once (each hand-written select cost its own copy in the wasm).

use super::label_text::LabelText;
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn SelectField(
    /// The element id and the contract path: the select is `input-<path>`.
    #[prop(into)]
    path: String,
    /// The label, as a translation key.
    #[prop(into)]
    label: LabelText,
    /// `(value, shown text)` of each choice.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] help: Option<LabelText>,
) -> impl IntoView {
    let state = use_state();
    let id = format!("f-{path}");
    let help_id = format!("{id}-help");
    let described = help.as_ref().map(|_| help_id.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.resolve(state.lang.get())}</label>
            <select id=id data-testid=format!("input-{path}") aria-describedby=described
                on:change=move |ev| on_change.run(event_target_value(&ev))>
                {move || {
                    let current = value.get();
                    options.get().into_iter().map(|(v, text)| {
                        let selected = v == current;
                        view! { <option value=v selected=selected>{text}</option> }
                    }).collect::<Vec<_>>()
                }}
            </select>
            {help.map(|h| view! { <p class="help" id=help_id>{move || h.resolve(state.lang.get())}</p> })}
        </div>
    }
}
