//! When a cost or custom benefit line falls (model.md §2, "Cost lines").
//!
//! In the file the timing is flat on the line (`"timing": "recurring", "amount": …,
//! "growth": …`); here it is an enum, so that a recurring line without growth or a
//! schedule with a single amount cannot exist. [`TimingFields`] is the flat file form.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

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

/// The flat form of a timing in the scenario file (contract.md §1).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct TimingFields {
    pub timing: Option<TimingKind>,
    #[serde(default, with = "opt_decimal", skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    #[serde(default, with = "opt_decimal", skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Decimal>,
    #[serde(default, with = "opt_decimal", skip_serializing_if = "Option::is_none")]
    pub unit_cost: Option<Decimal>,
    #[serde(default, with = "opt_decimal", skip_serializing_if = "Option::is_none")]
    pub growth: Option<Decimal>,
    #[serde(default, with = "opt_vec", skip_serializing_if = "Option::is_none")]
    pub amounts: Option<Vec<Decimal>>,
}

impl TryFrom<TimingFields> for Timing {
    type Error = String;

    fn try_from(f: TimingFields) -> Result<Self, String> {
        let kind = f.timing.ok_or("missing field `timing`")?;
        let amount = || -> Result<Amount, String> {
            match (f.amount, f.quantity, f.unit_cost) {
                (Some(a), None, None) => Ok(Amount::Fixed(a)),
                (None, Some(quantity), Some(unit_cost)) => Ok(Amount::PerUnit { quantity, unit_cost }),
                (Some(_), _, _) => Err("a line has either `amount` or `quantity` and `unit_cost`, not both".into()),
                (None, Some(_), None) => Err("`quantity` needs `unit_cost`".into()),
                (None, None, Some(_)) => Err("`unit_cost` needs `quantity`".into()),
                (None, None, None) => Err("missing field `amount` (or `quantity` and `unit_cost`)".into()),
            }
        };
        match kind {
            TimingKind::OneOff => {
                if f.amounts.is_some() {
                    return Err("`amounts` belongs to `schedule` timing".into());
                }
                Ok(Timing::OneOff { amount: amount()? })
            }
            TimingKind::Recurring => {
                if f.amounts.is_some() {
                    return Err("`amounts` belongs to `schedule` timing".into());
                }
                Ok(Timing::Recurring { amount: amount()?, growth: f.growth.unwrap_or_default() })
            }
            TimingKind::Schedule => {
                if f.amount.is_some() || f.quantity.is_some() || f.unit_cost.is_some() {
                    return Err("a `schedule` line lists `amounts`, not `amount`".into());
                }
                Ok(Timing::Schedule { amounts: f.amounts.ok_or("missing field `amounts`")? })
            }
        }
    }
}

impl From<&Timing> for TimingFields {
    fn from(t: &Timing) -> Self {
        let mut f = TimingFields::default();
        let mut put = |a: &Amount| match a {
            Amount::Fixed(v) => f.amount = Some(*v),
            Amount::PerUnit { quantity, unit_cost } => {
                f.quantity = Some(*quantity);
                f.unit_cost = Some(*unit_cost);
            }
        };
        match t {
            Timing::OneOff { amount } => {
                put(amount);
                f.timing = Some(TimingKind::OneOff);
            }
            Timing::Recurring { amount, growth } => {
                put(amount);
                f.timing = Some(TimingKind::Recurring);
                f.growth = Some(*growth);
            }
            Timing::Schedule { amounts } => {
                f.timing = Some(TimingKind::Schedule);
                f.amounts = Some(amounts.clone());
            }
        }
        f
    }
}

mod opt_decimal {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(d) => crate::model::decimal_serde::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        crate::model::decimal_serde::deserialize(d).map(Some)
    }
}

mod opt_vec {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Vec<Decimal>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(d) => crate::model::decimal_serde::vec::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Decimal>>, D::Error> {
        crate::model::decimal_serde::vec::deserialize(d).map(Some)
    }
}
