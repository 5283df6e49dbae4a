//! "Grows with the business" for one cost or custom benefit line: fixed, per N
//! customers, per N service contacts, % of revenue, % of marketing spend, or per new
//! customer (model.md §2), with N when the visitor sets it, and the line's size today
//! in words. Switching keeps today's figure (`model::scale_choice`).

use super::number_field::NumberField;
use super::select_field::SelectField;
use crate::input::number_text::NumberKind;
use crate::model::line_edit::LineList;
use crate::model::scale_choice::ScaleMode;

use crate::render::scale_effect::scale_effect;
use crate::state::use_state;
use crate::model::edit::{LineEdit, OptionEdit};
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn LineScale(
    /// The option's id.
    id: StoredValue<String>,
    list: LineList,
    index: usize,
    /// The contract path prefix of the line's inputs (`<id>-cost-<i>`).
    #[prop(into)]
    path: String,
) -> impl IntoView {
    let state = use_state();
    let line = Memo::new(move |_| {
        id.with_value(|id| state.with_option(id, |o| o.line(list, index).map(|l| (l.timing.clone(), l.scale)))).flatten()
    });
    let mode = Memo::new(move |_| line.with(|l| l.as_ref().map(|(_, s)| ScaleMode::of(*s))).unwrap_or(ScaleMode::Fixed));
    let choices = Signal::derive(move || {
        ScaleMode::ALL.map(|m| (m.key().to_owned(), state.tr(&format!("scale.mode.{}", m.key())).to_owned())).to_vec()
    });
    let change = Callback::new(move |key: String| {
        let Some(to) = ScaleMode::from_key(&key) else { return };
        let edit = OptionEdit::Line { list, index, edit: LineEdit::ScaleMode(to) };
        id.with_value(|id| state.send_option(&format!("{id}-{}-{index}-scale", list.key()), id, edit));
    });
    let per_path = format!("{path}-scale_per");
    let per_field = move || {
        let m = mode.get();
        m.has_editable_per().then(|| {
            let (label, kind) = match m {
                ScaleMode::PerCustomers => ("scale.per.customers", NumberKind::PositiveCount),
                ScaleMode::PerRevenue => ("scale.per.revenue", NumberKind::Money),
                _ => ("scale.per.service_contacts", NumberKind::PositiveCount),
            };
            view! {
                <NumberField path=per_path.clone() label=label kind=kind
                    value=Signal::derive(move || line.with(|l| l.as_ref().and_then(|(_, s)| s.map(|s| s.per))).unwrap_or(Decimal::ONE))
                    on_change=Callback::new(move |v: Decimal| {
                        let edit = OptionEdit::Line { list, index, edit: LineEdit::ScalePer(v) };
                        id.with_value(|id| state.send_option(&format!("{id}-{}-{index}-scale_per", list.key()), id, edit));
                    })/>
            }
        })
    };
    let effect = move || {
        let lang = state.lang.get();
        let currency = state.currency();
        let fmt = move |style, v: &Decimal| crate::platform::intl::format(lang, &currency, style, v);
        let ctx = crate::render::Ctx { lang, fmt: &fmt };
        state.scenario.with(|s| line.with(|l| l.as_ref().and_then(|(t, sc)| scale_effect(&ctx, t, *sc, &s.baseline))))
    };
    let effect_id = format!("scale-effect-{path}");
    view! {
        <SelectField path=format!("{path}-scale") label="scale.label" help="scale.help"
            options=choices value=Signal::derive(move || mode.get().key().to_owned()) on_change=change/>
        {per_field}
        <p class="scale-effect" data-testid=effect_id aria-live="polite">{effect}</p>
    }
}
