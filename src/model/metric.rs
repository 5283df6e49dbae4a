//! The result metrics of contract.md §4: their names in the page's hooks, which way
//! is better (to mark the best option), and where each is found in the results.

use super::results::OptionResults;
use super::undefined::{Metric, Undefined};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricId {
    Roi,
    Npv,
    Irr,
    PaybackMonths,
    PvBenefits,
    PvCosts,
    Bcr,
    NetBenefit,
    Clv,
    ClvToCac,
}

/// Which way a metric is better, to mark the best option.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

impl MetricId {
    pub const ALL: [MetricId; 10] = [
        MetricId::Roi,
        MetricId::Npv,
        MetricId::PaybackMonths,
        MetricId::Irr,
        MetricId::Bcr,
        MetricId::NetBenefit,
        MetricId::PvBenefits,
        MetricId::PvCosts,
        MetricId::Clv,
        MetricId::ClvToCac,
    ];

    /// The metric's name in test ids (contract.md §4) and translation keys.
    pub fn key(self) -> &'static str {
        match self {
            MetricId::Roi => "roi",
            MetricId::Npv => "npv",
            MetricId::Irr => "irr",
            MetricId::PaybackMonths => "payback-months",
            MetricId::PvBenefits => "pv-benefits",
            MetricId::PvCosts => "pv-costs",
            MetricId::Bcr => "bcr",
            MetricId::NetBenefit => "net-benefit",
            MetricId::Clv => "clv",
            MetricId::ClvToCac => "clv-to-cac",
        }
    }

    pub fn better(self) -> Better {
        match self {
            MetricId::PaybackMonths | MetricId::PvCosts => Better::Lower,
            _ => Better::Higher,
        }
    }

    pub fn of(self, r: &OptionResults) -> Metric {
        match self {
            MetricId::Roi => r.roi,
            MetricId::Npv => Ok(r.npv),
            MetricId::Irr => r.irr,
            MetricId::PaybackMonths => r.payback_months,
            MetricId::PvBenefits => Ok(r.pv_benefits),
            MetricId::PvCosts => Ok(r.pv_costs),
            MetricId::Bcr => r.bcr,
            MetricId::NetBenefit => Ok(r.net_benefit),
            MetricId::Clv => r.clv,
            MetricId::ClvToCac => r.clv_to_cac,
        }
    }

    /// The metric of an option whose evaluation may have failed as a whole.
    pub fn of_option(self, r: &Result<OptionResults, Undefined>) -> Metric {
        r.as_ref().map_err(|e| *e).and_then(|r| self.of(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hook names are public (contract.md §4): this list must not drift.
    #[test]
    fn metric_keys_are_the_contract_names() {
        let keys: Vec<&str> = MetricId::ALL.iter().map(|m| m.key()).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(
            sorted,
            ["bcr", "clv", "clv-to-cac", "irr", "net-benefit", "npv", "payback-months", "pv-benefits", "pv-costs", "roi"]
        );
    }

    #[test]
    fn only_payback_and_costs_are_better_lower() {
        let lower: Vec<MetricId> = MetricId::ALL.into_iter().filter(|m| m.better() == Better::Lower).collect();
        assert_eq!(lower, [MetricId::PaybackMonths, MetricId::PvCosts]);
    }

    #[test]
    fn an_option_that_overflowed_has_every_metric_undefined() {
        let failed: Result<OptionResults, Undefined> = Err(Undefined::Overflow);
        for m in MetricId::ALL {
            assert_eq!(m.of_option(&failed), Err(Undefined::Overflow));
        }
    }
}
