//! An option's benefits and costs in each year t = 0..N, after realisation and risk
//! (model.md §2):
//!
//! - Benefit_t = (lever benefits_t + custom lines_t) × realisation_t/100 × (1 − benefit_risk/100).
//!   Levers act only in years 1..N (year 0 is the start, before the option works);
//!   custom lines may fall in year 0, where realisation is 100 but the risk still applies.
//!   `realisation[t − 1]` is the % realised in year t; a shorter list repeats its last
//!   value; an empty list means 100.
//! - Cost_t = (sum of the cost lines in year t) × (1 + cost_risk/100), kept per category.
//!
//! The factors are applied to each source and category, so the parts add up to the
//! totals shown.

use super::baseline::Baseline;
use super::benefit_sources::BenefitSources;
use super::checked::{one_minus_percent, one_plus_percent, year_count, Checked};
use super::cost_line::CostCategory;
use super::lever_benefits::{lever_benefits, YearCustomers};
use super::strategy_option::StrategyOption;
use super::scale::{scaled_values, Scale};
use super::timing::Timing;
use super::undefined::Undefined;
use rust_decimal::Decimal;

/// Costs of one year by category, indexed by [`CostCategory::index`].
pub type CategoryCosts = [Decimal; CostCategory::ALL.len()];

/// One year of an option, after realisation and risk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearFlows {
    pub benefits: BenefitSources,
    pub costs: CategoryCosts,
}

/// The % of the gross benefit realised in `year`: 100 in year 0, else
/// `realisation[year − 1]`, the list's last value past its end, 100 for an empty list.
pub fn realisation_percent(realisation: &[Decimal], year: u32) -> Decimal {
    let Some(index) = (year as usize).checked_sub(1) else {
        return Decimal::ONE_HUNDRED;
    };
    realisation.get(index).or(realisation.last()).copied().unwrap_or(Decimal::ONE_HUNDRED)
}

/// realisation_t/100 × (1 − benefit_risk/100): what share of the gross benefit counts.
pub fn benefit_factor(option: &StrategyOption, year: u32) -> Result<Decimal, Undefined> {
    let realised = realisation_percent(&option.realisation, year).try_div(Decimal::ONE_HUNDRED)?;
    realised.try_mul(one_minus_percent(option.benefit_risk)?)
}

/// The sum of several lines (timing and optional scale), per year 0..=years.
fn lines_total<'a>(
    lines: impl Iterator<Item = (&'a Timing, Option<Scale>)>,
    baseline: &Baseline,
    years: u32,
) -> Result<Vec<Decimal>, Undefined> {
    let mut totals = vec![Decimal::ZERO; year_count(years)];
    for (timing, scale) in lines {
        for (total, value) in totals.iter_mut().zip(scaled_values(timing.yearly_values(years)?, scale, baseline)?) {
            *total = total.try_add(value)?;
        }
    }
    Ok(totals)
}

/// Cost_t per category for t = 0..=years, scaled lines at `baseline`'s size, with the
/// cost risk added.
pub fn yearly_costs(baseline: &Baseline, option: &StrategyOption, years: u32) -> Result<Vec<CategoryCosts>, Undefined> {
    let risk = one_plus_percent(option.cost_risk)?;
    let mut rows = vec![CategoryCosts::default(); year_count(years)];
    for category in CostCategory::ALL {
        let lines = option.costs.iter().filter(|c| c.category == category).map(|c| (&c.timing, c.scale));
        for (row, total) in rows.iter_mut().zip(lines_total(lines, baseline, years)?) {
            if let Some(cell) = row.get_mut(category.index()) {
                *cell = total.try_mul(risk)?;
            }
        }
    }
    Ok(rows)
}

/// Benefit_t by source for t = 0..N, where `customers[t]` holds K_t and K'_t (N + 1 entries).
pub fn yearly_benefits(
    baseline: &Baseline,
    option: &StrategyOption,
    customers: &[YearCustomers],
) -> Result<Vec<BenefitSources>, Undefined> {
    let years = years_of(customers)?;
    let custom = lines_total(option.custom_benefits.iter().map(|b| (&b.timing, b.scale)), baseline, years)?;
    (0..=years)
        .zip(customers)
        .zip(custom)
        .map(|((year, k), custom)| {
            let mut gross =
                if year == 0 { BenefitSources::default() } else { lever_benefits(baseline, &option.levers, *k)? };
            gross.custom = custom;
            gross.scaled(benefit_factor(option, year)?)
        })
        .collect()
}

