//! How a visitor switches a line between "fixed" and growing with the business, and
//! what the line amounts to today (issue: lines that scale with the business).
//!
//! The editor offers six ways a line can behave ([`ScaleMode`]). Switching keeps what
//! the line costs today: "NT$ 96 000 a year, fixed" becomes "NT$ 96 000 a year per
//! 4 000 contacts" at 4 000 contacts, or "0.8 % of revenue" at NT$ 12 million; only how
//! it grows changes. [`ScaleEffect`] is the line's current size in numbers, which the
//! UI puts in words ("= 2.5 × NT$ 600 000 at 1 000 customers").

use super::baseline::Baseline;
use super::checked::{round_sf, Checked};
use super::scale::{Driver, Scale};
use super::timing::{Amount, Timing};
use super::undefined::Undefined;
use super::validation::MAX_AMOUNT;
use rust_decimal::Decimal;

/// The choices of the editor's "grows with" menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScaleMode {
    Fixed,
    PerCustomers,
    PerServiceContacts,
    PercentOfRevenue,
    /// Per N of revenue a year (money N): work sized by the revenue it looks after,
    /// e.g. one account manager per NT$12 M (the presets, model.md §4).
    PerRevenue,
    PercentOfMarketingSpend,
    PerNewCustomer,
}

impl ScaleMode {
    pub const ALL: [ScaleMode; 7] = [
        ScaleMode::Fixed,
        ScaleMode::PerCustomers,
        ScaleMode::PerServiceContacts,
        ScaleMode::PercentOfRevenue,
        ScaleMode::PerRevenue,
        ScaleMode::PercentOfMarketingSpend,
        ScaleMode::PerNewCustomer,
    ];

    /// The menu value and translation key (`scale.mode.<key>`).
    pub fn key(self) -> &'static str {
        match self {
            ScaleMode::Fixed => "fixed",
            ScaleMode::PerCustomers => "customers",
            ScaleMode::PerServiceContacts => "service_contacts",
            ScaleMode::PercentOfRevenue => "revenue",
            ScaleMode::PerRevenue => "per_revenue",
            ScaleMode::PercentOfMarketingSpend => "marketing_spend",
            ScaleMode::PerNewCustomer => "new_customers",
        }
    }

    pub fn from_key(key: &str) -> Option<ScaleMode> {
        ScaleMode::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The mode a line's scale shows as: by revenue, "% of" when `per` is 100 (the
    /// amount is a percentage), else "per N of revenue".
    pub fn of(scale: Option<Scale>) -> ScaleMode {
        match scale.map(|s| (s.by, s.per)) {
            None => ScaleMode::Fixed,
            Some((Driver::Customers, _)) => ScaleMode::PerCustomers,
            Some((Driver::ServiceContacts, _)) => ScaleMode::PerServiceContacts,
            Some((Driver::Revenue, per)) if per == Decimal::ONE_HUNDRED => ScaleMode::PercentOfRevenue,
            Some((Driver::Revenue, _)) => ScaleMode::PerRevenue,
            Some((Driver::MarketingSpend, _)) => ScaleMode::PercentOfMarketingSpend,
            Some((Driver::NewCustomers, _)) => ScaleMode::PerNewCustomer,
        }
    }

    pub fn driver(self) -> Option<Driver> {
        match self {
            ScaleMode::Fixed => None,
            ScaleMode::PerCustomers => Some(Driver::Customers),
            ScaleMode::PerServiceContacts => Some(Driver::ServiceContacts),
            ScaleMode::PercentOfRevenue | ScaleMode::PerRevenue => Some(Driver::Revenue),
            ScaleMode::PercentOfMarketingSpend => Some(Driver::MarketingSpend),
            ScaleMode::PerNewCustomer => Some(Driver::NewCustomers),
        }
    }

    /// Whether the visitor sets N ("per N customers"); the other modes have a fixed
    /// `per`: 100 for a percentage, 1 per new customer.
    pub fn has_editable_per(self) -> bool {
        matches!(self, ScaleMode::PerCustomers | ScaleMode::PerServiceContacts | ScaleMode::PerRevenue)
    }

    /// Whether the line's amount is then a percentage of a money driver.
    pub fn is_percent(self) -> bool {
        matches!(self, ScaleMode::PercentOfRevenue | ScaleMode::PercentOfMarketingSpend)
    }

    /// The scale this mode gets when chosen for a line at `baseline`: N is today's
    /// driver (so the factor is 1 and the figure reads as entered), or 1 000 when
    /// today's driver is 0.
    fn new_scale(self, baseline: &Baseline) -> Option<Scale> {
        let by = self.driver()?;
        let per = match self {
            ScaleMode::PercentOfRevenue | ScaleMode::PercentOfMarketingSpend => Decimal::ONE_HUNDRED,
            ScaleMode::PerNewCustomer => Decimal::ONE,
            _ => by
                .value(baseline)
                .ok()
                .filter(|d| *d > Decimal::ZERO && *d <= MAX_AMOUNT)
                .unwrap_or(Decimal::ONE_THOUSAND),
        };
        Some(Scale { by, per })
    }
}

