//! The scenario a visitor starts from: the contract example's baseline and the three
//! strategy options of model.md §4, with figures the visitor then edits.
//!
//! Every figure carries a note of where it comes from. Most are illustrative: they
//! describe a small Taiwanese business (1000 customers, about NT$12 million revenue a
//! year) and are chosen so the three options differ the way model.md §4 says
//! (personalised service costs more and creates the most value; data-driven marketing
//! pays back first; automation needs an up-front investment).
//!
//! **Sized by what the work looks after** (model.md §4). What grows with the business
//! carries a `scale` (model.md §2): account management, training, the analyst's work and
//! the data clean-up per NT$12 M of revenue looked after; the service platform per 4 000
//! service contacts a year; analytics tools per 1 000 customers (they are priced by the
//! contacts stored). At the example's size each scale is exactly 1, so the figures read
//! as entered. Fixed (no scale) are only the platform's set-up fee and the smallest plan
//! of each tool, a business's least possible spend, small against the scaled lines, so
//! each preset's ROI barely moves with the size of the business (tests: within 25 points
//! at × 0.1 and × 10). Churn reduction is a share of the baseline churn.
//!
//! With the hidden figures following the answers ([`super::follow`]), every business of
//! model.md §4's table and of ours (`tests/engine_plausibility.rs`) sees each preset
//! between −75 % and +500 % ROI with a payback of none or at least 3 months.
//!
//! **Local money.** Money figures are given in NT$ and converted with the currency's
//! price level ([`super::price_level`]), so the default ROI is the same in every currency.
//!
//! With the default baseline, 3 years and a 10 % discount rate they give (checked by
//! the test `presets_differ_as_model_md_says`):
//!
//! | option | NPV | ROI | payback | IRR |
//! |---|---|---|---|---|
//! | personalised | 362 372 | 21.4 % | 22.1 months | 76.6 % |
//! | automated | 82 984 | 13.0 % | 27.2 months | 20.1 % |
//! | data_driven | 156 979 | 29.0 % | 15.1 months | 97.4 % |

use super::baseline::Baseline;
use super::cost_line::{CostCategory, CostLine, Stage};
use super::lever_ranges::LeverRanges;
use super::levers::Levers;
use super::price_level::PriceLevel;
use super::scale::{Driver, Scale};
use super::scenario::{FormatTag, Scenario, VersionTag, DEFAULT_UNCERTAINTY};
use super::strategy_option::{OptionKind, StrategyOption};
use super::timing::{Amount, Timing};
use rust_decimal::{Decimal, RoundingStrategy};

/// An integer figure that is not money (counts, hours, percentages).
fn int(n: i64) -> Decimal {
    Decimal::from(n)
}

/// The kinds of the default scenario's options, in order.
pub const PRESET_KINDS: [OptionKind; 3] = [OptionKind::Personalised, OptionKind::Automated, OptionKind::DataDriven];

/// The default scenario in `currency`: the example baseline, 3 years at 10 %, and the
/// three presets, with money at the currency's price level.
pub fn default_scenario(currency: &str) -> Scenario {
    let baseline = default_baseline_in(currency);
    let options = PRESET_KINDS.into_iter().map(|kind| preset_option_for(kind, kind.key(), currency, &baseline)).collect();
    Scenario {
        format: FormatTag,
        version: VersionTag,
        name: String::new(),
        currency: currency.to_string(),
        // model.md §1 defaults.
        horizon_years: 3,
        discount_rate: int(10),
        baseline,
        options,
        uncertainty: DEFAULT_UNCERTAINTY,
    }
}

/// The baseline of contract.md §1 in NT$: an illustrative small business.
pub fn default_baseline() -> Baseline {
    default_baseline_in("TWD")
}

