//! Scenario settings: currency, horizon and discount rate.

use super::number_field::NumberField;
use super::select_field::SelectField;
use crate::input::number_text::NumberKind;
use crate::model::edit::Edit;
use crate::model::price_level::{PriceLevel, PRICE_LEVELS};
use crate::state::use_state;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The currencies offered: those with a price level for the example figures; a
/// scenario file or `?currency=` may bring any other ISO code, which is then added.
fn offered() -> impl Iterator<Item = &'static str> {
    PRICE_LEVELS.iter().map(|p| p.currency)
}

/// Where the example money figures of `currency` come from, in words.
pub fn price_note(state: &crate::state::AppState, currency: &str) -> String {
    let row = PriceLevel::for_currency(currency);
    let level = row.level().round_dp(4).normalize().to_string();
    let key = if PriceLevel::find(currency).is_some() { "settings.price_level" } else { "settings.price_level.other" };
    crate::i18n::fill(
        state.tr(key),
        &[("currency", currency), ("level", &level), ("source", state.tr(&format!("price_level.source.{}", row.currency)))],
    )
}

/// The currency choice with the note on where the example figures come from (the
/// settings of the full page).
pub fn currency_field() -> impl IntoView {
    let state = use_state();
    view! {
        {currency_choice()}
        <p class="help price-note" data-testid="price-note">{move || price_note(&state, &state.currency())}</p>
    }
}

/// The currency choice (`input-settings-currency`), alone in the quick view (whose
/// height is counted). Changing it turns the untouched example figures into the new
/// currency's (`model::currency_change`).
pub fn currency_choice() -> impl IntoView {
    let state = use_state();
    let currency_options = Signal::derive(move || {
        let current = state.currency();
        let mut list: Vec<String> = offered().map(str::to_owned).collect();
        if !list.contains(&current) {
            list.push(current);
        }
        list.into_iter()
            .map(|c| {
                let label = if offered().any(|o| o == c) {
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
            on_change=Callback::new(move |c: String| { state.send("settings-currency", Edit::Currency(c)); })
        />
    }
}

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
                            state.send("settings-horizon_years", Edit::HorizonYears(n));
                        }
                    })
                />
                <NumberField
                    path="settings-discount_rate"
                    label="settings.discount_rate.label"
                    help="settings.discount_rate.help"
                    kind=NumberKind::Percent
                    value=Signal::derive(move || state.scenario.with(|s| s.discount_rate))
                    on_change=Callback::new(move |v| { state.send("settings-discount_rate", Edit::DiscountRate(v)); })
                    warning=state.warning_for("settings-discount_rate")
                />
            </div>
        </section>
    }
}
