//! The edit vocabulary: every change the calculator's form can make to a scenario, as a
//! plain value ([`Edit`]), applied by one function ([`apply`]).
//!
//! Why: a scenario must stay valid along every path a visitor takes, not only along the
//! paths the tests walk. [`apply`] works on a copy, runs the change through the model's
//! own operations (line conversions, scale switches, following answers, option lists)
//! and then validates the result with the same rules as reading a file
//! ([`super::validation::validate`]). It either returns the whole new scenario or
//! refuses with a [`Refusal`] naming the field, and the scenario shown stays as it was
//! (the last good value). Components only build `Edit` values; none sets a scenario
//! field itself. Property tests (`tests/engine_edits.rs`) drive random sequences of
//! edits from this whole vocabulary and check after every step that the scenario
//! validates, round-trips through the file and the share link, and computes.

mod apply;
mod line_memory;
mod refusal;

pub use apply::{apply, Applied, Outcome};
pub use line_memory::LineMemory;
pub use refusal::{Refusal, Why};

use super::baseline::BaselineField;
use super::cost_line::{CostCategory, Stage};
use super::levers::Lever;
use super::line_edit::{LineList, RemovedLine};
use super::range_edit::Bound;
use super::scale_choice::ScaleMode;
use super::strategy_option::StrategyOption;
use super::scale::Scale;
use super::timing::{Timing, TimingKind};
use rust_decimal::Decimal;

/// A change to a scenario, as the form makes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A baseline figure (an answer in the quick view or a field of the full form):
    /// the figures still at the example's follow it (`model::follow`).
    Baseline(BaselineField, Decimal),
    /// The currency: the figures still at the example's become the new currency's.
    Currency(String),
    HorizonYears(u32),
    DiscountRate(Decimal),
    /// The analysis' uncertainty U (%).
    Uncertainty(Decimal),
    /// The scenario's name.
    Name(String),
    /// A blank custom option with this name, at the end.
    AddOption(String),
    /// A copy of option `id` right after it, with this name.
    DuplicateOption { id: String, name: String },
    /// Takes option `id` out (the last option stays); [`Outcome::Removed`] holds it for undo.
    RemoveOption(String),
    /// Puts a removed option back at `index` (undo).
    RestoreOption { index: usize, option: Box<StrategyOption> },
    /// A change inside option `id`.
    Option { id: String, edit: OptionEdit },
}

/// A change inside one option.
#[derive(Clone, Debug, PartialEq)]
pub enum OptionEdit {
    Name(String),
    /// A lever's value; a range that no longer holds it is stretched to it.
    Lever(Lever, Decimal),
    BenefitRisk(Decimal),
    CostRisk(Decimal),
    /// Realisation (%) of `year` (1-based), the list written out to the horizon.
    Realisation { year: u32, value: Decimal },
    /// One bound of a lever's range (the other bound is the spread in effect).
    RangeBound { lever: Lever, bound: Bound, value: Decimal },
    /// Every lever back to ± the uncertainty.
    ClearRanges,
    /// A new line with this label.
    AddLine { list: LineList, label: String },
    /// Takes a line out; [`Outcome::LineRemoved`] holds it for undo.
    RemoveLine { list: LineList, index: usize },
    /// Puts a removed line back at `index` of its list (undo).
    RestoreLine { index: usize, line: Box<RemovedLine> },
    /// A change of one line.
    Line { list: LineList, index: usize, edit: LineEdit },
}

/// A change of one cost or custom benefit line.
#[derive(Clone, Debug, PartialEq)]
pub enum LineEdit {
    Label(String),
    Category(CostCategory),
    Stage(Option<Stage>),
    /// Another timing, keeping what the line costs where it can.
    Timing(TimingKind),
    /// Quantity × unit cost on or off, keeping what the line costs.
    PerUnit(bool),
    /// The amount (a fixed amount, or a share for a "% of" line).
    Amount(Decimal),
    Quantity(Decimal),
    UnitCost(Decimal),
    Growth(Decimal),
    /// The amount of `year` (0-based) of a schedule.
    Scheduled { year: u32, value: Decimal },
    /// Another way of growing with the business, keeping today's figure.
    ScaleMode(ScaleMode),
    /// The N of "per N customers".
    ScalePer(Decimal),
    /// Back to an earlier form of the line (its timing and scale as they were), when the
    /// visitor switches back to a setting ([`LineMemory`]).
    Restore { timing: Timing, scale: Option<Scale> },
}
