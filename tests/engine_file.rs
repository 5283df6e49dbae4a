//! The scenario file of contract.md §1 through the public API: the contract's example
//! parses, round-trips and evaluates to figures computed by hand; bad files are
//! refused with a message that names the field.

use crm_roi::model::machine_value::{machine_value, metric_value};
use crm_roi::model::scenario_file::{read, ReadError, MAX_BYTES};
use crm_roi::json::de::Problem;
use crm_roi::model::validation::Rule;
use crm_roi::model::{evaluate, Amount, CostCategory, Scenario, Timing, Undefined};
use rust_decimal::Decimal;

/// The native reader, as the browser's: size, JSON, then the generic reader.
fn read_json(text: &str) -> Result<Scenario, ReadError> {
    read(text)
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// contract.md §1 as it was in file version 1, verbatim: the migration sample (a
/// version 1 file keeps opening with the same numbers).
const EXAMPLE: &str = r#"{
  "format": "crm-roi-scenario",
  "version": 1,
  "name": "My plan",
  "currency": "TWD",
  "horizon_years": 3,
  "discount_rate": "10",
  "baseline": {
    "customers": "1000", "new_customers_per_year": "200",
    "annual_revenue_per_customer": "12000", "gross_margin": "40",
    "annual_churn": "20", "acquisition_cost": "3000",
    "service_contacts_per_customer": "4", "cost_per_contact": "150",
    "marketing_spend": "500000", "average_order_value": "2500"
  },
  "options": [
    {
      "id": "personalised", "name": "Personalised service", "kind": "personalised",
      "costs": [
        {"label": "Account managers", "category": "labour", "stage": "retention",
         "timing": "recurring", "quantity": "2", "unit_cost": "600000", "growth": "3"},
        {"label": "Training", "category": "labour", "timing": "one_off", "amount": "80000"},
        {"label": "Vendor contract", "category": "technology", "timing": "schedule",
         "amounts": ["50000", "20000", "20000", "20000"]}
      ],
      "levers": {
        "churn_reduction": "3", "revenue_uplift": "5", "cross_sell_rate": "0",
        "upsell_rate": "0", "referral_rate": "2", "service_deflection": "0",
        "marketing_savings": "0"
      },
      "custom_benefits": [
        {"label": "Fewer complaints", "timing": "recurring", "amount": "30000", "growth": "0"}
      ],
      "realisation": ["50", "100"],
      "benefit_risk": "10",
      "cost_risk": "5"
    }
  ]
}"#;

/// contract.md §1, version 2, verbatim: the version 1 example plus a scaled line.
const EXAMPLE_V2: &str = r#"{
  "format": "crm-roi-scenario",
  "version": 2,
  "name": "My plan",
  "currency": "TWD",
  "horizon_years": 3,
  "discount_rate": "10",
  "baseline": {
    "customers": "1000", "new_customers_per_year": "200",
    "annual_revenue_per_customer": "12000", "gross_margin": "40",
    "annual_churn": "20", "acquisition_cost": "3000",
    "service_contacts_per_customer": "4", "cost_per_contact": "150",
    "marketing_spend": "500000", "average_order_value": "2500"
  },
  "options": [
    {
      "id": "personalised", "name": "Personalised service", "kind": "personalised",
      "costs": [
        {"label": "Account managers", "category": "labour", "stage": "retention",
         "timing": "recurring", "quantity": "2", "unit_cost": "600000", "growth": "3"},
        {"label": "Training", "category": "labour", "timing": "one_off", "amount": "80000"},
        {"label": "CRM seats", "category": "technology", "timing": "recurring",
         "quantity": "1", "unit_cost": "18000", "scale": {"by": "customers", "per": "250"}},
        {"label": "Vendor contract", "category": "technology", "timing": "schedule",
         "amounts": ["50000", "20000", "20000", "20000"]}
      ],
      "levers": {
        "churn_reduction": "3", "revenue_uplift": "5", "cross_sell_rate": "0",
        "upsell_rate": "0", "referral_rate": "2", "service_deflection": "0",
        "marketing_savings": "0"
      },
      "custom_benefits": [
        {"label": "Fewer complaints", "timing": "recurring", "amount": "30000", "growth": "0"}
      ],
      "realisation": ["50", "100"],
      "benefit_risk": "10",
      "cost_risk": "5"
    }
  ]
}"#;

