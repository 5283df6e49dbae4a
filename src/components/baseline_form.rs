//! The business as it is today (model.md §1): ten facts, each with its unit and a
//! one-line help in plain words.

use super::number_field::NumberField;
use crate::input::number_text::NumberKind;
use crate::model::baseline::{BaselineField, FieldUnit};
use crate::model::edit::Edit;
use crate::model::example;
use crate::state::use_state;
use leptos::prelude::*;

pub fn kind_of(unit: FieldUnit) -> NumberKind {
    match unit {
        FieldUnit::Money => NumberKind::Money,
        FieldUnit::Count => NumberKind::Count,
        FieldUnit::Percent => NumberKind::Percent,
    }
}

/// The facts the quick view asks (with the currency); the full form has all of them.
pub const QUICK: [BaselineField; 4] = example::ANSWERS;

/// The field of one baseline fact (`input-baseline-<key>`), in the full form and as
/// one of the quick view's questions alike: the figures still at the example's follow
/// what is typed here (`model::follow`, through `Edit::Baseline`).
pub fn baseline_field(f: BaselineField) -> impl IntoView {
    let state = use_state();
    let key = f.key();
    let path = format!("baseline-{key}");
    view! {
        <NumberField
            path=path.clone()
            label=format!("baseline.{key}.label")
            help=format!("baseline.{key}.help")
            kind=kind_of(f.unit())
            value=Signal::derive(move || state.scenario.with(|s| s.baseline.get(f)))
            on_change=Callback::new(move |v| {
                state.send(&path_of(f), Edit::Baseline(f, v));
            })
            warning=state.warning_for(path)
            note=Signal::derive(move || estimate_note(f, &state))
        />
    }
}

/// "Estimated from your answers: …" while `f` is tied to the answers and still holds
/// the example's value for them (model::example); nothing once the visitor typed their own.
fn estimate_note(f: BaselineField, state: &crate::state::AppState) -> Option<&'static str> {
    let still = example::is_estimated(f)
        && state.scenario.with(|s| s.baseline.get(f) == example::example_baseline(&s.currency, &s.baseline).get(f));
    still.then(|| estimate_key(f))
}

/// The translation key of `f`'s estimate note.
fn estimate_key(f: BaselineField) -> &'static str {
    match f {
        BaselineField::NewCustomersPerYear => "baseline.new_customers_per_year.estimate",
        BaselineField::AcquisitionCost => "baseline.acquisition_cost.estimate",
        BaselineField::ServiceContactsPerCustomer => "baseline.service_contacts_per_customer.estimate",
        BaselineField::MarketingSpend => "baseline.marketing_spend.estimate",
        _ => "baseline.average_order_value.estimate",
    }
}

fn path_of(f: BaselineField) -> String {
    format!("baseline-{}", f.key())
}

/// Every fact; in the quick view (`without_quick`) those it asks above are left out,
/// so each field is once in the page.
#[component]
pub fn BaselineForm(#[prop(optional)] without_quick: bool) -> impl IntoView {
    let state = use_state();
    let fields: Vec<_> =
        BaselineField::ALL.into_iter().filter(|f| !(without_quick && QUICK.contains(f))).map(baseline_field).collect();
    view! {
        <section class="card baseline" aria-labelledby="baseline-title">
            <h2 id="baseline-title">{state.text("baseline.title")}</h2>
            <p class="section-help">{state.text("baseline.intro")}</p>
            <div class="fields">{fields}</div>
        </section>
    }
}
