//! The year-by-year table of the option shown in detail (years 0..N): benefits by
//! source, costs by category, net, cumulative and discounted. Sources and categories
//! that are zero in every year are left out to keep the table readable. Rows carry
//! the `cashflow-<id>-<year>` hooks of contract.md §4.

use super::results_detail::selected_results;
use crate::model::benefit_sources::BenefitSource;
use crate::model::machine_value::machine_value;
use crate::model::{CostCategory, YearRow};
use crate::platform::intl::{format, Style};
use crate::state::use_state;
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn CashflowTable() -> impl IntoView {
    let state = use_state();
    let rows = move || selected_results(&state, |r| r.years.clone()).unwrap_or_default();
    let table = move || {
        let rows: Vec<YearRow> = rows();
        let id = state.selected.get();
        let lang = state.lang.get();
        let currency = state.currency();
        let money = |v: &Decimal| format(lang, &currency, Style::Money, v);
        let sources: Vec<BenefitSource> =
            BenefitSource::ALL.into_iter().filter(|s| rows.iter().any(|r| !r.benefits.get(*s).is_zero())).collect();
        let categories: Vec<CostCategory> =
            CostCategory::ALL.into_iter().filter(|c| rows.iter().any(|r| !r.costs[c.index()].is_zero())).collect();
        let head = view! {
            <tr>
                <th scope="col">{state.tr("table.year")}</th>
                {sources.iter().map(|s| view! { <th scope="col" class="benefit">{state.tr(&format!("source.{}", s.key()))}</th> }).collect::<Vec<_>>()}
                <th scope="col" class="benefit total">{state.tr("table.benefit")}</th>
                {categories.iter().map(|c| view! { <th scope="col" class="cost">{state.tr(&format!("category.{}", c.key()))}</th> }).collect::<Vec<_>>()}
                <th scope="col" class="cost total">{state.tr("table.cost")}</th>
                <th scope="col">{state.tr("table.net")}</th>
                <th scope="col">{state.tr("table.cumulative")}</th>
                <th scope="col">{state.tr("table.discounted")}</th>
            </tr>
        };
        let body = rows
            .iter()
            .map(|r| {
                view! {
                    <tr
                        data-testid=format!("cashflow-{id}-{}", r.year)
                        data-benefit=machine_value(&r.benefit)
                        data-cost=machine_value(&r.cost)
                        data-net=machine_value(&r.net)
                    >
                        <th scope="row">{r.year}</th>
                        {sources.iter().map(|s| view! { <td>{money(&r.benefits.get(*s))}</td> }).collect::<Vec<_>>()}
                        <td class="total">{money(&r.benefit)}</td>
                        {categories.iter().map(|c| view! { <td>{money(&r.costs[c.index()])}</td> }).collect::<Vec<_>>()}
                        <td class="total">{money(&r.cost)}</td>
                        <td class:negative=r.net < Decimal::ZERO>{money(&r.net)}</td>
                        <td class:negative=r.cumulative < Decimal::ZERO>{money(&r.cumulative)}</td>
                        <td>{money(&r.discounted_net)}</td>
                    </tr>
                }
            })
            .collect::<Vec<_>>();
        view! { <thead>{head}</thead><tbody>{body}</tbody> }
    };
    view! {
        <section class="card cashflow" aria-labelledby="cashflow-title">
            <h2 id="cashflow-title">{state.text("table.title")}</h2>
            <p class="help">{state.text("table.help")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cashflow-title">
                <table class="cashflow-table">{table}</table>
            </div>
        </section>
    }
}