/// The example baseline with its money at `currency`'s price level.
pub fn default_baseline_in(currency: &str) -> Baseline {
    let money = |twd: i64| PriceLevel::for_currency(currency).local(twd);
    Baseline {
        // Illustrative: a small business with a thousand active customers.
        customers: int(1000),
        // Illustrative: replaces the 20 % lost each year, so the base stays at 1000.
        new_customers_per_year: int(200),
        // Illustrative: NT$1000 a month per customer.
        annual_revenue_per_customer: money(12000),
        // Illustrative gross margin.
        gross_margin: int(40),
        // Illustrative: one customer in five lost a year.
        annual_churn: int(20),
        // Source material: winning a customer costs about five times as much as keeping
        // one; 3000 is a quarter of a year's revenue.
        acquisition_cost: money(3000),
        // Illustrative: a contact a quarter.
        service_contacts_per_customer: int(4),
        // Illustrative: about 20 minutes of a service agent's time.
        cost_per_contact: money(150),
        // Illustrative: about 4 % of revenue.
        marketing_spend: money(500000),
        // Illustrative: a typical order.
        average_order_value: money(2500),
    }
}

/// A preset option of `kind` for the example business in `currency` (see
/// [`preset_option_for`]).
pub fn preset_option(kind: OptionKind, id: &str, currency: &str) -> StrategyOption {
    preset_option_for(kind, id, currency, &default_baseline_in(currency))
}

/// A preset option of `kind` with this `id`, its money in `currency`, for a business
/// with `baseline`; `OptionKind::Custom` is a blank option (no costs, no benefits,
/// levers 0) for the visitor to fill in. Scaled lines follow whatever baseline the
/// scenario has; the levers the baseline bounds (churn reduction) are set relative to
/// `baseline` (model.md §4).
pub fn preset_option_for(kind: OptionKind, id: &str, currency: &str, baseline: &Baseline) -> StrategyOption {
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
        ranges: LeverRanges::default(),
    };
    let p = Prices(PriceLevel::for_currency(currency));
    let churn = baseline.annual_churn;
    match kind {
        OptionKind::Personalised => personalised(blank, p, churn),
        OptionKind::Automated => automated(blank, p, churn),
        OptionKind::DataDriven => data_driven(blank, p),
        OptionKind::Custom => StrategyOption { name: preset_name(OptionKind::Custom).into(), ..blank },
    }
}

/// The engine's own (English) name of a preset kind; the UI shows translated names.
pub fn preset_name(kind: OptionKind) -> &'static str {
    match kind {
        OptionKind::Personalised => "Personalised service",
        OptionKind::Automated => "Automated service",
        OptionKind::DataDriven => "Data-driven marketing",
        OptionKind::Custom => "Custom option",
    }
}

/// `share` % of the baseline churn, in points rounded to 0.1 (model.md §4: a business
/// with 5 % churn is not promised 0 %).
pub fn share_of_churn(churn: Decimal, share: i64) -> Decimal {
    churn
        .checked_mul(int(share))
        .and_then(|v| v.checked_div(int(100)))
        .unwrap_or(Decimal::ZERO)
        .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
        .clamp(Decimal::ZERO, int(100))
        .normalize()
}

/// NT$ figures converted to the scenario's currency.
#[derive(Clone, Copy)]
struct Prices(PriceLevel);

impl Prices {
    fn money(self, twd: i64) -> Decimal {
        self.0.local(twd)
    }

    fn fixed(self, twd: i64) -> Amount {
        Amount::Fixed(self.money(twd))
    }

    /// `quantity` (not money: people, hours) × a unit cost given in NT$.
    fn per_unit(self, quantity: i64, unit_twd: i64) -> Amount {
        Amount::PerUnit { quantity: int(quantity), unit_cost: self.money(unit_twd) }
    }

    /// Per NT$`twd` of revenue a year, at the price level.
    fn per_revenue(self, twd: i64) -> Scale {
        Scale { by: Driver::Revenue, per: self.money(twd) }
    }
}

fn line(label: &str, category: CostCategory, stage: Option<Stage>, timing: Timing) -> CostLine {
    CostLine { stage, ..CostLine::new(label, category, timing) }
}

fn recurring(amount: Amount, growth: i64) -> Timing {
    Timing::Recurring { amount, growth: int(growth) }
}

fn one_off(amount: Amount) -> Timing {
    Timing::OneOff { amount }
}

