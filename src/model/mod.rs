//! The ROI engine: every formula of `model.md`, with no knowledge of Leptos, the DOM
//! or storage. All money is `rust_decimal::Decimal`; arithmetic is checked, so that
//! no input can panic: an overflow becomes [`Undefined::Overflow`].

pub mod checked;
pub mod decimal_serde;
pub mod timing;
pub mod cost_line;
pub mod benefit_line;
pub mod levers;
pub mod baseline;
pub mod strategy_option;
pub mod scenario;
pub mod validation;
pub mod scenario_file;
pub mod undefined;
pub mod customers;
pub mod cash_flow;
pub mod present_value;
pub mod payback;
pub mod irr;
pub mod clv;
pub mod results;
pub mod machine_value;
pub mod presets;

pub use baseline::Baseline;
pub use benefit_line::BenefitLine;
pub use cost_line::{CostCategory, CostLine, Stage};
pub use levers::{Lever, Levers};
// pub use results::{evaluate, Evaluation, OptionResults, YearRow};
pub use scenario::Scenario;
pub use strategy_option::{OptionKind, StrategyOption};
pub use timing::{Amount, Timing};
pub use undefined::{Metric, Undefined};
