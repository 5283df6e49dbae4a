//! A year's benefit split by where it comes from, so the UI can show which lever
//! earns what. Cross-sell and upsell share one source because model.md §2 gives them
//! one formula; custom benefit lines are one source together.

use super::checked::{sum, Checked};
use super::undefined::Undefined;
use rust_decimal::Decimal;

/// One source of benefit: the lever (or custom lines) that produces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BenefitSource {
    Retention,
    RevenueUplift,
    CrossUpsell,
    Referral,
    Service,
    Marketing,
    Custom,
}

impl BenefitSource {
    pub const ALL: [BenefitSource; 7] = [
        BenefitSource::Retention,
        BenefitSource::RevenueUplift,
        BenefitSource::CrossUpsell,
        BenefitSource::Referral,
        BenefitSource::Service,
        BenefitSource::Marketing,
        BenefitSource::Custom,
    ];

    /// The field name in [`BenefitSources`], also a translation key.
    pub fn key(self) -> &'static str {
        match self {
            BenefitSource::Retention => "retention",
            BenefitSource::RevenueUplift => "revenue_uplift",
            BenefitSource::CrossUpsell => "cross_upsell",
            BenefitSource::Referral => "referral",
            BenefitSource::Service => "service",
            BenefitSource::Marketing => "marketing",
            BenefitSource::Custom => "custom",
        }
    }
}

/// The benefit of one year from each source, in money.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BenefitSources {
    /// Profit kept from customers who no longer churn.
    pub retention: Decimal,
    /// Profit from the higher revenue per customer.
    pub revenue_uplift: Decimal,
    /// Profit from cross-sell and upsell orders.
    pub cross_upsell: Decimal,
    /// Acquisition cost saved by referrals.
    pub referral: Decimal,
    /// Service cost saved by deflected contacts.
    pub service: Decimal,
    /// Marketing spend saved.
    pub marketing: Decimal,
    /// Custom benefit lines (entered as profit).
    pub custom: Decimal,
}

impl BenefitSources {
    pub fn get(&self, source: BenefitSource) -> Decimal {
        match source {
            BenefitSource::Retention => self.retention,
            BenefitSource::RevenueUplift => self.revenue_uplift,
            BenefitSource::CrossUpsell => self.cross_upsell,
            BenefitSource::Referral => self.referral,
            BenefitSource::Service => self.service,
            BenefitSource::Marketing => self.marketing,
            BenefitSource::Custom => self.custom,
        }
    }

    /// The sum of all sources. Inside [`super::results::YearRow`] it is the row's
    /// `benefit`, already checked; this stays a `Result` for sources built elsewhere.
    pub fn total(&self) -> Result<Decimal, Undefined> {
        sum(BenefitSource::ALL.map(|s| self.get(s)))
    }

    /// Every source multiplied by `factor` (realisation and benefit risk).
    pub fn scaled(&self, factor: Decimal) -> Result<BenefitSources, Undefined> {
        Ok(BenefitSources {
            retention: self.retention.try_mul(factor)?,
            revenue_uplift: self.revenue_uplift.try_mul(factor)?,
            cross_upsell: self.cross_upsell.try_mul(factor)?,
            referral: self.referral.try_mul(factor)?,
            service: self.service.try_mul(factor)?,
            marketing: self.marketing.try_mul(factor)?,
            custom: self.custom.try_mul(factor)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> BenefitSources {
        BenefitSources {
            retention: Decimal::from(1),
            revenue_uplift: Decimal::from(2),
            cross_upsell: Decimal::from(4),
            referral: Decimal::from(8),
            service: Decimal::from(16),
            marketing: Decimal::from(32),
            custom: Decimal::from(64),
        }
    }

    #[test]
    fn total_adds_every_source_once() {
        // 1 + 2 + 4 + 8 + 16 + 32 + 64 = 127: each source counted exactly once.
        assert_eq!(sample().total(), Ok(Decimal::from(127)));
    }

    #[test]
    fn scaled_multiplies_every_source() {
        let half = sample().scaled(Decimal::new(5, 1)).unwrap();
        assert_eq!(half.total(), Ok(Decimal::new(635, 1)));
        assert_eq!(half.custom, Decimal::from(32));
    }

    #[test]
    fn get_matches_the_field_named_by_key() {
        let s = sample();
        let by_key: Vec<(&str, Decimal)> = BenefitSource::ALL.iter().map(|b| (b.key(), s.get(*b))).collect();
        assert_eq!(by_key[0], ("retention", Decimal::from(1)));
        assert_eq!(by_key[2], ("cross_upsell", Decimal::from(4)));
        assert_eq!(by_key[6], ("custom", Decimal::from(64)));
    }
}
