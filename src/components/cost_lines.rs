//! Cost lines and custom benefit lines of an option: add, edit, remove. Each line has
//! a timing (one-off, recurring with growth, a per-year schedule) and an amount that
//! may be entered as quantity × unit cost (staff × salary, hours × rate, capital ×
//! alternative return). The simple view shows only each cost's amount.

use super::label_text::LabelText;
use super::line_scale::LineScale;
use super::number_field::NumberField;
use super::select_field::SelectField;
use crate::input::number_text::NumberKind;
use crate::model::line_edit::{LineList, LineView};
use crate::model::scale_choice::ScaleMode;
use crate::model::timing::TimingKind;
use crate::model::{Amount, CostCategory, Stage};
use crate::state::{use_state, AppState};
use crate::model::edit::{LineEdit, OptionEdit, Outcome};
use crate::persist::undo::DeletedLine;
use crate::platform::focus::focus_soon;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Labels of the quantity × unit cost helper by category.
fn per_unit_keys(category: Option<CostCategory>) -> (&'static str, &'static str) {
    match category {
        Some(CostCategory::Labour) => ("line.quantity.labour", "line.unit_cost.labour"),
        Some(CostCategory::Time) => ("line.quantity.time", "line.unit_cost.time"),
        Some(CostCategory::Opportunity) => ("line.quantity.opportunity", "line.unit_cost.opportunity"),
        _ => ("line.quantity.other", "line.unit_cost.other"),
    }
}

/// The option id and line index a line editor works on; Copy, so closures can share it.
/// Every change is an edit value (`model::edit::LineEdit`) sent through the app state.
#[derive(Clone, Copy)]
struct LineRef {
    id: StoredValue<String>,
    list: LineList,
    index: usize,
}

impl LineRef {
    fn read<T>(self, state: &AppState, f: impl FnOnce(LineView) -> T) -> Option<T> {
        self.id.with_value(|id| state.with_option(id, |o| o.line(self.list, self.index).map(f))).flatten()
    }

    /// Sends a change of this line from its input `field`; whether the model took it.
    fn send(self, state: &AppState, field: &str, edit: LineEdit) -> bool {
        let edit = OptionEdit::Line { list: self.list, index: self.index, edit };
        self.id.with_value(|id| state.send_option(&self.path(field), id, edit)).is_some()
    }

    /// Sends a change the model may refuse (an overflow); `error` says whether it did.
    fn try_send(self, state: &AppState, error: RwSignal<bool>, field: &str, edit: LineEdit) {
        error.set(!self.send(state, field, edit));
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
    Signal::derive(move || line.read(&state, |l| l.timing.amount().map(pick)).flatten().unwrap_or_default())
}

fn amount_setter(state: AppState, line: LineRef, field: &'static str, edit: fn(Decimal) -> LineEdit) -> Callback<Decimal> {
    Callback::new(move |v: Decimal| {
        line.send(&state, field, edit(v));
    })
}

/// `error`: set when the model refused a change of this line (it would overflow);
/// the box and the fields then show the line as it still is.
#[component]
fn AmountFields(line: LineRef, error: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let category = Memo::new(move |_| line.read(&state, |l| l.category).flatten());
    let per_unit = Memo::new(move |_| line.read(&state, |l| l.timing.amount().is_some_and(Amount::is_per_unit)).unwrap_or(false));
    let timing_kind = Memo::new(move |_| line.read(&state, |l| l.timing.kind()));
    let toggle = move |on: bool| line.try_send(&state, error, "per_unit", LineEdit::PerUnit(on));
    let helper_offered = move || line.list == LineList::Costs && category.get().is_some_and(CostCategory::offers_per_unit);
    // "% of revenue" lines hold a percentage, not money (model::scale_choice).
    let percent_of = Memo::new(move |_| {
        line.read(&state, |l| l.scale.filter(|_| ScaleMode::of(l.scale).is_percent()).map(|s| s.by.key())).flatten()
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
            // Capital × alternative return: the rate is typed and shown in %, held as a fraction.
            let rate = category.get().is_some_and(CostCategory::unit_cost_is_rate);
            view! {
                <div class="fields compact per-unit">
                    <NumberField path=line.path("quantity")
                        label=qk
                        kind=if rate { NumberKind::Money } else { NumberKind::Count }
                        value=amount_signal(state, line, |a| if let Amount::PerUnit { quantity, .. } = a { *quantity } else { Decimal::ZERO })
                        on_change=amount_setter(state, line, "quantity", LineEdit::Quantity)/>
                    <span class="times" aria-hidden="true">"×"</span>
                    <NumberField path=line.path("unit_cost")
                        label=uk
                        kind=if rate { NumberKind::Percent } else { NumberKind::Money }
                        rate=rate
                        value=amount_signal(state, line, |a| if let Amount::PerUnit { unit_cost, .. } = a { *unit_cost } else { Decimal::ZERO })
                        on_change=amount_setter(state, line, "unit_cost", LineEdit::UnitCost)/>
                </div>
            }
            .into_any()
        } else {
            view! {
                <NumberField path=line.path("amount")
                    label=amount_label()
                    kind=if percent_of.get().is_some() { NumberKind::Share } else { NumberKind::Money }
                    value=amount_signal(state, line, |a| if let Amount::Fixed(v) = a { *v } else { Decimal::ZERO })
                    on_change=amount_setter(state, line, "amount", LineEdit::Amount)/>
            }
            .into_any()
        })
    };
    let checkbox = move || {
        // A percentage ("2 % of revenue") is one figure: no quantity × unit cost helper.
        let offered = helper_offered() && percent_of.get().is_none() && timing_kind.get() != Some(TimingKind::Schedule);
        offered.then(|| view! {
            <label class="check">
                <input type="checkbox" data-testid=format!("input-{}", line.path("per_unit"))
                    prop:checked=move || { error.track(); per_unit.get() }
                    on:change=move |ev| toggle(event_target_checked(&ev))/>
                {state.text("line.per_unit")}
            </label>
        })
    };
    view! { {checkbox} {fields} }
}

