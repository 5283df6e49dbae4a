//! Hostile input: every scenario that validation accepts — at the edges of every range,
//! with the most options and lines, names with markup, bidi and formula characters —
//! evaluates and renders every output string without a panic, in every language:
//! the metric cards, the tables, the verdict, the charts, the printed report's head,
//! both CSV exports, the sanity notes and the share link's round trip; and the
//! analysis of model.md §3a (its lean NPV path equals the full evaluation).
//! (The release build aborts on a panic; the browser side of this is
//! tests/e2e/hostile.spec.ts.)

use crm_roi::i18n::Lang;
use crm_roi::model::metric::MetricId;
use crm_roi::model::presets::default_scenario;
use crm_roi::model::scenario::{FormatTag, VersionTag};
use crm_roi::model::scenario_file::read;
use crm_roi::model::validation::{validate, MAX_HORIZON, MAX_LINES, MAX_OPTIONS};
use crm_roi::model::{
    evaluate, Amount, Baseline, BenefitLine, CostCategory, CostLine, Driver, Levers, OptionKind, Scale, Scenario, Stage,
    StrategyOption, Timing,
};
use crm_roi::render::{assumptions, cards, charts, tables, Ctx, Data, Style};
use proptest::collection::vec;
use proptest::prelude::*;
use rust_decimal::Decimal;

// ---- What is generated ---------------------------------------------------------------

/// 10^15: the largest amount the generators use (the planned upper limit of money).
fn e15() -> Decimal {
    Decimal::from(1_000_000_000_000_000_i64)
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Names a visitor (or a link's author) could type: markup, bidi controls, formula
/// starters, quotes, line breaks, emoji, very long text.
const NAMES: [&str; 10] = [
    "<img src=x onerror=alert(1)>",
    "\u{202E}evil\u{202C} name",
    "=HYPERLINK(\"https://evil.example\",\"x\")",
    "+1-2@SUM(A1)",
    "\"quoted\", comma; semicolon\r\nnew line",
    "</script><svg onload=alert(1)>",
    "&amp; &lt; ' \" \\ \u{0}",
    "中文名稱 😀 \u{200F}\u{2066}x\u{2069}",
    "",
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
];

fn name() -> impl Strategy<Value = String> {
    prop_oneof![proptest::sample::select(NAMES.to_vec()).prop_map(String::from), "\\PC{0,30}"]
}

/// Money, counts, quantities and unit costs: 0 ..= 10^15, edges often.
fn money() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(e15()),
        Just(d("999999999999999.99")),
        Just(d("0.000001")),
        (0..=1_000_000_000_000_000_i64).prop_map(Decimal::from),
        (0..=100_000_000_000_000_000_i64).prop_map(|n| Decimal::new(n, 2)),
        (0..=1_000_000_i64).prop_map(Decimal::from),
    ]
}

/// Percentages: 0 ..= 100, edges often.
fn percent() -> impl Strategy<Value = Decimal> {
    prop_oneof![Just(Decimal::ZERO), Just(Decimal::ONE_HUNDRED), Just(d("99.99")), (0..=10_000_i64).prop_map(|n| Decimal::new(n, 2))]
}

/// Growth: −100 ..= 100 % a year, edges often.
fn growth() -> impl Strategy<Value = Decimal> {
    prop_oneof![Just(Decimal::ONE_HUNDRED), Just(-Decimal::ONE_HUNDRED), Just(Decimal::ZERO), (-10_000..=10_000_i64).prop_map(|n| Decimal::new(n, 2))]
}

fn amount() -> impl Strategy<Value = Amount> {
    prop_oneof![
        money().prop_map(Amount::Fixed),
        // The line's money, quantity × unit cost, is itself at most 10^15 (model.md §2):
        // a quantity too large for the unit cost is cut to the most that fits.
        (money(), money()).prop_map(|(quantity, unit_cost)| {
            let fits = quantity.checked_mul(unit_cost).is_some_and(|p| p <= e15());
            let quantity = if fits { quantity } else { (e15() / unit_cost).trunc_with_scale(6) };
            let quantity = if quantity.checked_mul(unit_cost).is_some_and(|p| p <= e15()) { quantity } else { Decimal::ZERO };
            Amount::PerUnit { quantity, unit_cost }
        }),
    ]
}

