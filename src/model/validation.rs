//! The allowed ranges of model.md §1–§2 and contract.md §1, checked on a whole
//! scenario (an imported file) or one value at a time (an input as it is typed).
//!
//! Every error names its field by a path in the file's terms (`baseline.annual_churn`,
//! `options[0].costs[2].growth`), so a refused import can say exactly what is wrong.
//! The engine itself never relies on validation: [`super::results::evaluate`] accepts
//! anything, this only keeps meaningless numbers out of saved scenarios.

use super::baseline::{BaselineField, FieldUnit};
use super::lever_ranges::LeverRanges;
use super::levers::Lever;
use super::scale::Scale;
use super::scenario::Scenario;
use super::strategy_option::StrategyOption;
use super::timing::{Amount, Timing};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::fmt;

/// At most this many options in a scenario.
pub const MAX_OPTIONS: usize = 8;
/// At most this many cost lines, and this many custom benefit lines, per option.
pub const MAX_LINES: usize = 20;
/// The longest horizon, in years.
pub const MAX_HORIZON: u32 = 10;
/// The single limit of every money amount, quantity, unit cost, baseline figure and
/// `scale.per`: 10^15, whether typed, imported, linked or stored (model.md §2). The
/// number fields of the UI refuse more (`input::number_text`), so whatever a file may
/// hold, the UI can show and edit.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// The closed range `min ..= max` (no upper bound when `max` is `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub min: Decimal,
    pub max: Option<Decimal>,
}

impl Range {
    /// Money, quantities, unit costs, counts: 0 ..= 10^15.
    pub const AMOUNT: Range = Range { min: Decimal::ZERO, max: Some(MAX_AMOUNT) };
    /// Levers, realisation, risks, margin, churn, discount rate: 0 ..= 100 %.
    pub const PERCENT: Range = Range { min: Decimal::ZERO, max: Some(Decimal::ONE_HUNDRED) };
    /// Growth of a recurring line: −100 ..= 100 % a year.
    pub const GROWTH: Range = Range { min: Decimal::from_parts(100, 0, 0, true, 0), max: Some(Decimal::ONE_HUNDRED) };
    /// The horizon: 1 ..= 10 years.
    pub const HORIZON: Range = Range { min: Decimal::ONE, max: Some(Decimal::from_parts(MAX_HORIZON, 0, 0, false, 0)) };

    pub fn contains(&self, value: &Decimal) -> bool {
        *value >= self.min && self.max.is_none_or(|max| *value <= max)
    }

    /// The range of a baseline field of this unit.
    pub fn for_unit(unit: FieldUnit) -> Range {
        match unit {
            FieldUnit::Money | FieldUnit::Count => Range::AMOUNT,
            FieldUnit::Percent => Range::PERCENT,
        }
    }
}

/// The range of levers, realisation values, risks and the discount rate.
pub fn percent_range() -> Range {
    Range::PERCENT
}

/// The range of money amounts, quantities and unit costs.
pub fn money_range() -> Range {
    Range::AMOUNT
}

/// The range of a recurring line's `growth`.
pub fn growth_range() -> Range {
    Range::GROWTH
}

/// The range of one baseline field.
pub fn baseline_range(field: BaselineField) -> Range {
    Range::for_unit(field.unit())
}

/// Which rule a value breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The value lies outside `min ..= max`.
    Range { min: Decimal, max: Option<Decimal> },
    /// The list is longer than `max`.
    TooMany { max: usize },
    /// The list is shorter than `min`.
    TooFew { min: usize },
    /// Another option already has this id.
    DuplicateId,
    /// An id must be non-empty and made of `a-z`, `0-9`, `-`, `_`.
    BadId,
    /// A currency is three ASCII upper-case letters.
    BadCurrency,
    /// A `scale`'s `per` must be above 0 and at most `max`.
    Per { max: Decimal },
    /// A lever's range must hold the lever's value: low ≤ value ≤ high.
    RangeAroundValue,
    /// Quantity × unit cost must be at most `max`, as the one amount it stands for:
    /// otherwise turning the helper off, or any reader, meets an amount out of range.
    Product { max: Decimal },
}

