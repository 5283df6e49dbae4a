//! The flat file form of a cost line or a custom benefit line (contract.md §1):
//! `{"label", "category", "stage", "timing", "amount" | "quantity" + "unit_cost",
//! "growth", "amounts"}`.
//!
//! Both kinds of line are read through this one struct, and it lists every field
//! itself rather than using `#[serde(flatten)]`: a flattened field's type error loses
//! its path (the import would name `options[0].costs[2]`, not `….costs[2].growth`).
//! Which fields belong together (amount or quantity × unit cost, `amounts` only on a
//! schedule, a category on every cost line) is checked when converting to the typed
//! [`CostLine`] and [`BenefitLine`], whose types cannot hold a wrong combination.

use super::benefit_line::BenefitLine;
use super::cost_line::{CostCategory, CostLine, Stage};
use super::scale::Scale;
use super::timing::{Amount, Timing, TimingKind};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct LineFile {
    #[serde(default)]
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<CostCategory>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<Stage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<TimingKind>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::decimal_text::some")]
    pub amount: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::decimal_text::some")]
    pub quantity: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::decimal_text::some")]
    pub unit_cost: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::decimal_text::some")]
    pub growth: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "super::decimal_text::some_list")]
    pub amounts: Option<Vec<Decimal>>,
    /// File version 2 (model.md §2, "Scaling with the business").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
}

/// Why a line's members do not make a line (the file's own names, in English; the page
/// words each in the visitor's language, `import.line.<key>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineProblem {
    AmountAndQuantity,
    QuantityWithoutUnitCost,
    UnitCostWithoutQuantity,
    NoAmount,
    NoTiming,
    NoCategory,
    NoAmounts,
    AmountsWithoutSchedule,
    AmountOnSchedule,
}

impl LineProblem {
    pub const ALL: [LineProblem; 9] = [
        LineProblem::AmountAndQuantity,
        LineProblem::QuantityWithoutUnitCost,
        LineProblem::UnitCostWithoutQuantity,
        LineProblem::NoAmount,
        LineProblem::NoTiming,
        LineProblem::NoCategory,
        LineProblem::NoAmounts,
        LineProblem::AmountsWithoutSchedule,
        LineProblem::AmountOnSchedule,
    ];

    pub fn key(self) -> &'static str {
        match self {
            LineProblem::AmountAndQuantity => "amount_and_quantity",
            LineProblem::QuantityWithoutUnitCost => "quantity_without_unit_cost",
            LineProblem::UnitCostWithoutQuantity => "unit_cost_without_quantity",
            LineProblem::NoAmount => "no_amount",
            LineProblem::NoTiming => "no_timing",
            LineProblem::NoCategory => "no_category",
            LineProblem::NoAmounts => "no_amounts",
            LineProblem::AmountsWithoutSchedule => "amounts_without_schedule",
            LineProblem::AmountOnSchedule => "amount_on_schedule",
        }
    }

    fn english(self) -> &'static str {
        match self {
            LineProblem::AmountAndQuantity => "a line has either `amount` or `quantity` and `unit_cost`, not both",
            LineProblem::QuantityWithoutUnitCost => "`quantity` needs `unit_cost`",
            LineProblem::UnitCostWithoutQuantity => "`unit_cost` needs `quantity`",
            LineProblem::NoAmount => "missing field `amount` (or `quantity` and `unit_cost`)",
            LineProblem::NoTiming => "missing field `timing`",
            LineProblem::NoCategory => "missing field `category`",
            LineProblem::NoAmounts => "missing field `amounts`",
            LineProblem::AmountsWithoutSchedule => "`amounts` belongs to `schedule` timing",
            LineProblem::AmountOnSchedule => "a `schedule` line lists `amounts`, not `amount`",
        }
    }

    /// The problem a deserializer's message stands for (serde's `try_from` passes
    /// only the text on).
    pub fn from_message(message: &str) -> Option<LineProblem> {
        LineProblem::ALL.into_iter().find(|p| p.english() == message)
    }
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.english())
    }
}

