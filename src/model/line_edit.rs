//! Editing the cost and custom benefit lines of an option the way the form does
//! (model.md §2, "Cost lines"): adding and removing lines, changing a line's timing or
//! turning the quantity × unit cost helper on and off *without changing what the line
//! costs*, and the realisation ramp.
//!
//! Every conversion is checked: one whose money would overflow a decimal is refused
//! with [`Undefined::Overflow`] and the line stays as it was, so the form can say so
//! instead of panicking or silently writing 0.

use super::baseline::Baseline;
use super::scale::Scale;
use super::scale_choice::{switch_mode, ScaleMode};
use super::benefit_line::BenefitLine;
use super::cash_flow::realisation_percent;
use super::cost_line::{CostCategory, CostLine, Stage};
use super::strategy_option::StrategyOption;
use super::timing::{Amount, Timing, TimingKind};
use super::undefined::Undefined;
use super::validation::{MAX_HORIZON, MAX_LINES};
use rust_decimal::Decimal;

/// A line taken out of its option, kept whole so that Undo puts back what was there.
#[derive(Clone, Debug, PartialEq)]
pub enum RemovedLine {
    Cost(CostLine),
    Benefit(BenefitLine),
}

impl RemovedLine {
    pub fn list(&self) -> LineList {
        match self {
            RemovedLine::Cost(_) => LineList::Costs,
            RemovedLine::Benefit(_) => LineList::Benefits,
        }
    }

    /// The line's label, for "“…” deleted. Undo".
    pub fn label(&self) -> &str {
        match self {
            RemovedLine::Cost(l) => &l.label,
            RemovedLine::Benefit(l) => &l.label,
        }
    }
}

/// Which list of an option a line is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineList {
    Costs,
    Benefits,
}

impl LineList {
    /// The list's name in field paths and test ids: `<id>-cost-<i>-…`, `<id>-benefit-<i>-…`.
    pub fn key(self) -> &'static str {
        match self {
            LineList::Costs => "cost",
            LineList::Benefits => "benefit",
        }
    }
}

impl Amount {
    pub fn is_per_unit(&self) -> bool {
        matches!(self, Amount::PerUnit { .. })
    }

    /// The amount with the quantity × unit cost helper turned on (`on`) or off, keeping
    /// the money of one occurrence:
    ///
    /// - off: quantity × unit cost becomes the fixed amount (refused if it overflows);
    /// - on, for money (staff × salary, hours × rate): 1 × the amount;
    /// - on, for a rate (`rate`: capital × alternative return, the rate stored as a
    ///   fraction): the amount becomes the capital at a 100 % return. The visitor then
    ///   replaces both with their own figures; what they see meanwhile is
    ///   "5 000 000 × 100 %", the same yearly cost, not "1 × 500 000 000 %".
    pub fn with_per_unit(&self, on: bool, rate: bool) -> Result<Amount, Undefined> {
        Ok(match (self, on) {
            (Amount::Fixed(v), true) if rate => Amount::PerUnit { quantity: *v, unit_cost: Decimal::ONE },
            (Amount::Fixed(v), true) => Amount::PerUnit { quantity: Decimal::ONE, unit_cost: *v },
            (Amount::PerUnit { .. }, false) => Amount::Fixed(self.value()?),
            (same, _) => same.clone(),
        })
    }

    /// The same money written for a unit cost that is (`rate`) or is not a rate, for a
    /// line whose category changes: a rate line becomes "value × 100 %", a money line
    /// "1 × value". If the value overflows, the numbers stay as they are (their product,
    /// the line's cost, does not change either way).
    pub fn for_rate(&self, rate: bool) -> Amount {
        match (self, self.value()) {
            (Amount::PerUnit { .. }, Ok(value)) if rate => Amount::PerUnit { quantity: value, unit_cost: Decimal::ONE },
            (Amount::PerUnit { .. }, Ok(value)) => Amount::PerUnit { quantity: Decimal::ONE, unit_cost: value },
            _ => self.clone(),
        }
    }
}