/// Switches a line to `mode`, keeping what it amounts to today where that can be done
/// within the limits (otherwise its amounts stay as they are and only the scale
/// changes). A percentage mode turns quantity × unit cost into a plain amount: a
/// percentage of revenue has no quantity.
pub fn switch_mode(timing: &mut Timing, scale: &mut Option<Scale>, mode: ScaleMode, baseline: &Baseline) {
    if ScaleMode::of(*scale) == mode {
        return;
    }
    let new = mode.new_scale(baseline);
    let ratio = factor(*scale, baseline).and_then(|old| old.try_div(factor(new, baseline)?));
    let mut converted = timing.clone();
    if mode.is_percent() {
        collapse_per_unit(&mut converted);
    }
    if let Ok(ratio) = ratio {
        if multiply(&mut converted, ratio).is_ok() {
            *timing = converted;
        } else if mode.is_percent() {
            collapse_per_unit(timing);
        }
    } else if mode.is_percent() {
        collapse_per_unit(timing);
    }
    *scale = new;
}

/// D / P, or 1 for a fixed line.
fn factor(scale: Option<Scale>, baseline: &Baseline) -> Result<Decimal, Undefined> {
    scale.map_or(Ok(Decimal::ONE), |s| s.factor(baseline))
}

fn collapse_per_unit(timing: &mut Timing) {
    if let Timing::OneOff { amount } | Timing::Recurring { amount, .. } = timing {
        if let (Amount::PerUnit { .. }, Ok(v)) = (&*amount, amount.value()) {
            *amount = Amount::Fixed(v);
        }
    }
}

/// Multiplies the line's amounts (the quantity of quantity × unit cost) by `k`, to 10
/// significant digits, refusing a result beyond the money limit.
fn multiply(timing: &mut Timing, k: Decimal) -> Result<(), Undefined> {
    let times = |v: &mut Decimal| -> Result<(), Undefined> {
        let x = round_sf(v.try_mul(k)?, 10).unwrap_or(*v).normalize();
        if x > MAX_AMOUNT {
            return Err(Undefined::Overflow);
        }
        *v = x;
        Ok(())
    };
    match timing {
        Timing::OneOff { amount } | Timing::Recurring { amount, .. } => match amount {
            Amount::Fixed(v) => times(v),
            Amount::PerUnit { quantity, .. } => times(quantity),
        },
        Timing::Schedule { amounts } => amounts.iter_mut().try_for_each(times),
    }
}

/// What a scaled line amounts to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScaleEffect {
    /// D, today's value of the driver (1 000 customers).
    pub driver_value: Decimal,
    /// D / P.
    pub factor: Decimal,
    /// quantity × D / P, for quantity × unit cost (2.5 account managers).
    pub units: Option<Decimal>,
    /// The line's money per occurrence today (a year for recurring, once for one-off,
    /// year 1 before growth); `None` for a schedule.
    pub amount: Option<Decimal>,
}

