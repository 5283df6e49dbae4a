//! Going back to a line's setting restores what the visitor had (issue 21, item 2).
//!
//! Switching a line's timing, its quantity × unit cost helper or the way it grows with
//! the business converts its figures (a recurring line becomes a schedule of its yearly
//! values; "% of revenue" becomes the percentage it is of today's revenue). Converting
//! back cannot always give the old form: a schedule has no growth rate, a plain amount
//! no quantity, and divisions through other drivers leave 54 999.99998 where 55 000
//! was. So while the visitor explores — switches only, nothing typed in between — each
//! line's earlier forms are kept here, and switching back to one of them restores it
//! exactly. A value typed into the line starts a new history. Kept for the session only
//! (the file holds the line as it is).

use super::{Edit, LineEdit, OptionEdit};
use crate::model::line_edit::LineList;
use crate::model::scale::Scale;
use crate::model::scale_choice::ScaleMode;
use crate::model::scenario::Scenario;
use crate::model::timing::{Timing, TimingKind};

/// What a line looks like in the three ways it can be switched.
#[derive(Clone, Debug, PartialEq)]
struct Form {
    timing: Timing,
    scale: Option<Scale>,
}

impl Form {
    fn kind(&self) -> TimingKind {
        self.timing.kind()
    }

    fn mode(&self) -> ScaleMode {
        ScaleMode::of(self.scale)
    }

    fn per_unit(&self) -> Option<bool> {
        self.timing.amount().map(crate::model::Amount::is_per_unit)
    }

    /// Whether this form is where `switch` leads from `current`: the switched setting
    /// has the asked value and the other switchable setting is that of `current`. The
    /// quantity × unit cost helper is not compared for a timing or scale switch: a
    /// schedule has no amount and a "% of" line no quantity, so going back through them
    /// brings back the helper the line had (the most recent such form wins).
    fn answers(&self, switch: &LineEdit, current: &Form) -> bool {
        match switch {
            LineEdit::Timing(kind) => self.kind() == *kind && self.mode() == current.mode(),
            LineEdit::ScaleMode(mode) => self.mode() == *mode && self.kind() == current.kind(),
            LineEdit::PerUnit(on) => {
                self.per_unit() == Some(*on) && self.kind() == current.kind() && self.mode() == current.mode()
            }
            _ => false,
        }
    }
}

/// One line's forms since its last typed change, oldest first; the last is the form
/// the last switch produced.
#[derive(Clone, Debug, PartialEq)]
struct History {
    option: String,
    list: LineList,
    index: usize,
    forms: Vec<Form>,
}

/// The forms kept per line: enough for any exploring, bounded for a long session.
const MAX_FORMS: usize = 32;

/// The earlier forms of the lines being explored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LineMemory {
    lines: Vec<History>,
}

fn is_switch(edit: &LineEdit) -> bool {
    matches!(edit, LineEdit::Timing(_) | LineEdit::ScaleMode(_) | LineEdit::PerUnit(_))
}

fn form_of(s: &Scenario, option: &str, list: LineList, index: usize) -> Option<Form> {
    let o = s.options.iter().find(|o| o.id == option)?;
    let line = o.line(list, index)?;
    Some(Form { timing: line.timing.clone(), scale: line.scale })
}

impl LineMemory {
    fn history(&self, option: &str, list: LineList, index: usize) -> Option<&History> {
        self.lines.iter().find(|h| h.option == option && h.list == list && h.index == index)
    }

    /// The form to restore for `edit` in `s`, if the line is being explored and one of
    /// its earlier forms is where the switch leads.
    fn restorable(&self, s: &Scenario, option: &str, list: LineList, index: usize, switch: &LineEdit) -> Option<Form> {
        let current = form_of(s, option, list, index)?;
        // Already in that setting: a switch to it changes nothing.
        if current.answers(switch, &current) {
            return None;
        }
        let history = self.history(option, list, index)?;
        // Typed into since the last switch: the history is stale.
        if history.forms.last() != Some(&current) {
            return None;
        }
        history.forms.iter().rev().find(|f| *f != &current && f.answers(switch, &current)).cloned()
    }

    /// The edit to apply instead of `edit`: a switch back to an earlier form becomes
    /// the restoring of that form; anything else is `edit` itself.
    pub fn resolve(&self, s: &Scenario, edit: &Edit) -> Edit {
        let Edit::Option { id, edit: OptionEdit::Line { list, index, edit: line_edit } } = edit else { return edit.clone() };
        if !is_switch(line_edit) {
            return edit.clone();
        }
        match self.restorable(s, id, *list, *index, line_edit) {
            Some(form) => Edit::Option {
                id: id.clone(),
                edit: OptionEdit::Line { list: *list, index: *index, edit: LineEdit::Restore { timing: form.timing, scale: form.scale } },
            },
            None => edit.clone(),
        }
    }

