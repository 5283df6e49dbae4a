//! Properties of the engine that hold for every input, checked on generated scenarios
//! and cash flows (proptest, 256 cases each, so the suite stays fast).

use crm_roi::model::irr::irr;
use crm_roi::model::payback::payback_months;
use crm_roi::model::scenario::{FormatTag, VersionTag};
use crm_roi::model::scenario_file::{read, ReadError};
use crm_roi::model::validation::validate;
use crm_roi::model::{
    evaluate, Amount, Baseline, BenefitLine, CostCategory, CostLine, Driver, Levers, OptionKind, Scale, Scenario, Stage,
    StrategyOption, Timing, Undefined,
};
use proptest::collection::vec;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn read_json(text: &str) -> Result<Scenario, ReadError> {
    read(text)
}

// ---- Generators of valid scenarios -------------------------------------------------

/// A decimal with `scale` decimals in `low ..= high` (given in units of 10^-scale).
fn decimal(low: i64, high: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (low..=high).prop_map(move |n| Decimal::new(n, scale))
}

fn percent() -> impl Strategy<Value = Decimal> {
    decimal(0, 10_000, 2)
}

fn money() -> impl Strategy<Value = Decimal> {
    prop_oneof![decimal(0, 100_000_000, 0), decimal(0, 100_000_000_000, 2)]
}

fn amount() -> impl Strategy<Value = Amount> {
    prop_oneof![
        money().prop_map(Amount::Fixed),
        (decimal(0, 10_000, 1), money()).prop_map(|(quantity, unit_cost)| Amount::PerUnit { quantity, unit_cost }),
    ]
}

fn timing() -> impl Strategy<Value = Timing> {
    prop_oneof![
        amount().prop_map(|amount| Timing::OneOff { amount }),
        (amount(), decimal(-10_000, 10_000, 2)).prop_map(|(amount, growth)| Timing::Recurring { amount, growth }),
        vec(money(), 0..13).prop_map(|amounts| Timing::Schedule { amounts }),
    ]
}

fn cost_line() -> impl Strategy<Value = CostLine> {
    let category = proptest::sample::select(CostCategory::ALL.to_vec());
    let stage = proptest::option::of(proptest::sample::select(Stage::ALL.to_vec()));
    ("[a-zA-Z é中]{0,12}", category, stage, timing(), scale()).prop_map(|(label, category, stage, timing, scale)| {
        CostLine { label, category, stage, timing, scale }
    })
}

/// No scale, or any driver per 1 … 10^15 (model.md §2).
fn scale() -> impl Strategy<Value = Option<Scale>> {
    let per = prop_oneof![decimal(1, 5000, 0), decimal(1, 1000, 2), Just(Decimal::from(1_000_000_000_000_000_u64))];
    proptest::option::of((proptest::sample::select(Driver::ALL.to_vec()), per).prop_map(|(by, per)| Scale { by, per }))
}

fn benefit_line() -> impl Strategy<Value = BenefitLine> {
    ("[a-zA-Z 中]{0,12}", timing(), scale()).prop_map(|(label, timing, scale)| BenefitLine { label, timing, scale })
}

fn levers() -> impl Strategy<Value = Levers> {
    vec(percent(), 7).prop_map(|v| Levers {
        churn_reduction: v[0],
        revenue_uplift: v[1],
        cross_sell_rate: v[2],
        upsell_rate: v[3],
        referral_rate: v[4],
        service_deflection: v[5],
        marketing_savings: v[6],
    })
}

fn option() -> impl Strategy<Value = StrategyOption> {
    let kind = proptest::sample::select(vec![
        OptionKind::Personalised,
        OptionKind::Automated,
        OptionKind::DataDriven,
        OptionKind::Custom,
    ]);
    (
        ("\\PC{0,10}", kind),
        vec(cost_line(), 0..5),
        levers(),
        vec(benefit_line(), 0..3),
        vec(percent(), 0..4),
        (percent(), percent()),
        vec(proptest::option::of((decimal(0, 1000, 1), decimal(0, 1000, 1))), 7),
    )
        .prop_map(|((name, kind), costs, levers, custom_benefits, realisation, (benefit_risk, cost_risk), spans)| {
            // Some levers get an analysis range around their value (within 0 … 100).
            let mut ranges = crm_roi::model::LeverRanges::default();
            for (lever, span) in crm_roi::model::Lever::ALL.into_iter().zip(spans) {
                if let Some((below, above)) = span {
                    let value = levers.get(lever);
                    let low = (value - below).max(Decimal::ZERO);
                    let high = (value + above).min(Decimal::ONE_HUNDRED);
                    ranges.set(lever, Some(crm_roi::model::LeverRange { low, high }));
                }
            }
            StrategyOption {
                id: String::new(),
                name,
                kind,
                costs,
                levers,
                custom_benefits,
                realisation,
                benefit_risk,
                cost_risk,
                ranges,
            }
        })
}