#[component]
fn TimingFields(line: LineRef, error: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let horizon = Memo::new(move |_| state.scenario.with(|s| s.horizon_years));
    let kind = Memo::new(move |_| line.read(&state, |l| l.timing.kind()));
    let growth = move || {
        (kind.get() == Some(TimingKind::Recurring)).then(|| view! {
            <NumberField path=line.path("growth")
                label="line.growth.label"
                help="line.growth.help"
                kind=NumberKind::SignedPercent
                value=Signal::derive(move || line.read(&state, |l| l.timing.growth()).flatten().unwrap_or_default())
                on_change=amount_setter(state, line, "growth", LineEdit::Growth)/>
        })
    };
    let schedule = move || {
        if kind.get() != Some(TimingKind::Schedule) {
            return Vec::new();
        }
        (0..=horizon.get().clamp(1, 10)).map(|year| view! {
            <NumberField path=line.path(&format!("amounts-{year}"))
                label=LabelText::filled("line.schedule_year", "year", year.to_string())
                kind=NumberKind::Money
                value=Signal::derive(move || line.read(&state, |l| l.timing.scheduled(year)).flatten().unwrap_or_default())
                on_change=Callback::new(move |v| { line.send(&state, &format!("amounts-{year}"), LineEdit::Scheduled { year, value: v }); })/>
        }).collect::<Vec<_>>()
    };
    let choices = Signal::derive(move || {
        ["one_off", "recurring", "schedule"].map(|k| (k.to_owned(), state.tr(&format!("timing.{k}")).to_owned())).to_vec()
    });
    // Also redrawn when a change was refused, so the choice shown is the line's own.
    let current = Signal::derive(move || {
        error.track();
        match kind.get() {
            Some(TimingKind::OneOff) => "one_off",
            Some(TimingKind::Schedule) => "schedule",
            _ => "recurring",
        }
        .to_owned()
    });
    let change = Callback::new(move |v: String| {
        let to = match v.as_str() {
            "one_off" => TimingKind::OneOff,
            "schedule" => TimingKind::Schedule,
            _ => TimingKind::Recurring,
        };
        line.try_send(&state, error, "timing", LineEdit::Timing(to));
    });
    view! {
        <SelectField path=line.path("timing") label="line.timing"
            options=choices value=current on_change=change/>
        {growth}
        {schedule}
    }
}

