//! The result metrics as the page shows them: which value, how it is formatted, which
//! way is better, and the `data-testid`/`data-value` hooks of contract.md §4.

use crate::model::machine_value::metric_value;
use crate::model::{Metric, OptionResults, Undefined};
use crate::platform::intl::{format, Style};
use crate::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

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

    /// The value shown to the visitor, formatted for the language and currency.
    pub fn show(self, state: &AppState, value: &Decimal) -> String {
        let lang = state.lang.get();
        let currency = state.currency();
        match self {
            MetricId::Roi | MetricId::Irr => format(lang, &currency, Style::Percent, value),
            MetricId::Bcr | MetricId::ClvToCac => {
                crate::i18n::fill(state.tr("unit.times"), &[("n", &format(lang, &currency, Style::Number { digits: 2 }, value))])
            }
            MetricId::PaybackMonths => {
                crate::i18n::fill(state.tr("unit.months"), &[("n", &format(lang, &currency, Style::Number { digits: 1 }, value))])
            }
            _ => format(lang, &currency, Style::Money, value),
        }
    }
}

/// `data-value` of a metric (contract.md §4).
pub fn hook_value(m: &Metric) -> String {
    metric_value(m)
}

/// The translated reason of an undefined result.
pub fn reason_text(state: &AppState, reason: Undefined) -> &'static str {
    crate::i18n::text(state.lang.get(), &format!("undefined.{}", reason.key()))
}
