//! Writing a scenario as the JSON document of contract.md §1, by hand with
//! [`crate::json::write`]: members in the order of the types' fields, decimals as
//! strings, optional members left out when unset (README, "Wasm size").

use super::baseline::{Baseline, BaselineField};
use super::benefit_line::BenefitLine;
use super::cost_line::CostLine;
use super::lever_ranges::LeverRanges;
use super::levers::{Lever, Levers};
use super::scale::Scale;
use super::scenario::{Scenario, FORMAT, VERSION};
use super::strategy_option::StrategyOption;
use super::timing::{Amount, Timing, TimingKind};
use crate::json::write::{list, string, Object};
use rust_decimal::Decimal;

/// The scenario as JSON text.
pub fn to_json(s: &Scenario) -> String {
    let mut out = String::new();
    scenario(&mut out, s);
    out
}

/// Appends the scenario's JSON to `out`.
pub fn scenario(out: &mut String, s: &Scenario) {
    let mut o = Object::start(out);
    o.string("format", FORMAT);
    o.integer("version", u64::from(VERSION));
    o.string("name", &s.name);
    o.string("currency", &s.currency);
    o.integer("horizon_years", u64::from(s.horizon_years));
    decimal(&mut o, "discount_rate", s.discount_rate);
    baseline(o.member("baseline"), &s.baseline);
    list(o.member("options"), &s.options, option);
    decimal(&mut o, "uncertainty", s.uncertainty);
    o.end();
}

fn decimal(o: &mut Object, name: &str, value: Decimal) {
    o.string(name, &value.to_string());
}

fn decimals(out: &mut String, values: &[Decimal]) {
    list(out, values, |out, d| string(out, &d.to_string()));
}

fn baseline(out: &mut String, b: &Baseline) {
    let mut o = Object::start(out);
    for field in BaselineField::ALL {
        decimal(&mut o, field.key(), b.get(field));
    }
    o.end();
}

fn option(out: &mut String, s: &StrategyOption) {
    let mut o = Object::start(out);
    o.string("id", &s.id);
    o.string("name", &s.name);
    o.string("kind", s.kind.key());
    list(o.member("costs"), &s.costs, cost_line);
    levers(o.member("levers"), &s.levers);
    list(o.member("custom_benefits"), &s.custom_benefits, benefit_line);
    decimals(o.member("realisation"), &s.realisation);
    decimal(&mut o, "benefit_risk", s.benefit_risk);
    decimal(&mut o, "cost_risk", s.cost_risk);
    if !s.ranges.is_empty() {
        ranges(o.member("ranges"), &s.ranges);
    }
    o.end();
}

fn levers(out: &mut String, l: &Levers) {
    let mut o = Object::start(out);
    for lever in Lever::ALL {
        decimal(&mut o, lever.key(), l.get(lever));
    }
    o.end();
}

pub(crate) fn ranges(out: &mut String, r: &LeverRanges) {
    let mut o = Object::start(out);
    for lever in Lever::ALL {
        if let Some(range) = r.get(lever) {
            decimals(o.member(lever.key()), &[range.low, range.high]);
        }
    }
    o.end();
}

fn cost_line(out: &mut String, c: &CostLine) {
    let mut o = Object::start(out);
    o.string("label", &c.label);
    o.string("category", c.category.key());
    if let Some(stage) = c.stage {
        o.string("stage", stage.key());
    }
    timing(&mut o, &c.timing, c.scale);
    o.end();
}

fn benefit_line(out: &mut String, b: &BenefitLine) {
    let mut o = Object::start(out);
    o.string("label", &b.label);
    timing(&mut o, &b.timing, b.scale);
    o.end();
}

/// The line's timing, flat on the line (`LineFile`'s order), and its scale.
fn timing(o: &mut Object, t: &Timing, scale: Option<Scale>) {
    let amount = |o: &mut Object, a: &Amount| match a {
        Amount::Fixed(v) => decimal(o, "amount", *v),
        Amount::PerUnit { quantity, unit_cost } => {
            decimal(o, "quantity", *quantity);
            decimal(o, "unit_cost", *unit_cost);
        }
    };
    match t {
        Timing::OneOff { amount: a } => {
            o.string("timing", TimingKind::OneOff.key());
            amount(o, a);
        }
        Timing::Recurring { amount: a, growth } => {
            o.string("timing", TimingKind::Recurring.key());
            amount(o, a);
            decimal(o, "growth", *growth);
        }
        Timing::Schedule { amounts } => {
            o.string("timing", TimingKind::Schedule.key());
            decimals(o.member("amounts"), amounts);
        }
    }
    if let Some(scale) = scale {
        let mut s = Object::start(o.member("scale"));
        s.string("by", scale.by.key());
        decimal(&mut s, "per", scale.per);
        s.end();
    }
}
