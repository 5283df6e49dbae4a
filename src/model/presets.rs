//! The scenario a visitor starts from: the contract example's baseline and the three
//! strategy options of model.md §4, with figures the visitor then edits.
//!
//! Every figure carries a note of where it comes from. Most are illustrative: they
//! describe a small Taiwanese business (1000 customers, about NT$12 million revenue a
//! year) and are chosen so the three options differ the way model.md §4 says
//! (personalised service costs more and creates the most value; data-driven marketing
//! pays back first; automation needs an up-front investment). The money figures keep
//! their values whatever currency is chosen: they are starting points, not data.
//!
//! With the default baseline, 3 years and a 10 % discount rate they give (checked by
//! the test `presets_differ_as_model_md_says`):
//!
//! | option | NPV | ROI | payback | IRR |
//! |---|---|---|---|---|
//! | personalised | 362 372 | 21.4 % | 22.1 months | 76.6 % |
//! | automated | 82 984 | 13.0 % | 27.2 months | 20.1 % |
//! | data_driven | 177 979 | 34.3 % | 13.0 months | 143.3 % |

use super::baseline::Baseline;
use super::cost_line::{CostCategory, CostLine, Stage};
use super::levers::Levers;
use super::scenario::{FormatTag, Scenario, VersionTag};
use super::strategy_option::{OptionKind, StrategyOption};
use super::timing::{Amount, Timing};
use rust_decimal::Decimal;

/// An integer figure.
fn int(n: i64) -> Decimal {
    Decimal::from(n)
}

/// The default scenario in `currency`: the example baseline, 3 years at 10 %, and the
/// three presets.
pub fn default_scenario(currency: &str) -> Scenario {
    Scenario {
        format: FormatTag,
        version: VersionTag,
        name: String::new(),
        currency: currency.to_string(),
        // model.md §1 defaults.
        horizon_years: 3,
        discount_rate: int(10),
        baseline: default_baseline(),
        options: [OptionKind::Personalised, OptionKind::Automated, OptionKind::DataDriven]
            .into_iter()
            .map(|kind| preset_option(kind, kind.key()))
            .collect(),
    }
}

/// The baseline of contract.md §1: an illustrative small business.
pub fn default_baseline() -> Baseline {
    Baseline {
        // Illustrative: a small business with a thousand active customers.
        customers: int(1000),
        // Illustrative: replaces the 20 % lost each year, so the base stays at 1000.
        new_customers_per_year: int(200),
        // Illustrative: NT$1000 a month per customer.
        annual_revenue_per_customer: int(12000),
        // Illustrative gross margin.
        gross_margin: int(40),
        // Illustrative: one customer in five lost a year.
        annual_churn: int(20),
        // Source material: winning a customer costs about five times as much as keeping
        // one; 3000 is a quarter of a year's revenue.
        acquisition_cost: int(3000),
        // Illustrative: a contact a quarter.
        service_contacts_per_customer: int(4),
        // Illustrative: about 20 minutes of a service agent's time.
        cost_per_contact: int(150),
        // Illustrative: about 4 % of revenue.
        marketing_spend: int(500000),
        // Illustrative: a typical order.
        average_order_value: int(2500),
    }
}

/// A preset option of `kind` with this `id`; `OptionKind::Custom` is a blank option
/// (no costs, no benefits, levers 0) for the visitor to fill in.
pub fn preset_option(kind: OptionKind, id: &str) -> StrategyOption {
    let blank = StrategyOption {
        id: id.to_string(),
        name: String::new(),
        kind,
        costs: Vec::new(),
        levers: Levers::default(),
        custom_benefits: Vec::new(),
        realisation: Vec::new(),
        benefit_risk: Decimal::ZERO,
        cost_risk: Decimal::ZERO,
    };
    match kind {
        OptionKind::Personalised => personalised(blank),
        OptionKind::Automated => automated(blank),
        OptionKind::DataDriven => data_driven(blank),
        OptionKind::Custom => StrategyOption { name: "Custom option".into(), ..blank },
    }
}

fn line(label: &str, category: CostCategory, stage: Option<Stage>, timing: Timing) -> CostLine {
    CostLine { stage, ..CostLine::new(label, category, timing) }
}

fn recurring(amount: Amount, growth: i64) -> Timing {
    Timing::Recurring { amount, growth: int(growth) }
}

