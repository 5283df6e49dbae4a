//! Cost lines and custom benefit lines of an option: add, edit, remove. Each line has
//! a timing (one-off, recurring with growth, a per-year schedule) and an amount that
//! may be entered as quantity × unit cost (staff × salary, hours × rate, capital ×
//! alternative return). The simple view shows only each cost's amount.

use super::number_field::NumberField;
use crate::input::number_text::NumberKind;
use crate::model::timing::TimingKind;
use crate::model::validation::MAX_LINES;
use crate::model::{Amount, BenefitLine, CostCategory, CostLine, Stage, Timing};
use crate::state::{use_state, AppState};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Which list of the option a line editor works on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LineList {
    Costs,
    Benefits,
}

impl LineList {
    fn key(self) -> &'static str {
        match self {
            LineList::Costs => "cost",
            LineList::Benefits => "benefit",
        }
    }
}

fn read_line<T>(state: &AppState, id: &str, list: LineList, i: usize, f: impl FnOnce(&str, &Timing, Option<CostCategory>) -> T) -> Option<T> {
    state
        .with_option(id, |o| match list {
            LineList::Costs => o.costs.get(i).map(|c| f(&c.label, &c.timing, Some(c.category))),
            LineList::Benefits => o.custom_benefits.get(i).map(|b| f(&b.label, &b.timing, None)),
        })
        .flatten()
}

fn write_timing(state: &AppState, id: &str, list: LineList, i: usize, f: impl FnOnce(&mut Timing)) {
    state.edit_option(id, |o| {
        let timing = match list {
            LineList::Costs => o.costs.get_mut(i).map(|c| &mut c.timing),
            LineList::Benefits => o.custom_benefits.get_mut(i).map(|b| &mut b.timing),
        };
        if let Some(t) = timing {
            f(t);
        }
    });
}

/// The amount of one occurrence, whatever the timing.
fn amount_of(t: &Timing) -> Option<&Amount> {
    match t {
        Timing::OneOff { amount } | Timing::Recurring { amount, .. } => Some(amount),
        Timing::Schedule { .. } => None,
    }
}

fn amount_mut(t: &mut Timing) -> Option<&mut Amount> {
    match t {
        Timing::OneOff { amount } | Timing::Recurring { amount, .. } => Some(amount),
        Timing::Schedule { .. } => None,
    }
}

fn kind_of(t: &Timing) -> TimingKind {
    match t {
        Timing::OneOff { .. } => TimingKind::OneOff,
        Timing::Recurring { .. } => TimingKind::Recurring,
        Timing::Schedule { .. } => TimingKind::Schedule,
    }
}

/// Converts a timing to another kind, keeping the amount the visitor entered.
pub fn convert_timing(t: &Timing, to: TimingKind, horizon: u32) -> Timing {
    let amount = match t {
        Timing::OneOff { amount } | Timing::Recurring { amount, .. } => amount.clone(),
        Timing::Schedule { amounts } => {
            Amount::Fixed(amounts.iter().find(|a| !a.is_zero()).copied().unwrap_or_default())
        }
    };
    let value = match &amount {
        Amount::Fixed(v) => *v,
        Amount::PerUnit { quantity, unit_cost } => quantity.checked_mul(*unit_cost).unwrap_or_default(),
    };
    match to {
        TimingKind::OneOff => Timing::OneOff { amount },
        TimingKind::Recurring => Timing::Recurring { amount, growth: Decimal::ZERO },
        TimingKind::Schedule => {
            let mut amounts = vec![Decimal::ZERO; horizon as usize + 1];
            match t {
                Timing::OneOff { .. } => amounts[0] = value,
                _ => amounts.iter_mut().skip(1).for_each(|a| *a = value),
            }
            Timing::Schedule { amounts }
        }
    }
}

/// Labels of the quantity × unit cost helper by category.
fn per_unit_keys(category: Option<CostCategory>) -> (&'static str, &'static str) {
    match category {
        Some(CostCategory::Labour) => ("line.quantity.labour", "line.unit_cost.labour"),
        Some(CostCategory::Time) => ("line.quantity.time", "line.unit_cost.time"),
        Some(CostCategory::Opportunity) => ("line.quantity.opportunity", "line.unit_cost.opportunity"),
        _ => ("line.quantity.other", "line.unit_cost.other"),
    }
}

