//! Cost lines and custom benefit lines of an option: add, edit, remove. Each line has
//! a timing (one-off, recurring with growth, a per-year schedule) and an amount that
//! may be entered as quantity × unit cost (staff × salary, hours × rate, capital ×
//! alternative return). The simple view shows only each cost's amount.

use super::label_text::LabelText;
use super::line_scale::LineScale;
use super::number_field::NumberField;
use super::select_field::SelectField;
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

/// The option id and line index a line editor works on; Copy, so closures can share it.
#[derive(Clone, Copy)]
struct LineRef {
    id: StoredValue<String>,
    list: LineList,
    index: usize,
}

impl LineRef {
    fn read<T>(self, state: &AppState, f: impl FnOnce(&str, &Timing, Option<CostCategory>) -> T) -> Option<T> {
        self.id.with_value(|id| read_line(state, id, self.list, self.index, f))
    }

    fn write(self, state: &AppState, f: impl FnOnce(&mut Timing)) {
        self.id.with_value(|id| write_timing(state, id, self.list, self.index, f))
    }

    fn edit(self, state: &AppState, f: impl FnOnce(&mut crate::model::StrategyOption)) {
        self.id.with_value(|id| state.edit_option(id, f))
    }

    /// The contract path of one of this line's inputs: `<id>-cost-<i>-<field>`.
    fn path(self, field: &str) -> String {
        format!("{}-{field}", self.prefix())
    }

    /// The path prefix of this line: `<id>-cost-<i>`.
    fn prefix(self) -> String {
        self.id.with_value(|id| format!("{id}-{}-{}", self.list.key(), self.index))
    }
}

fn amount_signal(state: AppState, line: LineRef, pick: fn(&Amount) -> Decimal) -> Signal<Decimal> {
    Signal::derive(move || line.read(&state, |_, t, _| amount_of(t).map(pick)).flatten().unwrap_or_default())
}

fn amount_setter(state: AppState, line: LineRef, put: fn(&mut Amount, Decimal)) -> Callback<Decimal> {
    Callback::new(move |v: Decimal| {
        line.write(&state, |t| {
            if let Some(a) = amount_mut(t) {
                put(a, v)
            }
        })
    })
}