impl From<Range> for Rule {
    fn from(r: Range) -> Rule {
        Rule::Range { min: r.min, max: r.max }
    }
}

/// One broken rule, with the path of the field that breaks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    pub path: String,
    pub rule: Rule,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let path = &self.path;
        match &self.rule {
            Rule::Range { min, max: Some(max) } => write!(f, "{path} must be between {min} and {max}"),
            Rule::Range { min, max: None } => write!(f, "{path} must be at least {min}"),
            Rule::TooMany { max } => write!(f, "{path} may have at most {max} {}", entries(*max)),
            Rule::TooFew { min } => write!(f, "{path} needs at least {min} {}", entries(*min)),
            Rule::DuplicateId => write!(f, "{path} is already the id of another option"),
            Rule::BadId => write!(f, "{path} must be non-empty and use only a-z, 0-9, - and _"),
            Rule::BadCurrency => write!(f, "{path} must be a three-letter upper-case currency code such as TWD"),
            Rule::Per { max } => write!(f, "{path} must be above 0 and at most {max}"),
            Rule::RangeAroundValue => write!(f, "{path} must be [low, high] with low ≤ the lever's value ≤ high"),
            Rule::Product { max } => write!(f, "{path}: quantity × unit cost must be at most {max}"),
        }
    }
}

fn entries(n: usize) -> &'static str {
    if n == 1 {
        "entry"
    } else {
        "entries"
    }
}

/// Whether `id` is a valid option id: non-empty, only `a-z`, `0-9`, `-`, `_`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'_')
}

/// Whether `code` looks like an ISO 4217 code: three ASCII upper-case letters.
pub fn is_valid_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|c| c.is_ascii_uppercase())
}