fn baseline() -> impl Strategy<Value = Baseline> {
    let count = || decimal(0, 1_000_000, 0);
    ((count(), count(), money(), percent(), percent()), (money(), decimal(0, 500, 1), money(), money(), money()))
        .prop_map(|((c, a, r, m, churn), (cac, s, k, spend, aov))| Baseline {
            customers: c,
            new_customers_per_year: a,
            annual_revenue_per_customer: r,
            gross_margin: m,
            annual_churn: churn,
            acquisition_cost: cac,
            service_contacts_per_customer: s,
            cost_per_contact: k,
            marketing_spend: spend,
            average_order_value: aov,
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let currency = proptest::sample::select(vec!["TWD", "USD", "CNY", "EUR"]);
    ("\\PC{0,20}", currency, 1..=10u32, percent(), baseline(), vec(option(), 1..=3)).prop_map(
        |(name, currency, horizon_years, discount_rate, baseline, mut options)| {
            for (i, o) in options.iter_mut().enumerate() {
                o.id = format!("option-{i}");
            }
            Scenario {
                format: FormatTag,
                version: VersionTag,
                name,
                currency: currency.into(),
                horizon_years,
                discount_rate,
                baseline,
                options,
                uncertainty: Decimal::from(20),
            }
        },
    )
}

// ---- Generators of anything, valid or not ------------------------------------------

/// Any decimal at all: every mantissa, sign and scale, mixed with small and edge values.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (any::<u32>(), any::<u32>(), any::<u32>(), any::<bool>(), 0..=28u32)
            .prop_map(|(lo, mid, hi, negative, scale)| Decimal::from_parts(lo, mid, hi, negative, scale)),
        decimal(-200, 200, 0),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
        Just(Decimal::NEGATIVE_ONE),
        Just(Decimal::ONE_HUNDRED),
        Just(-Decimal::ONE_HUNDRED),
    ]
}

fn any_amount() -> impl Strategy<Value = Amount> {
    prop_oneof![
        any_decimal().prop_map(Amount::Fixed),
        (any_decimal(), any_decimal()).prop_map(|(quantity, unit_cost)| Amount::PerUnit { quantity, unit_cost }),
    ]
}

fn any_timing() -> impl Strategy<Value = Timing> {
    prop_oneof![
        any_amount().prop_map(|amount| Timing::OneOff { amount }),
        (any_amount(), any_decimal()).prop_map(|(amount, growth)| Timing::Recurring { amount, growth }),
        vec(any_decimal(), 0..15).prop_map(|amounts| Timing::Schedule { amounts }),
    ]
}

/// Any scenario: out-of-range values, absurd horizons, duplicate ids, no options.
fn any_scenario() -> impl Strategy<Value = Scenario> {
    let any_option = (
        vec(any_decimal(), 7),
        vec(any_timing(), 0..4),
        vec(any_timing(), 0..3),
        vec(any_decimal(), 0..4),
        (any_decimal(), any_decimal()),
    )
        .prop_map(|(l, costs, benefits, realisation, (benefit_risk, cost_risk))| StrategyOption {
            id: "x".into(),
            name: String::new(),
            kind: OptionKind::Custom,
            costs: costs
                .into_iter()
                .map(|timing| CostLine::new("", CostCategory::Other, timing))
                .collect(),
            levers: Levers {
                churn_reduction: l[0],
                revenue_uplift: l[1],
                cross_sell_rate: l[2],
                upsell_rate: l[3],
                referral_rate: l[4],
                service_deflection: l[5],
                marketing_savings: l[6],
            },
            custom_benefits: benefits.into_iter().map(|timing| BenefitLine::new("", timing)).collect(),
            realisation,
            benefit_risk,
            cost_risk,
            ranges: Default::default(),
        });
    (any::<u32>(), any_decimal(), vec(any_decimal(), 10), vec(any_option, 0..4)).prop_map(
        |(horizon_years, discount_rate, b, options)| Scenario {
            format: FormatTag,
            version: VersionTag,
            name: String::new(),
            currency: "?".into(),
            horizon_years,
            discount_rate,
            baseline: Baseline {
                customers: b[0],
                new_customers_per_year: b[1],
                annual_revenue_per_customer: b[2],
                gross_margin: b[3],
                annual_churn: b[4],
                acquisition_cost: b[5],
                service_contacts_per_customer: b[6],
                cost_per_contact: b[7],
                marketing_spend: b[8],
                average_order_value: b[9],
            },
            options,
            uncertainty: Decimal::from(20),
        },
    )
}

