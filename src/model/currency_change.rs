//! Changing a scenario's currency (model.md §4, "Presets sized to the visitor's
//! business and currency").
//!
//! A figure the visitor typed is theirs: it keeps its number, now read in the new
//! currency (we do not know an exchange rate, and a price typed in US$ was meant in
//! US$). A figure that is still a default of the old currency is a default of the app,
//! not of the visitor, so it becomes the new currency's default: a visitor who opens
//! the page in NT$ and then picks US$ gets a US-sized example, not an account manager
//! at "600 000 dollars".

use super::baseline::{BaselineField, FieldUnit};
use super::presets::{default_baseline_in, preset_option};
use super::scenario::Scenario;

/// Sets `scenario`'s currency to `to`, turning every money figure that is still the
/// old currency's default into `to`'s default.
pub fn change_currency(scenario: &mut Scenario, to: &str) {
    let from = std::mem::replace(&mut scenario.currency, to.to_owned());
    if from == to {
        return;
    }
    let (old, new) = (default_baseline_in(&from), default_baseline_in(to));
    for field in BaselineField::ALL {
        if field.unit() == FieldUnit::Money && scenario.baseline.get(field) == old.get(field) {
            scenario.baseline.set(field, new.get(field));
        }
    }
    for option in &mut scenario.options {
        let (old, new) = (preset_option(option.kind, &option.id, &from), preset_option(option.kind, &option.id, to));
        for (i, line) in option.costs.iter_mut().enumerate() {
            let (Some(was), Some(now)) = (old.costs.get(i), new.costs.get(i)) else { continue };
            // The preset's line at the same place, unchanged but for its label (which
            // follows the language): take the new currency's amounts.
            if line.timing == was.timing && line.scale == was.scale && line.category == was.category {
                line.timing = now.timing.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::model::test_support::d;
    use crate::model::{Amount, Timing};

    #[test]
    fn defaults_follow_the_currency() {
        let mut s = default_scenario("TWD");
        change_currency(&mut s, "USD");
        assert_eq!(s, default_scenario("USD"));
        change_currency(&mut s, "JPY");
        assert_eq!(s, default_scenario("JPY"));
        change_currency(&mut s, "TWD");
        assert_eq!(s, default_scenario("TWD"));
    }

    #[test]
    fn what_the_visitor_typed_keeps_its_number() {
        let mut s = default_scenario("TWD");
        s.baseline.annual_revenue_per_customer = d("3000");
        s.baseline.customers = d("150");
        s.options[0].costs[0].timing = Timing::Recurring {
            amount: Amount::PerUnit { quantity: d("1"), unit_cost: d("45000") },
            growth: d("3"),
        };
        s.options[0].costs[1].label = "訓練".into();
        change_currency(&mut s, "USD");
        let usd = default_scenario("USD");
        assert_eq!(s.currency, "USD");
        // Typed: unchanged. Counts: never converted. Untouched defaults: US figures.
        assert_eq!(s.baseline.annual_revenue_per_customer, d("3000"));
        assert_eq!(s.baseline.customers, d("150"));
        assert_eq!(s.baseline.acquisition_cost, usd.baseline.acquisition_cost);
        assert_eq!(s.options[0].costs[0].timing.clone(), Timing::Recurring {
            amount: Amount::PerUnit { quantity: d("1"), unit_cost: d("45000") },
            growth: d("3"),
        });
        // A relabelled default line still takes the new amounts, keeping its label.
        assert_eq!(s.options[0].costs[1].timing, usd.options[0].costs[1].timing);
        assert_eq!(s.options[0].costs[1].label, "訓練");
        assert_eq!(s.options[1], usd.options[1]);
    }
}