impl Timing {
    /// A new line's timing: recurring, nothing yet, no growth.
    pub fn blank() -> Timing {
        Timing::Recurring { amount: Amount::Fixed(Decimal::ZERO), growth: Decimal::ZERO }
    }

    pub fn kind(&self) -> TimingKind {
        match self {
            Timing::OneOff { .. } => TimingKind::OneOff,
            Timing::Recurring { .. } => TimingKind::Recurring,
            Timing::Schedule { .. } => TimingKind::Schedule,
        }
    }

    /// The amount of one occurrence; a schedule has none.
    pub fn amount(&self) -> Option<&Amount> {
        match self {
            Timing::OneOff { amount } | Timing::Recurring { amount, .. } => Some(amount),
            Timing::Schedule { .. } => None,
        }
    }

    pub fn amount_mut(&mut self) -> Option<&mut Amount> {
        match self {
            Timing::OneOff { amount } | Timing::Recurring { amount, .. } => Some(amount),
            Timing::Schedule { .. } => None,
        }
    }

    /// The growth of a recurring line.
    pub fn growth(&self) -> Option<Decimal> {
        match self {
            Timing::Recurring { growth, .. } => Some(*growth),
            _ => None,
        }
    }

    pub fn set_growth(&mut self, value: Decimal) {
        if let Timing::Recurring { growth, .. } = self {
            *growth = value;
        }
    }

    /// The scheduled amount of `year` (0 where the list stops); `None` if not a schedule.
    pub fn scheduled(&self, year: u32) -> Option<Decimal> {
        match self {
            Timing::Schedule { amounts } => Some(amounts.get(year as usize).copied().unwrap_or_default()),
            _ => None,
        }
    }

    /// Sets the scheduled amount of `year`, padding the years before it with 0. Years
    /// past [`MAX_HORIZON`] are ignored (no year of any scenario reaches them).
    pub fn set_scheduled(&mut self, year: u32, value: Decimal) {
        let Timing::Schedule { amounts } = self else { return };
        if year > MAX_HORIZON {
            return;
        }
        let index = year as usize;
        if amounts.len() <= index {
            amounts.resize(index.saturating_add(1), Decimal::ZERO);
        }
        if let Some(slot) = amounts.get_mut(index) {
            *slot = value;
        }
    }

    /// The timing converted to `to`, keeping what the visitor entered:
    ///
    /// - one-off ↔ recurring keep the amount (quantity × unit cost included); a line
    ///   that becomes recurring starts without growth;
    /// - to a schedule: the line's own yearly values over `horizon` years, so every
    ///   year costs what it did (growth included);
    /// - from a schedule: its first non-zero amount.
    ///
    /// Refused with `Overflow` when the yearly values overflow.
    pub fn converted(&self, to: TimingKind, horizon: u32) -> Result<Timing, Undefined> {
        if self.kind() == to {
            return Ok(self.clone());
        }
        if to == TimingKind::Schedule {
            return Ok(Timing::Schedule { amounts: self.yearly_values(horizon.clamp(1, MAX_HORIZON))? });
        }
        let amount = match self {
            Timing::OneOff { amount } | Timing::Recurring { amount, .. } => amount.clone(),
            Timing::Schedule { amounts } => {
                Amount::Fixed(amounts.iter().find(|a| !a.is_zero()).copied().unwrap_or_default())
            }
        };
        Ok(match to {
            TimingKind::OneOff => Timing::OneOff { amount },
            _ => Timing::Recurring { amount, growth: Decimal::ZERO },
        })
    }
}

/// A line of either list, seen the same way by the form.
pub struct LineView<'a> {
    pub label: &'a str,
    pub timing: &'a Timing,
    /// `None` for a custom benefit line.
    pub category: Option<CostCategory>,
    pub stage: Option<Stage>,
    /// How the line grows with the business (`None`: fixed).
    pub scale: Option<Scale>,
}

