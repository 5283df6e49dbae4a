//! Every edit keeps the work valid (issue 15): random sequences of edits from the whole
//! vocabulary (`model::edit`), with hostile values, and after every step the scenario
//! validates, round-trips through the file and the share link unchanged, and computes
//! without a panic (results, and the analysis' fast parts at the end of a sequence).
//!
//! `cargo test` walks a few thousand steps; `EDIT_CASES=5000 cargo test --release --test
//! engine_edits` walks a hundred thousand or more (README, figures).

use crm_roi::model::baseline::{BaselineField, FieldUnit};
use crm_roi::model::edit::{apply, Edit, LineEdit, LineMemory, OptionEdit, Outcome};
use crm_roi::model::scenario_file::write as to_json;
use crm_roi::model::levers::Lever;
use crm_roi::model::line_edit::LineList;
use crm_roi::model::presets::default_scenario;
use crm_roi::model::price_level::PRICE_LEVELS;
use crm_roi::model::range_edit::Bound;
use crm_roi::model::scale_choice::ScaleMode;
use crm_roi::model::scenario_file::read;
use crm_roi::model::timing::TimingKind;
use crm_roi::model::validation::{validate, MAX_AMOUNT};
use crm_roi::model::{evaluate, CostCategory, Scenario, Stage};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Hostile and ordinary values: 0, the limit, just past it, many decimals, negatives.
fn value() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(MAX_AMOUNT),
        Just(MAX_AMOUNT + Decimal::ONE),
        Just(Decimal::new(-1, 0)),
        Just(Decimal::new(1, 28)),
        Just(Decimal::new(123_456_789_012_345_678, 9)),
        (0i64..=100).prop_map(Decimal::from),
        (0i64..=2_000_000_000).prop_map(|v| Decimal::new(v, 2)),
        (-150i64..=150).prop_map(Decimal::from),
    ]
}

fn field() -> impl Strategy<Value = BaselineField> {
    prop::sample::select(BaselineField::ALL.to_vec())
}

fn lever() -> impl Strategy<Value = Lever> {
    prop::sample::select(Lever::ALL.to_vec())
}

fn list() -> impl Strategy<Value = LineList> {
    prop_oneof![Just(LineList::Costs), Just(LineList::Benefits)]
}

fn line_edit() -> impl Strategy<Value = LineEdit> {
    prop_oneof![
        "[a-z<>=+ 客]{0,12}".prop_map(LineEdit::Label),
        prop::sample::select(CostCategory::ALL.to_vec()).prop_map(LineEdit::Category),
        prop::option::of(prop::sample::select(Stage::ALL.to_vec())).prop_map(LineEdit::Stage),
        prop::sample::select(vec![TimingKind::OneOff, TimingKind::Recurring, TimingKind::Schedule]).prop_map(LineEdit::Timing),
        any::<bool>().prop_map(LineEdit::PerUnit),
        value().prop_map(LineEdit::Amount),
        value().prop_map(LineEdit::Quantity),
        value().prop_map(LineEdit::UnitCost),
        value().prop_map(LineEdit::Growth),
        (0u32..12, value()).prop_map(|(year, value)| LineEdit::Scheduled { year, value }),
        prop::sample::select(ScaleMode::ALL.to_vec()).prop_map(LineEdit::ScaleMode),
        value().prop_map(LineEdit::ScalePer),
    ]
}

fn option_edit() -> impl Strategy<Value = OptionEdit> {
    prop_oneof![
        "[a-z ]{0,8}".prop_map(OptionEdit::Name),
        (lever(), value()).prop_map(|(l, v)| OptionEdit::Lever(l, v)),
        value().prop_map(OptionEdit::BenefitRisk),
        value().prop_map(OptionEdit::CostRisk),
        (1u32..12, value()).prop_map(|(year, value)| OptionEdit::Realisation { year, value }),
        (lever(), prop_oneof![Just(Bound::Low), Just(Bound::High)], value())
            .prop_map(|(lever, bound, value)| OptionEdit::RangeBound { lever, bound, value }),
        Just(OptionEdit::ClearRanges),
        (list(), "[a-z]{0,6}").prop_map(|(list, label)| OptionEdit::AddLine { list, label }),
        (list(), 0usize..6).prop_map(|(list, index)| OptionEdit::RemoveLine { list, index }),
        (list(), 0usize..6, line_edit()).prop_map(|(list, index, edit)| OptionEdit::Line { list, index, edit }),
        (list(), 0usize..6, line_edit()).prop_map(|(list, index, edit)| OptionEdit::Line { list, index, edit }),
        (list(), 0usize..6, line_edit()).prop_map(|(list, index, edit)| OptionEdit::Line { list, index, edit }),
    ]
}