fn one_off(amount: i64) -> Timing {
    Timing::OneOff { amount: Amount::Fixed(int(amount)) }
}

fn per_unit(quantity: i64, unit_cost: i64) -> Amount {
    Amount::PerUnit { quantity: int(quantity), unit_cost: int(unit_cost) }
}

/// Personalised service: people who know the customers. Raises satisfaction, costs more
/// (model.md §4).
fn personalised(blank: StrategyOption) -> StrategyOption {
    StrategyOption {
        name: "Personalised service".into(),
        costs: vec![
            // Illustrative: one account manager at about NT$50 000 a month, with 3 %
            // yearly raises.
            line("Account manager", CostCategory::Labour, Some(Stage::Retention), recurring(per_unit(1, 600000), 3)),
            // Illustrative: 40 hours of service training for 5 staff at NT$400 an hour.
            line(
                "Service training",
                CostCategory::Time,
                Some(Stage::Retention),
                Timing::OneOff { amount: per_unit(200, 400) },
            ),
        ],
        levers: Levers {
            // Source material: a 5 % rise in retention can lift profit by 25–95 %; we
            // take 5 points off the churn (80 % → 85 % retention).
            churn_reduction: int(5),
            // Illustrative: customers who feel known buy a little more.
            revenue_uplift: int(10),
            // Illustrative: 3 referrals a year per 100 customers.
            referral_rate: int(3),
            ..Levers::default()
        },
        // Illustrative: relationships take a year to build.
        realisation: vec![int(60), int(100)],
        // Illustrative: modest risks.
        benefit_risk: int(10),
        cost_risk: int(5),
        ..blank
    }
}

/// Automated (intelligent) service: self-service and a chatbot. Efficient, but has a
/// technical threshold (model.md §4).
fn automated(blank: StrategyOption) -> StrategyOption {
    StrategyOption {
        name: "Automated service".into(),
        costs: vec![
            // Illustrative: implementation of a chatbot and self-service portal.
            line("Implementation", CostCategory::Technology, Some(Stage::Retention), one_off(300000)),
            // Illustrative: NT$8000 a month subscription, prices rising 5 % a year.
            line(
                "Service platform subscription",
                CostCategory::Technology,
                Some(Stage::Retention),
                recurring(Amount::Fixed(int(96000)), 5),
            ),
            // Illustrative: 80 hours of staff time to set up answers at NT$400 an hour.
            line("Set-up time", CostCategory::Time, None, Timing::OneOff { amount: per_unit(80, 400) }),
        ],
        levers: Levers {
            // Illustrative: half of the contacts answered by self-service or the chatbot.
            service_deflection: int(50),
            // Illustrative: faster answers keep a few more customers.
            churn_reduction: int(1),
            ..Levers::default()
        },
        // Illustrative: the first year is spent tuning the answers.
        realisation: vec![int(50), int(100)],
        // Illustrative: modest risks.
        benefit_risk: int(10),
        // Illustrative: the technical threshold makes cost overruns likelier.
        cost_risk: int(10),
        ..blank
    }
}