/// Per `n` active customers.
fn per_customers(n: i64) -> Scale {
    Scale { by: Driver::Customers, per: int(n) }
}

/// Per `n` service contacts a year.
fn per_contacts(n: i64) -> Scale {
    Scale { by: Driver::ServiceContacts, per: int(n) }
}

/// The example's revenue, NT$12 M a year (1 000 customers × NT$12 000): the work that
/// looks after revenue is sized per this much of it, so every scale is 1 in the example.
const EXAMPLE_REVENUE: i64 = 12_000_000;

/// Personalised service: people who know the customers. Raises satisfaction, costs more
/// (model.md §4).
fn personalised(blank: StrategyOption, p: Prices, churn: Decimal) -> StrategyOption {
    StrategyOption {
        name: preset_name(OptionKind::Personalised).into(),
        costs: vec![
            // Illustrative: one account manager, at about NT$50 000 a month with 3 %
            // yearly raises, per NT$12 M of revenue looked after (model.md §4: sized by
            // the revenue the work looks after, not by the number of customers).
            line("Account manager", CostCategory::Labour, Some(Stage::Retention), recurring(p.per_unit(1, 600000), 3))
                .scaled(p.per_revenue(EXAMPLE_REVENUE)),
            // Illustrative: 40 hours of service training for 5 staff at NT$400 an hour,
            // per NT$12 M of revenue (the staff who look after it).
            line("Service training", CostCategory::Time, Some(Stage::Retention), one_off(p.per_unit(200, 400)))
                .scaled(p.per_revenue(EXAMPLE_REVENUE)),
        ],
        levers: Levers {
            // Source material: a 5 % rise in retention can lift profit by 25–95 %; we
            // take a quarter off the churn (20 % → 15 % in the example).
            churn_reduction: share_of_churn(churn, 25),
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
/// technical threshold (model.md §4). Sized by service contacts, with the smallest plan
/// a business can buy as a fixed part.
fn automated(blank: StrategyOption, p: Prices, churn: Decimal) -> StrategyOption {
    StrategyOption {
        name: preset_name(OptionKind::Automated).into(),
        costs: vec![
            // Illustrative: the vendor's one-off set-up fee, the same for any size of
            // business (fixed, and small on purpose).
            line("Platform set-up fee", CostCategory::Technology, None, one_off(p.fixed(6000))),
            // Illustrative: implementation of a chatbot and self-service portal, per
            // 4 000 service contacts a year (the answers to build grow with the volume).
            line("Implementation", CostCategory::Technology, Some(Stage::Retention), one_off(p.fixed(294000)))
                .scaled(per_contacts(4000)),
            // Source note `preset_line.platform_base_plan.note`: the entry plans of chat
            // and help-desk services, about NT$250 a month, prices rising 5 % a year. Not
            // more: a fixed part must stay small at the example's size (model.md §4; the
            // sizing test at a tenth of it).
            line("Service platform, smallest plan", CostCategory::Technology, Some(Stage::Retention), recurring(p.fixed(3000), 5)),
            // Illustrative: NT$7 750 a month more per 4 000 contacts a year (priced by
            // volume), prices rising 5 % a year.
            line(
                "Service platform subscription",
                CostCategory::Technology,
                Some(Stage::Retention),
                recurring(p.fixed(93000), 5),
            )
            .scaled(per_contacts(4000)),
            // Illustrative: 80 hours of staff time to set up answers at NT$400 an hour,
            // per 4 000 contacts a year.
            line("Set-up time", CostCategory::Time, None, one_off(p.per_unit(80, 400))).scaled(per_contacts(4000)),
        ],
        levers: Levers {
            // Illustrative: half of the contacts answered by self-service or the chatbot.
            service_deflection: int(50),
            // Illustrative: faster answers keep a few more customers, a twentieth of
            // the churn (1 point in the example).
            churn_reduction: share_of_churn(churn, 5),
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
/// (model.md §4). Tools by customers (they are priced by the contacts stored), with the
/// smallest plan as a fixed part; the analyst's work by the revenue it looks after.
fn data_driven(blank: StrategyOption, p: Prices) -> StrategyOption {
    StrategyOption {
        name: preset_name(OptionKind::DataDriven).into(),
        costs: vec![
            // Source note `preset_line.analytics_base_plan.note`: the entry plans of CRM
            // and marketing-analytics services, about NT$250 a month, +5 % a year.
            line("Analytics tools, smallest plan", CostCategory::Technology, Some(Stage::Expansion), recurring(p.fixed(3000), 5)),
            // Illustrative: NT$4 750 a month more per 1 000 customers (priced by
            // contacts stored), +5 % a year.
            line("Analytics tools", CostCategory::Technology, Some(Stage::Expansion), recurring(p.fixed(57000), 5))
                .scaled(per_customers(1000)),
            // Illustrative: 150 hours a year of an analyst at NT$800 an hour per NT$12 M
            // of revenue (campaigns and analysis grow with the business they serve).
            line("Analyst time", CostCategory::Time, Some(Stage::Expansion), recurring(p.per_unit(150, 800), 0))
                .scaled(p.per_revenue(EXAMPLE_REVENUE)),
            // Illustrative: cleaning and joining the customer and sales data once, 75
            // hours at NT$800 per NT$12 M of revenue (the records to join grow with the
            // business). Not less: with less set-up, a business of high margin would
            // be shown a payback of under 3 months (model.md §4).
            line("Data clean-up", CostCategory::Technology, None, one_off(p.fixed(60000))).scaled(p.per_revenue(EXAMPLE_REVENUE)),
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
        assert_eq!(d.npv.round_dp(0), int(156979));
        assert_eq!(rounded(&p.roi, 1), Decimal::new(214, 1));
        assert_eq!(rounded(&a.roi, 1), Decimal::new(130, 1));
        assert_eq!(rounded(&d.roi, 1), Decimal::new(290, 1));
        assert_eq!(rounded(&p.payback_months, 1), Decimal::new(221, 1));
        assert_eq!(rounded(&a.payback_months, 1), Decimal::new(272, 1));
        assert_eq!(rounded(&d.payback_months, 1), Decimal::new(151, 1));
        assert_eq!(rounded(&p.irr, 1), Decimal::new(766, 1));
        assert_eq!(rounded(&a.irr, 1), Decimal::new(201, 1));
        assert_eq!(rounded(&d.irr, 1), Decimal::new(974, 1));
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

    /// Each preset's ROI (%) in `s`.
    fn rois(s: &Scenario) -> Vec<Decimal> {
        s.options.iter().map(|o| crate::model::evaluate_option(s, o).unwrap().roi.unwrap()).collect()
    }

    #[test]
    fn the_default_roi_is_the_same_in_every_currency() {
        let twd = rois(&default_scenario("TWD"));
        for level in crate::model::price_level::PRICE_LEVELS {
            let s = default_scenario(level.currency);
            assert_eq!(crate::model::validation::validate(&s), Ok(()));
            for (roi, reference) in rois(&s).iter().zip(&twd) {
                assert!((*roi - *reference).abs() <= Decimal::ONE, "{}: {roi} vs {reference}", level.currency);
            }
        }
        // A currency without a price level gets the fallback's figures.
        assert_eq!(default_scenario("GBP").baseline, default_baseline_in("USD"));
    }

    #[test]
    fn money_is_local_and_counts_are_not() {
        let usd = default_scenario("USD");
        // 12000 × 55000 / 600000 = 1100; 600000 → 55000; 150 → 13.75 → 13.8
        assert_eq!(usd.baseline.annual_revenue_per_customer, int(1100));
        assert_eq!(usd.baseline.cost_per_contact, Decimal::new(138, 1));
        assert_eq!(usd.baseline.customers, int(1000));
        assert_eq!(usd.baseline.gross_margin, int(40));
        let manager = &usd.options[0].costs[0];
        assert_eq!(manager.timing, recurring(Amount::PerUnit { quantity: int(1), unit_cost: int(55000) }, 3));
        // Every money figure has at most 3 significant digits.
        for o in &usd.options {
            for c in &o.costs {
                let v = match &c.timing {
                    Timing::OneOff { amount } | Timing::Recurring { amount, .. } => match amount {
                        Amount::Fixed(v) | Amount::PerUnit { unit_cost: v, .. } => *v,
                    },
                    Timing::Schedule { .. } => unreachable!(),
                };
                assert_eq!(v.round_sf(3), Some(v), "{}", c.label);
            }
        }
    }

    /// The default scenario in `currency` with customers, new customers and marketing
    /// spend × `factor` (model.md §4).
    fn sized(currency: &str, factor: &str) -> Scenario {
        let f: Decimal = factor.parse().unwrap();
        let mut s = default_scenario(currency);
        s.baseline.customers *= f;
        s.baseline.new_customers_per_year *= f;
        s.baseline.marketing_spend *= f;
        s
    }

    #[test]
    fn roi_barely_moves_at_a_tenth_and_ten_times_the_default_size() {
        for currency in ["TWD", "USD", "JPY"] {
            let base = rois(&default_scenario(currency));
            for factor in ["0.1", "10"] {
                for ((roi, reference), kind) in rois(&sized(currency, factor)).iter().zip(&base).zip(PRESET_KINDS) {
                    let moved = (*roi - *reference).abs();
                    assert!(moved <= int(25), "{currency} ×{factor} {kind:?}: {roi} vs {reference}");
                }
            }
        }
    }

    #[test]
    fn every_preset_line_that_grows_with_the_business_is_scaled() {
        // The only fixed lines are the platform's set-up fee and the smallest plans;
        // losing any other scale fails here (and the sizing test above, for the large lines).
        let fixed = ["Platform set-up fee", "Service platform, smallest plan", "Analytics tools, smallest plan"];
        let s = default_scenario("TWD");
        for o in &s.options {
            for c in &o.costs {
                assert_eq!(c.scale.is_none(), fixed.contains(&c.label.as_str()), "{}: {}", o.id, c.label);
            }
        }
        // At the default size every scale is exactly 1: the figures read as entered.
        for c in s.options.iter().flat_map(|o| &o.costs) {
            if let Some(scale) = c.scale {
                assert_eq!(scale.factor(&s.baseline), Ok(Decimal::ONE), "{}", c.label);
            }
        }
        // The fixed lines are small against each option's costs (under 3 %: the set-up
        // fee and three years of the smallest plan).
        let a = crate::model::evaluate_option(&s, &s.options[1]).unwrap();
        assert!((int(6000) + int(3000) * int(3)) * int(100) < a.pv_costs * int(3), "{}", a.pv_costs);
        let d = crate::model::evaluate_option(&s, &s.options[2]).unwrap();
        assert!(int(3000) * int(3) * int(100) < d.pv_costs * int(3), "{}", d.pv_costs);
    }

    #[test]
    fn a_small_shop_gets_a_fraction_of_the_staff() {
        // The shop: 150 customers at US$3 000 a year.
        let mut s = default_scenario("USD");
        s.baseline.customers = int(150);
        s.baseline.new_customers_per_year = int(30);
        s.baseline.annual_revenue_per_customer = int(3000);
        let p = crate::model::evaluate_option(&s, &s.options[0]).unwrap();
        // Year 1: US$450 000 of revenue / 1 100 000 = 0.409… account managers × 55000
        // × 1.05 cost risk = 23 625.
        assert_eq!(p.years[1].cost, int(23625));
        // No preset is hopeless or absurd for it: ROI between −50 % and +500 %.
        for roi in rois(&s) {
            assert!(roi > int(-50) && roi < int(500), "{roi}");
        }
    }

    #[test]
    fn custom_preset_is_blank() {
        let o = preset_option(OptionKind::Custom, "mine", "TWD");
        assert_eq!(o.id, "mine");
        assert!(o.costs.is_empty() && o.custom_benefits.is_empty());
        assert_eq!(o.levers, Levers::default());
        // Without costs ROI is undefined, not 0.
        let r = crate::model::evaluate_option(&default_scenario("TWD"), &o).unwrap();
        assert_eq!(r.roi, Err(crate::model::Undefined::NoCosts));
    }
}
