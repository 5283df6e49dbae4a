//! The plain-language verdict of the comparison: which option pays back first, which
//! creates the most value, or honestly that none pays back. Decided here, in plain
//! Rust; the UI only puts the names and numbers into translated sentences.

use crate::model::metric::Better;
use crate::model::{OptionResults, Undefined};
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// One option both pays back first and has the highest NPV.
    Clear { option: usize, months: Decimal },
    /// `fastest` pays back first; `most_value` has the highest positive NPV.
    Split { fastest: usize, months: Decimal, most_value: usize },
    /// Something pays back but no option has a positive NPV (discounting eats it).
    PaysBackButNoValue { fastest: usize, months: Decimal },
    /// Nothing pays back within the horizon.
    NonePaysBack,
}

/// The index of the best of the values that are there: the first of them in option
/// order on a tie. The comparison's ★ and the verdict both use it, so on a tie they
/// never name different options.
pub fn first_best(values: impl IntoIterator<Item = Option<Decimal>>, better: Better) -> Option<usize> {
    let mut best: Option<(usize, Decimal)> = None;
    for (i, value) in values.into_iter().enumerate() {
        let Some(v) = value else { continue };
        let wins = match (better, best) {
            (_, None) => true,
            (Better::Higher, Some((_, b))) => v > b,
            (Better::Lower, Some((_, b))) => v < b,
        };
        if wins {
            best = Some((i, v));
        }
    }
    best.map(|(i, _)| i)
}

/// The verdict over the options' results (in scenario order). Ties go to the first.
pub fn verdict(results: &[Result<OptionResults, Undefined>]) -> Verdict {
    let ok = || results.iter().map(|r| r.as_ref().ok());
    let paybacks: Vec<Option<Decimal>> = ok().map(|r| r.and_then(|r| r.payback_months.ok())).collect();
    let fastest = first_best(paybacks.iter().copied(), Better::Lower)
        .and_then(|i| Some((i, paybacks.get(i).copied().flatten()?)));
    // Only a positive NPV creates value.
    let most_value = first_best(ok().map(|r| r.map(|r| r.npv).filter(|npv| *npv > Decimal::ZERO)), Better::Higher);
    match (fastest, most_value) {
        (None, _) => Verdict::NonePaysBack,
        (Some((f, months)), None) => Verdict::PaysBackButNoValue { fastest: f, months },
        (Some((f, months)), Some(v)) if f == v => Verdict::Clear { option: f, months },
        (Some((f, months)), Some(v)) => Verdict::Split { fastest: f, months, most_value: v },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::model::results::evaluate;

    fn with(payback: Result<Decimal, Undefined>, npv: i64) -> Result<OptionResults, Undefined> {
        let mut r = evaluate(&default_scenario("TWD")).options.remove(0)?;
        r.payback_months = payback;
        r.npv = Decimal::from(npv);
        Ok(r)
    }

    #[test]
    fn split_names_the_fastest_and_the_most_valuable() {
        let v = verdict(&[with(Ok(Decimal::from(20)), 900), with(Ok(Decimal::from(7)), 300), with(Err(Undefined::NeverPaysBack), -5)]);
        assert_eq!(v, Verdict::Split { fastest: 1, months: Decimal::from(7), most_value: 0 });
    }

    #[test]
    fn one_option_best_on_both_counts_is_clear() {
        let v = verdict(&[with(Ok(Decimal::from(5)), 900), with(Ok(Decimal::from(7)), 300)]);
        assert_eq!(v, Verdict::Clear { option: 0, months: Decimal::from(5) });
    }

    #[test]
    fn ties_go_to_the_first_option() {
        let v = verdict(&[with(Ok(Decimal::from(9)), 100), with(Ok(Decimal::from(5)), 900), with(Ok(Decimal::from(5)), 900)]);
        assert_eq!(v, Verdict::Clear { option: 1, months: Decimal::from(5) });
        let values = [None, Some(Decimal::ONE), Some(Decimal::TWO), Some(Decimal::TWO), Some(Decimal::ONE)];
        assert_eq!(first_best(values, Better::Higher), Some(2));
        assert_eq!(first_best(values, Better::Lower), Some(1));
        assert_eq!(first_best([None], Better::Lower), None);
    }

    #[test]
    fn honest_when_nothing_pays_back_or_nothing_creates_value() {
        let none = verdict(&[with(Err(Undefined::NeverPaysBack), -1), Err(Undefined::Overflow)]);
        assert_eq!(none, Verdict::NonePaysBack);
        let no_value = verdict(&[with(Ok(Decimal::from(30)), -10)]);
        assert_eq!(no_value, Verdict::PaysBackButNoValue { fastest: 0, months: Decimal::from(30) });
    }
}
