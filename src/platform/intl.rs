//! Numbers and money formatted by the browser's `Intl.NumberFormat` for the language
//! and currency: no hand-written grouping. Decimals are passed as strings, which
//! Intl formats exactly (no trip through f64). Formatters are cached, because
//! building one costs far more than using it and a result update formats hundreds.

use crate::i18n::Lang;
pub use crate::render::Style;
use crate::render::intl_options::NumberFormatOptions;
use js_sys::{Array, Function, Reflect};
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static CACHE: RefCell<HashMap<(Lang, String, Style), Option<Function>>> = RefCell::new(HashMap::new());
}

fn make(lang: Lang, currency: &str, style: Style) -> Option<Function> {
    let options = serde_wasm_bindgen::to_value(&NumberFormatOptions::for_style(style, currency)).ok()?;
    let locales = Array::of1(&JsValue::from_str(lang.code()));
    // Built through Reflect so that a RangeError (an unknown currency code) comes back
    // as an Err instead of unwinding through the wasm.
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let ctor: Function = Reflect::get(&intl, &JsValue::from_str("NumberFormat")).ok()?.dyn_into().ok()?;
    let formatter = Reflect::construct(&ctor, &Array::of2(&locales, &options)).ok()?;
    Reflect::get(&formatter, &JsValue::from_str("format")).ok()?.dyn_into().ok()
}

fn try_format(lang: Lang, currency: &str, style: Style, value: &Decimal) -> Option<String> {
    let f = CACHE.with(|c| {
        c.borrow_mut()
            .entry((lang, currency.to_owned(), style))
            .or_insert_with(|| make(lang, currency, style))
            .clone()
    })?;
    let text = match style {
        Style::Percent => (value / Decimal::ONE_HUNDRED).to_string(),
        _ => value.to_string(),
    };
    f.call1(&JsValue::NULL, &JsValue::from_str(&text)).ok()?.as_string()
}

/// `value` formatted for `lang`; if Intl refuses (an unknown currency code), the plain
/// number with the code, never an error.
pub fn format(lang: Lang, currency: &str, style: Style, value: &Decimal) -> String {
    try_format(lang, currency, style, value).unwrap_or_else(|| match style {
        Style::Money | Style::MoneyCompact => format!("{currency} {}", value.round_dp(2)),
        Style::Number { digits } => value.round_dp(u32::from(digits)).to_string(),
        Style::Percent => format!("{}%", value.round_dp(1)),
    })
}
