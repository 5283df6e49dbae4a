//! Lines that grow with the business (model.md §2, "Scaling with the business"; file
//! version 2).
//!
//! A cost or custom benefit line may carry `scale: {by, per}`: its amount in every year
//! is multiplied by D / P, where D is a figure of today's baseline (the driver) and P is
//! `per`. "1 account manager per 400 customers" is quantity 1 × salary with
//! `{customers, 400}`; "2 % of revenue" is amount 2 with `{revenue, 100}`. Without a
//! scale a line is a fixed amount, as in file version 1.

use serde::{Deserialize, Serialize};
use super::baseline::Baseline;
use super::checked::Checked;
use super::undefined::Undefined;
use rust_decimal::Decimal;

/// The baseline figure a scaled line follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    /// C0, active customers today.
    Customers,
    /// A, customers won per year.
    NewCustomers,
    /// C0 × R, annual revenue today.
    Revenue,
    /// C0 × s, service contacts a year today.
    ServiceContacts,
    /// M, marketing spend per year.
    MarketingSpend,
}

impl Driver {
    pub const ALL: [Driver; 5] =
        [Driver::Customers, Driver::NewCustomers, Driver::Revenue, Driver::ServiceContacts, Driver::MarketingSpend];

    /// The file name of the driver, also a translation and test-id key.
    pub fn key(self) -> &'static str {
        match self {
            Driver::Customers => "customers",
            Driver::NewCustomers => "new_customers",
            Driver::Revenue => "revenue",
            Driver::ServiceContacts => "service_contacts",
            Driver::MarketingSpend => "marketing_spend",
        }
    }

    /// D: the driver's value in `baseline` (today's figures; they do not change over
    /// the horizon).
    pub fn value(self, baseline: &Baseline) -> Result<Decimal, Undefined> {
        match self {
            Driver::Customers => Ok(baseline.customers),
            Driver::NewCustomers => Ok(baseline.new_customers_per_year),
            Driver::Revenue => baseline.customers.try_mul(baseline.annual_revenue_per_customer),
            Driver::ServiceContacts => baseline.customers.try_mul(baseline.service_contacts_per_customer),
            Driver::MarketingSpend => Ok(baseline.marketing_spend),
        }
    }

    /// Whether the driver is money, so that a line scaled by it reads as "% of …" with
    /// `per` = 100 (revenue, marketing spend), rather than "per N …" (counts).
    pub fn is_money(self) -> bool {
        matches!(self, Driver::Revenue | Driver::MarketingSpend)
    }
}

/// `{by, per}`: multiply the line by D / `per`. Validation keeps `per` in 0 < P ≤ 10^15;
/// the engine itself reports P = 0 as [`Undefined::Overflow`] rather than dividing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    pub by: Driver,
    #[serde(with = "super::decimal_text")]
    pub per: Decimal,
}

impl Scale {
    /// `value` × D / P. Multiplying before dividing keeps every digit for the usual
    /// whole-number drivers (1 000 customers / 400 = 2.5 exactly either way, but
    /// 1 000 / 3 would not be); a driver of 0 gives 0, never an error.
    pub fn apply(self, value: Decimal, baseline: &Baseline) -> Result<Decimal, Undefined> {
        self.apply_to(value, self.by.value(baseline)?)
    }

    /// [`Scale::apply`] with the driver's value D known already.
    pub fn apply_to(self, value: Decimal, driver: Decimal) -> Result<Decimal, Undefined> {
        if value.is_zero() || driver.is_zero() {
            return Ok(Decimal::ZERO);
        }
        match value.try_mul(driver) {
            Ok(product) => product.try_div(self.per),
            // A product beyond 7.9 × 10²⁸ may still have a quotient that fits.
            Err(_) => value.try_mul(driver.try_div(self.per)?),
        }
    }

    /// D / P, the number of "units" of the line today (2.5 at 1 000 customers per 400).
    pub fn factor(self, baseline: &Baseline) -> Result<Decimal, Undefined> {
        self.apply(Decimal::ONE, baseline)
    }
}