/// Opportunity cost is capital × an alternative return entered in %; the model
/// multiplies quantity × unit cost, so the rate is stored as a fraction.
fn rate_is_percent(category: Option<CostCategory>) -> bool {
    category == Some(CostCategory::Opportunity)
}

#[component]
fn AmountFields(id: String, list: LineList, index: usize) -> impl IntoView {
    let state = use_state();
    let prefix = format!("{id}-{}-{index}", list.key());
    let category = {
        let id = id.clone();
        Memo::new(move |_| read_line(&state, &id, list, index, |_, _, c| c).flatten())
    };
    let per_unit = {
        let id = id.clone();
        Memo::new(move |_| read_line(&state, &id, list, index, |_, t, _| matches!(amount_of(t), Some(Amount::PerUnit { .. }))).unwrap_or(false))
    };
    let timing_kind = {
        let id = id.clone();
        Memo::new(move |_| read_line(&state, &id, list, index, |_, t, _| kind_of(t)))
    };
    let get = {
        let id = id.clone();
        move |pick: fn(&Amount) -> Decimal| {
            let id = id.clone();
            Signal::derive(move || read_line(&state, &id, list, index, |_, t, _| amount_of(t).map(pick)).flatten().unwrap_or_default())
        }
    };
    let set = {
        let id = id.clone();
        move |put: fn(&mut Amount, Decimal)| {
            let id = id.clone();
            Callback::new(move |v: Decimal| write_timing(&state, &id, list, index, |t| {
                if let Some(a) = amount_mut(t) {
                    put(a, v)
                }
            }))
        }
    };
    let toggle_id = id.clone();
    let toggle = move |on: bool| {
        write_timing(&state, &toggle_id, list, index, |t| {
            if let Some(a) = amount_mut(t) {
                *a = match (&*a, on) {
                    (Amount::Fixed(v), true) => Amount::PerUnit { quantity: Decimal::ONE, unit_cost: *v },
                    (Amount::PerUnit { quantity, unit_cost }, false) => {
                        Amount::Fixed(quantity.checked_mul(*unit_cost).unwrap_or_default())
                    }
                    (other, _) => other.clone(),
                }
            }
        })
    };
    let helper_offered = move || list == LineList::Costs && matches!(category.get(), Some(CostCategory::Labour | CostCategory::Time | CostCategory::Opportunity));
    let amount_label = move || match timing_kind.get() {
        Some(TimingKind::OneOff) => state.tr("line.amount.one_off"),
        _ => state.tr("line.amount.recurring"),
    };
    let (p1, p2, p3, p4) = (prefix.clone(), prefix.clone(), prefix.clone(), prefix.clone());
    let (get_a, get_q, get_u) = (get.clone(), get.clone(), get.clone());
    let (set_a, set_q, set_u) = (set.clone(), set.clone(), set.clone());
    view! {
        <Show when=move || timing_kind.get() != Some(TimingKind::Schedule)>
            <Show when=helper_offered>
                <label class="check">
                    <input type="checkbox" data-testid=format!("input-{p4}-per_unit")
                        prop:checked=move || per_unit.get()
                        on:change=move |ev| toggle(event_target_checked(&ev))/>
                    {move || state.tr("line.per_unit")}
                </label>
            </Show>
            {
                let (p1, p2, p3) = (p1.clone(), p2.clone(), p3.clone());
                let (get_a, get_q, get_u) = (get_a.clone(), get_q.clone(), get_u.clone());
                let (set_a, set_q, set_u) = (set_a.clone(), set_q.clone(), set_u.clone());
                move || if per_unit.get() {
                    let (qk, uk) = per_unit_keys(category.get());
                    let pct = rate_is_percent(category.get());
                    let unit_value = get_u(|a| if let Amount::PerUnit { unit_cost, .. } = a { *unit_cost } else { Decimal::ZERO });
                    let shown_unit = Signal::derive(move || if pct { unit_value.get() * Decimal::ONE_HUNDRED } else { unit_value.get() });
                    let write_unit = set_u(|a, v| if let Amount::PerUnit { unit_cost, .. } = a { *unit_cost = v });
                    let write_unit = Callback::new(move |v: Decimal| write_unit.run(if pct { v / Decimal::ONE_HUNDRED } else { v }));
                    view! {
                        <div class="fields compact per-unit">
                            <NumberField path=format!("{p2}-quantity")
                                label=Signal::derive(move || state.tr(qk).to_owned())
                                kind=if pct { NumberKind::Money } else { NumberKind::Count }
                                value=get_q(|a| if let Amount::PerUnit { quantity, .. } = a { *quantity } else { Decimal::ZERO })
                                on_change=set_q(|a, v| if let Amount::PerUnit { quantity, .. } = a { *quantity = v })/>
                            <span class="times" aria-hidden="true">"×"</span>
                            <NumberField path=format!("{p3}-unit_cost")
                                label=Signal::derive(move || state.tr(uk).to_owned())
                                kind=if pct { NumberKind::Percent } else { NumberKind::Money }
                                value=shown_unit
                                on_change=write_unit/>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <NumberField path=format!("{p1}-amount")
                            label=Signal::derive(move || amount_label().to_owned())
                            kind=NumberKind::Money
                            value=get_a(|a| if let Amount::Fixed(v) = a { *v } else { Decimal::ZERO })
                            on_change=set_a(|a, v| *a = Amount::Fixed(v))/>
                    }.into_any()
                }
            }
        </Show>
    }
}

