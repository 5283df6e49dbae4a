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

#[derive(Clone, Debug, Default)]
pub struct LineFile {
    pub label: String,
    pub category: Option<CostCategory>,
    pub stage: Option<Stage>,
    pub timing: Option<TimingKind>,
    pub amount: Option<Decimal>,
    pub quantity: Option<Decimal>,
    pub unit_cost: Option<Decimal>,
    pub growth: Option<Decimal>,
    pub amounts: Option<Vec<Decimal>>,
    /// File version 2 (model.md §2, "Scaling with the business").
    pub scale: Option<Scale>,
}

impl LineFile {
    /// The amount of a one-off or recurring line: `amount`, or `quantity` × `unit_cost`.
    fn amount(&self) -> Result<Amount, String> {
        match (self.amount, self.quantity, self.unit_cost) {
            (Some(a), None, None) => Ok(Amount::Fixed(a)),
            (None, Some(quantity), Some(unit_cost)) => Ok(Amount::PerUnit { quantity, unit_cost }),
            (Some(_), _, _) => Err("a line has either `amount` or `quantity` and `unit_cost`, not both".into()),
            (None, Some(_), None) => Err("`quantity` needs `unit_cost`".into()),
            (None, None, Some(_)) => Err("`unit_cost` needs `quantity`".into()),
            (None, None, None) => Err("missing field `amount` (or `quantity` and `unit_cost`)".into()),
        }
    }

    /// The typed timing, refusing fields that do not belong to it.
    fn to_timing(&self) -> Result<Timing, String> {
        let kind = self.timing.ok_or("missing field `timing`")?;
        if kind != TimingKind::Schedule && self.amounts.is_some() {
            return Err("`amounts` belongs to `schedule` timing".into());
        }
        match kind {
            TimingKind::OneOff => Ok(Timing::OneOff { amount: self.amount()? }),
            TimingKind::Recurring => {
                Ok(Timing::Recurring { amount: self.amount()?, growth: self.growth.unwrap_or_default() })
            }
            TimingKind::Schedule => {
                if self.amount.is_some() || self.quantity.is_some() || self.unit_cost.is_some() {
                    return Err("a `schedule` line lists `amounts`, not `amount`".into());
                }
                Ok(Timing::Schedule { amounts: self.amounts.clone().ok_or("missing field `amounts`")? })
            }
        }
    }
}

impl TryFrom<LineFile> for CostLine {
    type Error = String;
    fn try_from(f: LineFile) -> Result<Self, String> {
        let timing = f.to_timing()?;
        let category = f.category.ok_or("missing field `category`")?;
        Ok(CostLine { label: f.label, category, stage: f.stage, timing, scale: f.scale })
    }
}

impl TryFrom<LineFile> for BenefitLine {
    type Error = String;
    fn try_from(f: LineFile) -> Result<Self, String> {
        // A benefit line has no category or stage; like any unknown field they are ignored.
        Ok(BenefitLine { timing: f.to_timing()?, label: f.label, scale: f.scale })
    }
}