fn timing() -> impl Strategy<Value = Timing> {
    prop_oneof![
        amount().prop_map(|amount| Timing::OneOff { amount }),
        (amount(), growth()).prop_map(|(amount, growth)| Timing::Recurring { amount, growth }),
        vec(money(), 0..=12).prop_map(|amounts| Timing::Schedule { amounts }),
    ]
}

fn cost_line() -> impl Strategy<Value = CostLine> {
    let category = proptest::sample::select(CostCategory::ALL.to_vec());
    let stage = proptest::option::of(proptest::sample::select(Stage::ALL.to_vec()));
    (name(), category, stage, timing(), scale())
        .prop_map(|(label, category, stage, timing, scale)| CostLine { label, category, stage, timing, scale })
}

fn benefit_line() -> impl Strategy<Value = BenefitLine> {
    (name(), timing(), scale()).prop_map(|(label, timing, scale)| BenefitLine { label, timing, scale })
}

/// No scale, or any driver per a tiny, ordinary or maximal N (file version 2).
fn scale() -> impl Strategy<Value = Option<Scale>> {
    let per = prop_oneof![Just(d("0.000001")), Just(Decimal::ONE), (1..=10_000_i64).prop_map(Decimal::from), Just(e15())];
    proptest::option::of((proptest::sample::select(Driver::ALL.to_vec()), per).prop_map(|(by, per)| Scale { by, per }))
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

/// Up to the maximum number of lines, or exactly the maximum (the edge).
fn lines<T: std::fmt::Debug, S: Strategy<Value = T>>(line: fn() -> S) -> impl Strategy<Value = Vec<T>> {
    prop_oneof![vec(line(), 0..=3), vec(line(), MAX_LINES..=MAX_LINES)]
}

fn option() -> impl Strategy<Value = StrategyOption> {
    let kind = proptest::sample::select(vec![OptionKind::Personalised, OptionKind::Automated, OptionKind::DataDriven, OptionKind::Custom]);
    (
        (name(), kind),
        lines(cost_line),
        levers(),
        lines(benefit_line),
        vec(percent(), 0..=11),
        (percent(), percent()),
    )
        .prop_map(|((name, kind), costs, levers, custom_benefits, realisation, (benefit_risk, cost_risk))| StrategyOption {
            id: String::new(),
            name,
            kind,
            costs,
            levers,
            custom_benefits,
            realisation,
            benefit_risk,
            cost_risk,
            ranges: Default::default(),
        })
}

fn baseline() -> impl Strategy<Value = Baseline> {
    ((money(), money(), money(), percent(), percent()), (money(), money(), money(), money(), money())).prop_map(
        |((c, a, r, m, churn), (cac, s, k, spend, aov))| Baseline {
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
        },
    )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let currency = proptest::sample::select(vec!["TWD", "USD", "CNY", "JPY", "BHD", "XXX"]);
    let options = prop_oneof![vec(option(), 1..=3), vec(option(), MAX_OPTIONS..=MAX_OPTIONS)];
    (name(), currency, 1..=MAX_HORIZON, percent(), baseline(), options).prop_map(
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

// ---- What is checked -------------------------------------------------------------------

/// A formatter doing what the browser's does with the value (rounding, scaling a
/// percentage), so its arithmetic runs on the extreme values too.
fn format(style: Style, v: &Decimal) -> String {
    match style {
        Style::Money => format!("${}", v.round_dp(2)),
        Style::MoneyCompact => format!("~${}", v.round_dp(0)),
        Style::Number { digits } => v.round_dp(u32::from(digits)).to_string(),
        Style::Percent => format!("{}%", (v / Decimal::ONE_HUNDRED).round_dp(3)),
    }
}

/// Tags balance and no text carries raw markup: the outputs are mounted as HTML.
fn well_formed(html: &str) -> Result<(), String> {
    let mut stack: Vec<String> = Vec::new();
    for piece in html.split('<').skip(1) {
        let tag = &piece[..piece.find('>').ok_or_else(|| format!("unclosed tag in {html}"))?];
        if let Some(name) = tag.strip_prefix('/') {
            if stack.pop().as_deref() != Some(name) {
                return Err(format!("</{name}> closes nothing in {html}"));
            }
        } else if !tag.ends_with('/') {
            stack.push(tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect());
        }
    }
    if !stack.is_empty() {
        return Err(format!("left open: {stack:?}"));
    }
    for bad in ["<img", "<svg onload", "<script", "</script"] {
        if html.contains(bad) {
            return Err(format!("raw {bad} in output"));
        }
    }
    Ok(())
}

/// Every output of the page for a scenario that validation accepted, in every
/// language and with every option in detail; `Err` names what is wrong.
fn render_everything(s: &Scenario) -> Result<(), String> {
    let results = evaluate(s);
    if results.options.len() != s.options.len() {
        return Err("one result per option".into());
    }
    let _ = crm_roi::sanity::warnings(s);
    let _ = crm_roi::verdict::verdict(&results.options);
    for lang in Lang::ALL {
        let ctx = Ctx { lang, fmt: &format };
        well_formed(&assumptions::report_head(&ctx, s, "2026-11-30"))?;
        for (o, r) in s.options.iter().zip(&results.options) {
            let data = Data { scenario: s, results: &results, selected: &o.id };
            let _ = cards::title(&ctx, &data);
            well_formed(&cards::cards(&ctx, &data, &MetricId::ALL))?;
            well_formed(&tables::comparison(&ctx, &data))?;
            well_formed(&format!("<table>{}</table>", tables::years(&ctx, &data)))?;
            let _ = tables::verdict(&ctx, &data);
            for chart in [charts::cashflow, charts::breakdown, charts::comparison] {
                let svg = chart(&ctx, &data);
                well_formed(&svg)?;
                if ["=\"NaN", "=\"inf", "=\"-inf", "NaN,", ",NaN", "inf,", ",inf"].iter().any(|bad| svg.contains(bad)) {
                    return Err(format!("a chart has a non-finite coordinate: {svg}"));
                }
            }
            if let Ok(r) = r {
                let csv = crm_roi::persist::csv::years(lang, "=cmd|' /C calc'!A0", &r.years);
                if csv.lines().count() != r.years.len() + 2 {
                    return Err("CSV: the option, a header and one line per year".into());
                }
            }
        }
        // An option id that is not there (deleted while shown) renders too.
        let gone = Data { scenario: s, results: &results, selected: "gone" };
        well_formed(&cards::cards(&Ctx { lang, fmt: &format }, &gone, &[]))?;
        let csv = crm_roi::persist::csv::comparison(lang, s, &results);
        if !csv.starts_with(crm_roi::persist::csv::BOM) {
            return Err("CSV without BOM".into());
        }
    }
    // The share link carries the scenario and gives it back unchanged.
    let json = crm_roi::model::scenario_file::write(s);
    let hash = format!("#{}", crm_roi::share_link::encode(&json));
    let back = crm_roi::share_link::decode(&hash).ok_or("no scenario in the link")?.map_err(|e| format!("{e:?}"))?;
    // A scenario beyond the ranges (the hand-picked 10^27 case) is refused when read,
    // as an import would be; a valid one comes back unchanged.
    match (read(&back), validate(s).is_ok()) {
        (Ok(read_back), true) if &read_back == s => Ok(()),
        (Ok(_), true) => Err("the share link changed the scenario".into()),
        (Err(e), true) => Err(e.to_string()),
        (Ok(_), false) => Err("an invalid scenario was read from a link".into()),
        (Err(_), false) => Ok(()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Every scenario validation accepts evaluates and renders everywhere.
    #[test]
    fn every_valid_scenario_renders_everything(s in scenario()) {
        prop_assert_eq!(validate(&s), Ok(()));
        if let Err(e) = render_everything(&s) {
            prop_assert!(false, "{}", e);
        }
    }
}

/// The default scenario with every amount, quantity and unit cost of every line and
/// every baseline money field set to `v`, growth 100 % over ten years, eight options
/// with twenty lines each.
fn everything_at(v: Decimal) -> Scenario {
    let mut s = default_scenario("TWD");
    s.name = NAMES[0].into();
    s.horizon_years = MAX_HORIZON;
    let b = &mut s.baseline;
    for field in [
        &mut b.customers,
        &mut b.new_customers_per_year,
        &mut b.annual_revenue_per_customer,
        &mut b.acquisition_cost,
        &mut b.service_contacts_per_customer,
        &mut b.cost_per_contact,
        &mut b.marketing_spend,
        &mut b.average_order_value,
    ] {
        *field = v;
    }
    let template = s.options[0].clone();
    s.options = (0..MAX_OPTIONS)
        .map(|i| {
            let mut o = template.clone();
            o.id = format!("o{i}");
            o.name = NAMES[i % NAMES.len()].into();
            // One unit at v: the line's money is v (at 10^15 the largest valid).
            let amount = Amount::PerUnit { quantity: Decimal::ONE.min(v), unit_cost: v };
            let line = |i: usize| Timing::Recurring { amount: amount.clone(), growth: if i % 2 == 0 { Decimal::ONE_HUNDRED } else { -Decimal::ONE_HUNDRED } };
            o.costs = (0..MAX_LINES)
                .map(|j| CostLine { label: NAMES[j % NAMES.len()].into(), category: CostCategory::ALL[j % CostCategory::ALL.len()], stage: None, timing: line(j), scale: None })
                .collect();
            o.custom_benefits = (0..MAX_LINES).map(|j| BenefitLine { label: NAMES[(j + 3) % NAMES.len()].into(), timing: line(j + 1), scale: None }).collect();
            o.levers.revenue_uplift = Decimal::ONE_HUNDRED;
            o.levers.churn_reduction = Decimal::ONE_HUNDRED;
            o.realisation = vec![Decimal::ONE_HUNDRED; 11];
            o
        })
        .collect();
    s
}

/// The hand-picked extremes: 10^15 everywhere (valid), and beyond it up to the
/// decimal range (10^27 unit costs, 7.9 × 10^28). Whether validation takes them or not,
/// evaluating and rendering them must not panic: a scenario stored by an older build
/// or typed into a field reaches the engine without a file's validation.
#[test]
fn hand_picked_extremes_render() {
    for v in [e15(), d("1000000000000000000000000000"), Decimal::MAX, d("0.0000000000000000000000000001")] {
        let s = everything_at(v);
        let valid = validate(&s).is_ok();
        if v == e15() {
            assert!(valid, "10^15 everywhere is within the ranges: {:?}", validate(&s));
        }
        if let Err(e) = render_everything(&s) {
            panic!("{v} (valid: {valid}): {e}");
        }
    }
}

/// A growth of 100 % for ten years on 10^15 overflows nothing the visitor sees
/// without saying so: every option either has results or an explained undefined.
#[test]
fn ten_years_of_doubling_on_the_largest_amounts_is_either_a_result_or_a_reason() {
    let s = everything_at(e15());
    let results = evaluate(&s);
    for r in &results.options {
        if let Err(reason) = r {
            let ctx_text = crm_roi::i18n::text(Lang::En, &format!("undefined.{}", reason.key()));
            assert!(!ctx_text.is_empty(), "{reason:?} has a translated reason");
        }
    }
}

// ---- The analysis (model.md §3a) --------------------------------------------------------

use crm_roi::model::analysis::{analyse_fast, lean_npv_roi, MonteCarlo, OptionAnalysis};
use crm_roi::model::{evaluate_option, Lever, LeverRange};

/// The lean NPV/ROI path of the analysis gives exactly what `evaluate_option` gives:
/// the same NPV, PV of benefits and costs and ROI to the last digit, or the same reason.
fn lean_matches(s: &Scenario) -> Result<(), String> {
    for o in &s.options {
        match (evaluate_option(s, o), lean_npv_roi(s, o)) {
            (Ok(f), Ok(l)) if (f.pv_benefits, f.pv_costs, f.npv, f.roi) == (l.pv_benefits, l.pv_costs, l.npv, l.roi) => {}
            (Err(a), Err(b)) if a == b => {}
            (full, lean) => return Err(format!("{}: {:?} vs {lean:?}", o.id, full.map(|f| (f.npv, f.roi)))),
        }
    }
    Ok(())
}

/// Ordinary figures with many digits: the default scenario with every rate, lever,
/// risk and amount drawn (2–6 decimals), where rounding in the last digit would show.
fn ordinary() -> impl Strategy<Value = Scenario> {
    let rate = || (0..=10_000_i64).prop_map(|n| Decimal::new(n, 2));
    let amount = || (0..=50_000_000_000_i64).prop_map(|n| Decimal::new(n, 4));
    (
        (1..=MAX_HORIZON, rate(), rate(), rate(), vec(rate(), 7)),
        (vec(rate(), 0..=4), rate(), rate(), vec(amount(), 6), (-10_000..=10_000_i64)),
    )
        .prop_map(|((horizon, discount, churn, margin, levers), (realisation, benefit_risk, cost_risk, amounts, growth))| {
            let mut s = default_scenario("TWD");
            s.horizon_years = horizon;
            s.discount_rate = discount / Decimal::from(4);
            s.baseline.annual_churn = churn;
            s.baseline.gross_margin = margin;
            s.baseline.customers = amounts[0].round_dp(0);
            s.baseline.annual_revenue_per_customer = amounts[1];
            for o in &mut s.options {
                for (lever, v) in Lever::ALL.iter().zip(&levers) {
                    o.levers.set(*lever, *v / Decimal::from(7));
                }
                o.realisation = realisation.clone();
                o.benefit_risk = benefit_risk / Decimal::from(3);
                o.cost_risk = cost_risk;
                o.costs.push(CostLine::new("r", CostCategory::Other, Timing::Recurring { amount: Amount::Fixed(amounts[2]), growth: Decimal::new(growth, 2) }));
                o.costs.push(CostLine::new("s", CostCategory::Labour, Timing::Schedule { amounts: amounts[3..].to_vec() }));
                o.custom_benefits.push(BenefitLine::new("b", Timing::Recurring { amount: Amount::PerUnit { quantity: amounts[4], unit_cost: d("0.37") }, growth: Decimal::new(growth, 3) }));
            }
            s
        })
}

/// Ranges on some levers (around each lever's value, within 0..=100) and an
/// uncertainty from 0 to 100.
fn with_spread(mut s: Scenario, u: Decimal, pick: u8) -> Scenario {
    s.uncertainty = u;
    for o in &mut s.options {
        for (i, lever) in Lever::ALL.into_iter().enumerate() {
            if (i as u8).wrapping_add(pick) % 3 == 0 {
                let v = o.levers.get(lever);
                let range = LeverRange { low: v / Decimal::TWO, high: (v + Decimal::TEN).min(Decimal::ONE_HUNDRED) };
                o.ranges.set(lever, Some(range));
            }
        }
    }
    s
}

/// The analysis of the first options of `s` (a few simulation runs) renders in every
/// language, well formed, with each hook once, and as CSV.
fn analyse_and_render(s: &Scenario, options: usize, runs: u32) -> Result<(), String> {
    let analyses: Vec<OptionAnalysis> = s
        .options
        .iter()
        .take(options)
        .map(|o| OptionAnalysis { fast: analyse_fast(s, o), monte_carlo: MonteCarlo::new(s, o, runs).finish() })
        .collect();
    for lang in Lang::ALL {
        let ctx = Ctx { lang, fmt: &format };
        for (o, a) in s.options.iter().zip(&analyses) {
            let fast = crm_roi::render::analysis::fast(&ctx, o, &a.fast);
            well_formed(&fast)?;
            let mc = crm_roi::render::analysis::monte_carlo(&ctx, &o.id, &a.monte_carlo);
            well_formed(&mc)?;
            for hook in ["npv-p10", "npv-p50", "npv-p90", "prob-positive"] {
                if mc.matches(&format!("data-testid=\"mc-{}-{hook}\"", o.id)).count() != 1 {
                    return Err(format!("mc-{}-{hook} not once", o.id));
                }
            }
            if fast.matches("data-testid=\"breakeven-").count() != Lever::ALL.len() {
                return Err("a break-even line per lever".into());
            }
            if fast.matches("data-testid=\"tornado-").count() != a.fast.tornado.len() {
                return Err("a tornado row per input".into());
            }
            if ["=\"NaN", "=\"inf", "=\"-inf"].iter().any(|bad| fast.contains(bad) || mc.contains(bad)) {
                return Err("a non-finite coordinate".into());
            }
        }
        let csv = crm_roi::persist::csv::analysis(lang, s, &analyses);
        if csv.split("\r\n\r\n").count() != 5 {
            return Err("five CSV tables".into());
        }
    }
    for a in &analyses {
        if let Some(p) = a.monte_carlo.npv {
            if !(p.p10 <= p.p50 && p.p50 <= p.p90) {
                return Err(format!("percentiles out of order: {p:?}"));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn lean_path_equals_evaluate_option_on_valid_scenarios(s in scenario()) {
        if let Err(e) = lean_matches(&s) {
            prop_assert!(false, "{}", e);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn lean_path_equals_evaluate_option_on_ordinary_figures(s in ordinary()) {
        prop_assert_eq!(validate(&s), Ok(()));
        if let Err(e) = lean_matches(&s) {
            prop_assert!(false, "{}", e);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Every valid scenario, with any uncertainty and lever ranges, is analysed and
    /// rendered without a panic.
    #[test]
    fn every_valid_scenario_is_analysed_and_rendered(s in scenario(), u in percent(), pick in 0u8..3) {
        let s = with_spread(s, u, pick);
        prop_assert_eq!(validate(&s), Ok(()));
        if let Err(e) = analyse_and_render(&s, 2, 40) {
            prop_assert!(false, "{}", e);
        }
    }
}

/// The hand-picked extremes, at U = 100 % and U = 0, and an empty option, are
/// analysed and rendered without a panic.
#[test]
fn hand_picked_extremes_are_analysed() {
    for v in [e15(), Decimal::MAX, d("0.0000000000000000000000000001")] {
        for u in [Decimal::ONE_HUNDRED, Decimal::ZERO] {
            let mut s = everything_at(v);
            s.uncertainty = u;
            if let Err(e) = analyse_and_render(&s, 1, 20) {
                panic!("{v} at U = {u}: {e}");
            }
        }
    }
    let mut s = default_scenario("TWD");
    let mut empty = s.options[0].clone();
    empty.costs.clear();
    empty.custom_benefits.clear();
    empty.levers = Levers::default();
    empty.benefit_risk = Decimal::ZERO;
    empty.cost_risk = Decimal::ZERO;
    s.options = vec![empty];
    s.uncertainty = Decimal::ONE_HUNDRED;
    analyse_and_render(&s, 1, 50).unwrap();
}

use crm_roi::model::analysis::{break_even, BreakEven};

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// NPV never falls as a lever rises (the premise of the break-even bisection), and
    /// each break-even found is where NPV turns non-negative, to 0.01.
    #[test]
    fn npv_rises_with_each_lever_and_break_even_is_where_it_turns(s in ordinary()) {
        for o in &s.options {
            let npv = |lever: Lever, v: Decimal| {
                let mut o = o.clone();
                o.levers.set(lever, v);
                lean_npv_roi(&s, &o).map(|r| r.npv)
            };
            for lever in Lever::ALL {
                let values: Vec<_> = (0..=4).map(|i| npv(lever, Decimal::from(i * 25))).collect();
                for pair in values.windows(2) {
                    if let (Ok(a), Ok(b)) = (&pair[0], &pair[1]) {
                        prop_assert!(a <= b, "{:?} of {} falls: {} → {}", lever, o.id, a, b);
                    }
                }
            }
            for (lever, result) in break_even(&s, o) {
                if let BreakEven::Found(v) = result {
                    prop_assert!(npv(lever, v).unwrap() >= Decimal::ZERO);
                    prop_assert!(npv(lever, v - Decimal::new(1, 2)).unwrap() < Decimal::ZERO);
                }
            }
        }
    }
}