/// An edit; options are named by their position among those present when it is applied
/// (`option` modulo the count), so most edits hit a real option.
#[derive(Clone, Debug)]
enum Step {
    Scenario(Edit),
    Option(usize, OptionEdit),
    Duplicate(usize),
    Remove(usize),
    Undo,
}

fn step() -> impl Strategy<Value = Step> {
    let currencies: Vec<String> = PRICE_LEVELS.iter().map(|l| l.currency.to_string()).chain(["GBP".to_string()]).collect();
    prop_oneof![
        3 => (field(), value()).prop_map(|(f, v)| Step::Scenario(Edit::Baseline(f, v))),
        1 => prop::sample::select(currencies).prop_map(|c| Step::Scenario(Edit::Currency(c))),
        1 => (0u32..12).prop_map(|n| Step::Scenario(Edit::HorizonYears(n))),
        1 => value().prop_map(|v| Step::Scenario(Edit::DiscountRate(v))),
        1 => value().prop_map(|v| Step::Scenario(Edit::Uncertainty(v))),
        1 => "[a-z<>]{0,8}".prop_map(|n| Step::Scenario(Edit::Name(n))),
        1 => "[a-z]{0,5}".prop_map(|n| Step::Scenario(Edit::AddOption(n))),
        1 => (0usize..8).prop_map(Step::Duplicate),
        1 => (0usize..8).prop_map(Step::Remove),
        1 => Just(Step::Undo),
        10 => (0usize..8, option_edit()).prop_map(|(i, e)| Step::Option(i, e)),
    ]
}

fn id_at(s: &Scenario, i: usize) -> String {
    let n = s.options.len().max(1);
    s.options.get(i % n).map(|o| o.id.clone()).unwrap_or_default()
}

/// The scenario round-trips through the file and the share link unchanged.
fn round_trips(s: &Scenario) -> Result<(), TestCaseError> {
    let json = to_json(s);
    let back = read(&json);
    prop_assert_eq!(back.as_ref(), Ok(s), "file: {}", json);
    let hash = crm_roi::share_link::encode(&json);
    let back = crm_roi::share_link::decode(&hash).and_then(Result::ok);
    prop_assert_eq!(back.as_deref(), Some(json.as_str()));
    Ok(())
}