/// The longest series the engine makes: years 0..=10.
const MAX_FLOWS: usize = 11;

/// Cash flows with exactly one sign change: an investment, then returns (up to 10⁶, in
/// cents, sometimes shrunk by up to 10⁻⁴ so that rates far below 0 come up too), with
/// years of nothing before and after them (a horizon longer than the flows).
fn investment_flows() -> impl Strategy<Value = Vec<Decimal>> {
    (0..=2usize, decimal(-100_000_000, -1, 2), vec(decimal(0, 100_000_000, 2), 1..=8), 0..=8usize, 0..=4u32)
        .prop_filter_map("needs a positive return", |(lead, first, rest, trail, shrink)| {
            if rest.iter().all(|r| r.is_zero()) {
                return None;
            }
            let shrink = Decimal::new(1, shrink);
            let mut flows = vec![Decimal::ZERO; lead];
            flows.push(first);
            flows.extend(rest.into_iter().map(|r| r * shrink));
            let trail = trail.min(MAX_FLOWS.saturating_sub(flows.len()));
            flows.extend(std::iter::repeat_n(Decimal::ZERO, trail));
            Some(flows)
        })
}

/// Flows whose IRR is `rate` % by construction: after `lead` empty years an investment
/// of exactly the present value of the returns at `rate`, then the returns, then `trail`
/// empty years.
fn flows_with_rate() -> impl Strategy<Value = (Decimal, Vec<Decimal>)> {
    (decimal(-9_900, 100_000, 2), 0..=2usize, vec(decimal(0, 100_000_000, 2), 1..=8), 0..=8usize).prop_filter_map(
        "needs a positive return",
        |(rate, lead, returns, trail)| {
            if returns.iter().all(|r| r.is_zero()) {
                return None;
            }
            let x = Decimal::ONE + rate / Decimal::ONE_HUNDRED;
            let mut factor = Decimal::ONE;
            let mut investment = Decimal::ZERO;
            for r in &returns {
                factor *= x;
                investment -= r / factor;
            }
            let mut flows = vec![Decimal::ZERO; lead];
            flows.push(investment);
            flows.extend(returns);
            let trail = trail.min(MAX_FLOWS.saturating_sub(flows.len()));
            flows.extend(std::iter::repeat_n(Decimal::ZERO, trail));
            Some((rate, flows))
        },
    )
}

/// NPV of `flows` at `rate` %.
fn npv(flows: &[Decimal], rate: Decimal) -> Decimal {
    let x = Decimal::ONE + rate / Decimal::ONE_HUNDRED;
    let mut factor = Decimal::ONE;
    let mut total = Decimal::ZERO;
    for cf in flows {
        total += cf / factor;
        factor *= x;
    }
    total
}

