//! Scenario settings: currency, horizon and discount rate.

use super::number_field::NumberField;
use super::select_field::SelectField;
use crate::input::number_text::NumberKind;
use crate::state::use_state;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The currencies offered; a scenario file or `?currency=` may bring any other ISO code,
/// which is then added to the list.
pub const CURRENCIES: [&str; 8] = ["TWD", "CNY", "HKD", "USD", "EUR", "JPY", "SGD", "MYR"];

/// The currency choice (`input-settings-currency`), in the settings and in the quick view.
pub fn currency_field() -> impl IntoView {
    let state = use_state();
    let currency_options = Signal::derive(move || {
        let current = state.currency();
        let mut list: Vec<String> = CURRENCIES.iter().map(|c| c.to_string()).collect();
        if !list.contains(&current) {
            list.push(current);
        }
        list.into_iter()
            .map(|c| {
                let label = if CURRENCIES.contains(&c.as_str()) {
                    format!("{c} · {}", state.tr(&format!("currency.{c}")))
                } else {
                    c.clone()
                };
                (c, label)
            })
            .collect::<Vec<_>>()
    });
    view! {
        <SelectField
            path="settings-currency"
            label="settings.currency.label"
            help="settings.currency.help"
            options=currency_options
            value=Signal::derive(move || state.currency())
            on_change=Callback::new(move |c: String| state.edit(|s| s.currency = c))
        />
    }
}

/// The settings; in the quick view the currency is asked above (`without_currency`).
#[component]
pub fn SettingsForm(#[prop(optional)] without_currency: bool) -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card settings" aria-labelledby="settings-title">
            <h2 id="settings-title">{state.text("settings.title")}</h2>
            <div class="fields">
                {(!without_currency).then(currency_field)}
                <NumberField
                    path="settings-horizon_years"
                    label="settings.horizon_years.label"
                    help="settings.horizon_years.help"
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
                    label="settings.discount_rate.label"
                    help="settings.discount_rate.help"
                    kind=NumberKind::Percent
                    value=Signal::derive(move || state.scenario.with(|s| s.discount_rate))
                    on_change=Callback::new(move |v| state.edit(|s| s.discount_rate = v))
                    warning=state.warning_for("settings-discount_rate")
                />
            </div>
        </section>
    }
}