/// Benefits and costs of each year t = 0..N, N + 1 = `customers.len()`.
pub fn option_cash_flows(
    baseline: &Baseline,
    option: &StrategyOption,
    customers: &[YearCustomers],
) -> Result<Vec<YearFlows>, Undefined> {
    let benefits = yearly_benefits(baseline, option, customers)?;
    let costs = yearly_costs(baseline, option, years_of(customers)?)?;
    Ok(benefits.into_iter().zip(costs).map(|(benefits, costs)| YearFlows { benefits, costs }).collect())
}

/// N for a list of N + 1 yearly entries.
fn years_of(customers: &[YearCustomers]) -> Result<u32, Undefined> {
    u32::try_from(customers.len().saturating_sub(1)).map_err(|_| Undefined::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::benefit_line::BenefitLine;
    use crate::model::cost_line::CostLine;
    use crate::model::levers::Levers;
    use crate::model::strategy_option::OptionKind;
    use crate::model::test_support::{d, decimals};
    use crate::model::timing::Amount;

    /// The contract example's baseline (contract.md §1).
    fn baseline() -> Baseline {
        crate::model::presets::default_baseline()
    }

    fn option() -> StrategyOption {
        StrategyOption {
            id: "o".into(),
            name: String::new(),
            kind: OptionKind::Custom,
            costs: vec![],
            levers: Levers::default(),
            custom_benefits: vec![],
            realisation: vec![],
            benefit_risk: Decimal::ZERO,
            cost_risk: Decimal::ZERO,
            ranges: Default::default(),
        }
    }

    /// K = K' = 1000 in each of years 0..=years (no churn reduction).
    fn flat_customers(years: usize) -> Vec<YearCustomers> {
        vec![YearCustomers { baseline: d("1000"), option: d("1000") }; years + 1]
    }

    fn cost(category: CostCategory, timing: Timing) -> CostLine {
        CostLine::new("", category, timing)
    }

    fn totals(rows: &[BenefitSources]) -> Vec<Decimal> {
        rows.iter().map(|r| r.total().unwrap()).collect()
    }

    #[test]
    fn realisation_ramp_repeat_and_empty() {
        let ramp = decimals(&["50", "80"]);
        assert_eq!(realisation_percent(&ramp, 0), d("100"));
        assert_eq!(realisation_percent(&ramp, 1), d("50"));
        assert_eq!(realisation_percent(&ramp, 2), d("80"));
        // Past the end the last value repeats.
        assert_eq!(realisation_percent(&ramp, 3), d("80"));
        assert_eq!(realisation_percent(&ramp, 10), d("80"));
        assert_eq!(realisation_percent(&[], 1), d("100"));
        assert_eq!(realisation_percent(&[], 7), d("100"));
    }

    #[test]
    fn levers_work_from_year_one_with_realisation_and_risk() {
        // Marketing savings 500000 × 10 % = 50000 gross in years 1..3.
        // Realisation [50, 100] and benefit risk 20 %:
        // year 0: nothing (levers start in year 1)
        // year 1: 50000 × 0.5 × 0.8 = 20000
        // years 2, 3: 50000 × 1 × 0.8 = 40000 (the last value repeats)
        let mut o = option();
        o.levers.marketing_savings = d("10");
        o.realisation = decimals(&["50", "100"]);
        o.benefit_risk = d("20");
        let b = yearly_benefits(&baseline(), &o, &flat_customers(3)).unwrap();
        assert_eq!(totals(&b), decimals(&["0", "20000", "40000", "40000"]));
        assert_eq!(b[1].marketing, d("20000"));
    }

    #[test]
    fn empty_realisation_means_all_realised() {
        // 500000 × 10 % = 50000 each year, no ramp, no risk.
        let mut o = option();
        o.levers.marketing_savings = d("10");
        let b = yearly_benefits(&baseline(), &o, &flat_customers(2)).unwrap();
        assert_eq!(totals(&b), decimals(&["0", "50000", "50000"]));
    }

    #[test]
    fn year_zero_custom_benefit_is_fully_realised_but_risked() {
        // A one-off custom benefit of 10000 falls in year 0: realisation 100 there
        // (not the 50 of year 1), but benefit risk 10 % applies: 10000 × 0.9 = 9000.
        // A recurring 1000 from year 1: 1000 × 0.5 × 0.9 = 450, then 1000 × 0.5 × 0.9.
        let mut o = option();
        o.realisation = decimals(&["50"]);
        o.benefit_risk = d("10");
        o.custom_benefits = vec![
            BenefitLine::new("", Timing::OneOff { amount: Amount::Fixed(d("10000")) }),
            BenefitLine::new("", Timing::Recurring { amount: Amount::Fixed(d("1000")), growth: d("0") }),
        ];
        let b = yearly_benefits(&baseline(), &o, &flat_customers(2)).unwrap();
        assert_eq!(totals(&b), decimals(&["9000", "450", "450"]));
        assert_eq!(b[0].custom, d("9000"));
    }

    #[test]
    fn costs_by_category_with_cost_risk() {
        // Labour: 2 × 600000 recurring, growth 3 %: 1200000, 1236000 (× 1.03)
        // Labour: training 80000 one-off in year 0
        // Technology: schedule 50000, 20000 (shorter than the 2-year horizon: year 2 is 0)
        // Cost risk 5 %: each × 1.05.
        let mut o = option();
        o.cost_risk = d("5");
        o.costs = vec![
            cost(
                CostCategory::Labour,
                Timing::Recurring {
                    amount: Amount::PerUnit { quantity: d("2"), unit_cost: d("600000") },
                    growth: d("3"),
                },
            ),
            cost(CostCategory::Labour, Timing::OneOff { amount: Amount::Fixed(d("80000")) }),
            cost(CostCategory::Technology, Timing::Schedule { amounts: decimals(&["50000", "20000"]) }),
        ];
        let rows = yearly_costs(&baseline(), &o, 2).unwrap();
        let labour = CostCategory::Labour.index();
        let tech = CostCategory::Technology.index();
        // year 0: labour 80000 × 1.05 = 84000, technology 50000 × 1.05 = 52500
        assert_eq!((rows[0][labour], rows[0][tech]), (d("84000"), d("52500")));
        // year 1: labour 1200000 × 1.05 = 1260000, technology 20000 × 1.05 = 21000
        assert_eq!((rows[1][labour], rows[1][tech]), (d("1260000"), d("21000")));
        // year 2: labour 1236000 × 1.05 = 1297800, technology 0
        assert_eq!((rows[2][labour], rows[2][tech]), (d("1297800"), d("0")));
        assert!(rows.iter().all(|r| r[CostCategory::Other.index()].is_zero()));
    }

    #[test]
    fn cash_flows_pair_benefits_and_costs_per_year() {
        let mut o = option();
        o.levers.marketing_savings = d("10");
        o.costs = vec![cost(CostCategory::Marketing, Timing::OneOff { amount: Amount::Fixed(d("30000")) })];
        let flows = option_cash_flows(&baseline(), &o, &flat_customers(1)).unwrap();
        assert_eq!(flows.len(), 2);
        assert_eq!(flows[0].costs[CostCategory::Marketing.index()], d("30000"));
        assert_eq!(flows[1].benefits.marketing, d("50000"));
    }

    #[test]
    fn overflowing_amounts_are_reported() {
        let mut o = option();
        let huge = Decimal::from_scientific("7.9e28").unwrap();
        o.costs = vec![
            cost(CostCategory::Other, Timing::OneOff { amount: Amount::Fixed(huge) }),
            cost(CostCategory::Other, Timing::OneOff { amount: Amount::Fixed(huge) }),
        ];
        assert_eq!(yearly_costs(&baseline(), &o, 1), Err(Undefined::Overflow));
    }
}
