//! CSV export of the year-by-year table and of the comparison, in UTF-8 with a byte
//! order mark so that Excel shows Chinese text correctly. Numbers are machine values
//! (`1234.50`), so a spreadsheet reads them as numbers in any locale.

use crate::i18n::{text, Lang};
use crate::model::benefit_sources::BenefitSource;
use crate::model::machine_value::{machine_value, metric_value};
use crate::model::metric::MetricId;
use crate::model::{CostCategory, Evaluation, Scenario, YearRow};

/// The UTF-8 byte order mark.
pub const BOM: &str = "\u{FEFF}";

/// Quotes a field when it holds a separator, a quote or a line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn line(cells: impl IntoIterator<Item = String>) -> String {
    let mut out = cells.into_iter().map(|c| field(&c)).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// The year-by-year table of one option: every source and category, then totals.
pub fn years(lang: Lang, rows: &[YearRow]) -> String {
    let t = |k: &str| text(lang, k).to_owned();
    let mut head = vec![t("table.year")];
    head.extend(BenefitSource::ALL.iter().map(|s| t(&format!("source.{}", s.key()))));
    head.push(t("table.benefit"));
    head.extend(CostCategory::ALL.iter().map(|c| t(&format!("category.{}", c.key()))));
    head.extend([t("table.cost"), t("table.net"), t("table.cumulative"), t("table.discounted")]);
    let mut out = format!("{BOM}{}", line(head));
    for r in rows {
        let mut cells = vec![r.year.to_string()];
        cells.extend(BenefitSource::ALL.iter().map(|s| machine_value(&r.benefits.get(*s))));
        cells.push(machine_value(&r.benefit));
        cells.extend(CostCategory::ALL.iter().map(|c| machine_value(&r.costs[c.index()])));
        cells.extend([machine_value(&r.cost), machine_value(&r.net), machine_value(&r.cumulative), machine_value(&r.discounted_net)]);
        out.push_str(&line(cells));
    }
    out
}

/// Every metric of every option (undefined results are empty cells).
pub fn comparison(lang: Lang, scenario: &Scenario, results: &Evaluation) -> String {
    let mut head = vec![text(lang, "compare.metric").to_owned()];
    head.extend(scenario.options.iter().map(|o| o.name.clone()));
    let mut out = format!("{BOM}{}", line(head));
    for m in MetricId::ALL {
        let mut cells = vec![text(lang, &format!("metric.{}", m.key())).to_owned()];
        cells.extend(results.options.iter().map(|r| metric_value(&m.of_option(r))));
        out.push_str(&line(cells));
    }
    out
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
}