/// Σ |CF_t| / (1 + rate/100)^t: the size of the discounted flows, against which an NPV
/// is "≈ 0".
fn discounted_size(flows: &[Decimal], rate: Decimal) -> Decimal {
    let abs: Vec<Decimal> = flows.iter().map(|f| f.abs()).collect();
    npv(&abs, rate)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn npv_at_the_irr_is_zero(flows in investment_flows()) {
        // The NPV of an investment followed by returns falls as the rate rises.
        let lowest_checked = Decimal::from(-99);
        let Ok(rate) = irr(&flows) else {
            // Only a rate outside −99.99 % … 10 000 % may be missing.
            prop_assert_eq!(irr(&flows), Err(Undefined::IrrOutOfRange));
            let above = npv(&flows, Decimal::from(10_000)) >= Decimal::ZERO;
            prop_assert!(above || npv(&flows, lowest_checked) < Decimal::ZERO, "a root in range was missed: {:?}", flows);
            return Ok(());
        };
        if rate < lowest_checked {
            // Below −99 % discounting by (1 + r)^10 leaves the decimal range: check only
            // that the root is indeed below −99 %.
            prop_assert!(npv(&flows, lowest_checked) < Decimal::ZERO, "{} for {:?}", rate, flows);
            return Ok(());
        }
        // Down to −99 % (where one year of discounting multiplies by 100), the NPV at
        // the rate is ≈ 0 relative to the discounted flows (the rate is kept to 10⁻⁶
        // points, which moves the NPV by up to N × 10⁻⁸ / x of their size), and the true
        // root lies within 0.01 percentage points.
        let x = Decimal::ONE + rate / Decimal::ONE_HUNDRED;
        let at_rate = npv(&flows, rate);
        let tolerance = discounted_size(&flows, rate) * Decimal::new(1, 6) / x;
        prop_assert!(at_rate.abs() <= tolerance, "NPV at {} is {} of {:?}", rate, at_rate, flows);
        let step = Decimal::new(1, 2);
        let below = npv(&flows, rate - step);
        let above = npv(&flows, rate + step);
        prop_assert!(below >= Decimal::ZERO && above <= Decimal::ZERO, "{} {} at {} of {:?}", below, above, rate, flows);
    }

    #[test]
    fn the_irr_is_the_rate_the_flows_were_built_with((rate, flows) in flows_with_rate()) {
        let found = irr(&flows);
        prop_assert!(found.is_ok(), "{:?} for {} % of {:?}", found, rate, flows);
        let found = found.unwrap_or_default();
        prop_assert!((found - rate).abs() <= Decimal::new(1, 2), "{} instead of {} of {:?}", found, rate, flows);
    }

    #[test]
    fn roi_without_discounting_is_the_familiar_ratio(mut s in scenario()) {
        s.discount_rate = Decimal::ZERO;
        for r in evaluate(&s).options.into_iter().flatten() {
            let benefits: Decimal = r.years.iter().map(|y| y.benefit).sum();
            let costs: Decimal = r.years.iter().map(|y| y.cost).sum();
            match r.roi {
                Ok(roi) => {
                    let familiar = (benefits - costs) / costs * Decimal::ONE_HUNDRED;
                    let tolerance = Decimal::new(1, 12) * (Decimal::ONE + familiar.abs());
                    prop_assert!((roi - familiar).abs() <= tolerance, "{} vs {}", roi, familiar);
                }
                Err(reason) => {
                    prop_assert_eq!(reason, Undefined::NoCosts);
                    prop_assert!(costs.is_zero());
                }
            }
            // Undiscounted, the NPV is the net benefit (up to the 28th significant digit).
            let scale = Decimal::ONE + benefits.abs() + costs.abs();
            prop_assert!((r.npv - r.net_benefit).abs() <= scale * Decimal::new(1, 20));
        }
    }

    #[test]
    fn more_churn_reduction_never_lowers_the_retention_benefit(
        mut s in scenario(), a in percent(), b in percent()
    ) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        s.options.truncate(1);
        let mut more = s.clone();
        s.options[0].levers.churn_reduction = low;
        more.options[0].levers.churn_reduction = high;
        // A case where either side overflows says nothing: it is set aside, not passed
        // (issue 20; proptest fails if it must set aside too many).
        let (low_result, high_result) = (evaluate(&s), evaluate(&more));
        let (Ok(r_low), Ok(r_high)) = (&low_result.options[0], &high_result.options[0]) else {
            return Err(TestCaseError::reject("an overflow on either side"));
        };
        for (y_low, y_high) in r_low.years.iter().zip(&r_high.years) {
            prop_assert!(y_high.benefits.retention >= y_low.benefits.retention);
            prop_assert!(y_high.customers_option >= y_low.customers_option);
        }
    }

    /// Any valid scenario comes back the same through each way out of the page and in
    /// again: the file, the share link and the stored workspace; and it is written
    /// again as the same text.
    #[test]
    fn valid_scenarios_round_trip_through_file_link_and_storage(s in scenario()) {
        use crm_roi::persist::envelope::{self, Envelope, ViewState};
        use crm_roi::persist::workspace::Workspace;
        prop_assert_eq!(validate(&s), Ok(()));
        let text = crm_roi::model::scenario_file::write(&s);
        let from_file = read_json(&text).unwrap();
        prop_assert_eq!(&from_file, &s);
        prop_assert_eq!(crm_roi::model::scenario_file::write(&from_file), text.clone());

        let hash = format!("#{}", crm_roi::share_link::encode(&text));
        let from_link = read_json(&crm_roi::share_link::decode(&hash).unwrap().unwrap()).unwrap();
        prop_assert_eq!(&from_link, &s);

        let stored = envelope::to_json(&Envelope::new(Workspace::new(s.clone(), 1_733_300_000_000), ViewState::default()));
        let back = envelope::read(&stored).unwrap();
        prop_assert_eq!(&back.workspace.entries[0].scenario, &s);
        prop_assert_eq!(envelope::to_json(&back), stored);
    }

    /// Any text at all, and any valid file with one character changed, is read or
    /// refused with a reason: never a panic (import, links and storage all come here).
    #[test]
    fn reading_never_panics(text in any::<String>(), s in scenario(), at in any::<prop::sample::Index>(), c in any::<char>()) {
        let _ = read_json(&text);
        let _ = crm_roi::json::parse(&text);
        let mut file: Vec<char> = crm_roi::model::scenario_file::write(&s).chars().collect();
        let i = at.index(file.len());
        file[i] = c;
        let damaged: String = file.into_iter().collect();
        if let Err(e) = read_json(&damaged) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn evaluate_never_panics(s in any_scenario()) {
        let e = evaluate(&s);
        prop_assert_eq!(e.options.len(), s.options.len());
        for r in e.options.iter().flatten() {
            prop_assert!(r.years.len() <= 11);
        }
        // Validation and writing never panic either.
        let _ = validate(&s);
        let _ = crm_roi::model::scenario_file::write(&s);
    }

    #[test]
    fn payback_agrees_with_the_cumulative_series(flows in vec(decimal(-1000, 1000, 0), 1..=11)) {
        check_payback(&flows)?;
    }

    #[test]
    fn payback_of_evaluated_options_agrees_with_their_rows(s in scenario()) {
        for r in evaluate(&s).options.into_iter().flatten() {
            let net: Vec<Decimal> = r.years.iter().map(|y| y.net).collect();
            prop_assert_eq!(payback_months(&net), r.payback_months);
            let sums: Vec<Decimal> = r.years.iter().map(|y| y.cumulative).collect();
            prop_assert_eq!(sums.last().copied(), Some(r.net_benefit));
            check_payback(&net)?;
        }
    }
}

