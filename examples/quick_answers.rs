//! Prints each preset's ROI for a few businesses answered in the quick view (customers,
//! revenue per customer, margin, churn), with the hidden figures following the answers
//! (model::follow_answers) — the plausibility check quoted in the README.
use crm_roi::model::baseline::BaselineField;
use crm_roi::model::follow_answers::answer;
use crm_roi::model::presets::default_scenario;
use crm_roi::model::{evaluate, Scenario};
use rust_decimal::Decimal;

fn rois(s: &Scenario) -> String {
    let rois: Vec<String> = evaluate(s)
        .options
        .iter()
        .map(|r| r.as_ref().ok().and_then(|r| r.roi.ok()).map(|v| format!("{:.1}", v.round_dp(1))).unwrap_or("-".into()))
        .collect();
    rois.join(" / ")
}

fn main() {
    let shops: [(&str, &str, &str, &str, &str); 6] = [
        ("USD", "150", "100", "40", "20"),
        ("USD", "150", "3000", "40", "20"),
        ("USD", "2000", "2000", "40", "20"),
        ("TWD", "4000", "12000", "40", "20"),
        ("TWD", "300", "50000", "30", "10"),
        ("JPY", "50", "20000", "60", "30"),
    ];
    println!("| currency | customers | revenue each | margin % | churn % | ROI % personalised / automated / data-driven | the same with the hidden figures left at the example's |");
    println!("|---|---|---|---|---|---|---|");
    for (cur, k, r, m, c) in shops {
        let mut s = default_scenario(cur);
        let mut fixed = s.clone();
        for (field, v) in [
            (BaselineField::Customers, k),
            (BaselineField::AnnualRevenuePerCustomer, r),
            (BaselineField::GrossMargin, m),
            (BaselineField::AnnualChurn, c),
        ] {
            let value: Decimal = v.parse().unwrap_or_default();
            answer(&mut s.baseline, cur, field, value);
            fixed.baseline.set(field, value);
        }
        println!("| {cur} | {k} | {r} | {m} | {c} | {} | {} |", rois(&s), rois(&fixed));
    }
}