#[component]
fn TimingFields(id: String, list: LineList, index: usize) -> impl IntoView {
    let state = use_state();
    let prefix = format!("{id}-{}-{index}", list.key());
    let horizon = Memo::new(move |_| state.scenario.with(|s| s.horizon_years.clamp(1, 10)));
    let kind = {
        let id = id.clone();
        Memo::new(move |_| read_line(&state, &id, list, index, |_, t, _| kind_of(t)))
    };
    let select_id = format!("f-{prefix}-timing");
    let change_id = id.clone();
    let growth_read = id.clone();
    let growth_write = id.clone();
    let sched_id = id.clone();
    let (p1, p2) = (prefix.clone(), prefix.clone());
    view! {
        <div class="field">
            <label for=select_id.clone()>{move || state.tr("line.timing")}</label>
            <select id=select_id data-testid=format!("input-{prefix}-timing")
                on:change=move |ev| {
                    let to = match event_target_value(&ev).as_str() {
                        "one_off" => TimingKind::OneOff,
                        "schedule" => TimingKind::Schedule,
                        _ => TimingKind::Recurring,
                    };
                    write_timing(&state, &change_id, list, index, |t| *t = convert_timing(t, to, horizon.get_untracked()));
                }>
                {[(TimingKind::OneOff, "one_off"), (TimingKind::Recurring, "recurring"), (TimingKind::Schedule, "schedule")].map(|(k, key)| view! {
                    <option value=key selected=move || kind.get() == Some(k)>{move || state.tr(&format!("timing.{key}"))}</option>
                })}
            </select>
        </div>
        <Show when=move || kind.get() == Some(TimingKind::Recurring)>
            {
                let (r, w, p1) = (growth_read.clone(), growth_write.clone(), p1.clone());
                view! {
                    <NumberField path=format!("{p1}-growth")
                        label=Signal::derive(move || state.tr("line.growth.label").to_owned())
                        help=Signal::derive(move || state.tr("line.growth.help").to_owned())
                        kind=NumberKind::SignedPercent
                        value=Signal::derive(move || read_line(&state, &r, list, index, |_, t, _| match t {
                            Timing::Recurring { growth, .. } => *growth,
                            _ => Decimal::ZERO,
                        }).unwrap_or_default())
                        on_change=Callback::new(move |v| write_timing(&state, &w, list, index, |t| {
                            if let Timing::Recurring { growth, .. } = t { *growth = v }
                        }))/>
                }
            }
        </Show>
        <Show when=move || kind.get() == Some(TimingKind::Schedule)>
            {
                let (sched_id, p2) = (sched_id.clone(), p2.clone());
                move || (0..=horizon.get()).map(|year| {
                    let (r, w) = (sched_id.clone(), sched_id.clone());
                    view! {
                        <NumberField path=format!("{p2}-amounts-{year}")
                            label=Signal::derive(move || crate::i18n::fill(state.tr("line.schedule_year"), &[("year", &year.to_string())]))
                            kind=NumberKind::Money
                            value=Signal::derive(move || read_line(&state, &r, list, index, |_, t, _| match t {
                                Timing::Schedule { amounts } => amounts.get(year as usize).copied().unwrap_or_default(),
                                _ => Decimal::ZERO,
                            }).unwrap_or_default())
                            on_change=Callback::new(move |v| write_timing(&state, &w, list, index, |t| {
                                if let Timing::Schedule { amounts } = t {
                                    if amounts.len() <= year as usize {
                                        amounts.resize(year as usize + 1, Decimal::ZERO);
                                    }
                                    amounts[year as usize] = v;
                                }
                            }))/>
                    }
                }).collect::<Vec<_>>()
            }
        </Show>
    }
}