/// Checks `payback_months(flows)` against the running sums S_t by model.md §3.
fn check_payback(flows: &[Decimal]) -> Result<(), TestCaseError> {
    let mut total = Decimal::ZERO;
    let sums: Vec<Decimal> = flows
        .iter()
        .map(|f| {
            total += f;
            total
        })
        .collect();
    let first_crossing = (1..sums.len()).find(|&t| sums[t - 1] < Decimal::ZERO && sums[t] >= Decimal::ZERO);
    let twelve = Decimal::from(12);
    match payback_months(flows) {
        Ok(m) if m.is_zero() && sums.iter().all(|s| *s >= Decimal::ZERO) => {}
        Ok(m) => {
            let year = first_crossing.ok_or_else(|| TestCaseError::fail("payback without a crossing"))?;
            let t = Decimal::from(year as u32);
            // Inside year t: after 12 (t − 1) months, at most 12 t.
            prop_assert!(m > twelve * (t - Decimal::ONE) || (m == twelve * (t - Decimal::ONE) && m.is_zero()));
            prop_assert!(m <= twelve * t, "{} months for year {}", m, t);
            // And exactly where model.md §3 puts it: 12 × ((t − 1) + (−S_{t−1}) / CF_t)
            // (issue 20: the window alone let a wrong interpolation pass).
            let expected = twelve * ((t - Decimal::ONE) + (-sums[year - 1]) / flows[year]);
            prop_assert!((m - expected).abs() <= Decimal::new(1, 10), "{} months, model.md says {}", m, expected);
        }
        Err(reason) => {
            prop_assert_eq!(reason, Undefined::NeverPaysBack);
            prop_assert!(first_crossing.is_none());
            prop_assert!(sums.iter().any(|s| *s < Decimal::ZERO));
        }
    }
    Ok(())
}