/// Data-driven marketing: analytics for precise targeting. Needs data and analysis
/// (model.md §4).
fn data_driven(blank: StrategyOption) -> StrategyOption {
    StrategyOption {
        name: "Data-driven marketing".into(),
        costs: vec![
            // Illustrative: analytics and customer-data tools, NT$5000 a month, +5 % a year.
            line(
                "Analytics tools",
                CostCategory::Technology,
                Some(Stage::Expansion),
                recurring(Amount::Fixed(int(60000)), 5),
            ),
            // Illustrative: 150 hours a year of an analyst at NT$800 an hour.
            line("Analyst time", CostCategory::Time, Some(Stage::Expansion), recurring(per_unit(150, 800), 0)),
            // Illustrative: cleaning and joining the customer data once.
            line("Data clean-up", CostCategory::Technology, None, one_off(40000)),
        ],
        levers: Levers {
            // Source material: cross-sell succeeds 60–70 % more often than a first sale;
            // illustrative: 15 in 100 customers buy one more order a year.
            cross_sell_rate: int(15),
            // Illustrative: 10 in 100 trade up once a year.
            upsell_rate: int(10),
            // Illustrative: targeting cuts a fifth of wasted marketing spend.
            marketing_savings: int(20),
            ..Levers::default()
        },
        // Illustrative: campaigns learn quickly.
        realisation: vec![int(70), int(100)],
        // Illustrative: modest risks.
        benefit_risk: int(10),
        cost_risk: int(5),
        ..blank
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results(kind: OptionKind) -> crate::model::OptionResults {
        let s = default_scenario("TWD");
        let o = s.options.iter().find(|o| o.kind == kind).unwrap();
        crate::model::evaluate_option(&s, o).unwrap()
    }

    fn rounded(m: &crate::model::Metric, dp: u32) -> Decimal {
        m.unwrap().round_dp(dp)
    }

    #[test]
    fn presets_differ_as_model_md_says() {
        let p = results(OptionKind::Personalised);
        let a = results(OptionKind::Automated);
        let d = results(OptionKind::DataDriven);
        // The figures quoted in the module documentation.
        assert_eq!(p.npv.round_dp(0), int(362372));
        assert_eq!(a.npv.round_dp(0), int(82984));
        assert_eq!(d.npv.round_dp(0), int(177979));
        assert_eq!(rounded(&p.roi, 1), Decimal::new(214, 1));
        assert_eq!(rounded(&a.roi, 1), Decimal::new(130, 1));
        assert_eq!(rounded(&d.roi, 1), Decimal::new(343, 1));
        assert_eq!(rounded(&p.payback_months, 1), Decimal::new(221, 1));
        assert_eq!(rounded(&a.payback_months, 1), Decimal::new(272, 1));
        assert_eq!(rounded(&d.payback_months, 1), Decimal::new(130, 1));
        assert_eq!(rounded(&p.irr, 1), Decimal::new(766, 1));
        assert_eq!(rounded(&a.irr, 1), Decimal::new(201, 1));
        assert_eq!(rounded(&d.irr, 1), Decimal::new(1433, 1));
        // Personalised creates the most value; data-driven pays back first; all pay.
        assert!(p.npv > d.npv && d.npv > a.npv && a.npv > Decimal::ZERO);
        assert!(d.payback_months.unwrap() < p.payback_months.unwrap());
        assert!(p.payback_months.unwrap() < a.payback_months.unwrap());
        // Personalised costs the most.
        assert!(p.pv_costs > a.pv_costs && p.pv_costs > d.pv_costs);
    }

    #[test]
    fn default_scenario_is_valid_and_has_the_three_presets() {
        let s = default_scenario("USD");
        assert_eq!(crate::model::validation::validate(&s), Ok(()));
        assert_eq!(s.currency, "USD");
        let ids: Vec<&str> = s.options.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["personalised", "automated", "data_driven"]);
        let kinds: Vec<OptionKind> = s.options.iter().map(|o| o.kind).collect();
        assert_eq!(kinds, [OptionKind::Personalised, OptionKind::Automated, OptionKind::DataDriven]);
        assert_eq!((s.horizon_years, s.discount_rate), (3, int(10)));
    }

    #[test]
    fn presets_use_the_levers_of_their_kind() {
        let s = default_scenario("TWD");
        let [p, a, d] = [&s.options[0], &s.options[1], &s.options[2]];
        assert!(p.levers.churn_reduction > Decimal::ZERO && p.levers.revenue_uplift > Decimal::ZERO);
        assert!(p.levers.referral_rate > Decimal::ZERO);
        assert!(a.levers.service_deflection > Decimal::ZERO && a.levers.churn_reduction > Decimal::ZERO);
        assert!(d.levers.cross_sell_rate > Decimal::ZERO && d.levers.upsell_rate > Decimal::ZERO);
        assert!(d.levers.marketing_savings > Decimal::ZERO);
    }

    #[test]
    fn custom_preset_is_blank() {
        let o = preset_option(OptionKind::Custom, "mine");
        assert_eq!(o.id, "mine");
        assert!(o.costs.is_empty() && o.custom_benefits.is_empty());
        assert_eq!(o.levers, Levers::default());
        // Without costs ROI is undefined, not 0.
        let r = crate::model::evaluate_option(&default_scenario("TWD"), &o).unwrap();
        assert_eq!(r.roi, Err(crate::model::Undefined::NoCosts));
    }
}
