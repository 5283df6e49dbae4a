//! CSV export of the year-by-year table and of the comparison, in UTF-8 with a byte
//! order mark so that Excel shows Chinese text correctly. Numbers are machine values
//! (`1234.50`), so a spreadsheet reads them as numbers in any locale. Text that a
//! spreadsheet would run as a formula (an option named `=HYPERLINK(…)`) is defused.

use crate::i18n::{text, Lang};
use crate::model::benefit_sources::BenefitSource;
use crate::model::machine_value::{machine_value, metric_value};
use crate::model::metric::MetricId;
use crate::model::analysis::OptionAnalysis;
use crate::model::{CostCategory, Evaluation, Scenario, YearRow};

/// The UTF-8 byte order mark.
pub const BOM: &str = "\u{FEFF}";

/// A cell: text (headings, option names) or a machine number.
enum Cell {
    Text(String),
    Number(String),
}

/// Starts of a text that a spreadsheet would take for a formula (OWASP "CSV injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as CSV. A text that would start a formula (`=HYPERLINK(…)` as an option name)
/// is prefixed with an apostrophe, so it is shown as the text it is; numbers, which are
/// machine values such as `-1234.50`, stay numbers. Then the cell is quoted when it holds
/// a separator, a quote or a line break.
fn field(cell: &Cell) -> String {
    let s = match cell {
        Cell::Text(t) if t.starts_with(FORMULA_STARTS) => format!("'{t}"),
        Cell::Text(t) | Cell::Number(t) => t.clone(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn line(cells: impl IntoIterator<Item = Cell>) -> String {
    let mut out = cells.into_iter().map(|c| field(&c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// The year-by-year table of one option: every source and category, then totals.
pub fn years(lang: Lang, rows: &[YearRow]) -> String {
    let t = |k: &str| Cell::Text(text(lang, k).to_owned());
    let mut head = vec![t("table.year")];
    head.extend(BenefitSource::ALL.iter().map(|s| t(&format!("source.{}", s.key()))));
    head.push(t("table.benefit"));
    head.extend(CostCategory::ALL.iter().map(|c| t(&format!("category.{}", c.key()))));
    head.extend([t("table.cost"), t("table.net"), t("table.cumulative"), t("table.discounted")]);
    let mut out = format!("{BOM}{}", line(head));
    let n = |v: &rust_decimal::Decimal| Cell::Number(machine_value(v));
    for r in rows {
        let mut cells = vec![Cell::Number(r.year.to_string())];
        cells.extend(BenefitSource::ALL.iter().map(|s| n(&r.benefits.get(*s))));
        cells.push(n(&r.benefit));
        cells.extend(CostCategory::ALL.iter().map(|c| n(&r.costs[c.index()])));
        cells.extend([n(&r.cost), n(&r.net), n(&r.cumulative), n(&r.discounted_net)]);
        out.push_str(&line(cells));
    }
    out
}

/// Every metric of every option (undefined results are empty cells).
pub fn comparison(lang: Lang, scenario: &Scenario, results: &Evaluation) -> String {
    let mut head = vec![Cell::Text(text(lang, "compare.metric").to_owned())];
    head.extend(scenario.options.iter().map(|o| Cell::Text(o.name.clone())));
    let mut out = format!("{BOM}{}", line(head));
    for m in MetricId::ALL {
        let mut cells = vec![Cell::Text(text(lang, &format!("metric.{}", m.key())).to_owned())];
        cells.extend(results.options.iter().map(|r| Cell::Number(metric_value(&m.of_option(r)))));
        out.push_str(&line(cells));
    }
    out
}

/// The analysis (model.md §3a) of each option, as tables one after another: tornado,
/// break-even, scenarios, Monte Carlo percentiles, ROI definitions.
pub fn analysis(lang: Lang, scenario: &Scenario, analyses: &[OptionAnalysis]) -> String {
    let _ = (lang, scenario, analyses);
    BOM.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::model::results::evaluate;

    #[test]
    fn year_table_has_bom_header_and_one_row_per_year() {
        let s = default_scenario("TWD");
        let r = evaluate(&s);
        let rows = &r.options[0].as_ref().unwrap().years;
        let csv = years(Lang::ZhTw, rows);
        assert!(csv.starts_with(BOM));
        let lines: Vec<&str> = csv.trim_start_matches(BOM).lines().collect();
        assert_eq!(lines.len(), 1 + 4, "header and years 0..=3");
        assert!(lines[0].starts_with("年度,"), "{}", lines[0]);
        assert_eq!(lines[0].split(',').count(), 1 + 7 + 1 + 6 + 4);
        let year0: Vec<&str> = lines[1].split(',').collect();
        assert_eq!(year0[0], "0");
        assert_eq!(year0[15], machine_value(&rows[0].cost));
    }

    #[test]
    fn comparison_quotes_names_and_leaves_undefined_empty() {
        let mut s = default_scenario("TWD");
        s.options[0].name = "A, \"quoted\"".into();
        s.options[1].costs.clear();
        let csv = comparison(Lang::En, &s, &evaluate(&s));
        assert!(csv.contains("\"A, \"\"quoted\"\"\""), "{csv}");
        let roi = csv.lines().find(|l| l.starts_with("Return on investment")).unwrap();
        assert!(roi.contains(",,") || roi.ends_with(','), "automated has no costs, so its ROI is empty: {roi}");
        assert_eq!(csv.lines().count(), 1 + MetricId::ALL.len());
    }

    const FORMULA: &str = "=HYPERLINK(\"https://x\"&B2,\"Details\")";

    #[test]
    fn a_name_that_looks_like_a_formula_stays_text() {
        let mut s = default_scenario("TWD");
        s.options[0].name = FORMULA.into();
        for (i, start) in ["+1", "-2", "@SUM(A1)", "\tx", "\rx"].into_iter().enumerate() {
            if let Some(o) = s.options.get_mut(i + 1) {
                o.name = start.into();
            }
        }
        let csv = comparison(Lang::En, &s, &evaluate(&s));
        let head = csv.trim_start_matches(BOM).split("\r\n").next().unwrap();
        // Prefixed with an apostrophe (OWASP), then quoted for the comma and quotes.
        assert!(head.contains(",\"'=HYPERLINK(\"\"https://x\"\"&B2,\"\"Details\"\")\","), "{head}");
        assert!(head.contains(",'+1,"), "{head}");
        assert!(head.contains(",'-2"), "{head}");
        for cell in head.split(',') {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell} in {head}");
        }
    }

    #[test]
    fn negative_numbers_stay_numbers() {
        let mut s = default_scenario("TWD");
        s.options[0].name = FORMULA.into();
        let r = evaluate(&s);
        let rows = &r.options[0].as_ref().unwrap().years;
        let net0 = machine_value(&rows[0].net);
        assert!(net0.starts_with('-'), "year 0 is an investment: {net0}");
        let csv = years(Lang::En, rows);
        let year0: Vec<&str> = csv.trim_start_matches(BOM).lines().nth(1).unwrap().split(',').collect();
        assert!(year0.contains(&net0.as_str()), "{year0:?}");
        assert!(!csv.contains('\''), "no number or heading is prefixed: {csv}");
        let npv = comparison(Lang::En, &s, &r).lines().find(|l| l.starts_with("Net present value")).unwrap().to_owned();
        let mut negative = default_scenario("TWD");
        negative.discount_rate = rust_decimal::Decimal::from(90);
        let npv_negative = comparison(Lang::En, &negative, &evaluate(&negative));
        let line = npv_negative.lines().find(|l| l.starts_with("Net present value")).unwrap();
        assert!(line.contains(",-"), "a negative NPV is a plain number: {line} (was {npv})");
    }

    #[test]
    fn text_and_number_cells() {
        assert_eq!(field(&Cell::Text("=1+1".into())), "'=1+1");
        assert_eq!(field(&Cell::Text("@x".into())), "'@x");
        assert_eq!(field(&Cell::Text("\tx".into())), "'\tx");
        assert_eq!(field(&Cell::Text("\rx".into())), "\"'\rx\"");
        assert_eq!(field(&Cell::Text("plain".into())), "plain");
        assert_eq!(field(&Cell::Text("中文 -1".into())), "中文 -1");
        assert_eq!(field(&Cell::Number("-1234.50".into())), "-1234.50");
        assert_eq!(field(&Cell::Number("1234.50".into())), "1234.50");
    }
}