impl LineFile {
    /// The amount of a one-off or recurring line: `amount`, or `quantity` × `unit_cost`.
    fn amount(&self) -> Result<Amount, LineProblem> {
        match (self.amount, self.quantity, self.unit_cost) {
            (Some(a), None, None) => Ok(Amount::Fixed(a)),
            (None, Some(quantity), Some(unit_cost)) => Ok(Amount::PerUnit { quantity, unit_cost }),
            (Some(_), _, _) => Err(LineProblem::AmountAndQuantity),
            (None, Some(_), None) => Err(LineProblem::QuantityWithoutUnitCost),
            (None, None, Some(_)) => Err(LineProblem::UnitCostWithoutQuantity),
            (None, None, None) => Err(LineProblem::NoAmount),
        }
    }

    /// The typed timing, refusing fields that do not belong to it.
    fn to_timing(&self) -> Result<Timing, LineProblem> {
        let kind = self.timing.ok_or(LineProblem::NoTiming)?;
        if kind != TimingKind::Schedule && self.amounts.is_some() {
            return Err(LineProblem::AmountsWithoutSchedule);
        }
        match kind {
            TimingKind::OneOff => Ok(Timing::OneOff { amount: self.amount()? }),
            TimingKind::Recurring => {
                Ok(Timing::Recurring { amount: self.amount()?, growth: self.growth.unwrap_or_default() })
            }
            TimingKind::Schedule => {
                if self.amount.is_some() || self.quantity.is_some() || self.unit_cost.is_some() {
                    return Err(LineProblem::AmountOnSchedule);
                }
                Ok(Timing::Schedule { amounts: self.amounts.clone().ok_or(LineProblem::NoAmounts)? })
            }
        }
    }
}

impl TryFrom<LineFile> for CostLine {
    type Error = LineProblem;
    fn try_from(f: LineFile) -> Result<Self, LineProblem> {
        let timing = f.to_timing()?;
        let category = f.category.ok_or(LineProblem::NoCategory)?;
        Ok(CostLine { label: f.label, category, stage: f.stage, timing, scale: f.scale })
    }
}

impl TryFrom<LineFile> for BenefitLine {
    type Error = LineProblem;
    fn try_from(f: LineFile) -> Result<Self, LineProblem> {
        // A benefit line has no category or stage; like any unknown field they are ignored.
        Ok(BenefitLine { timing: f.to_timing()?, label: f.label, scale: f.scale })
    }
}

/// A line's timing, flat on the file form.
fn flat(timing: Timing, scale: Option<Scale>, label: String) -> LineFile {
    let mut f = LineFile { label, scale, ..LineFile::default() };
    let mut amount = |a: Amount| match a {
        Amount::Fixed(v) => f.amount = Some(v),
        Amount::PerUnit { quantity, unit_cost } => {
            f.quantity = Some(quantity);
            f.unit_cost = Some(unit_cost);
        }
    };
    match timing {
        Timing::OneOff { amount: a } => {
            amount(a);
            f.timing = Some(TimingKind::OneOff);
        }
        Timing::Recurring { amount: a, growth } => {
            amount(a);
            f.timing = Some(TimingKind::Recurring);
            f.growth = Some(growth);
        }
        Timing::Schedule { amounts } => {
            f.timing = Some(TimingKind::Schedule);
            f.amounts = Some(amounts);
        }
    }
    f
}

impl From<CostLine> for LineFile {
    fn from(c: CostLine) -> Self {
        let mut f = flat(c.timing, c.scale, c.label);
        f.category = Some(c.category);
        f.stage = c.stage;
        f
    }
}

impl From<BenefitLine> for LineFile {
    fn from(b: BenefitLine) -> Self {
        flat(b.timing, b.scale, b.label)
    }
}