#[component]
fn LineEditor(id: String, list: LineList, index: usize, details: Signal<bool>) -> impl IntoView {
    let state = use_state();
    let prefix = format!("{id}-{}-{index}", list.key());
    let label_id = id.clone();
    let label = Memo::new(move |_| read_line(&state, &label_id, list, index, |l, _, _| l.to_owned()).unwrap_or_default());
    let cat_read = id.clone();
    let category = Memo::new(move |_| read_line(&state, &cat_read, list, index, |_, _, c| c).flatten());
    let stage_read = id.clone();
    let stage = Memo::new(move |_| state.with_option(&stage_read, |o| o.costs.get(index).and_then(|c| c.stage)).flatten());
    let write_label = id.clone();
    let write_cat = id.clone();
    let write_stage = id.clone();
    let remove_id = id.clone();
    let (p_label, p_cat, p_stage, p_rm) = (prefix.clone(), prefix.clone(), prefix.clone(), prefix.clone());
    let (id_a, id_t) = (id.clone(), id.clone());
    view! {
        <li class="line" data-testid=format!("line-{prefix}")>
            <Show when=move || details.get() fallback=move || view! { <p class="line-label">{move || label.get()}</p> }>
                <div class="fields compact">
                    <div class="field">
                        <label for=format!("f-{p_label}-label")>{move || state.tr("line.label")}</label>
                        <input type="text" id=format!("f-{p_label}-label") maxlength="80" data-testid=format!("input-{p_label}-label")
                            prop:value=move || label.get()
                            on:input={
                                let w = write_label.clone();
                                move |ev| {
                                    let text = event_target_value(&ev);
                                    state.edit_option(&w, |o| match list {
                                        LineList::Costs => if let Some(c) = o.costs.get_mut(index) { c.label = text },
                                        LineList::Benefits => if let Some(b) = o.custom_benefits.get_mut(index) { b.label = text },
                                    });
                                }
                            }/>
                    </div>
                    <Show when=move || list == LineList::Costs>
                        <div class="field">
                            <label for=format!("f-{p_cat}-category")>{move || state.tr("line.category")}</label>
                            <select id=format!("f-{p_cat}-category") data-testid=format!("input-{p_cat}-category")
                                on:change={
                                    let w = write_cat.clone();
                                    move |ev| {
                                        let v = event_target_value(&ev);
                                        if let Some(cat) = CostCategory::ALL.into_iter().find(|c| c.key() == v) {
                                            state.edit_option(&w, |o| if let Some(c) = o.costs.get_mut(index) { c.category = cat });
                                        }
                                    }
                                }>
                                {CostCategory::ALL.map(|c| view! {
                                    <option value=c.key() selected=move || category.get() == Some(c)>{move || state.tr(&format!("category.{}", c.key()))}</option>
                                })}
                            </select>
                        </div>
                        <div class="field">
                            <label for=format!("f-{p_stage}-stage")>{move || state.tr("line.stage")}</label>
                            <select id=format!("f-{p_stage}-stage") data-testid=format!("input-{p_stage}-stage")
                                on:change={
                                    let w = write_stage.clone();
                                    move |ev| {
                                        let v = event_target_value(&ev);
                                        let new = Stage::ALL.into_iter().find(|s| s.key() == v);
                                        state.edit_option(&w, |o| if let Some(c) = o.costs.get_mut(index) { c.stage = new });
                                    }
                                }>
                                <option value="" selected=move || stage.get().is_none()>{move || state.tr("stage.none")}</option>
                                {Stage::ALL.map(|s| view! {
                                    <option value=s.key() selected=move || stage.get() == Some(s)>{move || state.tr(&format!("stage.{}", s.key()))}</option>
                                })}
                            </select>
                        </div>
                    </Show>
                    <TimingFields id=id_t.clone() list=list index=index/>
                </div>
            </Show>
            <AmountFields id=id_a list=list index=index/>
            <Show when=move || details.get()>
                <button type="button" class="remove" data-testid=format!("remove-{p_rm}")
                    aria-label=move || crate::i18n::fill(state.tr("line.remove_named"), &[("name", &label.get())])
                    on:click={
                        let w = remove_id.clone();
                        move |_| state.edit_option(&w, |o| match list {
                            LineList::Costs => if index < o.costs.len() { o.costs.remove(index); },
                            LineList::Benefits => if index < o.custom_benefits.len() { o.custom_benefits.remove(index); },
                        })
                    }>
                    {move || state.tr("line.remove")}
                </button>
            </Show>
        </li>
    }
}