/// Steps walked so far (printed with `EDIT_CASES` set, to report how many were walked).
static STEPS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
/// Quick answers and currency changes applied by the any-order property, likewise.
static ORDER_STEPS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn cases() -> u32 {
    std::env::var("EDIT_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(100)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn every_edit_keeps_the_work_valid(steps in prop::collection::vec(step(), 1..40), currency in prop::sample::select(vec!["TWD", "USD", "JPY"])) {
        let mut s = default_scenario(currency);
        // What Undo puts back: the last option or line removed.
        let mut removed: Option<Edit> = None;
        for step in &steps {
            let edit = match step {
                Step::Scenario(e) => e.clone(),
                Step::Option(i, e) => Edit::Option { id: id_at(&s, *i), edit: e.clone() },
                Step::Duplicate(i) => Edit::DuplicateOption { id: id_at(&s, *i), name: "copy".into() },
                Step::Remove(i) => Edit::RemoveOption(id_at(&s, *i)),
                Step::Undo => match removed.take() {
                    Some(undo) => undo,
                    None => continue,
                },
            };
            match apply(&s, &edit) {
                Ok(applied) => {
                    match (&applied.outcome, &edit) {
                        (Outcome::Removed(r), _) => removed = Some(Edit::RestoreOption { index: r.index, option: Box::new(r.option.clone()) }),
                        (Outcome::LineRemoved { index, line }, Edit::Option { id, .. }) => {
                            removed = Some(Edit::Option { id: id.clone(), edit: OptionEdit::RestoreLine { index: *index, line: line.clone() } });
                        }
                        _ => {}
                    }
                    s = applied.scenario;
                }
                // Refused: the scenario stays as it was (it is not replaced).
                Err(refusal) => prop_assert!(!refusal.path.is_empty() || refusal.message_key().starts_with("edit.")),
            }
            prop_assert_eq!(validate(&s), Ok(()), "after {:?}", edit);
            round_trips(&s)?;
            let _ = evaluate(&s);
        }
        for o in &s.options {
            let _ = crm_roi::model::analysis::option_analysis::analyse_fast(&s, o);
        }
        let walked = STEPS.fetch_add(steps.len(), std::sync::atomic::Ordering::Relaxed) + steps.len();
        if std::env::var("EDIT_CASES").is_ok() && walked % 1000 < steps.len() {
            eprintln!("steps walked: {walked}");
        }
    }

    /// The same quick answers and currency, in any order, give identical results — also
    /// through the edit vocabulary (model.md §4).
    #[test]
    fn the_same_quick_answers_in_any_order_give_the_same_results(
        answers in prop::collection::vec((prop::sample::select(crm_roi::model::example::ANSWERS.to_vec()), 1u64..5_000_000), 4),
        currency in prop::sample::select(PRICE_LEVELS.iter().map(|l| l.currency).collect::<Vec<_>>()),
        order in Just(vec![0usize, 1, 2, 3, 4]).prop_shuffle(),
    ) {
        // One answer per field (the last given wins in both paths), none equal to an example's default.
        let mut edits: Vec<Edit> = Vec::new();
        for (f, v) in &answers {
            let v = if f.unit() == FieldUnit::Percent { Decimal::new((*v % 10_000) as i64, 2) } else { Decimal::new(*v as i64, 1) };
            let is_default = PRICE_LEVELS.iter().any(|l| crm_roi::model::presets::default_baseline_in(l.currency).get(*f) == v);
            if !is_default && !edits.iter().any(|e| matches!(e, Edit::Baseline(g, _) if g == f)) {
                edits.push(Edit::Baseline(*f, v));
            }
        }
        edits.push(Edit::Currency(currency.to_string()));
        let mut a = default_scenario("TWD");
        for i in order.iter().filter(|i| **i < edits.len()) {
            if let Some(e) = edits.get(*i) { a = apply(&a, e).map(|x| x.scenario).unwrap_or(a); }
        }
        let mut b = default_scenario("TWD");
        let currency_edit = edits.last().cloned();
        for e in edits.iter().take(edits.len() - 1) { b = apply(&b, e).map(|x| x.scenario).unwrap_or(b); }
        if let Some(e) = currency_edit { b = apply(&b, &e).map(|x| x.scenario).unwrap_or(b); }
        prop_assert_eq!(evaluate(&a), evaluate(&b));
        prop_assert_eq!(a, b);
        // Edits applied, both orders counted.
        let applied = edits.len().saturating_mul(2);
        let walked = ORDER_STEPS.fetch_add(applied, std::sync::atomic::Ordering::Relaxed) + applied;
        if std::env::var("EDIT_CASES").is_ok() && walked % 1000 < applied {
            eprintln!("any-order steps walked: {walked}");
        }
    }

    /// Issue 21, item 2: a switch of a line's timing, quantity × unit cost helper or
    /// scale, followed by the switch back, gives back the same scenario (through the
    /// session's line memory, as the app sends edits), whatever edits came before.
    #[test]
    fn a_switch_and_its_inverse_give_back_the_same_scenario(
        before in prop::collection::vec(step(), 0..15),
        option in 0usize..8,
        list in list(),
        index in 0usize..4,
        switches in prop::collection::vec(prop_oneof![
            prop::sample::select(vec![TimingKind::OneOff, TimingKind::Recurring, TimingKind::Schedule]).prop_map(LineEdit::Timing),
            any::<bool>().prop_map(LineEdit::PerUnit),
            prop::sample::select(ScaleMode::ALL.to_vec()).prop_map(LineEdit::ScaleMode),
        ], 1..5),
    ) {
        let mut s = default_scenario("TWD");
        for step in &before {
            let edit = match step {
                Step::Scenario(e) => e.clone(),
                Step::Option(i, e) => Edit::Option { id: id_at(&s, *i), edit: e.clone() },
                _ => continue,
            };
            s = apply(&s, &edit).map(|a| a.scenario).unwrap_or(s);
        }
        let id = id_at(&s, option);
        let mut memory = LineMemory::default();
        let send = |memory: &mut LineMemory, s: &Scenario, e: LineEdit| -> Scenario {
            let edit = Edit::Option { id: id.clone(), edit: OptionEdit::Line { list, index, edit: e } };
            let after = apply(s, &memory.resolve(s, &edit)).map(|a| a.scenario).unwrap_or_else(|_| s.clone());
            memory.record(s, &after, &edit);
            after
        };
        // Explore: the switches, sent as the app sends them; then one more switch and the
        // switch back to the setting the line had, which must give back the same scenario.
        let (last, wander) = switches.split_last().map(|(l, w)| (l.clone(), w.to_vec())).unwrap_or((LineEdit::PerUnit(true), Vec::new()));
        for e in wander {
            s = send(&mut memory, &s, e);
        }
        let Some(line) = s.options.iter().find(|o| o.id == id).and_then(|o| o.line(list, index)) else { return Ok(()) };
        let inverse = match &last {
            LineEdit::Timing(_) => LineEdit::Timing(line.timing.kind()),
            LineEdit::PerUnit(_) => match line.timing.amount() {
                Some(a) => LineEdit::PerUnit(a.is_per_unit()),
                None => return Ok(()),
            },
            _ => LineEdit::ScaleMode(ScaleMode::of(line.scale)),
        };
        let there = send(&mut memory, &s, last);
        let back = send(&mut memory, &there, inverse);
        prop_assert_eq!(&back, &s);
    }
}
