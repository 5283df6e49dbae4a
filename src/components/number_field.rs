//! A text field for one number, read the way people type it (`1.2萬`, `NT$3,000`,
//! `１２％`). What the visitor types is kept as typed while it is being edited; every
//! readable value goes to the model at once (results update as they type), an
//! unreadable one shows a message next to the field and the model keeps the last good
//! value. Nothing typed is thrown away.

use crate::input::grouped::{grouped, typed_unit};
use crate::input::number_text::{parse_number, to_plain_text, NumberError, NumberKind};
use crate::input::rate::{fraction_of_percent, percent_text};
use super::label_text::LabelText;
use crate::i18n::text;
use crate::state::use_state;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The translated message for a number the field cannot take.
pub fn error_text(lang: crate::i18n::Lang, e: NumberError) -> String {
    let t = |k| crate::i18n::text(lang, k);
    match e {
        NumberError::Empty => t("error.empty").to_owned(),
        NumberError::NotANumber => t("error.not_a_number").to_owned(),
        NumberError::TwoDecimalPoints => t("error.two_points").to_owned(),
        NumberError::Negative => t("error.negative").to_owned(),
        NumberError::TooLarge => t("error.too_large").to_owned(),
        NumberError::AbovePercentMax => t("error.above_percent_max").to_owned(),
        NumberError::BelowMin { min } => crate::i18n::fill(t("error.below_min"), &[("min", &min.to_string())]),
        NumberError::NotWhole => t("error.not_whole").to_owned(),
        NumberError::NotPositive => t("error.not_positive").to_owned(),
        NumberError::OutsideLimits { min, max } => {
            crate::i18n::fill(t("error.outside_limits"), &[("min", &min.normalize().to_string()), ("max", &max.normalize().to_string())])
        }
        NumberError::OutOfRange { min, max } => {
            crate::i18n::fill(t("error.out_of_range"), &[("min", &min.to_string()), ("max", &max.to_string())])
        }
    }
}

/// The unit shown after the field.
fn unit_key(kind: NumberKind) -> Option<&'static str> {
    match kind {
        NumberKind::Percent | NumberKind::SignedPercent | NumberKind::Share => Some("unit.percent"),
        NumberKind::Years => Some("unit.years"),
        NumberKind::Money | NumberKind::Count | NumberKind::PositiveCount => None,
    }
}