/// Applies an optional scale to a line's yearly values (model.md §2: before cost risk
/// and, for benefits, before realisation and benefit risk; nothing rounded).
pub fn scaled_values(values: Vec<Decimal>, scale: Option<Scale>, baseline: &Baseline) -> Result<Vec<Decimal>, Undefined> {
    match scale {
        None => Ok(values),
        Some(scale) => values.into_iter().map(|v| scale.apply(v, baseline)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_baseline;
    use crate::model::test_support::d;

    fn baseline() -> Baseline {
        // C0 1000, A 200, R 12000, s 4, M 500000 (contract.md §1).
        default_baseline()
    }

    #[test]
    fn every_driver_reads_its_baseline_figure() {
        let b = baseline();
        assert_eq!(Driver::Customers.value(&b), Ok(d("1000")));
        assert_eq!(Driver::NewCustomers.value(&b), Ok(d("200")));
        // 1000 customers × 12000 a year
        assert_eq!(Driver::Revenue.value(&b), Ok(d("12000000")));
        // 1000 customers × 4 contacts a year
        assert_eq!(Driver::ServiceContacts.value(&b), Ok(d("4000")));
        assert_eq!(Driver::MarketingSpend.value(&b), Ok(d("500000")));
    }

    #[test]
    fn one_account_manager_per_400_customers_is_2_5_at_1000() {
        let s = Scale { by: Driver::Customers, per: d("400") };
        assert_eq!(s.factor(&baseline()), Ok(d("2.5")));
        // 600000 salary × 1000 / 400 = 1500000
        assert_eq!(s.apply(d("600000"), &baseline()), Ok(d("1500000")));
    }

    #[test]
    fn every_driver_scales_a_line() {
        let b = baseline();
        let cases = [
            // 2 % of revenue: 2 × 12000000 / 100 = 240000
            (Driver::Revenue, "100", "2", "240000"),
            // 5 % of marketing spend: 5 × 500000 / 100 = 25000
            (Driver::MarketingSpend, "100", "5", "25000"),
            // 300 per new customer: 300 × 200 / 1 = 60000
            (Driver::NewCustomers, "1", "300", "60000"),
            // 90000 per 4000 contacts: 90000 × 4000 / 4000 = 90000
            (Driver::ServiceContacts, "4000", "90000", "90000"),
            // 18000 per 250 customers: 18000 × 1000 / 250 = 72000
            (Driver::Customers, "250", "18000", "72000"),
        ];
        for (by, per, value, expected) in cases {
            assert_eq!(Scale { by, per: d(per) }.apply(d(value), &b), Ok(d(expected)), "{by:?}");
        }
    }

    #[test]
    fn a_driver_of_zero_gives_zero_never_an_error() {
        let mut b = baseline();
        b.customers = Decimal::ZERO;
        for by in [Driver::Customers, Driver::Revenue, Driver::ServiceContacts] {
            assert_eq!(Scale { by, per: d("400") }.apply(d("600000"), &b), Ok(Decimal::ZERO), "{by:?}");
        }
    }

    #[test]
    fn per_zero_is_undefined_not_a_panic_and_huge_products_still_divide() {
        let s = Scale { by: Driver::Customers, per: Decimal::ZERO };
        assert_eq!(s.apply(d("1"), &baseline()), Err(Undefined::Overflow));
        let mut b = baseline();
        b.customers = d("1000000000000000");
        // 10^15 × 10^15 overflows as a product, but × (10^15 / 10^15) = × 1 does not.
        let s = Scale { by: Driver::Customers, per: d("1000000000000000") };
        assert_eq!(s.apply(d("1000000000000000"), &b), Ok(d("1000000000000000")));
        // Revenue of 10^15 customers × 10^15 is beyond a decimal: undefined, not a panic.
        b.annual_revenue_per_customer = d("1000000000000000");
        assert_eq!(Scale { by: Driver::Revenue, per: d("1") }.apply(d("1"), &b), Err(Undefined::Overflow));
    }

    #[test]
    fn no_scale_leaves_values_alone() {
        let v = vec![d("1"), d("2")];
        assert_eq!(scaled_values(v.clone(), None, &baseline()), Ok(v));
        let s = Some(Scale { by: Driver::Customers, per: d("500") });
        assert_eq!(scaled_values(vec![d("1"), d("2")], s, &baseline()), Ok(vec![d("2"), d("4")]));
    }
}
