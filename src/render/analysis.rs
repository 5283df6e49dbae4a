//! The analysis of model.md §3a as markup (contract.md §4 hooks), written by the
//! worker from an [`crate::model::analysis::OptionAnalysis`] and mounted by
//! `inner_html`. Pure functions of their arguments, tested natively.

use super::Ctx;
use crate::model::analysis::{FastAnalysis, McSummary};
use crate::model::StrategyOption;

/// The tornado of `option`: a sentence naming the inputs that matter most, an SVG bar
/// chart (`role="img"`, `aria-label`) and a table with the numbers; rows carry
/// `data-testid="tornado-<id>-<rank>"`, `data-input`, `data-low`, `data-high`.
pub fn tornado(ctx: &Ctx, option: &StrategyOption, fast: &FastAnalysis) -> String {
    let _ = (ctx, option, fast);
    String::new()
}

/// One line per lever with `data-testid="breakeven-<id>-<lever>"`, `data-state`
/// (`found` | `always` | `never`, or `undefined`) and `data-value`.
pub fn break_even(ctx: &Ctx, option: &StrategyOption, fast: &FastAnalysis) -> String {
    let _ = (ctx, option, fast);
    String::new()
}

/// Conservative, base and optimistic results side by side.
pub fn scenarios(ctx: &Ctx, fast: &FastAnalysis) -> String {
    let _ = (ctx, fast);
    String::new()
}

/// The three ROI definitions with their formulas in words.
pub fn roi_definitions(ctx: &Ctx, fast: &FastAnalysis) -> String {
    let _ = (ctx, fast);
    String::new()
}

/// Every quick part: tornado, break-even, scenarios, ROI definitions.
pub fn fast(ctx: &Ctx, option: &StrategyOption, fast: &FastAnalysis) -> String {
    let mut out = tornado(ctx, option, fast);
    out.push_str(&break_even(ctx, option, fast));
    out.push_str(&scenarios(ctx, fast));
    out.push_str(&roi_definitions(ctx, fast));
    out
}

/// P10/P50/P90 of NPV and ROI, the probability that NPV > 0 and a histogram; hooks
/// `mc-<id>-npv-p10|p50|p90` and `mc-<id>-prob-positive` with `data-value`, and
/// `data-runs` on the last once `mc.is_done()`. Includes [`progress`] while not done.
pub fn monte_carlo(ctx: &Ctx, option_id: &str, mc: &McSummary) -> String {
    let _ = (ctx, option_id, mc);
    String::new()
}

/// "3 000 of 10 000 runs".
pub fn progress(ctx: &Ctx, mc: &McSummary) -> String {
    let _ = (ctx, mc);
    String::new()
}