/// Checks every rule; `Err` lists every broken one, in file order.
pub fn validate(s: &Scenario) -> Result<(), Vec<ValidationError>> {
    let mut c = Checker::default();
    if !is_valid_currency(&s.currency) {
        c.fail("currency".into(), Rule::BadCurrency);
    }
    c.range("horizon_years", Decimal::from(s.horizon_years), Range::HORIZON);
    c.range("discount_rate", s.discount_rate, Range::PERCENT);
    c.range("uncertainty", s.uncertainty, Range::PERCENT);
    for field in BaselineField::ALL {
        c.range(&format!("baseline.{}", field.key()), s.baseline.get(field), baseline_range(field));
    }
    c.count("options", s.options.len(), 1, MAX_OPTIONS);
    let mut ids = HashSet::new();
    for (i, option) in s.options.iter().enumerate() {
        let path = format!("options[{i}]");
        if !is_valid_id(&option.id) {
            c.fail(format!("{path}.id"), Rule::BadId);
        } else if !ids.insert(option.id.as_str()) {
            c.fail(format!("{path}.id"), Rule::DuplicateId);
        }
        c.option(&path, option);
    }
    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

/// Collects the broken rules while walking a scenario.
#[derive(Default)]
struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn fail(&mut self, path: String, rule: Rule) {
        self.errors.push(ValidationError { path, rule });
    }

    fn range(&mut self, path: &str, value: Decimal, range: Range) {
        if !range.contains(&value) {
            self.fail(path.into(), range.into());
        }
    }

    fn count(&mut self, path: &str, len: usize, min: usize, max: usize) {
        if len < min {
            self.fail(path.into(), Rule::TooFew { min });
        } else if len > max {
            self.fail(path.into(), Rule::TooMany { max });
        }
    }

    fn option(&mut self, path: &str, o: &StrategyOption) {
        self.count(&format!("{path}.costs"), o.costs.len(), 0, MAX_LINES);
        for (i, line) in o.costs.iter().enumerate() {
            self.timing(&format!("{path}.costs[{i}]"), &line.timing);
            self.scale(&format!("{path}.costs[{i}]"), line.scale);
        }
        for lever in Lever::ALL {
            self.range(&format!("{path}.levers.{}", lever.key()), o.levers.get(lever), Range::PERCENT);
        }
        for lever in Lever::ALL {
            if let Some(range) = o.ranges.get(lever) {
                let at = format!("{path}.ranges.{}", lever.key());
                if !Range::PERCENT.contains(&range.low) || !Range::PERCENT.contains(&range.high) {
                    self.fail(at, Range::PERCENT.into());
                } else if !LeverRanges::fits(range, &o.levers, lever) {
                    self.fail(at, Rule::RangeAroundValue);
                }
            }
        }
        self.count(&format!("{path}.custom_benefits"), o.custom_benefits.len(), 0, MAX_LINES);
        for (i, line) in o.custom_benefits.iter().enumerate() {
            self.timing(&format!("{path}.custom_benefits[{i}]"), &line.timing);
            self.scale(&format!("{path}.custom_benefits[{i}]"), line.scale);
        }
        for (i, value) in o.realisation.iter().enumerate() {
            self.range(&format!("{path}.realisation[{i}]"), *value, Range::PERCENT);
        }
        self.range(&format!("{path}.benefit_risk"), o.benefit_risk, Range::PERCENT);
        self.range(&format!("{path}.cost_risk"), o.cost_risk, Range::PERCENT);
    }

    fn timing(&mut self, path: &str, timing: &Timing) {
        match timing {
            Timing::OneOff { amount } => self.amount(path, amount),
            Timing::Recurring { amount, growth } => {
                self.amount(path, amount);
                self.range(&format!("{path}.growth"), *growth, Range::GROWTH);
            }
            Timing::Schedule { amounts } => {
                for (i, value) in amounts.iter().enumerate() {
                    self.range(&format!("{path}.amounts[{i}]"), *value, Range::AMOUNT);
                }
            }
        }
    }

    fn scale(&mut self, path: &str, scale: Option<Scale>) {
        if let Some(s) = scale {
            if s.per <= Decimal::ZERO || s.per > MAX_AMOUNT {
                self.fail(format!("{path}.scale.per"), Rule::Per { max: MAX_AMOUNT });
            }
        }
    }

    fn amount(&mut self, path: &str, amount: &Amount) {
        match amount {
            Amount::Fixed(value) => self.range(&format!("{path}.amount"), *value, Range::AMOUNT),
            Amount::PerUnit { quantity, unit_cost } => {
                self.range(&format!("{path}.quantity"), *quantity, Range::AMOUNT);
                self.range(&format!("{path}.unit_cost"), *unit_cost, Range::AMOUNT);
                if amount.value().map_or(true, |product| product > MAX_AMOUNT) {
                    self.fail(format!("{path}.unit_cost"), Rule::Product { max: MAX_AMOUNT });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::{default_scenario, preset_option};
    use crate::model::strategy_option::OptionKind;
    use crate::model::test_support::d;
    use crate::model::{BenefitLine, CostCategory, CostLine};

    /// The errors of the default scenario after `change`.
    fn errors_after(change: impl FnOnce(&mut Scenario)) -> Vec<ValidationError> {
        let mut s = default_scenario("TWD");
        change(&mut s);
        validate(&s).err().unwrap_or_default()
    }

    fn range(min: &str, max: Option<&str>) -> Rule {
        Rule::Range { min: d(min), max: max.map(d) }
    }

    fn error(path: &str, rule: Rule) -> ValidationError {
        ValidationError { path: path.into(), rule }
    }

    #[test]
    fn the_default_scenario_is_valid() {
        assert_eq!(errors_after(|_| {}), vec![]);
    }

    #[test]
    fn ranges_contain_their_bounds() {
        assert!(Range::PERCENT.contains(&d("0")) && Range::PERCENT.contains(&d("100")));
        assert!(!Range::PERCENT.contains(&d("-0.01")) && !Range::PERCENT.contains(&d("100.01")));
        // The one money limit, 10^15 (model.md §2).
        assert_eq!(MAX_AMOUNT, d("1000000000000000"));
        assert!(Range::AMOUNT.contains(&d("1000000000000000")));
        assert!(!Range::AMOUNT.contains(&d("1000000000000000.01")));
        assert!(!money_range().contains(&d("-1")));
        assert!(growth_range().contains(&d("-100")) && !growth_range().contains(&d("-100.5")));
        assert_eq!(percent_range(), Range::PERCENT);
        assert_eq!(baseline_range(BaselineField::AnnualChurn), Range::PERCENT);
        assert_eq!(baseline_range(BaselineField::Customers), Range::AMOUNT);
        assert!(Range::HORIZON.contains(&d("10")) && !Range::HORIZON.contains(&d("11")));
    }

    #[test]
    fn settings() {
        let e = errors_after(|s| {
            s.currency = "twd".into();
            s.horizon_years = 11;
            s.discount_rate = d("100.5");
        });
        assert_eq!(
            e,
            vec![
                error("currency", Rule::BadCurrency),
                error("horizon_years", range("1", Some("10"))),
                error("discount_rate", range("0", Some("100"))),
            ]
        );
        assert_eq!(errors_after(|s| s.horizon_years = 0), vec![error("horizon_years", range("1", Some("10")))]);
        for bad in ["", "TW", "TWDX", "TW1", "ŦWD"] {
            assert_eq!(errors_after(|s| s.currency = bad.into()).len(), 1, "{bad}");
        }
    }

    #[test]
    fn baseline_fields() {
        let e = errors_after(|s| {
            s.baseline.customers = d("-1");
            s.baseline.gross_margin = d("101");
            s.baseline.annual_churn = d("-0.1");
        });
        assert_eq!(
            e,
            vec![
                error("baseline.customers", range("0", Some("1000000000000000"))),
                error("baseline.gross_margin", range("0", Some("100"))),
                error("baseline.annual_churn", range("0", Some("100"))),
            ]
        );
        // Money and counts up to 10^15, not beyond.
        assert_eq!(errors_after(|s| s.baseline.marketing_spend = d("1000000000000000")), vec![]);
        assert_eq!(
            errors_after(|s| s.baseline.customers = d("1000000000000001")),
            vec![error("baseline.customers", range("0", Some("1000000000000000")))]
        );
    }

    #[test]
    fn option_counts_and_ids() {
        assert_eq!(errors_after(|s| s.options.clear()), vec![error("options", Rule::TooFew { min: 1 })]);
        let nine = errors_after(|s| {
            s.options = (0..9).map(|i| preset_option(OptionKind::Custom, &format!("o{i}"), "TWD")).collect();
        });
        assert_eq!(nine, vec![error("options", Rule::TooMany { max: MAX_OPTIONS })]);
        let ids = errors_after(|s| {
            s.options[1].id = "personalised".into();
            s.options[2].id = "Data Driven".into();
        });
        assert_eq!(ids, vec![error("options[1].id", Rule::DuplicateId), error("options[2].id", Rule::BadId)]);
        assert_eq!(errors_after(|s| s.options[0].id = String::new()), vec![error("options[0].id", Rule::BadId)]);
        assert!(is_valid_id("a-b_9"));
    }

    #[test]
    fn option_values() {
        let e = errors_after(|s| {
            let o = &mut s.options[0];
            o.levers.upsell_rate = d("150");
            o.realisation = vec![d("50"), d("-1")];
            o.benefit_risk = d("101");
            o.cost_risk = d("-5");
        });
        assert_eq!(
            e,
            vec![
                error("options[0].levers.upsell_rate", range("0", Some("100"))),
                error("options[0].realisation[1]", range("0", Some("100"))),
                error("options[0].benefit_risk", range("0", Some("100"))),
                error("options[0].cost_risk", range("0", Some("100"))),
            ]
        );
    }

    #[test]
    fn line_values() {
        let line = |timing| CostLine::new("", CostCategory::Other, timing);
        let e = errors_after(|s| {
            s.options[2].costs = vec![
                line(Timing::OneOff { amount: Amount::Fixed(d("-1")) }),
                line(Timing::Recurring {
                    amount: Amount::PerUnit { quantity: d("-2"), unit_cost: d("-3") },
                    growth: d("101"),
                }),
                line(Timing::Schedule { amounts: vec![d("1"), d("-1")] }),
            ];
            s.options[2].custom_benefits =
                vec![BenefitLine::new("", Timing::Recurring { amount: Amount::Fixed(d("1")), growth: d("-101") })];
        });
        assert_eq!(
            e,
            vec![
                error("options[2].costs[0].amount", range("0", Some("1000000000000000"))),
                error("options[2].costs[1].quantity", range("0", Some("1000000000000000"))),
                error("options[2].costs[1].unit_cost", range("0", Some("1000000000000000"))),
                error("options[2].costs[1].growth", range("-100", Some("100"))),
                error("options[2].costs[2].amounts[1]", range("0", Some("1000000000000000"))),
                error("options[2].custom_benefits[0].growth", range("-100", Some("100"))),
            ]
        );
    }

    #[test]
    fn scales_uncertainty_and_lever_ranges() {
        use crate::model::{Driver, LeverRange, Scale};
        let scale = |per: &str| Some(Scale { by: Driver::Customers, per: d(per) });
        let e = errors_after(|s| {
            s.uncertainty = d("101");
            s.options[0].costs[0].scale = scale("0");
            s.options[0].costs[1].scale = scale("1000000000000000.5");
            s.options[1].costs[0].scale = scale("0.001");
            s.options[1].custom_benefits = vec![BenefitLine::new("b", Timing::OneOff { amount: Amount::Fixed(d("1")) })];
            s.options[1].custom_benefits[0].scale = scale("-4");
            // churn_reduction is 5: [6, 9] does not hold it; [1, 101] leaves 0..=100.
            s.options[0].ranges.churn_reduction = Some(LeverRange { low: d("6"), high: d("9") });
            s.options[0].ranges.revenue_uplift = Some(LeverRange { low: d("1"), high: d("101") });
            s.options[0].ranges.referral_rate = Some(LeverRange { low: d("0"), high: d("3") });
        });
        let per = Rule::Per { max: MAX_AMOUNT };
        assert_eq!(
            e,
            vec![
                error("uncertainty", range("0", Some("100"))),
                error("options[0].costs[0].scale.per", per.clone()),
                error("options[0].costs[1].scale.per", per.clone()),
                error("options[0].ranges.churn_reduction", Rule::RangeAroundValue),
                error("options[0].ranges.revenue_uplift", range("0", Some("100"))),
                error("options[1].custom_benefits[0].scale.per", per),
            ]
        );
    }

    #[test]
    fn at_most_twenty_lines_of_each_kind() {
        let e = errors_after(|s| {
            let cost = s.options[0].costs[0].clone();
            s.options[0].costs = vec![cost; MAX_LINES + 1];
            let benefit = BenefitLine::new("", Timing::Schedule { amounts: vec![] });
            s.options[0].custom_benefits = vec![benefit; MAX_LINES];
        });
        assert_eq!(e, vec![error("options[0].costs", Rule::TooMany { max: 20 })]);
    }

    #[test]
    fn messages_name_the_field_and_the_rule() {
        assert_eq!(
            error("baseline.annual_churn", range("0", Some("100"))).to_string(),
            "baseline.annual_churn must be between 0 and 100"
        );
        assert_eq!(
            error("options[0].costs[1].amount", range("0", Some("1000000000000000"))).to_string(),
            "options[0].costs[1].amount must be between 0 and 1000000000000000"
        );
        assert_eq!(
            error("options[0].costs[1].amount", range("0", None)).to_string(),
            "options[0].costs[1].amount must be at least 0"
        );
        assert_eq!(error("options", Rule::TooMany { max: 8 }).to_string(), "options may have at most 8 entries");
        assert_eq!(error("options", Rule::TooFew { min: 1 }).to_string(), "options needs at least 1 entry");
        assert!(error("options[1].id", Rule::DuplicateId).to_string().starts_with("options[1].id "));
        assert!(error("currency", Rule::BadCurrency).to_string().contains("currency code"));
    }
}
