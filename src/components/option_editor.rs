//! The option shown in detail: its strength and weakness, its main levers and costs
//! first (a newcomer sees a handful of inputs), and every lever, cost line, custom
//! benefit, realisation ramp and risk one click away.

use super::cost_lines::{BenefitLines, CostLines};
use super::label_text::LabelText;
use super::number_field::NumberField;
use crate::input::number_text::NumberKind;
use crate::model::{Lever, OptionKind};
use crate::state::use_state;
use crate::model::edit::OptionEdit;
use leptos::prelude::*;

/// The levers a newcomer sees first for each kind of option (model.md §4's table).
pub fn main_levers(kind: OptionKind) -> &'static [Lever] {
    match kind {
        OptionKind::Personalised => &[Lever::ChurnReduction, Lever::RevenueUplift, Lever::ReferralRate],
        OptionKind::Automated => &[Lever::ServiceDeflection, Lever::ChurnReduction],
        OptionKind::DataDriven => &[Lever::CrossSellRate, Lever::UpsellRate, Lever::MarketingSavings],
        OptionKind::Custom => &[Lever::ChurnReduction, Lever::RevenueUplift, Lever::CrossSellRate],
    }
}

#[component]
fn LeverField(id: String, lever: Lever) -> impl IntoView {
    let state = use_state();
    let key = lever.key();
    let path = format!("{id}-lever-{key}");
    let read_id = id.clone();
    let write_id = id.clone();
    let write_path = path.clone();
    view! {
        <NumberField
            path=path.clone()
            label=format!("lever.{key}.label")
            help=format!("lever.{key}.help")
            kind=NumberKind::Percent
            value=Signal::derive(move || state.with_option(&read_id, |o| o.levers.get(lever)).unwrap_or_default())
            on_change=Callback::new(move |v| { state.send_option(&write_path, &write_id, OptionEdit::Lever(lever, v)); })
            warning=state.warning_for(path)
        />
    }
}

#[component]
fn RiskField(id: String, #[prop(into)] field: &'static str) -> impl IntoView {
    let state = use_state();
    let read_id = id.clone();
    let write_id = id.clone();
    let get = move |o: &crate::model::StrategyOption| if field == "benefit_risk" { o.benefit_risk } else { o.cost_risk };
    view! {
        <NumberField
            path=format!("{id}-{field}")
            label=format!("option.{field}.label")
            help=format!("option.{field}.help")
            kind=NumberKind::Percent
            value=Signal::derive(move || state.with_option(&read_id, get).unwrap_or_default())
            on_change=Callback::new(move |v| {
                let edit = if field == "benefit_risk" { OptionEdit::BenefitRisk(v) } else { OptionEdit::CostRisk(v) };
                state.send_option(&format!("{write_id}-{field}"), &write_id, edit);
            })
        />
    }
}

/// Realisation per year 1..=N; editing a year writes out the whole list so that what
/// is shown is exactly what is stored (a shorter list would repeat its last value).
#[component]
fn Realisation(id: String) -> impl IntoView {
    let state = use_state();
    let horizon = Memo::new(move |_| state.scenario.with(|s| s.horizon_years.clamp(1, 10)));
    let fields = move || {
        let id = id.clone();
        (1..=horizon.get())
            .map(|year| {
                let read_id = id.clone();
                let write_id = id.clone();
                let path = format!("{id}-realisation-{year}");
                view! {
                    <NumberField
                        path=path.clone()
                        label=LabelText::filled("option.realisation.year", "year", year.to_string())
                        kind=NumberKind::Percent
                        value=Signal::derive(move || state.with_option(&read_id, |o| o.realisation_at(year)).unwrap_or_default())
                        on_change=Callback::new(move |v| {
                            state.send_option(&format!("{write_id}-realisation-{year}"), &write_id, OptionEdit::Realisation { year, value: v });
                        })
                        warning=state.warning_for(path)
                    />
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <fieldset class="realisation">
            <legend>{state.text("option.realisation.label")}</legend>
            <p class="help">{state.text("option.realisation.help")}</p>
            <div class="fields compact">{fields}</div>
        </fieldset>
    }
}

#[component]
pub fn OptionEditor() -> impl IntoView {
    let state = use_state();
    // Kept in the app state, so a reload opens the same sections.
    let details = state.details;
    // Only a change of the option shown (or of its kind) rebuilds the panel; edits
    // inside it update their own fields, so focus and half-typed text stay.
    let current = Memo::new(move |_| {
        let id = state.selected.get();
        state.with_option(&id, |o| o.kind).map(|k| (id, k))
    });
    let panel = move || {
        let (id, kind) = current.get()?;
        let k = kind.key();
        let main = main_levers(kind);
        let others: Vec<Lever> = Lever::ALL.into_iter().filter(|l| !main.contains(l)).collect();
        let main_fields = main.iter().map(|l| view! { <LeverField id=id.clone() lever=*l/> }).collect::<Vec<_>>();
        let (id2, id3, id4, id5, id6) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
        Some(view! {
            <div class="kind-notes">
                <p><strong>{state.text("option.strength")}</strong>" "{state.text_of(format!("kind.{k}.strength"))}</p>
                <p><strong>{state.text("option.weakness")}</strong>" "{state.text_of(format!("kind.{k}.weakness"))}</p>
                <p class="help">{state.text_of(format!("kind.{k}.source"))}</p>
            </div>
            <h3>{state.text("option.levers")}</h3>
            <div class="fields">{main_fields}</div>
            <CostLines id=id2 details=details.into()/>
            <button
                type="button"
                class="details-toggle"
                data-testid="toggle-details"
                aria-expanded=move || details.get().to_string()
                aria-controls="option-details"
                on:click=move |_| details.update(|d| *d = !*d)
            >
                {move || if details.get() { state.tr("option.hide_details") } else { state.tr("option.show_details") }}
            </button>
            {move || details.get().then(|| {
                    let others = others.clone();
                    let (id3, id4, id5, id6) = (id3.clone(), id4.clone(), id5.clone(), id6.clone());
                    view! {
                        <div id="option-details" class="details">
                            <h3>{state.text("option.more_levers")}</h3>
                            <div class="fields">
                                {others.iter().map(|l| view! { <LeverField id=id3.clone() lever=*l/> }).collect::<Vec<_>>()}
                            </div>
                            <BenefitLines id=id4.clone()/>
                            <Realisation id=id5.clone()/>
                            <h3>{state.text("option.risk")}</h3>
                            <div class="fields">
                                <RiskField id=id6.clone() field="benefit_risk"/>
                                <RiskField id=id6.clone() field="cost_risk"/>
                            </div>
                        </div>
                    }
            })}
        })
    };
    view! {
        <section class="card option-editor" id="option-panel" role="tabpanel"
            aria-labelledby=move || format!("tab-{}", state.selected.get())>
            {panel}
        </section>
    }
}