#[component]
fn AmountFields(line: LineRef) -> impl IntoView {
    let state = use_state();
    let category = Memo::new(move |_| line.read(&state, |_, _, c| c).flatten());
    let per_unit = Memo::new(move |_| line.read(&state, |_, t, _| matches!(amount_of(t), Some(Amount::PerUnit { .. }))).unwrap_or(false));
    let timing_kind = Memo::new(move |_| line.read(&state, |_, t, _| kind_of(t)));
    let toggle = move |on: bool| {
        line.write(&state, |t| {
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
    let helper_offered = move || {
        line.list == LineList::Costs
            && matches!(category.get(), Some(CostCategory::Labour | CostCategory::Time | CostCategory::Opportunity))
    };
    // "% of revenue" lines hold a percentage, not money (model::scale_choice).
    let percent_of = Memo::new(move |_| {
        line.id.with_value(|id| state.with_option(id, |o| {
            let scale = match line.list {
                LineList::Costs => o.costs.get(line.index).and_then(|c| c.scale),
                LineList::Benefits => o.custom_benefits.get(line.index).and_then(|b| b.scale),
            };
            scale.filter(|s| s.by.is_money()).map(|s| s.by.key())
        }))
        .flatten()
    });
    let amount_label = move || match (percent_of.get(), timing_kind.get()) {
        (Some("revenue"), _) => "scale.amount.revenue",
        (Some(_), _) => "scale.amount.marketing_spend",
        (None, Some(TimingKind::OneOff)) => "line.amount.one_off",
        (None, _) => "line.amount.recurring",
    };
    let fields = move || {
        if timing_kind.get() == Some(TimingKind::Schedule) {
            return None;
        }
        Some(if per_unit.get() {
            let (qk, uk) = per_unit_keys(category.get());
            let pct = rate_is_percent(category.get());
            let unit_value = amount_signal(state, line, |a| if let Amount::PerUnit { unit_cost, .. } = a { *unit_cost } else { Decimal::ZERO });
            let shown_unit = Signal::derive(move || if pct { unit_value.get() * Decimal::ONE_HUNDRED } else { unit_value.get() });
            let write_unit = amount_setter(state, line, |a, v| if let Amount::PerUnit { unit_cost, .. } = a { *unit_cost = v });
            let write_unit = Callback::new(move |v: Decimal| write_unit.run(if pct { v / Decimal::ONE_HUNDRED } else { v }));
            view! {
                <div class="fields compact per-unit">
                    <NumberField path=line.path("quantity")
                        label=qk
                        kind=if pct { NumberKind::Money } else { NumberKind::Count }
                        value=amount_signal(state, line, |a| if let Amount::PerUnit { quantity, .. } = a { *quantity } else { Decimal::ZERO })
                        on_change=amount_setter(state, line, |a, v| if let Amount::PerUnit { quantity, .. } = a { *quantity = v })/>
                    <span class="times" aria-hidden="true">"×"</span>
                    <NumberField path=line.path("unit_cost")
                        label=uk
                        kind=if pct { NumberKind::Percent } else { NumberKind::Money }
                        value=shown_unit
                        on_change=write_unit/>
                </div>
            }
            .into_any()
        } else {
            view! {
                <NumberField path=line.path("amount")
                    label=amount_label()
                    kind=if percent_of.get().is_some() { NumberKind::Share } else { NumberKind::Money }
                    value=amount_signal(state, line, |a| if let Amount::Fixed(v) = a { *v } else { Decimal::ZERO })
                    on_change=amount_setter(state, line, |a, v| *a = Amount::Fixed(v))/>
            }
            .into_any()
        })
    };
    let checkbox = move || {
        (helper_offered() && timing_kind.get() != Some(TimingKind::Schedule)).then(|| view! {
            <label class="check">
                <input type="checkbox" data-testid=format!("input-{}", line.path("per_unit"))
                    prop:checked=move || per_unit.get()
                    on:change=move |ev| toggle(event_target_checked(&ev))/>
                {state.text("line.per_unit")}
            </label>
        })
    };
    view! { {checkbox} {fields} }
}

#[component]
fn TimingFields(line: LineRef) -> impl IntoView {
    let state = use_state();
    let horizon = Memo::new(move |_| state.scenario.with(|s| s.horizon_years.clamp(1, 10)));
    let kind = Memo::new(move |_| line.read(&state, |_, t, _| kind_of(t)));
    let growth = move || {
        (kind.get() == Some(TimingKind::Recurring)).then(|| view! {
            <NumberField path=line.path("growth")
                label="line.growth.label"
                help="line.growth.help"
                kind=NumberKind::SignedPercent
                value=Signal::derive(move || line.read(&state, |_, t, _| match t {
                    Timing::Recurring { growth, .. } => *growth,
                    _ => Decimal::ZERO,
                }).unwrap_or_default())
                on_change=Callback::new(move |v| line.write(&state, |t| {
                    if let Timing::Recurring { growth, .. } = t { *growth = v }
                }))/>
        })
    };
    let schedule = move || {
        if kind.get() != Some(TimingKind::Schedule) {
            return Vec::new();
        }
        (0..=horizon.get()).map(|year| view! {
            <NumberField path=line.path(&format!("amounts-{year}"))
                label=LabelText::filled("line.schedule_year", "year", year.to_string())
                kind=NumberKind::Money
                value=Signal::derive(move || line.read(&state, |_, t, _| match t {
                    Timing::Schedule { amounts } => amounts.get(year as usize).copied().unwrap_or_default(),
                    _ => Decimal::ZERO,
                }).unwrap_or_default())
                on_change=Callback::new(move |v| line.write(&state, |t| {
                    if let Timing::Schedule { amounts } = t {
                        if amounts.len() <= year as usize {
                            amounts.resize(year as usize + 1, Decimal::ZERO);
                        }
                        if let Some(slot) = amounts.get_mut(year as usize) {
                            *slot = v;
                        }
                    }
                }))/>
        }).collect::<Vec<_>>()
    };
    let choices = Signal::derive(move || {
        ["one_off", "recurring", "schedule"].map(|k| (k.to_owned(), state.tr(&format!("timing.{k}")).to_owned())).to_vec()
    });
    let current = Signal::derive(move || match kind.get() {
        Some(TimingKind::OneOff) => "one_off",
        Some(TimingKind::Schedule) => "schedule",
        _ => "recurring",
    }.to_owned());
    let change = Callback::new(move |v: String| {
        let to = match v.as_str() {
            "one_off" => TimingKind::OneOff,
            "schedule" => TimingKind::Schedule,
            _ => TimingKind::Recurring,
        };
        // Read before writing: no signal may be read inside an update.
        let years = horizon.get_untracked();
        line.write(&state, |t| *t = convert_timing(t, to, years));
    });
    view! {
        <SelectField path=line.path("timing") label="line.timing"
            options=choices value=current on_change=change/>
        {growth}
        {schedule}
    }
}

#[component]
fn LineEditor(line: LineRef, details: Signal<bool>) -> impl IntoView {
    let state = use_state();
    let label = Memo::new(move |_| line.read(&state, |l, _, _| l.to_owned()).unwrap_or_default());
    let category = Memo::new(move |_| line.read(&state, |_, _, c| c).flatten());
    let stage = Memo::new(move |_| {
        line.id.with_value(|id| state.with_option(id, |o| o.costs.get(line.index).and_then(|c| c.stage))).flatten()
    });
    let index = line.index;
    let categories = Signal::derive(move || {
        CostCategory::ALL.map(|c| (c.key().to_owned(), state.tr(&format!("category.{}", c.key())).to_owned())).to_vec()
    });
    let stages = Signal::derive(move || {
        let mut v = vec![(String::new(), state.tr("stage.none").to_owned())];
        v.extend(Stage::ALL.map(|s| (s.key().to_owned(), state.tr(&format!("stage.{}", s.key())).to_owned())));
        v
    });
    let cost_fields = move || {
        (line.list == LineList::Costs).then(|| view! {
            <SelectField path=line.path("category") label="line.category"
                options=categories
                value=Signal::derive(move || category.get().map(|c| c.key().to_owned()).unwrap_or_default())
                on_change=Callback::new(move |v: String| {
                    if let Some(cat) = CostCategory::ALL.into_iter().find(|c| c.key() == v) {
                        line.edit(&state, |o| if let Some(c) = o.costs.get_mut(index) { c.category = cat });
                    }
                })/>
            <SelectField path=line.path("stage") label="line.stage"
                options=stages
                value=Signal::derive(move || stage.get().map(|s| s.key().to_owned()).unwrap_or_default())
                on_change=Callback::new(move |v: String| {
                    let new = Stage::ALL.into_iter().find(|s| s.key() == v);
                    line.edit(&state, |o| if let Some(c) = o.costs.get_mut(index) { c.stage = new });
                })/>
        })
    };
    let head = move || {
        if !details.get() {
            return view! { <p class="line-label">{move || label.get()}</p> }.into_any();
        }
        view! {
            <div class="fields compact">
                <div class="field">
                    <label for=format!("f-{}", line.path("label"))>{state.text("line.label")}</label>
                    <input type="text" id=format!("f-{}", line.path("label")) maxlength="80"
                        data-testid=format!("input-{}", line.path("label"))
                        prop:value=move || label.get()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            line.edit(&state, |o| match line.list {
                                LineList::Costs => if let Some(c) = o.costs.get_mut(index) { c.label = text },
                                LineList::Benefits => if let Some(b) = o.custom_benefits.get_mut(index) { b.label = text },
                            });
                        }/>
                </div>
                {cost_fields}
                <TimingFields line=line/>
                <LineScale id=line.id benefit={line.list == LineList::Benefits} index=line.index path=line.prefix()/>
            </div>
        }
        .into_any()
    };
    let remove = move || {
        details.get().then(|| view! {
            <button type="button" class="remove" data-testid=format!("remove-{}", line.path("line"))
                aria-label=move || crate::i18n::fill(state.tr("line.remove_named"), &[("name", &label.get())])
                on:click=move |_| line.edit(&state, |o| match line.list {
                    LineList::Costs => if index < o.costs.len() { o.costs.remove(index); },
                    LineList::Benefits => if index < o.custom_benefits.len() { o.custom_benefits.remove(index); },
                })>
                {state.text("line.remove")}
            </button>
        })
    };
    view! {
        <li class="line">
            {head}
            <AmountFields line=line/>
            {remove}
        </li>
    }
}

#[component]
fn Lines(id: String, list: LineList, details: Signal<bool>) -> impl IntoView {
    let state = use_state();
    let id = StoredValue::new(id);
    let count = Memo::new(move |_| {
        id.with_value(|id| state.with_option(id, |o| match list {
            LineList::Costs => o.costs.len(),
            LineList::Benefits => o.custom_benefits.len(),
        }))
        .unwrap_or(0)
    });
    let add = move |_| {
        let label = state.tr(if list == LineList::Costs { "line.new_cost" } else { "line.new_benefit" }).to_owned();
        let timing = Timing::Recurring { amount: Amount::Fixed(Decimal::ZERO), growth: Decimal::ZERO };
        id.with_value(|id| state.edit_option(id, |o| match list {
            LineList::Costs if o.costs.len() < MAX_LINES => {
                o.costs.push(CostLine { label, category: CostCategory::Other, stage: None, timing, scale: None })
            }
            LineList::Benefits if o.custom_benefits.len() < MAX_LINES => o.custom_benefits.push(BenefitLine { label, timing, scale: None }),
            _ => {}
        }));
    };
    let (title, help, add_key) = match list {
        LineList::Costs => ("option.costs", "option.costs.help", "line.add_cost"),
        LineList::Benefits => ("option.custom_benefits", "option.custom_benefits.help", "line.add_benefit"),
    };
    let add_button = move || {
        details.get().then(|| view! {
            <button type="button" data-testid=format!("add-{}-line", list.key()) on:click=add disabled=move || { count.get() >= MAX_LINES }>
                {state.text(add_key)}
            </button>
        })
    };
    view! {
        <fieldset class="lines">
            <legend>{state.text(title)}</legend>
            <p class="help">{state.text(help)}</p>
            <ul>
                {move || (0..count.get()).map(|index| view! { <LineEditor line=LineRef { id, list, index } details=details/> }).collect::<Vec<_>>()}
            </ul>
            {add_button}
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
