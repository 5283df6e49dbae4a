//! The businesses the presets must be plausible for (model.md §4): the six of its table
//! and more of our own, as a visitor would answer the quick view (customers, revenue
//! per customer per year in NT$, gross margin %, churn %). Shared by the test
//! `tests/engine_plausibility.rs` and the README's table (`examples/quick_answers.rs`).

/// (name, customers, revenue per customer in TWD, gross margin %, churn %).
pub type Business = (&'static str, i64, i64, i64, i64);

/// model.md §4's table.
pub const MODEL_MD: [Business; 6] = [
    ("café", 300, 3_000, 60, 30),
    ("clinic", 2_000, 8_000, 50, 20),
    ("online shop", 20_000, 2_500, 35, 45),
    ("B2B software", 80, 600_000, 75, 10),
    ("B2B manufacturer", 40, 5_000_000, 25, 5),
    ("the example", 1_000, 12_000, 40, 20),
];

/// Our own, for other industries, sizes and margins (illustrative profiles of Taiwanese
/// small businesses; the README says where each figure comes from).
pub const MORE: [Business; 8] = [
    ("hair salon", 600, 6_000, 55, 35),
    ("fitness studio", 800, 15_000, 45, 40),
    ("accounting firm", 150, 60_000, 50, 8),
    ("wholesale distributor", 300, 1_200_000, 15, 12),
    ("SaaS for small firms", 3_000, 12_000, 80, 25),
    ("tutoring centre", 400, 40_000, 40, 35),
    ("car repair shop", 4_000, 20_000, 25, 25),
    ("insurance agency", 1_500, 30_000, 60, 10),
];
