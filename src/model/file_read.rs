//! Reading the scenario's types from a parsed document (contract.md §1), by hand from
//! [`crate::json::read`]'s parts: what serde's derived readers did, with the same
//! messages and field paths, in far less wasm (README, "Wasm size").
//!
//! Each object reader lists its members in declaration order; members are read in
//! document order, then missing required members are named in declaration order.

use super::baseline::{Baseline, BaselineField};
use super::benefit_line::BenefitLine;
use super::cost_line::{CostCategory, CostLine, Stage};
use super::decimal_text::{read as decimal, read_list as decimals};
use super::lever_ranges::{LeverRange, LeverRanges};
use super::levers::{Lever, Levers};
use super::line_file::LineFile;
use super::scale::{Driver, Scale};
use super::scenario::{FormatTag, Scenario, VersionTag, DEFAULT_UNCERTAINTY};
use super::strategy_option::{OptionKind, StrategyOption};
use super::timing::TimingKind;
use crate::json::read::{fields, list, missing, option, string, u32, variant};
use crate::json::{Error, Value};
use rust_decimal::Decimal;

/// `found`, or the error of a missing required member `name`.
fn required<T>(found: Option<T>, name: &str) -> Result<T, Error> {
    found.ok_or_else(|| missing(name))
}

pub fn scenario(value: &Value) -> Result<Scenario, Error> {
    let (mut name, mut currency, mut horizon_years, mut discount_rate) = (None, None, None, None);
    let (mut baseline_, mut options, mut uncertainty) = (None, None, None);
    let names = ["name", "currency", "horizon_years", "discount_rate", "baseline", "options", "uncertainty"];
    fields(value, "struct Scenario", &names, &mut |i, v| {
        match i {
            0 => name = Some(string(v)?),
            1 => currency = Some(string(v)?),
            2 => horizon_years = Some(u32(v)?),
            3 => discount_rate = Some(decimal(v)?),
            4 => baseline_ = Some(baseline(v)?),
            5 => options = Some(list(v, strategy_option)?),
            _ => uncertainty = Some(decimal(v)?),
        }
        Ok(())
    })?;
    Ok(Scenario {
        format: FormatTag,
        version: VersionTag,
        name: name.unwrap_or_default(),
        currency: required(currency, "currency")?,
        horizon_years: required(horizon_years, "horizon_years")?,
        discount_rate: required(discount_rate, "discount_rate")?,
        baseline: required(baseline_, "baseline")?,
        options: required(options, "options")?,
        uncertainty: uncertainty.unwrap_or(DEFAULT_UNCERTAINTY),
    })
}

fn baseline(value: &Value) -> Result<Baseline, Error> {
    let names = BaselineField::ALL.map(BaselineField::key);
    let mut found: [Option<Decimal>; 10] = [None; 10];
    fields(value, "struct Baseline", &names, &mut |i, v| {
        let d = decimal(v)?;
        if let Some(slot) = found.get_mut(i) {
            *slot = Some(d);
        }
        Ok(())
    })?;
    let mut b = Baseline::default();
    for (field, d) in BaselineField::ALL.into_iter().zip(found) {
        b.set(field, required(d, field.key())?);
    }
    Ok(b)
}

