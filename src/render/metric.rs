//! The result metrics as the page shows them: how each is formatted, the translated
//! reason of an undefined one, and the `data-value` hook of contract.md §4.

use super::{Ctx, Style};
use crate::i18n::fill;
use crate::model::machine_value::metric_value;
pub use crate::model::metric::{Better, MetricId};
use crate::model::{Metric, Undefined};
use rust_decimal::Decimal;

/// How the page shows a metric.
pub trait ShowMetric {
    /// The value formatted for the language and currency.
    fn show(self, ctx: &Ctx, value: &Decimal) -> String;
    /// Whether the metric is an amount of money (shown compact where space is short).
    fn is_money(&self) -> bool;
}

impl ShowMetric for MetricId {
    fn show(self, ctx: &Ctx, value: &Decimal) -> String {
        match self {
            MetricId::Roi | MetricId::Irr => ctx.format(Style::Percent, value),
            MetricId::Bcr | MetricId::ClvToCac => {
                fill(ctx.tr("unit.times"), &[("n", &ctx.format(Style::Number { digits: 2 }, value))])
            }
            MetricId::PaybackMonths => {
                fill(ctx.tr("unit.months"), &[("n", &ctx.format(Style::Number { digits: 1 }, value))])
            }
            _ => ctx.format(Style::Money, value),
        }
    }

    fn is_money(&self) -> bool {
        !matches!(
            *self,
            MetricId::Roi | MetricId::Irr | MetricId::Bcr | MetricId::ClvToCac | MetricId::PaybackMonths
        )
    }
}

/// `data-value` of a metric (contract.md §4): the machine value, empty when undefined.
pub fn hook_value(m: &Metric) -> String {
    metric_value(m)
}

/// The translated reason of an undefined result.
pub fn reason_text(ctx: &Ctx, reason: Undefined) -> &'static str {
    crate::i18n::text(ctx.lang, &format!("undefined.{}", reason.key()))
}

/// Index of the best defined value, if at least two options have one: the first best
/// in option order ([`crate::verdict::first_best`], as the verdict names it).
pub fn best_index(values: &[Metric], better: Better) -> Option<usize> {
    if values.iter().filter(|v| v.is_ok()).count() < 2 {
        return None;
    }
    crate::verdict::first_best(values.iter().map(|v| v.ok()), better)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::test_support::ctx;

    #[test]
    fn each_metric_in_its_unit() {
        let c = ctx();
        let v = Decimal::new(1234, 2);
        assert_eq!(MetricId::Roi.show(&c, &v), "12.3%");
        assert_eq!(MetricId::Bcr.show(&c, &v), "12.34×");
        assert_eq!(MetricId::PaybackMonths.show(&c, &v), "12.3 months");
        assert_eq!(MetricId::Npv.show(&c, &v), "$12.34");
    }

    #[test]
    fn undefined_has_an_empty_hook_and_a_reason() {
        assert_eq!(hook_value(&Err(Undefined::NoCosts)), "");
        assert_eq!(hook_value(&Ok(Decimal::new(-12345, 1))), "-1234.50");
        assert_eq!(reason_text(&ctx(), Undefined::NeverPaysBack), "does not pay back within the horizon");
    }

    #[test]
    fn best_needs_two_defined_values() {
        let d = Decimal::from;
        let values = [Ok(d(3)), Err(Undefined::NoCosts), Ok(d(9)), Ok(d(9)), Ok(d(3))];
        // On a tie the first, as the verdict names it (issue 10: it was the last).
        assert_eq!(best_index(&values, Better::Higher), Some(2));
        assert_eq!(best_index(&values, Better::Lower), Some(0));
        assert_eq!(best_index(&[Ok(d(1)), Err(Undefined::NoCosts)], Better::Higher), None);
    }
}
