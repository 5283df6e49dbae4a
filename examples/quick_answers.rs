//! Prints what the quick view says for each business of the plausibility table
//! (tests/support/businesses.rs) in every offered currency: each preset's ROI and
//! payback with the hidden figures following the answers (model::follow) — the table
//! quoted in the README. `cargo run --example quick_answers`.
use crm_roi::model::baseline::BaselineField;
use crm_roi::model::follow::{change_currency, set_baseline};
use crm_roi::model::presets::default_scenario;
use crm_roi::model::price_level::{PriceLevel, PRICE_LEVELS};
use crm_roi::model::{evaluate, Scenario};
use rust_decimal::Decimal;

#[path = "../tests/support/businesses.rs"]
mod businesses;

fn cells(s: &Scenario) -> Vec<String> {
    evaluate(s)
        .options
        .iter()
        .map(|r| {
            let Ok(r) = r else { return "-".into() };
            let roi = r.roi.as_ref().map(|v| format!("{:+.0} %", v.round_dp(0))).unwrap_or("-".into());
            let pb = r.payback_months.as_ref().map(|v| format!("{:.1}", v.round_dp(1))).unwrap_or("none".into());
            format!("{roi} ({pb})")
        })
        .collect()
}

fn main() {
    let all = std::env::args().any(|a| a == "--all-currencies");
    let currencies: Vec<&str> = if all { PRICE_LEVELS.iter().map(|p| p.currency).collect() } else { vec!["TWD", "USD"] };
    println!("| business | currency | customers × revenue each, margin, churn | personalised | automated | data-driven |");
    println!("|---|---|---|---|---|---|");
    for (name, k, r, m, c) in businesses::MODEL_MD.iter().chain(businesses::MORE.iter()) {
        for cur in &currencies {
            let mut s = default_scenario("TWD");
            change_currency(&mut s, cur);
            let revenue = PriceLevel::for_currency(cur).local(*r);
            for (field, v) in [
                (BaselineField::Customers, Decimal::from(*k)),
                (BaselineField::AnnualRevenuePerCustomer, revenue),
                (BaselineField::GrossMargin, Decimal::from(*m)),
                (BaselineField::AnnualChurn, Decimal::from(*c)),
            ] {
                set_baseline(&mut s, field, v);
            }
            println!("| {name} | {cur} | {k} × {revenue}, {m} %, {c} % | {} |", cells(&s).join(" | "));
        }
    }
}