impl StrategyOption {
    pub fn line_count(&self, list: LineList) -> usize {
        match list {
            LineList::Costs => self.costs.len(),
            LineList::Benefits => self.custom_benefits.len(),
        }
    }

    /// Line `i` of `list`, if there is one.
    pub fn line(&self, list: LineList, i: usize) -> Option<LineView<'_>> {
        match list {
            LineList::Costs => self.costs.get(i).map(|c| LineView {
                label: &c.label,
                timing: &c.timing,
                category: Some(c.category),
                stage: c.stage,
                scale: c.scale,
            }),
            LineList::Benefits => {
                self.custom_benefits.get(i).map(|b| LineView {
                    label: &b.label,
                    timing: &b.timing,
                    category: None,
                    stage: None,
                    scale: b.scale,
                })
            }
        }
    }

    /// Switches line `i` to another way of growing with the business, keeping what it
    /// amounts to at `baseline` (model::scale_choice).
    pub fn set_line_scale_mode(&mut self, list: LineList, i: usize, mode: ScaleMode, baseline: &Baseline) {
        if let Some((timing, scale)) = self.scale_parts_mut(list, i) {
            switch_mode(timing, scale, mode, baseline);
        }
    }

    /// Sets the N of "per N customers" (validation keeps it above 0; the field refuses 0).
    pub fn set_line_scale_per(&mut self, list: LineList, i: usize, per: Decimal) {
        if let Some((_, Some(scale))) = self.scale_parts_mut(list, i) {
            scale.per = per;
        }
    }

    fn scale_parts_mut(&mut self, list: LineList, i: usize) -> Option<(&mut Timing, &mut Option<Scale>)> {
        match list {
            LineList::Costs => self.costs.get_mut(i).map(|c| (&mut c.timing, &mut c.scale)),
            LineList::Benefits => self.custom_benefits.get_mut(i).map(|b| (&mut b.timing, &mut b.scale)),
        }
    }

    fn parts_mut(&mut self, list: LineList, i: usize) -> Option<(&mut String, &mut Timing, Option<CostCategory>)> {
        match list {
            LineList::Costs => self.costs.get_mut(i).map(|c| (&mut c.label, &mut c.timing, Some(c.category))),
            LineList::Benefits => self.custom_benefits.get_mut(i).map(|b| (&mut b.label, &mut b.timing, None)),
        }
    }

    /// Changes line `i`'s timing in place (growth, schedule, amounts).
    pub fn edit_timing(&mut self, list: LineList, i: usize, f: impl FnOnce(&mut Timing)) {
        if let Some((_, timing, _)) = self.parts_mut(list, i) {
            f(timing);
        }
    }

    /// Changes the amount of line `i`, if it has one (not a schedule).
    pub fn edit_amount(&mut self, list: LineList, i: usize, f: impl FnOnce(&mut Amount)) {
        self.edit_timing(list, i, |t| {
            if let Some(a) = t.amount_mut() {
                f(a);
            }
        });
    }

    /// Puts back an earlier form of line `i` (its timing and scale), as the visitor had it.
    pub fn restore_line_form(&mut self, list: LineList, i: usize, timing: Timing, scale: Option<Scale>) {
        if let Some((t, s)) = self.scale_parts_mut(list, i) {
            *t = timing;
            *s = scale;
        }
    }

    pub fn set_line_label(&mut self, list: LineList, i: usize, label: String) {
        if let Some((l, _, _)) = self.parts_mut(list, i) {
            *l = label;
        }
    }

    /// Converts line `i` to another timing ([`Timing::converted`]); on `Err` it stays.
    pub fn set_line_timing(&mut self, list: LineList, i: usize, to: TimingKind, horizon: u32) -> Result<(), Undefined> {
        let Some((_, timing, _)) = self.parts_mut(list, i) else { return Ok(()) };
        *timing = timing.converted(to, horizon)?;
        Ok(())
    }

    /// Turns quantity × unit cost on or off for line `i` ([`Amount::with_per_unit`],
    /// a rate for an opportunity cost); on `Err` the line stays as it was.
    pub fn set_line_per_unit(&mut self, list: LineList, i: usize, on: bool) -> Result<(), Undefined> {
        let Some((_, timing, category)) = self.parts_mut(list, i) else { return Ok(()) };
        let rate = category.is_some_and(CostCategory::unit_cost_is_rate);
        if let Some(a) = timing.amount_mut() {
            *a = a.with_per_unit(on, rate)?;
        }
        Ok(())
    }

    /// Sets cost line `i`'s category; a quantity × unit cost amount is rewritten when
    /// its unit cost changes between money and a rate ([`Amount::for_rate`]), so the
    /// line costs the same and reads sensibly.
    pub fn set_cost_category(&mut self, i: usize, category: CostCategory) {
        let Some(line) = self.costs.get_mut(i) else { return };
        let was_rate = line.category.unit_cost_is_rate();
        line.category = category;
        if was_rate != category.unit_cost_is_rate() {
            if let Some(a) = line.timing.amount_mut() {
                *a = a.for_rate(category.unit_cost_is_rate());
            }
        }
    }

    pub fn set_cost_stage(&mut self, i: usize, stage: Option<Stage>) {
        if let Some(line) = self.costs.get_mut(i) {
            line.stage = stage;
        }
    }

    pub fn can_add_line(&self, list: LineList) -> bool {
        self.line_count(list) < MAX_LINES
    }

    /// Adds a blank line ([`Timing::blank`], category "other") at the end of `list`;
    /// `None` when the list already has [`MAX_LINES`].
    pub fn add_line(&mut self, list: LineList, label: String) -> Option<usize> {
        if !self.can_add_line(list) {
            return None;
        }
        let index = self.line_count(list);
        match list {
            LineList::Costs => self.costs.push(CostLine::new(label, CostCategory::Other, Timing::blank())),
            LineList::Benefits => self.custom_benefits.push(BenefitLine::new(label, Timing::blank())),
        }
        Some(index)
    }

    /// Takes line `i` out of `list`, for undo; `None` if there is none.
    pub fn take_line(&mut self, list: LineList, i: usize) -> Option<RemovedLine> {
        if i >= self.line_count(list) {
            return None;
        }
        Some(match list {
            LineList::Costs => RemovedLine::Cost(self.costs.remove(i)),
            LineList::Benefits => RemovedLine::Benefit(self.custom_benefits.remove(i)),
        })
    }

    /// Puts a removed line back at `i` of its list (at the end if the list is shorter
    /// now); `None` when the list is full again. Returns where it went.
    pub fn put_line_back(&mut self, i: usize, line: RemovedLine) -> Option<usize> {
        let list = line.list();
        if !self.can_add_line(list) {
            return None;
        }
        let at = i.min(self.line_count(list));
        match line {
            RemovedLine::Cost(l) => self.costs.insert(at, l),
            RemovedLine::Benefit(l) => self.custom_benefits.insert(at, l),
        }
        Some(at)
    }

    /// The % realised in `year` (model.md §2: the last value repeats, empty is 100).
    pub fn realisation_at(&self, year: u32) -> Decimal {
        realisation_percent(&self.realisation, year)
    }

    /// Sets year `year`'s realisation, writing out the whole list for years
    /// 1..=`horizon`, so that what the form shows is exactly what is stored (a shorter
    /// list would repeat its last value into the years after it).
    pub fn set_realisation(&mut self, year: u32, value: Decimal, horizon: u32) {
        let horizon = horizon.clamp(1, MAX_HORIZON);
        if year == 0 || year > horizon {
            return;
        }
        self.realisation = (1..=horizon).map(|t| if t == year { value } else { self.realisation_at(t) }).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::preset_option;
    use crate::model::strategy_option::OptionKind;
    use crate::model::test_support::{d, decimals};
    use proptest::prelude::*;

    fn fixed(v: &str) -> Amount {
        Amount::Fixed(d(v))
    }

    fn per_unit(q: &str, u: &str) -> Amount {
        Amount::PerUnit { quantity: d(q), unit_cost: d(u) }
    }

    fn recurring(amount: Amount, growth: &str) -> Timing {
        Timing::Recurring { amount, growth: d(growth) }
    }

    #[test]
    fn the_helper_keeps_the_money_of_the_line() {
        // Staff × salary: 1 × the amount.
        assert_eq!(fixed("600000").with_per_unit(true, false), Ok(per_unit("1", "600000")));
        // Capital × alternative return: the amount at 100 %, not 1 × 500 000 000 %.
        assert_eq!(fixed("5000000").with_per_unit(true, true), Ok(per_unit("5000000", "1")));
        // Off: quantity × unit cost.
        assert_eq!(per_unit("5000000", "0.04").with_per_unit(false, true), Ok(fixed("200000")));
        assert_eq!(per_unit("2", "600000").with_per_unit(false, false), Ok(fixed("1200000")));
        // Already in that form: unchanged.
        assert_eq!(fixed("7").with_per_unit(false, false), Ok(fixed("7")));
        assert_eq!(per_unit("2", "3").with_per_unit(true, true), Ok(per_unit("2", "3")));
    }

    #[test]
    fn a_product_too_large_for_one_amount_is_refused_not_zeroed() {
        // 9 × 10¹⁴ × 9 × 10¹⁴ = 8.1 × 10²⁹ > 7.9 × 10²⁸.
        let huge = per_unit("900000000000000", "900000000000000");
        assert_eq!(huge.with_per_unit(false, false), Err(Undefined::Overflow));
        let mut o = preset_option(OptionKind::Custom, "x", "TWD");
        o.costs.push(CostLine::new("big", CostCategory::Labour, recurring(huge.clone(), "0")));
        assert_eq!(o.set_line_per_unit(LineList::Costs, 0, false), Err(Undefined::Overflow));
        assert_eq!(o.costs[0].timing, recurring(huge.clone(), "0"), "the line stays as it was");
        assert_eq!(o.set_line_timing(LineList::Costs, 0, TimingKind::Schedule, 3), Err(Undefined::Overflow));
        assert_eq!(o.costs[0].timing, recurring(huge, "0"));
    }

    #[test]
    fn only_an_opportunity_line_takes_a_rate() {
        let mut o = preset_option(OptionKind::Custom, "x", "TWD");
        o.costs.push(CostLine::new("capital", CostCategory::Opportunity, recurring(fixed("5000000"), "0")));
        o.custom_benefits.push(BenefitLine::new("b", recurring(fixed("300"), "0")));
        o.set_line_per_unit(LineList::Costs, 0, true).unwrap();
        o.set_line_per_unit(LineList::Benefits, 0, true).unwrap();
        assert_eq!(o.costs[0].timing, recurring(per_unit("5000000", "1"), "0"));
        assert_eq!(o.custom_benefits[0].timing, recurring(per_unit("1", "300"), "0"));
        // A line that is not there: nothing happens.
        assert_eq!(o.set_line_per_unit(LineList::Costs, 5, true), Ok(()));
    }

    #[test]
    fn a_new_category_rewrites_quantity_times_unit_cost_for_the_same_money() {
        let mut o = preset_option(OptionKind::Custom, "x", "TWD");
        o.costs.push(CostLine::new("staff", CostCategory::Labour, recurring(per_unit("2", "600000"), "3")));
        o.set_cost_category(0, CostCategory::Opportunity);
        assert_eq!(o.costs[0].timing, recurring(per_unit("1200000", "1"), "3"));
        o.set_line_timing(LineList::Costs, 0, TimingKind::OneOff, 3).unwrap();
        o.edit_amount(LineList::Costs, 0, |a| {
            if let Amount::PerUnit { unit_cost, .. } = a {
                *unit_cost = d("0.05");
            }
        });
        o.set_cost_category(0, CostCategory::Time);
        assert_eq!(o.costs[0].timing, Timing::OneOff { amount: per_unit("1", "60000") });
        // Between two money categories nothing is rewritten.
        o.set_cost_category(0, CostCategory::Labour);
        assert_eq!(o.costs[0].timing, Timing::OneOff { amount: per_unit("1", "60000") });
        assert_eq!(o.costs[0].category, CostCategory::Labour);
        o.set_cost_stage(0, Some(Stage::Expansion));
        assert_eq!(o.costs[0].stage, Some(Stage::Expansion));
    }

    #[test]
    fn converting_the_timing_keeps_the_amount() {
        let t = recurring(per_unit("2", "600000"), "10");
        assert_eq!(t.converted(TimingKind::OneOff, 3), Ok(Timing::OneOff { amount: per_unit("2", "600000") }));
        assert_eq!(t.converted(TimingKind::Recurring, 3), Ok(t.clone()), "no change keeps the growth");
        // A schedule of the line's own yearly values: 1 200 000, then +10 % a year.
        assert_eq!(
            t.converted(TimingKind::Schedule, 3),
            Ok(Timing::Schedule { amounts: decimals(&["0", "1200000", "1320000", "1452000"]) })
        );
        let once = Timing::OneOff { amount: fixed("80000") };
        assert_eq!(once.converted(TimingKind::Schedule, 2), Ok(Timing::Schedule { amounts: decimals(&["80000", "0", "0"]) }));
        assert_eq!(once.converted(TimingKind::Recurring, 2), Ok(recurring(fixed("80000"), "0")));
        let plan = Timing::Schedule { amounts: decimals(&["0", "0", "500"]) };
        assert_eq!(plan.converted(TimingKind::OneOff, 2), Ok(Timing::OneOff { amount: fixed("500") }));
        assert_eq!(plan.converted(TimingKind::Recurring, 2), Ok(recurring(fixed("500"), "0")));
        let empty = Timing::Schedule { amounts: vec![] };
        assert_eq!(empty.converted(TimingKind::OneOff, 2), Ok(Timing::OneOff { amount: fixed("0") }));
        // A horizon out of range is brought into 1..=10.
        let Ok(Timing::Schedule { amounts }) = once.converted(TimingKind::Schedule, 40) else { panic!() };
        assert_eq!(amounts.len(), 11);
    }

    #[test]
    fn growth_and_schedule_years() {
        let mut t = Timing::blank();
        t.set_growth(d("5"));
        assert_eq!(t.growth(), Some(d("5")));
        assert_eq!(t.scheduled(0), None);
        t.set_scheduled(1, d("9"));
        assert_eq!(t, recurring(fixed("0"), "5"), "not a schedule: unchanged");
        let mut s = Timing::Schedule { amounts: vec![] };
        s.set_growth(d("5"));
        s.set_scheduled(3, d("100"));
        assert_eq!(s, Timing::Schedule { amounts: decimals(&["0", "0", "0", "100"]) });
        assert_eq!(s.scheduled(3), Some(d("100")));
        assert_eq!(s.scheduled(9), Some(d("0")));
        s.set_scheduled(MAX_HORIZON + 1, d("1"));
        s.set_scheduled(u32::MAX, d("1"));
        assert_eq!(s.scheduled(3), Some(d("100")));
        assert_eq!(s.growth(), None);
    }

    #[test]
    fn lines_are_added_up_to_the_limit_and_removed() {
        let mut o = preset_option(OptionKind::Custom, "x", "TWD");
        for list in [LineList::Costs, LineList::Benefits] {
            for n in 0..MAX_LINES {
                assert_eq!(o.add_line(list, format!("line {n}")), Some(n));
            }
            assert_eq!(o.add_line(list, "one too many".into()), None);
            assert_eq!(o.line_count(list), MAX_LINES);
            let taken = o.take_line(list, 0).unwrap();
            assert_eq!((taken.label(), taken.list()), ("line 0", list));
            assert!(o.take_line(list, MAX_LINES).is_none());
            assert_eq!(o.line(list, 0).map(|l| l.label.to_owned()), Some("line 1".into()));
            // Undo puts it back where it was; a full list takes nothing more.
            assert_eq!(o.put_line_back(0, taken.clone()), Some(0));
            assert_eq!(o.line(list, 0).map(|l| l.label.to_owned()), Some("line 0".into()));
            assert_eq!(o.put_line_back(0, taken.clone()), None);
            let last = o.take_line(list, MAX_LINES - 1).unwrap();
            assert_eq!(o.put_line_back(99, last), Some(MAX_LINES - 1), "past the end: at the end");
            o.take_line(list, 0).unwrap();
            o.set_line_label(list, 0, "renamed".into());
            assert_eq!(o.line(list, 0).map(|l| l.label.to_owned()), Some("renamed".into()));
            assert!(o.line(list, MAX_LINES).is_none());
        }
        let line = o.line(LineList::Costs, 0).unwrap();
        assert_eq!((line.category, line.timing), (Some(CostCategory::Other), &Timing::blank()));
        assert_eq!(o.line(LineList::Benefits, 0).unwrap().category, None);
        assert!(crate::model::validation::validate(&crate::model::Scenario {
            options: vec![o],
            ..crate::model::presets::default_scenario("TWD")
        })
        .is_ok());
    }

    #[test]
    fn realisation_is_written_out_for_every_year() {
        let mut o = preset_option(OptionKind::Custom, "x", "TWD");
        o.realisation = decimals(&["50"]);
        o.set_realisation(2, d("80"), 3);
        assert_eq!(o.realisation, decimals(&["50", "80", "50"]));
        assert_eq!(o.realisation_at(7), d("50"));
        o.set_realisation(0, d("1"), 3);
        o.set_realisation(4, d("1"), 3);
        assert_eq!(o.realisation, decimals(&["50", "80", "50"]));
    }

    fn amount() -> impl Strategy<Value = Amount> {
        let value = (0u64..=1_000_000_000_000_000, 0u32..=4).prop_map(|(m, s)| Decimal::new(m as i64, s));
        prop_oneof![
            value.clone().prop_map(Amount::Fixed),
            (value.clone(), value).prop_map(|(quantity, unit_cost)| Amount::PerUnit { quantity, unit_cost }),
        ]
    }

    proptest! {
        /// Turning the helper on or off never changes the money of a line, and never
        /// panics: either the same value, or a refusal.
        #[test]
        fn the_helper_never_changes_the_money(a in amount(), on in any::<bool>(), rate in any::<bool>()) {
            match (a.value(), a.with_per_unit(on, rate)) {
                (Ok(before), Ok(after)) => prop_assert_eq!(after.value(), Ok(before)),
                (Err(_), result) => prop_assert!(result.is_err() || result == Ok(a.clone())),
                (Ok(_), Err(e)) => prop_assert!(false, "refused a representable amount: {:?}", e),
            }
            let rewritten = a.for_rate(rate);
            prop_assert!(a.value().is_err() || rewritten.value() == a.value());
        }

        /// Converting a one-off or recurring line without growth to a schedule and
        /// back keeps its yearly values.
        #[test]
        fn schedule_round_trip_keeps_yearly_values(a in amount(), one_off in any::<bool>(), years in 1u32..=10) {
            let t = if one_off { Timing::OneOff { amount: a } } else { Timing::Recurring { amount: a, growth: Decimal::ZERO } };
            let Ok(before) = t.yearly_values(years) else { return Ok(()) };
            let schedule = t.converted(TimingKind::Schedule, years).unwrap();
            prop_assert_eq!(schedule.yearly_values(years), Ok(before.clone()));
            let back = schedule.converted(t.kind(), years).unwrap();
            // Back to one amount: the first non-zero one, so all years agree again.
            prop_assert_eq!(back.yearly_values(years), Ok(before));
        }
    }
}
