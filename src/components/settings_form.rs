//! Scenario settings: currency, horizon and discount rate.

use super::number_field::NumberField;
use crate::input::number_text::NumberKind;
use crate::state::use_state;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The currencies offered; a scenario file or `?currency=` may bring any other ISO code,
/// which is then added to the list.
pub const CURRENCIES: [&str; 8] = ["TWD", "CNY", "HKD", "USD", "EUR", "JPY", "SGD", "MYR"];

#[component]
pub fn SettingsForm() -> impl IntoView {
    let state = use_state();
    let currency_options = move || {
        let current = state.currency();
        let mut list: Vec<String> = CURRENCIES.iter().map(|c| c.to_string()).collect();
        if !list.contains(&current) {
            list.push(current.clone());
        }
        list.into_iter()
            .map(|c| {
                let selected = c == current;
                let label = if CURRENCIES.contains(&c.as_str()) {
                    format!("{c} · {}", crate::i18n::text(state.lang.get(), &format!("currency.{c}")))
                } else {
                    c.clone()
                };
                view! { <option value=c.clone() selected=selected>{label}</option> }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="card settings" aria-labelledby="settings-title">
            <h2 id="settings-title">{state.text("settings.title")}</h2>
            <div class="fields">
                <div class="field">
                    <label for="f-settings-currency">{state.text("settings.currency.label")}</label>
                    <select
                        id="f-settings-currency"
                        data-testid="input-settings-currency"
                        aria-describedby="f-settings-currency-help"
                        on:change=move |ev| {
                            let c = event_target_value(&ev);
                            state.edit(|s| s.currency = c);
                        }
                    >
                        {currency_options}
                    </select>
                    <p class="help" id="f-settings-currency-help">{state.text("settings.currency.help")}</p>
                </div>
                <NumberField
                    path="settings-horizon_years"
                    label=Signal::derive(state.text("settings.horizon_years.label").to_owned())
                    help=Signal::derive(state.text("settings.horizon_years.help").to_owned())
                    kind=NumberKind::Years
                    value=Signal::derive(move || Decimal::from(state.scenario.with(|s| s.horizon_years)))
                    on_change=Callback::new(move |v: Decimal| {
                        if let Some(n) = rust_decimal::prelude::ToPrimitive::to_u32(&v) {
                            state.edit(|s| s.horizon_years = n);
                        }
                    })
                />
                <NumberField
                    path="settings-discount_rate"
                    label=Signal::derive(state.text("settings.discount_rate.label").to_owned())
                    help=Signal::derive(state.text("settings.discount_rate.help").to_owned())
                    kind=NumberKind::Percent
                    value=Signal::derive(move || state.scenario.with(|s| s.discount_rate))
                    on_change=Callback::new(move |v| state.edit(|s| s.discount_rate = v))
                    warning=state.warning_for("settings-discount_rate")
                />
            </div>
        </section>
    }
}