fn strategy_option(value: &Value) -> Result<StrategyOption, Error> {
    let (mut id, mut name, mut kind, mut costs, mut levers_) = (None, String::new(), None, Vec::new(), Levers::default());
    let (mut custom_benefits, mut realisation, mut benefit_risk, mut cost_risk, mut ranges) =
        (Vec::new(), Vec::new(), Decimal::ZERO, Decimal::ZERO, LeverRanges::default());
    let names = [
        "id",
        "name",
        "kind",
        "costs",
        "levers",
        "custom_benefits",
        "realisation",
        "benefit_risk",
        "cost_risk",
        "ranges",
    ];
    fields(value, "struct StrategyOption", &names, &mut |i, v| {
        match i {
            0 => id = Some(string(v)?),
            1 => name = string(v)?,
            2 => kind = Some(variant(v, "enum OptionKind", &OptionKind::ALL, OptionKind::key)?),
            3 => costs = list(v, cost_line)?,
            4 => levers_ = levers(v)?,
            5 => custom_benefits = list(v, benefit_line)?,
            6 => realisation = decimals(v)?,
            7 => benefit_risk = decimal(v)?,
            8 => cost_risk = decimal(v)?,
            _ => ranges = lever_ranges(v)?,
        }
        Ok(())
    })?;
    Ok(StrategyOption {
        id: required(id, "id")?,
        name,
        kind: required(kind, "kind")?,
        costs,
        levers: levers_,
        custom_benefits,
        realisation,
        benefit_risk,
        cost_risk,
        ranges,
    })
}

fn levers(value: &Value) -> Result<Levers, Error> {
    let names = Lever::ALL.map(Lever::key);
    let mut levers = Levers::default();
    fields(value, "struct Levers", &names, &mut |i, v| {
        let d = decimal(v)?;
        if let Some(lever) = Lever::ALL.get(i) {
            levers.set(*lever, d);
        }
        Ok(())
    })?;
    Ok(levers)
}

pub(crate) fn lever_ranges(value: &Value) -> Result<LeverRanges, Error> {
    let names = Lever::ALL.map(Lever::key);
    let mut ranges = LeverRanges::default();
    fields(value, "struct LeverRanges", &names, &mut |i, v| {
        let range = option(v, lever_range)?;
        if let Some(lever) = Lever::ALL.get(i) {
            ranges.set(*lever, range);
        }
        Ok(())
    })?;
    Ok(ranges)
}

fn lever_range(value: &Value) -> Result<LeverRange, Error> {
    match decimals(value)?.as_slice() {
        [low, high] => Ok(LeverRange { low: *low, high: *high }),
        _ => Err(Error::new("a range is a list of two numbers, [low, high]")),
    }
}

fn cost_line(value: &Value) -> Result<CostLine, Error> {
    CostLine::try_from(line_file(value)?).map_err(Error::new)
}

fn benefit_line(value: &Value) -> Result<BenefitLine, Error> {
    BenefitLine::try_from(line_file(value)?).map_err(Error::new)
}

fn line_file(value: &Value) -> Result<LineFile, Error> {
    let mut f = LineFile::default();
    let names =
        ["label", "category", "stage", "timing", "amount", "quantity", "unit_cost", "growth", "amounts", "scale"];
    fields(value, "struct LineFile", &names, &mut |i, v| {
        match i {
            0 => f.label = string(v)?,
            1 => f.category = option(v, |v| variant(v, "enum CostCategory", &CostCategory::ALL, CostCategory::key))?,
            2 => f.stage = option(v, |v| variant(v, "enum Stage", &Stage::ALL, Stage::key))?,
            3 => f.timing = option(v, |v| variant(v, "enum TimingKind", &TimingKind::ALL, TimingKind::key))?,
            4 => f.amount = Some(decimal(v)?),
            5 => f.quantity = Some(decimal(v)?),
            6 => f.unit_cost = Some(decimal(v)?),
            7 => f.growth = Some(decimal(v)?),
            8 => f.amounts = Some(decimals(v)?),
            _ => f.scale = option(v, scale)?,
        }
        Ok(())
    })?;
    Ok(f)
}

fn scale(value: &Value) -> Result<Scale, Error> {
    let (mut by, mut per) = (None, None);
    fields(value, "struct Scale", &["by", "per"], &mut |i, v| {
        match i {
            0 => by = Some(variant(v, "enum Driver", &Driver::ALL, Driver::key)?),
            _ => per = Some(decimal(v)?),
        }
        Ok(())
    })?;
    Ok(Scale { by: required(by, "by")?, per: required(per, "per")? })
}
