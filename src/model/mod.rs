//! The ROI engine: every formula of `model.md`, with no knowledge of Leptos, the DOM
//! or storage. All money is `rust_decimal::Decimal`; arithmetic is checked, so that
//! no input can panic: an overflow becomes [`Undefined::Overflow`].
//!
//! The lints below hold that promise mechanically outside tests: no `unwrap`, `expect`,
//! `panic!`, indexing or unchecked arithmetic operator, and no floating point.

#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::float_arithmetic,
    )
)]

pub mod checked;
pub mod decimal_text;
pub mod timing;
pub mod scale;
pub mod scale_choice;
pub mod line_file;
pub mod cost_line;
pub mod benefit_line;
pub mod levers;
pub mod lever_ranges;
pub mod baseline;
pub mod strategy_option;
pub mod scenario;
pub mod validation;
pub mod scenario_file;
pub mod undefined;
pub mod customers;
pub mod line_value;
pub mod benefit_sources;
pub mod lever_benefits;
pub mod cash_flow;
pub mod present_value;
pub mod payback;
pub mod irr;
pub mod clv;
pub mod results;
pub mod machine_value;
pub mod metric;
pub mod price_level;
pub mod presets;
pub mod line_edit;
pub mod option_list;
pub mod example;
pub mod follow;
pub mod edit;
pub mod range_edit;
pub mod analysis;
#[cfg(test)]
mod test_support;

pub use baseline::Baseline;
pub use benefit_line::BenefitLine;
pub use cost_line::{CostCategory, CostLine, Stage};
pub use lever_ranges::{LeverRange, LeverRanges};
pub use levers::{Lever, Levers};
pub use benefit_sources::{BenefitSource, BenefitSources};
pub use results::{evaluate, evaluate_option, BaselineResults, Evaluation, OptionResults, YearRow};
pub use scenario::Scenario;
pub use strategy_option::{OptionKind, StrategyOption};
pub use scale::{Driver, Scale};
pub use timing::{Amount, Timing};
pub use undefined::{Metric, Undefined};