#[component]
fn LineEditor(line: LineRef, details: Signal<bool>, removed: RwSignal<Option<DeletedLine>>) -> impl IntoView {
    let state = use_state();
    let error = RwSignal::new(false);
    let label = Memo::new(move |_| line.read(&state, |l| l.label.to_owned()).unwrap_or_default());
    let category = Memo::new(move |_| line.read(&state, |l| l.category).flatten());
    let stage = Memo::new(move |_| line.read(&state, |l| l.stage).flatten());
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
                        line.send(&state, "category", LineEdit::Category(cat));
                    }
                })/>
            <SelectField path=line.path("stage") label="line.stage"
                options=stages
                value=Signal::derive(move || stage.get().map(|s| s.key().to_owned()).unwrap_or_default())
                on_change=Callback::new(move |v: String| {
                    let new = Stage::ALL.into_iter().find(|s| s.key() == v);
                    line.send(&state, "stage", LineEdit::Stage(new));
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
                            line.send(&state, "label", LineEdit::Label(text));
                        }/>
                </div>
                {cost_fields}
                <TimingFields line=line error=error/>
                <LineScale id=line.id list=line.list index=line.index path=line.prefix()/>
            </div>
        }
        .into_any()
    };
    let remove = move || {
        details.get().then(|| view! {
            <button type="button" class="remove" data-testid=format!("remove-{}", line.path("line"))
                aria-label=move || crate::i18n::fill(state.tr("line.remove_named"), &[("name", &label.get())])
                on:click=move |_| {
                    let edit = OptionEdit::RemoveLine { list: line.list, index };
                    let outcome = line.id.with_value(|id| state.send_option(&line.path("line"), id, edit));
                    if let Some(Outcome::LineRemoved { index, line: removed_line }) = outcome {
                        let scenario = state.workspace.with_untracked(|w| w.active.clone());
                        let option = line.id.get_value();
                        removed.set(Some(DeletedLine { scenario, option, index, line: *removed_line }));
                        // Focus to a neighbour: the line now in its place, the one before,
                        // or the add button.
                        let remove_button = |i: usize| format!("[data-testid=\"remove-{}-{}-{i}-line\"]", line.id.get_value(), line.list.key());
                        let mut targets = vec![remove_button(index)];
                        if let Some(before) = index.checked_sub(1) {
                            targets.push(remove_button(before));
                        }
                        targets.push(format!("[data-testid=\"add-{}-line\"]", line.list.key()));
                        focus_soon(targets);
                    }
                }>
                {state.text("line.remove")}
            </button>
        })
    };
    view! {
        <li class="line">
            {head}
            <AmountFields line=line error=error/>
            {move || crate::i18n::preset_line_note(&label.get()).map(|k| view! { <p class="help line-note">{state.text(k)}</p> })}
            <p class="error" role="alert" data-testid=format!("error-{}", line.path("line")) hidden=move || !error.get()>
                {state.text("line.too_large")}
            </p>
            {remove}
        </li>
    }
}

#[component]
fn Lines(id: String, list: LineList, details: Signal<bool>) -> impl IntoView {
    let state = use_state();
    let id = StoredValue::new(id);
    let count = Memo::new(move |_| id.with_value(|id| state.with_option(id, |o| o.line_count(list))).unwrap_or(0));
    let full = Memo::new(move |_| !id.with_value(|id| state.with_option(id, |o| o.can_add_line(list))).unwrap_or(false));
    let add = move |_| {
        let label = state.tr(if list == LineList::Costs { "line.new_cost" } else { "line.new_benefit" }).to_owned();
        id.with_value(|id| state.send_option(&format!("add-{}-line", list.key()), id, OptionEdit::AddLine { list, label }));
    };
    // The last line removed here, for undo; only in the scenario it came from.
    let removed = RwSignal::new(None::<DeletedLine>);
    let active = move || state.workspace.with(|w| w.active.clone());
    let undoable = move || removed.get().filter(|r| r.belongs_to(&active()));
    let undo = move |_| {
        let Some(r) = removed.get_untracked() else { return };
        let outcome = state.send(&format!("undo-{}-line", list.key()), r.restore_edit());
        if let Some(Outcome::LineRestored(at)) = outcome {
            removed.set(None);
            let path = id.with_value(|id| format!("{id}-{}-{at}", list.key()));
            focus_soon(vec![format!("#f-{path}-label"), format!("[data-testid=\"remove-{path}-line\"]")]);
        }
    };
    let (title, help, add_key) = match list {
        LineList::Costs => ("option.costs", "option.costs.help", "line.add_cost"),
        LineList::Benefits => ("option.custom_benefits", "option.custom_benefits.help", "line.add_benefit"),
    };
    let add_button = move || {
        details.get().then(|| view! {
            <button type="button" data-testid=format!("add-{}-line", list.key()) on:click=add disabled=move || full.get()>
                {state.text(add_key)}
            </button>
        })
    };
    view! {
        <fieldset class="lines">
            <legend>{state.text(title)}</legend>
            <p class="help">{state.text(help)}</p>
            <ul>
                {move || (0..count.get()).map(|index| view! { <LineEditor line=LineRef { id, list, index } details=details removed=removed/> }).collect::<Vec<_>>()}
            </ul>
            {add_button}
            <div class="toast-region" aria-live="polite">
                {move || undoable().map(|r| view! {
                    <p class="toast" data-testid=format!("undo-{}-line-toast", list.key())>
                        {crate::i18n::fill(state.tr("option.deleted"), &[("name", r.name())])}
                        " "
                        <button type="button" data-testid=format!("undo-{}-line", list.key()) on:click=undo>{state.text("option.undo")}</button>
                    </p>
                })}
            </div>
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