#[component]
pub fn NumberField(
    /// The contract path: the input is `input-<path>`, its message `error-<path>`.
    #[prop(into)]
    path: String,
    /// The label, as a translation key.
    #[prop(into)]
    label: LabelText,
    /// The one-line help, as a translation key, if any.
    #[prop(optional, into)]
    help: Option<LabelText>,
    kind: NumberKind,
    #[prop(into)] value: Signal<Decimal>,
    #[prop(into)] on_change: Callback<Decimal>,
    /// A gentle note under the field (a legal but unlikely value), if any.
    #[prop(optional, into)]
    warning: Option<Signal<Option<String>>>,
    /// The model holds a fraction that the visitor reads and types in % (`input::rate`):
    /// `value` and `on_change` are fractions, the field shows percent.
    #[prop(optional)]
    rate: bool,
    /// The values the model accepts now (e.g. a range's low bound: 0 to the lever's
    /// value); another readable value shows "must be between …" and is not taken.
    #[prop(optional, into)]
    limits: Option<Signal<(Decimal, Decimal)>>,
    /// A note on where the value comes from while it is a default (e.g. "estimated from
    /// your answers"), as a translation key; `data-testid="note-<path>"`.
    #[prop(optional, into)]
    note: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    let state = use_state();
    let id = format!("f-{path}");
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let warn_id = format!("{id}-warn");
    // Some(text) while the visitor's text differs from the model's plain form.
    let draft = RwSignal::new(None::<String>);
    let read = move |text: &str| {
        let v = parse_number(text, kind)?;
        let v = if rate { fraction_of_percent(v).ok_or(NumberError::TooLarge)? } else { v };
        match limits.map(|l| l.get()) {
            Some((min, max)) if v < min || v > max => Err(NumberError::OutsideLimits { min, max }),
            _ => Ok(v),
        }
    };
    let parsed = Memo::new(move |_| draft.get().map(|t| read(&t)));
    // The text cannot be read, or the model refused the value it reads as (e.g. a
    // product beyond the limit): the message beside the field; the model keeps its
    // last good value.
    let refused = state.refusal_for(&path);
    let error = move || match parsed.get().and_then(|r| r.err()) {
        Some(e) => Some(error_text(state.lang.get(), e)),
        None => refused.get().map(|k| text(state.lang.get(), k).to_owned()),
    };
    // An amount not being edited is shown grouped ("500,000", or "50 萬" if typed so);
    // focused, it is plain digits, and what the visitor types stays as typed.
    let amount = matches!(kind, NumberKind::Money | NumberKind::Count | NumberKind::PositiveCount);
    let focused = RwSignal::new(false);
    let typed = RwSignal::new(None::<char>);
    let shown = move || {
        draft.get().unwrap_or_else(|| {
            let v = value.get();
            if rate { percent_text(&v) } else if amount && !focused.get() { grouped(&v, typed.get()) } else { to_plain_text(&v) }
        })
    };
    let described_by = {
        let (help_id, error_id, warn_id) = (help_id.clone(), error_id.clone(), warn_id.clone());
        let has_help = help.is_some();
        move || {
            let mut ids = Vec::new();
            if has_help {
                ids.push(help_id.clone());
            }
            if error().is_some() {
                ids.push(error_id.clone());
            }
            if warning.map(|w| w.get().is_some()).unwrap_or(false) {
                ids.push(warn_id.clone());
            }
            ids.join(" ")
        }
    };
    // A value changed from elsewhere while this field keeps its typed text (another
    // saved scenario opened from the picker, another tab's edit merged in): the text
    // gives way to it, or the field would show one figure while the scenario holds
    // another.
    Effect::new(move |_| {
        let v = value.get();
        if draft.with_untracked(|d| d.as_deref().is_some_and(|t| read(t).is_ok_and(|typed| typed != v))) {
            draft.set(None);
        }
    });
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        if let Ok(v) = read(&text) {
            if v != value.get_untracked() {
                on_change.run(v);
            }
        }
        if amount {
            typed.set(typed_unit(&text));
        }
        draft.set(Some(text));
    };
    // Leaving the field shows the value as the model holds it, unless it is unreadable.
    let on_blur = move |_| {
        focused.set(false);
        if matches!(parsed.get_untracked(), Some(Ok(_))) {
            draft.set(None);
        }
    };
    // Plain digits once focused. Switched in a microtask, after the browser has finished
    // focusing (`select()` focuses first, then selects): a selected text stays selected,
    // so typing replaces it as before.
    let on_focus = move |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        wasm_bindgen_futures::spawn_local(async move {
            // Left again before this ran: nothing to do.
            let Some(input) = input else { return };
            if document().active_element().map(wasm_bindgen::JsValue::from) != Some(input.clone().into()) {
                return;
            }
            focused.set(true);
            if !amount || draft.get_untracked().is_some() {
                return;
            }
            let old = input.value();
            let all = input.selection_start().ok().flatten() == Some(0)
                && input.selection_end().ok().flatten().is_some_and(|e| e as usize >= old.encode_utf16().count());
            input.set_value(&to_plain_text(&value.get_untracked()));
            if all && !old.is_empty() {
                input.select();
            }
        });
    };
    let unit = unit_key(kind);
    let input_mode = if kind == NumberKind::Years { "numeric" } else { "decimal" };

    view! {
        <div class="field" class:invalid=move || error().is_some()>
            <label for=id.clone()>{move || label.resolve(state.lang.get())}</label>
            <div class="field-input">
                <input
                    id=id.clone()
                    type="text"
                    inputmode=input_mode
                    autocomplete="off"
                    spellcheck="false"
                    data-testid=format!("input-{path}")
                    prop:value=shown
                    aria-invalid=move || error().is_some().to_string()
                    aria-describedby=described_by
                    on:input=on_input
                    on:focus=on_focus
                    on:blur=on_blur
                />
                {unit.map(|k| view! { <span class="unit" aria-hidden="true">{state.text(k)}</span> })}
                {move || (kind == NumberKind::Money).then(|| view! { <span class="unit" aria-hidden="true">{state.currency()}</span> })}
            </div>
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{move || h.resolve(state.lang.get())}</p> })}
            <p class="error" id=error_id.clone() role="alert" data-testid=format!("error-{path}") hidden=move || error().is_none()>
                {move || error().unwrap_or_default()}
            </p>
            {note.map(|n| view! {
                <p class="help note" data-testid=format!("note-{path}") hidden=move || n.get().is_none()>
                    {move || n.get().map(|k| text(state.lang.get(), k)).unwrap_or_default()}
                </p>
            })}
            {warning.map(|w| view! {
                <p class="warning" id=warn_id.clone() hidden=move || w.get().is_none()>{move || w.get().unwrap_or_default()}</p>
            })}
        </div>
    }
}