#[component]
fn Lines(id: String, list: LineList, details: Signal<bool>) -> impl IntoView {
    let state = use_state();
    let count_id = id.clone();
    let count = Memo::new(move |_| {
        state.with_option(&count_id, |o| match list {
            LineList::Costs => o.costs.len(),
            LineList::Benefits => o.custom_benefits.len(),
        }).unwrap_or(0)
    });
    let add_id = id.clone();
    let add = move |_| {
        let label = state.tr(if list == LineList::Costs { "line.new_cost" } else { "line.new_benefit" }).to_owned();
        let timing = Timing::Recurring { amount: Amount::Fixed(Decimal::ZERO), growth: Decimal::ZERO };
        state.edit_option(&add_id, |o| match list {
            LineList::Costs if o.costs.len() < MAX_LINES => {
                o.costs.push(CostLine { label, category: CostCategory::Other, stage: None, timing })
            }
            LineList::Benefits if o.custom_benefits.len() < MAX_LINES => o.custom_benefits.push(BenefitLine { label, timing }),
            _ => {}
        });
    };
    let title = if list == LineList::Costs { "option.costs" } else { "option.custom_benefits" };
    let help = if list == LineList::Costs { "option.costs.help" } else { "option.custom_benefits.help" };
    let rows_id = id.clone();
    let k = list.key();
    view! {
        <fieldset class="lines">
            <legend>{move || state.tr(title)}</legend>
            <p class="help">{move || state.tr(help)}</p>
            <ul>
                {move || (0..count.get()).map(|i| view! { <LineEditor id=rows_id.clone() list=list index=i details=details/> }).collect::<Vec<_>>()}
            </ul>
            <Show when=move || details.get()>
                <button type="button" data-testid=format!("add-{k}-line") on:click=add.clone() disabled=move || count.get() >= MAX_LINES>
                    {move || state.tr(if list == LineList::Costs { "line.add_cost" } else { "line.add_benefit" })}
                </button>
            </Show>
        </fieldset>
    }
}

#[component]
pub fn CostLines(id: String, details: Signal<bool>) -> impl IntoView {
    view! { <Lines id=id list=LineList::Costs details=details/> }
}

#[component]
pub fn BenefitLines(id: String) -> impl IntoView {
    view! { <Lines id=id list=LineList::Benefits details=Signal::derive(|| true)/> }
}