#[test]
fn the_version_2_example_adds_its_scaled_line_to_the_version_1_figures() {
    let v1 = evaluate(&read_json(EXAMPLE).unwrap());
    let v2 = evaluate(&read_json(EXAMPLE_V2).unwrap());
    let (r1, r2) = (v1.options[0].as_ref().unwrap(), v2.options[0].as_ref().unwrap());
    // CRM seats: 1 × 18000 × 1000 customers / 250 = 72000 a year in years 1..3,
    // × 1.05 cost risk = 75600; year 0 unchanged.
    assert_eq!(r2.years[0].cost, r1.years[0].cost);
    for t in 1..=3 {
        assert_eq!(r2.years[t].cost - r1.years[t].cost, d("75600"), "year {t}");
    }
    // PV: 75600/1.1 + 75600/1.21 + 75600/1.331 = 188006.0105…
    assert_eq!(machine_value(&(r2.pv_costs - r1.pv_costs)), "188006.01");
    assert_eq!(machine_value(&r2.pv_costs), "3599054.47");
    // Benefits do not change.
    assert_eq!(r2.pv_benefits, r1.pv_benefits);
}

#[test]
fn the_example_parses_into_the_typed_model() {
    let s = read_json(EXAMPLE).unwrap();
    assert_eq!((s.name.as_str(), s.currency.as_str(), s.horizon_years), ("My plan", "TWD", 3));
    let o = &s.options[0];
    assert_eq!(o.costs.len(), 3);
    assert_eq!(
        o.costs[0].timing,
        Timing::Recurring { amount: Amount::PerUnit { quantity: d("2"), unit_cost: d("600000") }, growth: d("3") }
    );
    assert_eq!(o.costs[1].timing, Timing::OneOff { amount: Amount::Fixed(d("80000")) });
    assert_eq!(o.costs[2].category, CostCategory::Technology);
    assert_eq!(o.realisation, vec![d("50"), d("100")]);
}

