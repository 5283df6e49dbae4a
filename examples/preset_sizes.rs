//! Prints each preset's ROI in every offered currency and at × 0.1 and × 10 of the
//! default business (model.md §4), the figures quoted in the README.
use crm_roi::model::presets::default_scenario;
use crm_roi::model::price_level::PRICE_LEVELS;
use crm_roi::model::{evaluate, Scenario};
use rust_decimal::Decimal;

fn rois(s: &Scenario) -> Vec<String> {
    evaluate(s)
        .options
        .iter()
        .map(|r| r.as_ref().ok().and_then(|r| r.roi.ok()).map(|v| format!("{:.1}", v.round_dp(1))).unwrap_or("-".into()))
        .collect()
}

fn main() {
    println!("| currency | × 0.1 | default | × 10 |");
    println!("|---|---|---|---|");
    for level in PRICE_LEVELS {
        let mut cells = Vec::new();
        for factor in ["0.1", "1", "10"] {
            let f: Decimal = factor.parse().unwrap_or(Decimal::ONE);
            let mut s = default_scenario(level.currency);
            s.baseline.customers *= f;
            s.baseline.new_customers_per_year *= f;
            s.baseline.marketing_spend *= f;
            cells.push(rois(&s).join(" / "));
        }
        println!("| {} | {} |", level.currency, cells.join(" | "));
    }
}
