//! When a cost or custom benefit line falls (model.md §2, "Cost lines").
//!
//! In the file the timing is flat on the line (`"timing": "recurring", "amount": …,
//! "growth": …`); here it is an enum, so that a recurring line without growth or a
//! schedule with a single amount cannot exist. [`super::line_file::LineFile`] is the flat
//! file form.

use serde::{Deserialize, Serialize};
use rust_decimal::Decimal;

/// What a line costs (or earns) per occurrence: a plain amount, or quantity × unit cost
/// (2 FTE × salary, 500 hours × hourly rate, capital × alternative return).
#[derive(Clone, Debug, PartialEq)]
pub enum Amount {
    Fixed(Decimal),
    PerUnit { quantity: Decimal, unit_cost: Decimal },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Timing {
    /// Spent once, in year 0.
    OneOff { amount: Amount },
    /// Spent in each year 1..=N, growing by `growth` % a year.
    Recurring { amount: Amount, growth: Decimal },
    /// Explicit amounts for years 0, 1, 2, …; missing years are 0, extra years ignored.
    Schedule { amounts: Vec<Decimal> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimingKind {
    OneOff,
    Recurring,
    Schedule,
}

impl TimingKind {
    pub const ALL: [TimingKind; 3] = [TimingKind::OneOff, TimingKind::Recurring, TimingKind::Schedule];

    /// The file name of the timing.
    pub fn key(self) -> &'static str {
        match self {
            TimingKind::OneOff => "one_off",
            TimingKind::Recurring => "recurring",
            TimingKind::Schedule => "schedule",
        }
    }
}
