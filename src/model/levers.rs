//! The seven levers of an option: the effects it is expected to have, all in %
//! (churn reduction in percentage points), default 0 (model.md §2).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lever {
    ChurnReduction,
    RevenueUplift,
    CrossSellRate,
    UpsellRate,
    ReferralRate,
    ServiceDeflection,
    MarketingSavings,
}

impl Lever {
    pub const ALL: [Lever; 7] = [
        Lever::ChurnReduction,
        Lever::RevenueUplift,
        Lever::CrossSellRate,
        Lever::UpsellRate,
        Lever::ReferralRate,
        Lever::ServiceDeflection,
        Lever::MarketingSavings,
    ];

    /// The field name in the file, also the key in test ids and translations.
    pub fn key(self) -> &'static str {
        match self {
            Lever::ChurnReduction => "churn_reduction",
            Lever::RevenueUplift => "revenue_uplift",
            Lever::CrossSellRate => "cross_sell_rate",
            Lever::UpsellRate => "upsell_rate",
            Lever::ReferralRate => "referral_rate",
            Lever::ServiceDeflection => "service_deflection",
            Lever::MarketingSavings => "marketing_savings",
        }
    }
}

/// A lever left out of a file is 0.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Levers {
    #[serde(with = "super::decimal_text")]
    pub churn_reduction: Decimal,
    #[serde(with = "super::decimal_text")]
    pub revenue_uplift: Decimal,
    #[serde(with = "super::decimal_text")]
    pub cross_sell_rate: Decimal,
    #[serde(with = "super::decimal_text")]
    pub upsell_rate: Decimal,
    #[serde(with = "super::decimal_text")]
    pub referral_rate: Decimal,
    #[serde(with = "super::decimal_text")]
    pub service_deflection: Decimal,
    #[serde(with = "super::decimal_text")]
    pub marketing_savings: Decimal,
}


impl Levers {
    pub fn get(&self, lever: Lever) -> Decimal {
        *self.field(lever)
    }

    pub fn set(&mut self, lever: Lever, value: Decimal) {
        *self.field_mut(lever) = value;
    }

    fn field(&self, lever: Lever) -> &Decimal {
        match lever {
            Lever::ChurnReduction => &self.churn_reduction,
            Lever::RevenueUplift => &self.revenue_uplift,
            Lever::CrossSellRate => &self.cross_sell_rate,
            Lever::UpsellRate => &self.upsell_rate,
            Lever::ReferralRate => &self.referral_rate,
            Lever::ServiceDeflection => &self.service_deflection,
            Lever::MarketingSavings => &self.marketing_savings,
        }
    }

    fn field_mut(&mut self, lever: Lever) -> &mut Decimal {
        match lever {
            Lever::ChurnReduction => &mut self.churn_reduction,
            Lever::RevenueUplift => &mut self.revenue_uplift,
            Lever::CrossSellRate => &mut self.cross_sell_rate,
            Lever::UpsellRate => &mut self.upsell_rate,
            Lever::ReferralRate => &mut self.referral_rate,
            Lever::ServiceDeflection => &mut self.service_deflection,
            Lever::MarketingSavings => &mut self.marketing_savings,
        }
    }
}