    /// Records what `edit` (as sent, before [`Self::resolve`]) did, `before` → `after`.
    pub fn record(&mut self, before: &Scenario, after: &Scenario, edit: &Edit) {
        match edit {
            Edit::Option { id, edit: OptionEdit::Line { list, index, edit: line_edit } } if is_switch(line_edit) => {
                let (Some(old), Some(new)) = (form_of(before, id, *list, *index), form_of(after, id, *list, *index)) else {
                    return;
                };
                let pos = self.lines.iter().position(|h| h.option == *id && h.list == *list && h.index == *index);
                let history = match pos.and_then(|p| self.lines.get_mut(p)) {
                    Some(h) => h,
                    None => {
                        self.lines.push(History { option: id.clone(), list: *list, index: *index, forms: Vec::new() });
                        match self.lines.last_mut() {
                            Some(h) => h,
                            None => return,
                        }
                    }
                };
                // Typed into since: a new history starts from the form it had.
                if history.forms.last() != Some(&old) {
                    history.forms = vec![old];
                }
                // The walk goes on (a restored form too), so that every switch can be
                // undone by the switch back, however the visitor wandered.
                if history.forms.last() != Some(&new) {
                    history.forms.push(new);
                }
                if history.forms.len() > MAX_FORMS {
                    history.forms.remove(0);
                }
            }
            // Lines move or go away: their histories are no longer theirs.
            Edit::Option { id, edit: OptionEdit::AddLine { list, .. } | OptionEdit::RemoveLine { list, .. } } => {
                self.lines.retain(|h| !(h.option == *id && h.list == *list));
            }
            Edit::Option { id, edit: OptionEdit::RestoreLine { line, .. } } => {
                let list = line.list();
                self.lines.retain(|h| !(h.option == *id && h.list == list));
            }
            Edit::RemoveOption(id) => self.lines.retain(|h| h.option != *id),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edit::apply;
    use crate::model::presets::default_scenario;

    /// Sends `edit` as the app does: resolved against the memory, applied, recorded.
    fn send(memory: &mut LineMemory, s: &Scenario, edit: Edit) -> Scenario {
        let resolved = memory.resolve(s, &edit);
        let after = apply(s, &resolved).map(|a| a.scenario).unwrap_or_else(|_| s.clone());
        memory.record(s, &after, &edit);
        after
    }

    fn line(edit: LineEdit) -> Edit {
        Edit::Option { id: "personalised".into(), edit: OptionEdit::Line { list: LineList::Costs, index: 0, edit } }
    }

    /// The account manager: recurring with 3 % growth, 1 FTE × 600 000, scaled.
    /// To a schedule and back: growth and quantity × unit cost come back.
    #[test]
    fn a_schedule_and_back_restores_growth_and_quantity() {
        let mut m = LineMemory::default();
        let s = default_scenario("TWD");
        let t = send(&mut m, &s, line(LineEdit::Timing(TimingKind::Schedule)));
        assert_ne!(t, s);
        let back = send(&mut m, &t, line(LineEdit::Timing(TimingKind::Recurring)));
        assert_eq!(back, s);
    }

    /// Cycling the scale through every mode and back to the first gives the very same
    /// figures (not 54 999.99998).
    #[test]
    fn cycling_the_scale_comes_back_exactly() {
        let mut m = LineMemory::default();
        let s = default_scenario("TWD");
        let mut t = s.clone();
        for mode in [ScaleMode::PercentOfRevenue, ScaleMode::PercentOfMarketingSpend, ScaleMode::PerNewCustomer, ScaleMode::Fixed, ScaleMode::PerCustomers] {
            t = send(&mut m, &t, line(LineEdit::ScaleMode(mode)));
        }
        let back = send(&mut m, &t, line(LineEdit::ScaleMode(ScaleMode::of(s.options[0].costs[0].scale))));
        assert_eq!(back, s);
    }

    /// A value typed after a switch is the visitor's: switching back converts it, and
    /// does not bring back the old figures.
    #[test]
    fn a_typed_value_starts_a_new_history() {
        let mut m = LineMemory::default();
        let s = default_scenario("TWD");
        let t = send(&mut m, &s, line(LineEdit::PerUnit(false)));
        let t = send(&mut m, &t, line(LineEdit::Amount(rust_decimal::Decimal::from(700_000))));
        let back = send(&mut m, &t, line(LineEdit::PerUnit(true)));
        assert_ne!(back.options[0].costs[0], s.options[0].costs[0]);
        assert_eq!(
            back.options[0].costs[0].timing.amount().and_then(|a| a.value().ok()),
            Some(rust_decimal::Decimal::from(700_000))
        );
    }
}
