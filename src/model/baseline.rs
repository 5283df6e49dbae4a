//! The business as it is today, without any option (model.md §1, "Baseline").

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One baseline fact; lets the UI and validation walk the fields without repeating them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BaselineField {
    Customers,
    NewCustomersPerYear,
    AnnualRevenuePerCustomer,
    GrossMargin,
    AnnualChurn,
    AcquisitionCost,
    ServiceContactsPerCustomer,
    CostPerContact,
    MarketingSpend,
    AverageOrderValue,
}

/// What kind of number a field holds: decides its unit, its range and how it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldUnit {
    /// Money in the scenario's currency, ≥ 0.
    Money,
    /// A count (customers, contacts), ≥ 0.
    Count,
    /// A percentage 0..=100.
    Percent,
}

impl BaselineField {
    pub const ALL: [BaselineField; 10] = [
        BaselineField::Customers,
        BaselineField::NewCustomersPerYear,
        BaselineField::AnnualRevenuePerCustomer,
        BaselineField::GrossMargin,
        BaselineField::AnnualChurn,
        BaselineField::AcquisitionCost,
        BaselineField::ServiceContactsPerCustomer,
        BaselineField::CostPerContact,
        BaselineField::MarketingSpend,
        BaselineField::AverageOrderValue,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BaselineField::Customers => "customers",
            BaselineField::NewCustomersPerYear => "new_customers_per_year",
            BaselineField::AnnualRevenuePerCustomer => "annual_revenue_per_customer",
            BaselineField::GrossMargin => "gross_margin",
            BaselineField::AnnualChurn => "annual_churn",
            BaselineField::AcquisitionCost => "acquisition_cost",
            BaselineField::ServiceContactsPerCustomer => "service_contacts_per_customer",
            BaselineField::CostPerContact => "cost_per_contact",
            BaselineField::MarketingSpend => "marketing_spend",
            BaselineField::AverageOrderValue => "average_order_value",
        }
    }

    pub fn unit(self) -> FieldUnit {
        match self {
            BaselineField::Customers | BaselineField::NewCustomersPerYear | BaselineField::ServiceContactsPerCustomer => {
                FieldUnit::Count
            }
            BaselineField::GrossMargin | BaselineField::AnnualChurn => FieldUnit::Percent,
            _ => FieldUnit::Money,
        }
    }
}

/// Every member is required in a file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    #[serde(with = "super::decimal_text")]
    pub customers: Decimal,
    #[serde(with = "super::decimal_text")]
    pub new_customers_per_year: Decimal,
    #[serde(with = "super::decimal_text")]
    pub annual_revenue_per_customer: Decimal,
    #[serde(with = "super::decimal_text")]
    pub gross_margin: Decimal,
    #[serde(with = "super::decimal_text")]
    pub annual_churn: Decimal,
    #[serde(with = "super::decimal_text")]
    pub acquisition_cost: Decimal,
    #[serde(with = "super::decimal_text")]
    pub service_contacts_per_customer: Decimal,
    #[serde(with = "super::decimal_text")]
    pub cost_per_contact: Decimal,
    #[serde(with = "super::decimal_text")]
    pub marketing_spend: Decimal,
    #[serde(with = "super::decimal_text")]
    pub average_order_value: Decimal,
}


impl Baseline {
    pub fn get(&self, field: BaselineField) -> Decimal {
        *self.field(field)
    }

    pub fn set(&mut self, field: BaselineField, value: Decimal) {
        *self.field_mut(field) = value;
    }

    fn field(&self, f: BaselineField) -> &Decimal {
        match f {
            BaselineField::Customers => &self.customers,
            BaselineField::NewCustomersPerYear => &self.new_customers_per_year,
            BaselineField::AnnualRevenuePerCustomer => &self.annual_revenue_per_customer,
            BaselineField::GrossMargin => &self.gross_margin,
            BaselineField::AnnualChurn => &self.annual_churn,
            BaselineField::AcquisitionCost => &self.acquisition_cost,
            BaselineField::ServiceContactsPerCustomer => &self.service_contacts_per_customer,
            BaselineField::CostPerContact => &self.cost_per_contact,
            BaselineField::MarketingSpend => &self.marketing_spend,
            BaselineField::AverageOrderValue => &self.average_order_value,
        }
    }

    fn field_mut(&mut self, f: BaselineField) -> &mut Decimal {
        match f {
            BaselineField::Customers => &mut self.customers,
            BaselineField::NewCustomersPerYear => &mut self.new_customers_per_year,
            BaselineField::AnnualRevenuePerCustomer => &mut self.annual_revenue_per_customer,
            BaselineField::GrossMargin => &mut self.gross_margin,
            BaselineField::AnnualChurn => &mut self.annual_churn,
            BaselineField::AcquisitionCost => &mut self.acquisition_cost,
            BaselineField::ServiceContactsPerCustomer => &mut self.service_contacts_per_customer,
            BaselineField::CostPerContact => &mut self.cost_per_contact,
            BaselineField::MarketingSpend => &mut self.marketing_spend,
            BaselineField::AverageOrderValue => &mut self.average_order_value,
        }
    }
}
