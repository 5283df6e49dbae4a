//! The result metrics as the page shows them: which value, how it is formatted, which
//! way is better, and the `data-testid`/`data-value` hooks of contract.md §4.

use crate::model::machine_value::metric_value;
pub use crate::model::metric::{Better, MetricId};
use crate::model::{Metric, Undefined};
use crate::platform::intl::{format, Style};
use crate::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// How the page shows a metric.
pub trait ShowMetric {
    /// The value formatted for the language and currency.
    fn show(self, state: &AppState, value: &Decimal) -> String;
}

impl ShowMetric for MetricId {
    /// The value shown to the visitor, formatted for the language and currency.
    fn show(self, state: &AppState, value: &Decimal) -> String {
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