#[test]
fn the_example_round_trips() {
    let s = read_json(EXAMPLE).unwrap();
    let text = crm_roi::model::scenario_file::write(&s);
    assert_eq!(read_json(&text).unwrap(), s);
    // Written as the contract says: format and version first, decimals as strings,
    // quantity × unit cost without an amount, no absent optional fields.
    // A version 1 file is written back as version 2 (with the default uncertainty).
    assert!(text.starts_with(r#"{"format":"crm-roi-scenario","version":2,"#), "{text}");
    assert!(text.contains(r#""uncertainty":"20""#) && !text.contains("scale") && !text.contains("ranges"), "{text}");
    assert!(text.contains(r#""discount_rate":"10""#), "{text}");
    assert!(text.contains(r#""quantity":"2","unit_cost":"600000","growth":"3""#), "{text}");
    assert!(!text.contains(r#""stage":null"#) && !text.contains(r#""amount":null"#), "{text}");
}

#[test]
fn the_example_evaluates_to_the_hand_figures() {
    let e = evaluate(&read_json(EXAMPLE).unwrap());
    let r = e.options[0].as_ref().unwrap();
    let y = &r.years;

    // Customers. Baseline: K_t = K_{t−1} × 0.8 + 200 = 1000 every year.
    // Option: c' = 20 − 3 = 17: K'_1 = 1000 × 0.83 + 200 = 1030,
    // K'_2 = 1030 × 0.83 + 200 = 1054.9, K'_3 = 1054.9 × 0.83 + 200 = 1075.567.
    assert!(y.iter().all(|row| row.customers_baseline == d("1000")));
    let k: Vec<Decimal> = y.iter().map(|row| row.customers_option).collect();
    assert_eq!(k, vec![d("1000"), d("1030"), d("1054.9"), d("1075.567")]);

    // Year 0 cost: (training 80000 + vendor 50000) × 1.05 = 136500,
    // of which labour 84000 and technology 52500.
    assert_eq!(y[0].cost, d("136500"));
    assert_eq!(y[0].costs[CostCategory::Labour.index()], d("84000"));
    assert_eq!(y[0].costs[CostCategory::Technology.index()], d("52500"));
    assert_eq!(y[0].benefit, d("0"));

    // Year 1 gross benefit:
    //   retention  (1030 − 1000) × 12000 × 0.40        = 144000
    //   uplift     1030 × 12000 × 0.05 × 0.40          = 247200
    //   referral   1030 × 0.02 × 3000                  =  61800
    //   custom                                          =  30000
    //   total                                           = 483000
    // × realisation 50 % × (1 − 10 % risk) = 483000 × 0.45 = 217350
    assert_eq!(y[1].benefit, d("217350"));
    assert_eq!(y[1].benefits.retention, d("64800"));
    assert_eq!(y[1].benefits.revenue_uplift, d("111240"));
    assert_eq!(y[1].benefits.referral, d("27810"));
    assert_eq!(y[1].benefits.custom, d("13500"));
    // Year 1 cost: (2 × 600000 + 20000) × 1.05 = 1281000
    assert_eq!(y[1].cost, d("1281000"));
    // Year 2: gross 263520 + 253176 + 63294 + 30000 = 609990, × 0.9 = 548991;
    // cost (1236000 + 20000) × 1.05 = 1318800.
    assert_eq!((y[2].benefit, y[2].cost), (d("548991"), d("1318800")));
    // Year 3: gross 362721.6 + 258136.08 + 64534.02 + 30000 = 715391.7, × 0.9 = 643852.53;
    // cost (1273080 + 20000) × 1.05 = 1357734.
    assert_eq!((y[3].benefit, y[3].cost), (d("643852.53"), d("1357734")));

    // PV(benefits) = 217350/1.1 + 548991/1.21 + 643852.53/1.331 = 1135038.41…
    // PV(costs) = 136500 + 1281000/1.1 + 1318800/1.21 + 1357734/1.331 = 3411048.46…
    assert_eq!(machine_value(&r.pv_benefits), "1135038.41");
    assert_eq!(machine_value(&r.pv_costs), "3411048.46");
    // NPV = −2276010.045…, ROI = NPV / PV(costs) × 100 = −66.72 %, BCR = 0.33
    assert_eq!(machine_value(&r.npv), "-2276010.05");
    assert_eq!(metric_value(&r.roi), "-66.72");
    assert_eq!(metric_value(&r.bcr), "0.33");
    // Net benefit = (217350 + 548991 + 643852.53) − (136500 + 1281000 + 1318800 + 1357734)
    assert_eq!(r.net_benefit, d("-2683840.47"));
    // Every year loses money: no payback, no IRR.
    assert_eq!(r.payback_months, Err(Undefined::NeverPaysBack));
    assert_eq!(r.irr, Err(Undefined::NoSignChange));
    assert_eq!(metric_value(&r.irr), "");
    // Baseline CLV = 12000 × 0.4 × 0.8 / (1.1 − 0.8) = 12800
    assert_eq!(metric_value(&e.baseline.clv), "12800.00");
}

/// The example with `from` replaced by `to` (which must occur exactly once).
fn example_with(from: &str, to: &str) -> String {
    assert_eq!(EXAMPLE.matches(from).count(), 1, "{from}");
    EXAMPLE.replace(from, to)
}

#[test]
fn refusals_say_why() {
    assert!(matches!(read_json("{\"format\": \"crm-roi-scenario\", "), Err(ReadError::NotJson(_))));
    let other = example_with("\"crm-roi-scenario\"", "\"spreadsheet\"");
    assert_eq!(read_json(&other), Err(ReadError::WrongFormat(Some("spreadsheet".into()))));
    assert_eq!(read_json(&example_with("\"version\": 1", "\"version\": 3")), Err(ReadError::NewerVersion(3)));
    assert_eq!(read_json(&example_with("\"version\": 1", "\"version\": 0")), Err(ReadError::BadVersion));

    let out_of_range = example_with("\"cost_risk\": \"5\"", "\"cost_risk\": \"-5\"");
    let Err(ReadError::Invalid(errors)) = read_json(&out_of_range) else { panic!("accepted") };
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "options[0].cost_risk");
    assert_eq!(errors[0].rule, Rule::Range { min: d("0"), max: Some(d("100")) });
    let message = ReadError::Invalid(errors).to_string();
    assert!(message.contains("options[0].cost_risk") && message.contains("between 0 and 100"), "{message}");

    let both =
        example_with("\"amount\": \"80000\"", "\"amount\": \"80000\", \"quantity\": \"1\", \"unit_cost\": \"9\"");
    let Err(ReadError::Field { path, problem }) = read_json(&both) else { panic!("accepted") };
    let message = problem.to_string();
    assert_eq!(path, "options[0].costs[1]");
    assert!(message.contains("either `amount` or `quantity`"), "{message}");

    let wrong_type = example_with("\"growth\": \"3\"", "\"growth\": {\"x\": 1}");
    let Err(ReadError::Field { path, .. }) = read_json(&wrong_type) else { panic!("accepted") };
    assert_eq!(path, "options[0].costs[0].growth");

    let bad_kind = example_with("\"kind\": \"personalised\"", "\"kind\": \"friendly\"");
    let Err(ReadError::Field { path, problem }) = read_json(&bad_kind) else { panic!("accepted") };
    let message = problem.to_string();
    assert_eq!(path, "options[0].kind");
    assert!(message.contains("friendly"), "{message}");

    let large = format!("{EXAMPLE}{}", " ".repeat(MAX_BYTES));
    assert_eq!(read_json(&large), Err(ReadError::TooLarge { bytes: large.len() }));
    assert!(read_json(&large).unwrap_err().to_string().contains("262144"));
}

#[test]
fn decimals_from_json_numbers_are_exact() {
    let numbers = example_with("\"discount_rate\": \"10\"", "\"discount_rate\": 0.1")
        .replace("\"customers\": \"1000\"", "\"customers\": 1000");
    let s = read_json(&numbers).unwrap();
    assert_eq!(s.discount_rate, d("0.1"));
    assert_eq!(s.discount_rate.to_string(), "0.1");
    assert_eq!(s.baseline.customers, d("1000"));
    // More digits than an f64 carries, and an exponent: both exact.
    let long = example_with("\"marketing_spend\": \"500000\"", "\"marketing_spend\": 123456789012345.12")
        .replace("\"average_order_value\": \"2500\"", "\"average_order_value\": 2.5e3")
        .replace("\"horizon_years\": 3", "\"horizon_years\": 3.0");
    let s = read_json(&long).unwrap();
    assert_eq!(s.baseline.marketing_spend.to_string(), "123456789012345.12");
    assert_eq!(s.baseline.average_order_value, d("2500"));
    assert_eq!(s.horizon_years, 3);
    // A decimal string may use an exponent too (the app itself writes plain notation).
    let exponent_string = example_with("\"discount_rate\": \"10\"", "\"discount_rate\": \"1e1\"");
    assert_eq!(read_json(&exponent_string).unwrap().discount_rate, d("10"));
    let beyond = example_with("\"discount_rate\": \"10\"", "\"discount_rate\": \"1e300\"");
    let Err(ReadError::Field { path, .. }) = read_json(&beyond) else { panic!("accepted") };
    assert_eq!(path, "discount_rate");
    let bad = example_with("\"discount_rate\": \"10\"", "\"discount_rate\": \"ten\"");
    let Err(ReadError::Field { path, problem }) = read_json(&bad) else { panic!("accepted") };
    let message = problem.to_string();
    assert_eq!(path, "discount_rate");
    assert_eq!(problem, Problem::Invalid { value: "\"ten\"".into(), expected: "a decimal number".into() }, "{message}");
}

#[test]
fn overflowing_amounts_read_but_evaluate_to_overflow() {
    // Amounts are limited to 10^15 (model.md §2): more is refused, naming the field.
    let huge = example_with("\"amount\": \"80000\"", "\"amount\": \"79000000000000000000000000000\"");
    let Err(ReadError::Invalid(errors)) = read_json(&huge) else { panic!("accepted") };
    assert_eq!(errors[0].path, "options[0].costs[1].amount");
    let over = example_with("\"marketing_spend\": \"500000\"", "\"marketing_spend\": 12345678901234567890.12");
    let Err(ReadError::Invalid(errors)) = read_json(&over) else { panic!("accepted") };
    assert_eq!(errors[0].path, "baseline.marketing_spend");
    // 10^15 staff × 10^15 salary: each within the limit, but the line's money, their
    // product, is 10^30: refused, naming the unit cost (issue 15, defect 2).
    let product = example_with("\"quantity\": \"2\", \"unit_cost\": \"600000\"", "\"quantity\": \"1e15\", \"unit_cost\": \"1e15\"");
    let Err(ReadError::Invalid(errors)) = read_json(&product) else { panic!("accepted") };
    assert_eq!(errors[0].path, "options[0].costs[0].unit_cost");
    // Valid figures can still overflow a decimal together (10^15 customers × 10^15 of
    // revenue each): the option's results are undefined, never a panic.
    let big = example_with("\"customers\": \"1000\"", "\"customers\": \"1000000000000000\"");
    let big = big.replace("\"annual_revenue_per_customer\": \"12000\"", "\"annual_revenue_per_customer\": \"1000000000000000\"");
    let s = read_json(&big).unwrap();
    assert_eq!(evaluate(&s).options[0], Err(Undefined::Overflow));
    // A number beyond the decimal range is refused when read, naming the field.
    let beyond = example_with("\"marketing_spend\": \"500000\"", "\"marketing_spend\": 1e300");
    let Err(ReadError::Field { path, .. }) = read_json(&beyond) else { panic!("accepted") };
    assert_eq!(path, "baseline.marketing_spend");
}

#[test]
fn a_version_1_share_link_opens_with_the_same_numbers() {
    // A link made by the build before file version 2: the version 1 example, encoded.
    let link = format!("#{}", crm_roi::share_link::encode(EXAMPLE));
    let text = crm_roi::share_link::decode(&link).unwrap().unwrap();
    let s = read_json(&text).unwrap();
    assert_eq!(s, read_json(EXAMPLE).unwrap());
    let r = evaluate(&s);
    assert_eq!(machine_value(&r.options[0].as_ref().unwrap().npv), "-2276010.05");
}