/// The current size of a scaled line; `None` for a fixed line or when a figure is
/// beyond what a decimal holds.
pub fn effect(timing: &Timing, scale: Option<Scale>, baseline: &Baseline) -> Option<ScaleEffect> {
    let scale = scale?;
    let driver_value = scale.by.value(baseline).ok()?;
    let factor = scale.factor(baseline).ok()?;
    let (units, amount) = match timing {
        Timing::OneOff { amount } | Timing::Recurring { amount, .. } => {
            let units = match amount {
                Amount::PerUnit { quantity, .. } => Some(scale.apply(*quantity, baseline).ok()?),
                Amount::Fixed(_) => None,
            };
            (units, Some(scale.apply(amount.value().ok()?, baseline).ok()?))
        }
        Timing::Schedule { .. } => (None, None),
    };
    Some(ScaleEffect { driver_value, factor, units, amount })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_baseline;
    use crate::model::test_support::d;

    fn fixed(v: &str) -> Timing {
        Timing::Recurring { amount: Amount::Fixed(d(v)), growth: Decimal::ZERO }
    }

    /// The line's year-1 value at `baseline`.
    fn today(t: &Timing, s: Option<Scale>, b: &Baseline) -> Decimal {
        crate::model::scale::scaled_values(t.yearly_values(1).unwrap(), s, b).unwrap()[1]
    }

    #[test]
    fn modes_round_trip_through_their_keys_and_scales() {
        for m in ScaleMode::ALL {
            assert_eq!(ScaleMode::from_key(m.key()), Some(m));
            assert_eq!(ScaleMode::of(m.new_scale(&default_baseline())), m);
        }
        assert_eq!(ScaleMode::from_key("nope"), None);
    }

    #[test]
    fn switching_keeps_what_the_line_costs_today() {
        let b = default_baseline();
        for from in ScaleMode::ALL {
            for to in ScaleMode::ALL {
                let (mut t, mut s) = (fixed("96000"), None);
                switch_mode(&mut t, &mut s, from, &b);
                switch_mode(&mut t, &mut s, to, &b);
                assert_eq!(ScaleMode::of(s), to);
                assert_eq!(today(&t, s, &b), d("96000"), "{from:?} → {to:?}: {t:?} {s:?}");
            }
        }
    }

    #[test]
    fn percent_of_revenue_and_per_new_customer_convert_the_amount() {
        let b = default_baseline();
        let (mut t, mut s) = (fixed("240000"), None);
        switch_mode(&mut t, &mut s, ScaleMode::PercentOfRevenue, &b);
        // 240000 of 12000000 revenue = 2 %
        assert_eq!((t.clone(), s), (fixed("2"), Some(Scale { by: Driver::Revenue, per: d("100") })));
        switch_mode(&mut t, &mut s, ScaleMode::PerNewCustomer, &b);
        // 240000 / 200 new customers = 1200 each
        assert_eq!((t, s), (fixed("1200"), Some(Scale { by: Driver::NewCustomers, per: d("1") })));
    }

    #[test]
    fn per_customers_keeps_quantity_times_unit_cost_and_scales_the_quantity() {
        let b = default_baseline();
        let staff = Timing::Recurring { amount: Amount::PerUnit { quantity: d("2"), unit_cost: d("600000") }, growth: d("3") };
        let (mut t, mut s) = (staff.clone(), None);
        switch_mode(&mut t, &mut s, ScaleMode::PerCustomers, &b);
        // N = today's 1 000 customers: the quantity stays 2.
        assert_eq!((t.clone(), s), (staff, Some(Scale { by: Driver::Customers, per: d("1000") })));
        // To a percentage: 1200000 of 500000 marketing spend is 240 %.
        switch_mode(&mut t, &mut s, ScaleMode::PercentOfMarketingSpend, &b);
        assert_eq!(t, Timing::Recurring { amount: Amount::Fixed(d("240")), growth: d("3") });
    }

    #[test]
    fn a_driver_of_zero_switches_without_converting() {
        let mut b = default_baseline();
        b.new_customers_per_year = Decimal::ZERO;
        b.customers = Decimal::ZERO;
        let (mut t, mut s) = (fixed("5000"), None);
        switch_mode(&mut t, &mut s, ScaleMode::PerNewCustomer, &b);
        assert_eq!((t.clone(), s.map(|s| s.by)), (fixed("5000"), Some(Driver::NewCustomers)));
        // Per N customers with no customers: N = 1000, and the line is 0 today.
        switch_mode(&mut t, &mut s, ScaleMode::PerCustomers, &b);
        assert_eq!(s, Some(Scale { by: Driver::Customers, per: d("1000") }));
        assert_eq!(today(&t, s, &b), Decimal::ZERO);
    }

    #[test]
    fn a_conversion_beyond_the_limit_keeps_the_amounts() {
        let mut b = default_baseline();
        b.new_customers_per_year = d("0.000001");
        let (mut t, mut s) = (fixed("1000000000000000"), None);
        switch_mode(&mut t, &mut s, ScaleMode::PerNewCustomer, &b);
        assert_eq!(t, fixed("1000000000000000"));
        assert_eq!(ScaleMode::of(s), ScaleMode::PerNewCustomer);
    }

    #[test]
    fn effect_in_numbers() {
        let b = default_baseline();
        let staff = Timing::Recurring { amount: Amount::PerUnit { quantity: d("1"), unit_cost: d("600000") }, growth: d("3") };
        let s = Some(Scale { by: Driver::Customers, per: d("400") });
        // 1 per 400 customers at 1 000: 2.5 people, 1 500 000 a year.
        assert_eq!(
            effect(&staff, s, &b),
            Some(ScaleEffect { driver_value: d("1000"), factor: d("2.5"), units: Some(d("2.5")), amount: Some(d("1500000")) })
        );
        assert_eq!(effect(&staff, None, &b), None);
        let schedule = Timing::Schedule { amounts: vec![d("1")] };
        assert_eq!(effect(&schedule, s, &b).map(|e| (e.units, e.amount)), Some((None, None)));
    }
}
