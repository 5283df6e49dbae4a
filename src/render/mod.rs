//! The output-only parts of the page — the charts, the comparison and year tables and
//! the metric cards — rendered as HTML/SVG strings by plain Rust. Each is mounted by one
//! element's `inner_html` in its component: a Leptos view costs wasm code for every
//! element and reactive closure, a string costs only the code that writes it
//! (README, "Design notes").
//!
//! Everything here is pure and tested natively: numbers are formatted through
//! [`Ctx::fmt`] (the browser's `Intl` in the app, a plain formatter in the tests), and
//! every text that does not come from this crate's literals goes through
//! [`html::escape`] / [`html::Esc`].

pub mod cards;
pub mod field_name;
pub mod analysis;
pub mod analysis_panel;
pub mod assumptions;
pub mod charts;
pub mod html;
pub mod intl_options;
pub mod metric;
pub mod scale_effect;
pub mod line_text;
pub mod quick;
pub mod read_error;
pub mod tables;

use crate::i18n::Lang;
use crate::model::{Evaluation, OptionResults, Scenario, Undefined};
use rust_decimal::Decimal;

/// The date and time now, short, written for `lang` ("4 Dec 2026, 14:10"; natively a
/// fixed ISO text), for naming a scenario that arrived.
pub fn now_text(lang: Lang) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let options = intl_options::DateFormatOptions { date_style: "medium", time_style: Some("short") };
        let options = serde_wasm_bindgen::to_value(&options).unwrap_or(wasm_bindgen::JsValue::UNDEFINED);
        js_sys::Date::new_0().to_locale_string(lang.code(), &options).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        String::from("1970-01-01 00:00")
    }
}

/// Today's date written for `lang` (by the browser's Intl in the app; ISO natively).
pub fn today(lang: Lang) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let options = intl_options::DateFormatOptions { date_style: "long", time_style: None };
        let options = serde_wasm_bindgen::to_value(&options).unwrap_or(wasm_bindgen::JsValue::UNDEFINED);
        js_sys::Date::new_0().to_locale_date_string(lang.code(), &options).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = lang;
        String::from("1970-01-01")
    }
}

/// How a number is formatted (by `platform::intl` in the browser).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// Money with the currency symbol, to the currency's minor unit.
    Money,
    /// Money in compact form (`1.2萬`, `1.2M`) for chart axes and summaries.
    MoneyCompact,
    /// A plain number with `digits` decimals.
    Number { digits: u8 },
    /// A value already in percent (12.5 → "12.5%"), one decimal.
    Percent,
}

/// The language and the number formatter the outputs are written with.
pub struct Ctx<'a> {
    pub lang: Lang,
    /// Formats a number in the page's language and currency.
    pub fmt: &'a dyn Fn(Style, &Decimal) -> String,
}

impl Ctx<'_> {
    /// The translated text of `key`.
    pub fn tr(&self, key: &str) -> &'static str {
        crate::i18n::text(self.lang, key)
    }

    pub fn format(&self, style: Style, value: &Decimal) -> String {
        (self.fmt)(style, value)
    }
}

/// What the outputs show: the scenario, its evaluation, and the option in detail.
#[derive(Clone, Copy)]
pub struct Data<'a> {
    pub scenario: &'a Scenario,
    pub results: &'a Evaluation,
    /// Id of the option whose details are shown.
    pub selected: &'a str,
}

impl<'a> Data<'a> {
    /// The results of the option in detail; `Err` when it overflowed or is gone.
    pub fn selected_results(&self) -> Result<&'a OptionResults, Undefined> {
        let index = self.scenario.options.iter().position(|o| o.id == self.selected);
        match index.and_then(|i| self.results.options.get(i)) {
            Some(Ok(r)) => Ok(r),
            Some(Err(e)) => Err(*e),
            None => Err(Undefined::Overflow),
        }
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::{Ctx, Data, Style};
    use crate::i18n::Lang;
    use crate::model::presets::default_scenario;
    use crate::model::{evaluate, Evaluation, Scenario};
    use rust_decimal::Decimal;

    /// A formatter that shows the style, so tests can tell which one was used.
    pub fn plain(style: Style, v: &Decimal) -> String {
        match style {
            Style::Money => format!("${v}"),
            Style::MoneyCompact => format!("~${}", v.round_dp(0)),
            Style::Number { digits } => v.round_dp(u32::from(digits)).to_string(),
            Style::Percent => format!("{}%", v.round_dp(1)),
        }
    }

    pub fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    pub fn ctx() -> Ctx<'static> {
        Ctx { lang: Lang::En, fmt: &plain }
    }

    pub fn scenario() -> Scenario {
        default_scenario("TWD")
    }

    /// Renders with `s` evaluated and its first option (or `selected`) in detail.
    pub fn render(s: &Scenario, selected: Option<&str>, f: impl Fn(&Ctx, &Data) -> String) -> String {
        let results: Evaluation = evaluate(s);
        let first = s.options.first().map(|o| o.id.clone()).unwrap_or_default();
        let data = Data { scenario: s, results: &results, selected: selected.unwrap_or(&first) };
        f(&ctx(), &data)
    }

    /// The opening tag of the element with `data-testid="<id>"`; panics if it is not
    /// there exactly once.
    pub fn tag_of<'h>(html: &'h str, id: &str) -> &'h str {
        let needle = format!("data-testid=\"{id}\"");
        assert_eq!(html.matches(&needle).count(), 1, "{needle} not once");
        let at = html.find(&needle).unwrap();
        let start = html[..at].rfind('<').unwrap();
        let end = at + html[at..].find('>').unwrap();
        &html[start..=end]
    }

    /// The element with `data-testid="<id>"` up to its closing tag (no nesting of the
    /// same tag inside, which holds for the cells and rows checked here).
    pub fn element<'h>(html: &'h str, id: &str) -> &'h str {
        let open = tag_of(html, id);
        let start = open.as_ptr() as usize - html.as_ptr() as usize;
        let name: String = open[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let close = format!("</{name}>");
        let end = start + html[start..].find(&close).unwrap() + close.len();
        &html[start..end]
    }

    /// The value of attribute `name` in an opening tag.
    pub fn attr<'h>(tag: &'h str, name: &str) -> Option<&'h str> {
        let needle = format!(" {name}=\"");
        let at = tag.find(&needle)? + needle.len();
        Some(&tag[at..at + tag[at..].find('"')?])
    }

    /// Tags balance: every element opened is closed in order (`<x/>` closes itself).
    pub fn assert_well_formed(html: &str) {
        let mut stack: Vec<String> = Vec::new();
        for piece in html.split('<').skip(1) {
            let tag = &piece[..piece.find('>').expect("unclosed tag")];
            assert!(!tag.contains('<'), "stray < in {tag}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "closing {name}");
            } else if !tag.ends_with('/') {
                stack.push(tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect());
            }
        }
        assert!(stack.is_empty(), "left open: {stack:?}");
        // Text holds no raw markup characters: every '>' ends a tag.
        assert_eq!(html.matches('<').count(), html.matches('>').count());
    }
}
