//! How an amount field shows its value while it is not being edited: digits grouped
//! by three (`500,000`; zh-TW, zh-CN and en all group with `,` and use `.` as the
//! point), or in 萬/億 when the visitor typed it so (`50 萬`). Focused, the field shows
//! plain digits again (`number_text::to_plain_text`); both read back to the same value.

use super::number_text::to_plain_text;
use rust_decimal::Decimal;

/// The largest Chinese big unit (萬/万 = 10⁴, 億/亿 = 10⁸) in what the visitor typed.
pub fn typed_unit(text: &str) -> Option<char> {
    let exp = |c: char| match c {
        '萬' | '万' => 4,
        '億' | '亿' => 8,
        _ => 0,
    };
    text.chars().filter(|c| exp(*c) > 0).max_by_key(|c| exp(*c))
}

/// `value` grouped, in `unit` (from [`typed_unit`]) when that leaves at least 1 of it.
pub fn grouped(value: &Decimal, unit: Option<char>) -> String {
    let scaled = unit.and_then(|u| {
        let size = Decimal::from(if matches!(u, '億' | '亿') { 100_000_000 } else { 10_000 });
        let v = value.checked_div(size)?;
        (v.abs() >= Decimal::ONE).then_some((v, u))
    });
    match scaled {
        Some((v, u)) => format!("{} {u}", group(&to_plain_text(&v))),
        None => group(&to_plain_text(value)),
    }
}

/// `1234567.5` → `1,234,567.5`.
fn group(plain: &str) -> String {
    let (sign, rest) = plain.strip_prefix('-').map_or(("", plain), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::number_text::{parse_number, NumberKind};

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn grouped_by_three_and_read_back() {
        for (v, shown) in [
            ("0", "0"), ("999", "999"), ("1000", "1,000"), ("500000", "500,000"), ("1234567.5", "1,234,567.5"),
            ("12345.60", "12,345.6"), ("-1234", "-1,234"), ("100000000000000", "100,000,000,000,000"), ("0.25", "0.25"),
        ] {
            assert_eq!(grouped(&d(v), None), shown);
            if !v.starts_with('-') {
                assert_eq!(parse_number(shown, NumberKind::Money), Ok(d(v)), "{shown} reads back");
            }
        }
    }

    #[test]
    fn in_the_unit_the_visitor_typed() {
        assert_eq!(typed_unit("50萬"), Some('萬'));
        assert_eq!(typed_unit("1億2000萬"), Some('億'));
        assert_eq!(typed_unit("3万"), Some('万'));
        assert_eq!(typed_unit("NT$500,000"), None);
        assert_eq!(grouped(&d("500000"), Some('萬')), "50 萬");
        assert_eq!(grouped(&d("12000"), Some('萬')), "1.2 萬");
        assert_eq!(grouped(&d("120000000"), Some('億')), "1.2 億");
        assert_eq!(grouped(&d("123450000000"), Some('万')), "12,345,000 万");
        // Less than one of the unit: plain grouping.
        assert_eq!(grouped(&d("500"), Some('萬')), "500");
        for (v, u) in [("500000", '萬'), ("12000", '万'), ("120000000", '亿'), ("123450000000", '萬')] {
            assert_eq!(parse_number(&grouped(&d(v), Some(u)), NumberKind::Money), Ok(d(v)), "{v} in {u}");
            assert_eq!(parse_number(&grouped(&d(v), Some(u)), NumberKind::Count), Ok(d(v)));
        }
    }
}
