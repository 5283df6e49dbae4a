//! The inputs the analysis varies (model.md §3a) and their names: the `data-input`
//! path of contract.md §4 and the words the page shows.

use crate::model::baseline::BaselineField;
use crate::model::levers::Lever;
use crate::model::strategy_option::StrategyOption;

/// One input of an option's analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnalysisInput {
    /// A baseline field (the visitor's own figure of today).
    Baseline(BaselineField),
    /// The scenario's discount rate.
    DiscountRate,
    /// A lever of the option.
    Lever(Lever),
    /// The option's cost line at this index.
    Cost(usize),
    /// The option's custom benefit line at this index.
    Benefit(usize),
    /// The option's benefit risk.
    BenefitRisk,
    /// The option's cost risk.
    CostRisk,
}

impl AnalysisInput {
    /// The input's path, the `data-input` of the tornado hooks (contract.md §4):
    /// `baseline-annual_churn`, `settings-discount_rate`, `lever-churn_reduction`,
    /// `cost-0`, `benefit-0`, `benefit_risk`, `cost_risk`.
    pub fn key(&self) -> String {
        match self {
            AnalysisInput::Baseline(f) => format!("baseline-{}", f.key()),
            AnalysisInput::DiscountRate => "settings-discount_rate".into(),
            AnalysisInput::Lever(l) => format!("lever-{}", l.key()),
            AnalysisInput::Cost(i) => format!("cost-{i}"),
            AnalysisInput::Benefit(i) => format!("benefit-{i}"),
            AnalysisInput::BenefitRisk => "benefit_risk".into(),
            AnalysisInput::CostRisk => "cost_risk".into(),
        }
    }

    /// How the page names the input: the translation key of its field label, and for a
    /// line also the visitor's label (which may be empty).
    pub fn name(&self, option: &StrategyOption) -> InputName {
        match self {
            AnalysisInput::Baseline(f) => InputName::field(format!("baseline.{}.label", f.key())),
            AnalysisInput::DiscountRate => InputName::field("settings.discount_rate.label".into()),
            AnalysisInput::Lever(l) => InputName::field(format!("lever.{}.label", l.key())),
            AnalysisInput::Cost(i) => InputName {
                key: "analysis.input.cost".into(),
                number: i.saturating_add(1),
                label: option.costs.get(*i).map(|c| c.label.clone()).unwrap_or_default(),
            },
            AnalysisInput::Benefit(i) => InputName {
                key: "analysis.input.benefit".into(),
                number: i.saturating_add(1),
                label: option.custom_benefits.get(*i).map(|b| b.label.clone()).unwrap_or_default(),
            },
            AnalysisInput::BenefitRisk => InputName::field("option.benefit_risk.label".into()),
            AnalysisInput::CostRisk => InputName::field("option.cost_risk.label".into()),
        }
    }

    /// Whether the input's value is a percentage (levers, rates, risks, margin, churn),
    /// rather than money or a count.
    pub fn is_percent(&self) -> bool {
        match self {
            AnalysisInput::Baseline(f) => f.unit() == crate::model::baseline::FieldUnit::Percent,
            AnalysisInput::DiscountRate
            | AnalysisInput::Lever(_)
            | AnalysisInput::BenefitRisk
            | AnalysisInput::CostRisk => true,
            AnalysisInput::Cost(_) | AnalysisInput::Benefit(_) => false,
        }
    }
}

/// The words for an input: a field's label (`key`), or for a line the template `key`
/// ("Cost line {n}") with its 1-based `number`, and the visitor's `label` when it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputName {
    pub key: String,
    /// 1-based line number; 0 for fields.
    pub number: usize,
    /// The line's own label (visitor text, escape it); empty for fields.
    pub label: String,
}

impl InputName {
    fn field(key: String) -> InputName {
        InputName { key, number: 0, label: String::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;

    #[test]
    fn keys_are_the_contract_paths() {
        let keys: Vec<String> = [
            AnalysisInput::Baseline(BaselineField::AnnualChurn),
            AnalysisInput::DiscountRate,
            AnalysisInput::Lever(Lever::ChurnReduction),
            AnalysisInput::Cost(0),
            AnalysisInput::Benefit(12),
            AnalysisInput::BenefitRisk,
            AnalysisInput::CostRisk,
        ]
        .iter()
        .map(AnalysisInput::key)
        .collect();
        assert_eq!(
            keys,
            [
                "baseline-annual_churn",
                "settings-discount_rate",
                "lever-churn_reduction",
                "cost-0",
                "benefit-12",
                "benefit_risk",
                "cost_risk"
            ]
        );
    }

    #[test]
    fn names_are_field_labels_or_numbered_lines() {
        let o = &default_scenario("TWD").options[0];
        let churn = AnalysisInput::Baseline(BaselineField::AnnualChurn).name(o);
        assert_eq!((churn.key.as_str(), churn.number, churn.label.as_str()), ("baseline.annual_churn.label", 0, ""));
        let line = AnalysisInput::Cost(1).name(o);
        assert_eq!((line.key.as_str(), line.number), ("analysis.input.cost", 2));
        assert_eq!(line.label, o.costs[1].label);
        assert_eq!(AnalysisInput::Cost(99).name(o).label, "");
        assert!(AnalysisInput::Lever(Lever::UpsellRate).is_percent() && !AnalysisInput::Benefit(0).is_percent());
    }
}
