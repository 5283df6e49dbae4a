//! Reading a number the way a person types it into a text field.
//!
//! [`parse_number`] turns field text such as `NT$1,200`, `３萬`, `1.5億元`, `2.5k`
//! or `12.5％` into an exact [`Decimal`], or returns a [`NumberError`] that the UI
//! translates and shows next to the field. [`to_plain_text`] writes a value back
//! into a field in a form `parse_number` reads again.
//!
//! Design choices, and why:
//!
//! - **Hand-written, no regex.** The module ships in WebAssembly; the `regex` crate
//!   would add a few hundred kilobytes for a grammar this small, and a small cursor
//!   also lets every failure name its precise cause.
//! - **Exact all the way.** Digits are accumulated in a `u128` mantissa with a
//!   decimal scale (`Exact`) using checked arithmetic, and only then turned into
//!   a `Decimal`. Nothing goes through `f64`, so `0.1` is exactly 0.1, and an
//!   overflow is an error ([`NumberError::TooLarge`]), never a panic or a rounding.
//! - **The comma is always a thousands separator, never a decimal comma.** Most
//!   visitors are Taiwanese or Chinese, who write `1,234.5`. Guessing per input
//!   would let `1,500` mean 1500 to one visitor and 1.5 to another; instead the
//!   last comma must be followed by exactly three digits, and a European `1,5` is
//!   refused ([`NumberError::NotANumber`]) rather than read as 15 or 1.5.
//!   Indian grouping (`1,00,000`) is accepted: earlier groups may have 2 or 3 digits.
//! - **Forgiving about decoration, strict about digits.** Full-width characters from
//!   an IME, currency symbols and codes, Chinese units (`萬`, `億`, `千`, `百`) and
//!   `k`/`m`/`b` are accepted because visitors type them; anything ambiguous
//!   (`1萬2`: 10 002 or 12 000?) or unknown (`1e5`, `12abc`) is refused rather
//!   than guessed.
//! - **Never panics.** Only `get`/`peek`-style access and checked arithmetic are
//!   used, and input longer than [`MAX_CHARS`] characters is refused up front.

use rust_decimal::Decimal;
use std::fmt;

/// What kind of value the field holds: decides the range and which suffixes make sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberKind {
    /// An amount of money, `0..=10^15`; currency symbols/codes and units allowed.
    Money,
    /// A count of customers, staff, … `0..=10^15`; may be fractional (0.5 FTE);
    /// units (`萬`, `k`) allowed, currency not.
    Count,
    /// A percentage `0..=100`, with an optional `%`.
    Percent,
    /// A growth rate `-100..=100`, with an optional `%`.
    SignedPercent,
    /// A whole number of years `1..=10`.
    Years,
    /// A count above 0, up to 10^15: the N of "per N customers".
    PositiveCount,
    /// A percentage of a money figure with no 100 % cap (`0..=10^15`), with an
    /// optional `%`: "2 % of revenue", "240 % of marketing spend".
    Share,
}

/// Why the text could not be read. The UI translates these; `Display` is for debugging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but whitespace.
    Empty,
    /// Letters or symbols we don't understand, e.g. `abc`, `12x`, `1e5`, `1,5`.
    NotANumber,
    /// More than one decimal point, e.g. `1.2.3`.
    TwoDecimalPoints,
    /// A negative money amount, count or (unsigned) percentage.
    Negative,
    /// Beyond the field's maximum (10^15 for money and counts), or more digits than
    /// a `Decimal` can hold (about 28 significant digits, at most 28 after the point).
    TooLarge,
    /// A percentage over 100.
    AbovePercentMax,
    /// A growth rate below its minimum (-100 %).
    BelowMin { min: Decimal },
    /// A number of years with a fraction.
    NotWhole,
    /// A number of years outside `min..=max`.
    OutOfRange { min: Decimal, max: Decimal },
    /// 0 where only more than 0 makes sense ("per 0 customers").
    NotPositive,
    /// Outside what the field allows now (a range's bound around its lever's value).
    OutsideLimits { min: Decimal, max: Decimal },
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "empty"),
            Self::NotANumber => write!(f, "not a number"),
            Self::TwoDecimalPoints => write!(f, "more than one decimal point"),
            Self::Negative => write!(f, "must not be negative"),
            Self::TooLarge => write!(f, "too large (or too many digits)"),
            Self::AbovePercentMax => write!(f, "above 100 %"),
            Self::BelowMin { min } => write!(f, "below the minimum {min}"),
            Self::NotWhole => write!(f, "must be a whole number"),
            Self::OutOfRange { min, max } => write!(f, "must be between {min} and {max}"),
            Self::NotPositive => write!(f, "must be more than 0"),
            Self::OutsideLimits { min, max } => write!(f, "must be from {min} to {max}"),
        }
    }
}

impl std::error::Error for NumberError {}

/// Longest text (after trimming) that we parse at all. Sensible entries are shorter
/// (`NT$ 999,999,999,999,999.99 元` has 29 characters, the 28 decimals `Decimal` can
/// hold fit too); the cap bounds the work done per keystroke whatever gets pasted.
pub const MAX_CHARS: usize = 64;

/// Upper bound for money and counts: 10^15 (a thousand 兆 NT$, far beyond any small
/// business). Later computations grow such values over up to 10 years (≤ ×1024 at
/// +100 %/year), sum a few dozen lines and discount: starting at ≤ 10^15 keeps that
/// below 10^20, nine orders of magnitude under `Decimal`'s limit (≈ 7.9·10^28). Only
/// a product of two maximal fields (price × customers, 10^30) could still overflow,
/// and the engine's checked arithmetic reports that instead of panicking.
/// It is the model's single limit, so whatever a file or link may hold can be typed.
fn money_max() -> Decimal {
    crate::model::validation::MAX_AMOUNT
}

/// Currency markers accepted before or after a money amount, compared
/// case-insensitively against upper-cased input. `RMB` precedes `RM` so the
/// longer one wins; no other entry is a prefix of another.
const CURRENCIES: &[&str] = &[
    "TWD", "NTD", "USD", "CNY", "RMB", "HKD", "MOP", "EUR", "GBP", "JPY", "KRW", "SGD", "MYR",
    "AUD", "CAD", "NT$", "US$", "HK$", "S$", "RM", "$", "¥", "€", "£", "元", "圓", "円",
];

/// Latin magnitude suffixes with their power of ten; longest first so `mn` beats `m`.
const LATIN_UNITS: &[(&str, u32)] = &[("BN", 9), ("MN", 6), ("K", 3), ("M", 6), ("B", 9)];

/// Reads `text` as typed by a visitor into a field of the given kind.
///
/// # Errors
///
/// A [`NumberError`] naming what is wrong. Syntax errors (`NotANumber`,
/// `TwoDecimalPoints`) are reported before range errors, so `-abc` is
/// `NotANumber`, not `Negative`.
pub fn parse_number(text: &str, kind: NumberKind) -> Result<Decimal, NumberError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    if trimmed.chars().nth(MAX_CHARS).is_some() {
        return Err(too_long_error(trimmed));
    }
    let chars: Vec<char> = trimmed.chars().map(normalize_char).collect();
    let (negative, magnitude) = read_syntax(&chars, kind)?;
    let value = magnitude
        .to_decimal(negative)
        .ok_or(NumberError::TooLarge)?;
    check_range(value, kind)
}

/// Writes a value back for an input field: no grouping, `.` as the point, no
/// trailing zeros after the point, never exponent notation (`Decimal`'s `Display`
/// never uses one). `parse_number` reads the result back to the same value.
#[must_use]
pub fn to_plain_text(value: &Decimal) -> String {
    // `normalize` strips trailing fractional zeros and turns -0 into 0.
    value.normalize().to_string()
}

/// Over-long text: if it is made only of number characters, the visitor typed a
/// huge number; otherwise it is something else (a pasted sentence, …).
fn too_long_error(text: &str) -> NumberError {
    let numeric = text
        .chars()
        .map(normalize_char)
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | ' ') || is_group_separator(c));
    if numeric {
        NumberError::TooLarge
    } else {
        NumberError::NotANumber
    }
}

/// Maps the many ways an IME or a phone keyboard writes a character onto one, so the
/// grammar below only deals with ASCII plus a few CJK characters.
fn normalize_char(c: char) -> char {
    match c {
        // The full-width block U+FF01..=U+FF5E mirrors ASCII '!'..='~' at a fixed
        // offset: this covers ０-９ ．，－＋％＄ and full-width letters (ＵＳＤ, ｋ).
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        '\u{2212}' => '-',  // MINUS SIGN, from copied text and math keyboards
        '\u{2019}' => '\'', // iOS "smart punctuation" turns ' into ’
        '\u{FFE5}' => '¥',  // full-width yen/yuan sign ￥
        '\u{FFE1}' => '£',  // full-width pound sign ￡
        // Covers U+3000 ideographic space, U+00A0 and U+202F no-break spaces, tabs.
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// Characters that separate digit groups when they stand between two digits.
fn is_group_separator(c: char) -> bool {
    matches!(c, ',' | ' ' | '\'')
}

/// The whole grammar, on normalized characters:
///
/// `[sign] [currency [sign]] body [latin unit] [currency | %]`
///
/// with spaces allowed between the parts. Returns the sign and the magnitude.
fn read_syntax(chars: &[char], kind: NumberKind) -> Result<(bool, Exact), NumberError> {
    let mut cursor = Cursor { chars, pos: 0 };
    let mut sign = cursor.eat_sign();
    cursor.skip_spaces();
    // "-NT$5" and "NT$-5" are both common; a sign on both sides is not.
    if kind == NumberKind::Money && cursor.eat_any(CURRENCIES) {
        cursor.skip_spaces();
        if let Some(second) = cursor.eat_sign() {
            if sign.is_some() {
                return Err(NumberError::NotANumber);
            }
            sign = Some(second);
            cursor.skip_spaces();
        }
    }
    let body = parse_body(&mut cursor, kind.allows_units())?;
    // `k`, `m`, `b` don't combine with Chinese units ("3萬k").
    let latin_exp = parse_tail(&cursor, kind, !body.used_units).ok_or(NumberError::NotANumber)?;
    let magnitude = body
        .value
        .times_pow10(latin_exp)
        .ok_or(NumberError::TooLarge)?;
    Ok((sign == Some(true), magnitude))
}

/// Checks the value against the field's range.
fn check_range(value: Decimal, kind: NumberKind) -> Result<Decimal, NumberError> {
    let hundred = Decimal::ONE_HUNDRED;
    match kind {
        NumberKind::PositiveCount if value.is_zero() => return Err(NumberError::NotPositive),
        NumberKind::Money | NumberKind::Count | NumberKind::PositiveCount | NumberKind::Share => {
            if value < Decimal::ZERO {
                return Err(NumberError::Negative);
            }
            if value > money_max() {
                return Err(NumberError::TooLarge);
            }
        }
        NumberKind::Percent => {
            if value < Decimal::ZERO {
                return Err(NumberError::Negative);
            }
            if value > hundred {
                return Err(NumberError::AbovePercentMax);
            }
        }
        NumberKind::SignedPercent => {
            if value < -hundred {
                return Err(NumberError::BelowMin { min: -hundred });
            }
            if value > hundred {
                return Err(NumberError::AbovePercentMax);
            }
        }
        NumberKind::Years => {
            if !value.fract().is_zero() {
                return Err(NumberError::NotWhole);
            }
            // Negative years are simply out of range; `Negative` is for amounts.
            if value < Decimal::ONE || value > Decimal::TEN {
                return Err(NumberError::OutOfRange {
                    min: Decimal::ONE,
                    max: Decimal::TEN,
                });
            }
        }
    }
    Ok(value)
}

impl NumberKind {
    /// Magnitude units (`萬`, `k`, …) make sense for amounts, not for rates or years.
    fn allows_units(self) -> bool {
        matches!(self, Self::Money | Self::Count | Self::PositiveCount)
    }
}

/// A non-negative number `mantissa / 10^scale`, kept exact while parsing.
/// `u128` holds 38 digits, more than the 29 a `Decimal` can take, so the final
/// conversion is where "too many digits" is detected.
#[derive(Debug, Clone, Copy)]
struct Exact {
    mantissa: u128,
    scale: u32,
}

impl Exact {
    const ZERO: Exact = Exact {
        mantissa: 0,
        scale: 0,
    };

    /// Appends one decimal digit, to the integer part or (with `fractional`) after the point.
    fn append_digit(self, digit: u8, fractional: bool) -> Option<Exact> {
        let mantissa = self
            .mantissa
            .checked_mul(10)?
            .checked_add(u128::from(digit))?;
        let scale = self.scale.checked_add(u32::from(fractional))?;
        Some(Exact { mantissa, scale })
    }

    /// Multiplies by 10^exp; lowering the scale first keeps `1.5億` exact and cheap.
    fn times_pow10(self, exp: u32) -> Option<Exact> {
        if let Some(scale) = self.scale.checked_sub(exp) {
            return Some(Exact {
                mantissa: self.mantissa,
                scale,
            });
        }
        let factor = 10u128.checked_pow(exp - self.scale)?;
        Some(Exact {
            mantissa: self.mantissa.checked_mul(factor)?,
            scale: 0,
        })
    }

    fn checked_add(self, other: Exact) -> Option<Exact> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10u128.checked_pow(scale - self.scale)?)?;
        let b = other
            .mantissa
            .checked_mul(10u128.checked_pow(scale - other.scale)?)?;
        Some(Exact {
            mantissa: a.checked_add(b)?,
            scale,
        })
    }

    /// Whether the value is below 10^exp.
    fn is_below_pow10(self, exp: u32) -> bool {
        match 10u128.checked_pow(exp.saturating_add(self.scale)) {
            Some(limit) => self.mantissa < limit,
            // 10^(exp+scale) exceeds u128, so it exceeds any mantissa.
            None => true,
        }
    }

    /// Converts to `Decimal`, or `None` if it holds more digits than `Decimal` can.
    fn to_decimal(self, negative: bool) -> Option<Decimal> {
        let Exact {
            mut mantissa,
            mut scale,
        } = self;
        // "1.50000…" may carry more zeros than Decimal's 28 places; they mean nothing.
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            scale -= 1;
        }
        let mantissa = i128::try_from(mantissa).ok()?;
        let mut value = Decimal::try_from_i128_with_scale(mantissa, scale).ok()?;
        // "-0" is plain zero, not a negative number.
        value.set_sign_negative(negative && !value.is_zero());
        Some(value)
    }
}

/// A position in the normalized characters. Every access goes through `get`, so
/// running off the end yields `None` instead of a panic.
#[derive(Clone)]
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_second(&self) -> Option<char> {
        self.chars.get(self.pos.saturating_add(1)).copied()
    }

    fn peek_digit(&self) -> Option<u8> {
        // `to_digit` only accepts ASCII digits; full-width ones were normalized.
        self.peek()
            .and_then(|c| c.to_digit(10))
            .and_then(|d| u8::try_from(d).ok())
    }

    fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn at_end(&self) -> bool {
        self.pos >= self.chars.len()
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(' ') {
            self.bump();
        }
    }

    /// Consumes `token` (upper case) if the input continues with it, ignoring ASCII case.
    fn eat(&mut self, token: &str) -> bool {
        let mut pos = self.pos;
        for want in token.chars() {
            match self.chars.get(pos) {
                Some(got) if got.to_ascii_uppercase() == want => pos += 1,
                _ => return false,
            }
        }
        self.pos = pos;
        true
    }

    fn eat_any(&mut self, tokens: &[&str]) -> bool {
        tokens.iter().any(|token| self.eat(token))
    }

    /// `Some(true)` for a minus, `Some(false)` for a plus, `None` for neither.
    fn eat_sign(&mut self) -> Option<bool> {
        let negative = match self.peek()? {
            '-' => true,
            '+' => false,
            _ => return None,
        };
        self.bump();
        Some(negative)
    }
}

/// A plain number like `1,234.5`, and how many integer digits were typed (for `1萬2000`).
struct Plain {
    value: Exact,
    int_digits: u32,
}

/// Reads digits with grouping separators and at most one point. `Ok(None)` when
/// there is no number here at all.
fn parse_plain(cursor: &mut Cursor) -> Result<Option<Plain>, NumberError> {
    let too_large = NumberError::TooLarge;
    let mut value = Exact::ZERO;
    let mut int_digits: u32 = 0;
    let mut group_len: u32 = 0; // digits since the last separator
    let mut grouped = false;
    while let Some(digit) = cursor.peek_digit() {
        cursor.bump();
        value = value.append_digit(digit, false).ok_or(too_large)?;
        int_digits = int_digits.saturating_add(1);
        group_len = group_len.saturating_add(1);
        // A separator only counts between two digits; "1, 000" or "1,000," fall
        // through and are refused by whoever sees the stray ','.
        let separator_here = cursor.peek().is_some_and(is_group_separator)
            && cursor.peek_second().is_some_and(|c| c.is_ascii_digit());
        if separator_here {
            // Groups after the first have 3 digits (or 2: Indian 1,00,000).
            if grouped && !(2..=3).contains(&group_len) {
                return Err(NumberError::NotANumber);
            }
            grouped = true;
            group_len = 0;
            cursor.bump();
        }
    }
    // The last group must have exactly 3 digits: this is what refuses `1,5`.
    if grouped && group_len != 3 {
        return Err(NumberError::NotANumber);
    }

    let has_point = cursor.peek() == Some('.');
    let mut frac_digits: u32 = 0;
    if has_point {
        cursor.bump();
        // Zeros are held back until a non-zero digit follows, so that trailing zeros
        // ("1.5000000…") never overflow the mantissa.
        let mut pending_zeros: u32 = 0;
        while let Some(digit) = cursor.peek_digit() {
            cursor.bump();
            frac_digits = frac_digits.saturating_add(1);
            if digit == 0 {
                pending_zeros = pending_zeros.saturating_add(1);
                continue;
            }
            for _ in 0..pending_zeros {
                value = value.append_digit(0, true).ok_or(too_large)?;
            }
            pending_zeros = 0;
            value = value.append_digit(digit, true).ok_or(too_large)?;
        }
        if cursor.peek() == Some('.') {
            return Err(NumberError::TwoDecimalPoints);
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        // A lone "." is not a number; no digits and no point means "nothing here".
        return if has_point {
            Err(NumberError::NotANumber)
        } else {
            Ok(None)
        };
    }
    Ok(Some(Plain { value, int_digits }))
}

/// Chinese magnitude units. 萬 and 億 ("big") multiply everything before them in
/// their group (`5千萬` = 5000 × 10^4); 千 and 百 ("small") multiply one number.
#[derive(Clone, Copy)]
enum CjkUnit {
    Small(u32),
    Big(u32),
}

fn eat_cjk_unit(cursor: &mut Cursor) -> Option<CjkUnit> {
    let unit = match cursor.peek()? {
        '萬' | '万' => CjkUnit::Big(4),
        '億' | '亿' => CjkUnit::Big(8),
        '千' => CjkUnit::Small(3),
        '百' => CjkUnit::Small(2),
        _ => return None,
    };
    cursor.bump();
    Some(unit)
}

/// The number itself, with any Chinese units.
struct Body {
    value: Exact,
    used_units: bool,
}

/// Reads `1,234.5`, or a combination of numbers and Chinese units such as `3萬`,
/// `1萬2千`, `5千萬`, `1億2000萬`, `1萬2000`. Units must decrease from left to right.
fn parse_body(cursor: &mut Cursor, units_allowed: bool) -> Result<Body, NumberError> {
    let too_large = NumberError::TooLarge;
    let not_a_number = NumberError::NotANumber;
    let mut total = Exact::ZERO; // finished 萬/億 groups
    let mut section = Exact::ZERO; // the group being built, before its 萬/億
    let mut last_big: Option<u32> = None; // exponent of the last 萬/億
    let mut last_small: Option<u32> = None; // exponent of the last 千/百 in `section`
    let mut last_unit: Option<u32> = None; // exponent of the last unit of any kind

    // A number after a unit must fit below it: `1萬2千` yes, `1萬12千` no.
    let fits_below = |number: &Plain, last_unit: Option<u32>, exp: u32| match last_unit {
        Some(previous) => number.value.is_below_pow10(previous.saturating_sub(exp)),
        None => true,
    };

    loop {
        cursor.skip_spaces();
        let number = parse_plain(cursor)?;
        cursor.skip_spaces();
        let unit = if units_allowed {
            eat_cjk_unit(cursor)
        } else {
            None
        };
        match (number, unit) {
            (None, None) => break,
            (Some(number), None) => {
                // A trailing bare number after a unit is only unambiguous when it fills
                // exactly the places below that unit: `1萬2000` is 12 000, but `1萬2`
                // could mean 10 002 or (colloquially) 12 000, so it is refused.
                if last_unit.is_some_and(|previous| number.int_digits != previous) {
                    return Err(not_a_number);
                }
                let value = total
                    .checked_add(section)
                    .and_then(|sum| sum.checked_add(number.value))
                    .ok_or(too_large)?;
                return Ok(Body {
                    value,
                    used_units: last_unit.is_some(),
                });
            }
            (None, Some(CjkUnit::Small(_))) => return Err(not_a_number),
            (Some(number), Some(CjkUnit::Small(exp))) => {
                if last_small.is_some_and(|previous| exp >= previous)
                    || !fits_below(&number, last_unit, exp)
                {
                    return Err(not_a_number);
                }
                let term = number.value.times_pow10(exp).ok_or(too_large)?;
                section = section.checked_add(term).ok_or(too_large)?;
                last_small = Some(exp);
                last_unit = Some(exp);
            }
            (number, Some(CjkUnit::Big(exp))) => {
                if last_big.is_some_and(|previous| exp >= previous) {
                    return Err(not_a_number);
                }
                match number {
                    // `2千5萬` mixes a small-unit group with a bare number: refused.
                    Some(number) => {
                        if last_small.is_some() || !fits_below(&number, last_unit, exp) {
                            return Err(not_a_number);
                        }
                        section = section.checked_add(number.value).ok_or(too_large)?;
                    }
                    // `5千萬`: the unit applies to the group before it; a lone `萬` is no number.
                    None => {
                        if last_small.is_none() {
                            return Err(not_a_number);
                        }
                    }
                }
                let group = section.times_pow10(exp).ok_or(too_large)?;
                total = total.checked_add(group).ok_or(too_large)?;
                section = Exact::ZERO;
                last_small = None;
                last_big = Some(exp);
                last_unit = Some(exp);
            }
        }
    }
    if last_unit.is_none() {
        // No digits at all: "abc", "$", "-".
        return Err(not_a_number);
    }
    let value = total.checked_add(section).ok_or(too_large)?;
    Ok(Body {
        value,
        used_units: true,
    })
}

/// Matches what may follow the number: `[k|m|mn|b|bn] [currency]` for money,
/// `[k|…]` for counts, `[%]` for percentages, nothing for years. Returns the power
/// of ten of the Latin unit (0 without one), or `None` if the rest is not a valid tail.
///
/// Each unit is tried, then none, because `m` is also how `MYR` starts.
fn parse_tail(cursor: &Cursor, kind: NumberKind, latin_allowed: bool) -> Option<u32> {
    let units = if latin_allowed && kind.allows_units() {
        LATIN_UNITS
    } else {
        &[]
    };
    units.iter().chain(&[("", 0)]).find_map(|&(unit, exp)| {
        let mut rest = cursor.clone();
        (rest.eat(unit) && is_suffix(rest, kind)).then_some(exp)
    })
}

/// Whether the rest is only the kind's optional currency or percent sign.
fn is_suffix(mut rest: Cursor, kind: NumberKind) -> bool {
    rest.skip_spaces();
    let found = match kind {
        NumberKind::Money => rest.eat_any(CURRENCIES),
        NumberKind::Percent | NumberKind::SignedPercent | NumberKind::Share => rest.eat("%"),
        NumberKind::Count | NumberKind::Years | NumberKind::PositiveCount => false,
    };
    if found {
        rest.skip_spaces();
    }
    rest.at_end()
}

#[cfg(test)]
mod tests {
    use super::NumberError::*;
    use super::NumberKind::*;
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    /// Test-only: the expected value written as a plain decimal literal.
    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).expect("test literal")
    }

    const ALL_KINDS: [NumberKind; 5] = [Money, Count, Percent, SignedPercent, Years];

    /// (input, kind, expected value as a plain literal)
    const ACCEPTED: &[(&str, NumberKind, &str)] = &[
        // Plain digits, whitespace, leading/trailing point.
        ("1234", Money, "1234"),
        ("  1234  ", Money, "1234"),
        ("\u{3000}1234\u{3000}", Money, "1234"),
        ("\t1234\n", Money, "1234"),
        ("0", Money, "0"),
        ("007", Money, "7"),
        (".5", Money, "0.5"),
        ("5.", Money, "5"),
        ("0.10", Money, "0.1"),
        ("1234.5678", Money, "1234.5678"),
        (
            "0.0000000000000000000000000001",
            Money,
            "0.0000000000000000000000000001",
        ),
        (
            "1.50000000000000000000000000000000000000000000",
            Money,
            "1.5",
        ),
        ("000000000000000000000000000000000000000000001", Money, "1"),
        ("1000000000000000", Money, "1000000000000000"),
        (
            "999999999999999.9999999999999",
            Money,
            "999999999999999.9999999999999",
        ),
        // Full-width digits, point, comma.
        ("１２３４", Money, "1234"),
        ("１２３４．５", Money, "1234.5"),
        ("１，２３４", Money, "1234"),
        ("．５", Money, "0.5"),
        // Grouping separators.
        ("1,234", Money, "1234"),
        ("1,234,567", Money, "1234567"),
        ("1,234.56", Money, "1234.56"),
        ("1,000.", Money, "1000"),
        ("1 234 567", Money, "1234567"),
        ("1\u{3000}234", Money, "1234"),
        ("1\u{A0}234", Money, "1234"),
        ("1\u{202F}234", Money, "1234"),
        ("1'234'567", Money, "1234567"),
        ("1\u{2019}234", Money, "1234"),
        ("1,00,000", Money, "100000"),
        ("12,34,567.5", Money, "1234567.5"),
        ("1234,567", Money, "1234567"),
        // Signs.
        ("+5", Money, "5"),
        ("＋5", Money, "5"),
        ("-0", Money, "0"),
        ("-0.00", Count, "0"),
        // Currency symbols and codes, before or after, with or without space.
        ("NT$1,200", Money, "1200"),
        ("NT$ 1,200", Money, "1200"),
        ("nt$1200", Money, "1200"),
        ("1200 NT$", Money, "1200"),
        ("$5", Money, "5"),
        ("5$", Money, "5"),
        ("US$5", Money, "5"),
        ("HK$5", Money, "5"),
        ("S$5", Money, "5"),
        ("RM5", Money, "5"),
        ("rm 5", Money, "5"),
        ("¥5", Money, "5"),
        ("￥5", Money, "5"),
        ("€5", Money, "5"),
        ("£5", Money, "5"),
        ("￡5", Money, "5"),
        ("＄５", Money, "5"),
        ("5元", Money, "5"),
        ("5 元", Money, "5"),
        ("5圓", Money, "5"),
        ("5円", Money, "5"),
        ("5 TWD", Money, "5"),
        ("400", PositiveCount, "400"),
        ("1.2萬", PositiveCount, "12000"),
        ("0.5", PositiveCount, "0.5"),
        ("240%", Share, "240"),
        ("2.5 %", Share, "2.5"),
        ("twd 5", Money, "5"),
        ("NTD5", Money, "5"),
        ("5USD", Money, "5"),
        ("ＵＳＤ５", Money, "5"),
        ("CNY 5", Money, "5"),
        ("5 RMB", Money, "5"),
        ("rmb5", Money, "5"),
        ("HKD5", Money, "5"),
        ("EUR 5", Money, "5"),
        ("5jpy", Money, "5"),
        ("SGD5", Money, "5"),
        ("MYR 5", Money, "5"),
        ("5MYR", Money, "5"),
        ("$5 USD", Money, "5"),
        // Chinese units, single.
        ("3萬", Money, "30000"),
        ("3万", Money, "30000"),
        ("3 萬", Money, "30000"),
        ("1.5億", Money, "150000000"),
        ("1.5亿", Money, "150000000"),
        ("2千", Money, "2000"),
        ("5百", Money, "500"),
        ("0.00001萬", Money, "0.1"),
        ("3萬元", Money, "30000"),
        ("3 萬 元", Money, "30000"),
        ("NT$3萬", Money, "30000"),
        ("３萬", Count, "30000"),
        ("1,500萬", Money, "15000000"),
        // Chinese units, combined.
        ("1萬2千", Money, "12000"),
        ("1萬 2千", Money, "12000"),
        ("2千5百", Money, "2500"),
        ("1萬2千5百", Money, "12500"),
        ("5千萬", Money, "50000000"),
        ("1千2百萬", Money, "12000000"),
        ("1億5千萬", Money, "150000000"),
        ("1億2000萬", Money, "120000000"),
        ("1億200萬", Money, "102000000"),
        ("1萬2000", Money, "12000"),
        ("1萬2000元", Money, "12000"),
        ("3千500", Money, "3500"),
        ("1萬2千500", Money, "12500"),
        ("1千萬5百", Money, "10000500"),
        ("1.5萬2千", Money, "17000"),
        // Latin units.
        ("5k", Money, "5000"),
        ("5K", Money, "5000"),
        ("5 k", Money, "5000"),
        ("2.5k", Money, "2500"),
        ("1.2m", Money, "1200000"),
        ("1.2M", Money, "1200000"),
        ("3mn", Money, "3000000"),
        ("1b", Money, "1000000000"),
        ("1B", Money, "1000000000"),
        ("1bn", Money, "1000000000"),
        ("5k USD", Money, "5000"),
        ("5kUSD", Money, "5000"),
        ("5mMYR", Money, "5000000"),
        ("$5k", Money, "5000"),
        ("5k元", Money, "5000"),
        ("2k", Count, "2000"),
        ("1000000b", Money, "1000000000000000"),
        // Counts.
        ("0.5", Count, "0.5"),
        ("1,200", Count, "1200"),
        ("+3", Count, "3"),
        // Percentages.
        ("12.5%", Percent, "12.5"),
        ("12.5 %", Percent, "12.5"),
        ("12.5％", Percent, "12.5"),
        ("１２．５％", Percent, "12.5"),
        ("12.5", Percent, "12.5"),
        ("0", Percent, "0"),
        ("100", Percent, "100"),
        ("100%", Percent, "100"),
        ("100.000", Percent, "100"),
        ("-5%", SignedPercent, "-5"),
        ("－5", SignedPercent, "-5"),
        ("−5", SignedPercent, "-5"),
        ("- 5", SignedPercent, "-5"),
        ("+5%", SignedPercent, "5"),
        ("＋5％", SignedPercent, "5"),
        ("-100", SignedPercent, "-100"),
        ("-100%", SignedPercent, "-100"),
        ("100", SignedPercent, "100"),
        ("-0.5", SignedPercent, "-0.5"),
        // Years.
        ("1", Years, "1"),
        ("3", Years, "3"),
        (" 5 ", Years, "5"),
        ("１０", Years, "10"),
        ("3.0", Years, "3"),
        ("+7", Years, "7"),
    ];

    #[test]
    fn accepted_forms_give_the_exact_value() {
        for &(text, kind, expected) in ACCEPTED {
            assert_eq!(
                parse_number(text, kind),
                Ok(dec(expected)),
                "{text:?} as {kind:?}"
            );
        }
    }

    #[test]
    fn full_width_latin_unit() {
        assert_eq!(parse_number("５ｋ", Money), Ok(dec("5000")));
    }

    #[test]
    fn negative_zero_is_plain_zero() {
        let zero = parse_number("-0", SignedPercent).expect("valid");
        assert!(!zero.is_sign_negative());
        assert_eq!(to_plain_text(&zero), "0");
    }

    /// (input, kind, expected error)
    const REFUSED: &[(&str, NumberKind, NumberError)] = &[
        // Empty.
        ("", Money, Empty),
        ("   ", Money, Empty),
        ("\u{3000}\u{A0}\u{202F}", Percent, Empty),
        ("\t\n", Years, Empty),
        // Not a number.
        ("abc", Money, NotANumber),
        ("12abc", Money, NotANumber),
        ("12x", Count, NotANumber),
        ("1e5", Money, NotANumber),
        ("1E5", Percent, NotANumber),
        ("--5", Money, NotANumber),
        ("--5", SignedPercent, NotANumber),
        ("+-5", SignedPercent, NotANumber),
        ("5-", Money, NotANumber),
        ("5-", SignedPercent, NotANumber),
        ("-$-5", Money, NotANumber),
        ("$", Money, NotANumber),
        ("NT$", Money, NotANumber),
        ("元", Money, NotANumber),
        ("-", SignedPercent, NotANumber),
        ("+", Money, NotANumber),
        (".", Money, NotANumber),
        ("%", Percent, NotANumber),
        ("5%", Money, NotANumber),
        ("5%", Count, NotANumber),
        ("5%", Years, NotANumber),
        ("12.5%%", Percent, NotANumber),
        ("%5", Percent, NotANumber),
        ("NT$5", Count, NotANumber),
        ("5元", Percent, NotANumber),
        ("5 USD", Count, NotANumber),
        ("5萬", Percent, NotANumber),
        ("5k", Percent, NotANumber),
        ("5k", Years, NotANumber),
        ("1萬", Years, NotANumber),
        ("5 XYZ", Money, NotANumber),
        ("USDX5", Money, NotANumber),
        ("5kk", Money, NotANumber),
        ("5 km", Money, NotANumber),
        ("5m$x", Money, NotANumber),
        // Comma is never a decimal comma; group sizes.
        ("1,5", Money, NotANumber),
        ("1,50", Money, NotANumber),
        ("1,5000", Money, NotANumber),
        ("1,000,00", Money, NotANumber),
        ("1,2,345", Money, NotANumber),
        (",500", Money, NotANumber),
        ("1,,000", Money, NotANumber),
        ("1,000,", Money, NotANumber),
        ("1, 000", Money, NotANumber),
        ("1.000,5", Money, NotANumber),
        ("1.234 567", Money, NotANumber),
        ("1 5", Money, NotANumber),
        ("1 .5", Money, NotANumber),
        // Chinese units used ambiguously or out of order.
        ("萬", Money, NotANumber),
        ("千", Money, NotANumber),
        ("1萬2", Money, NotANumber),
        ("1億5000", Money, NotANumber),
        ("2千5萬", Money, NotANumber),
        ("1萬萬", Money, NotANumber),
        ("1萬1億", Money, NotANumber),
        ("1百2千", Money, NotANumber),
        ("1萬12千", Money, NotANumber),
        ("2千15百", Money, NotANumber),
        ("1萬千", Money, NotANumber),
        ("3萬k", Money, NotANumber),
        ("3k萬", Money, NotANumber),
        ("1萬.", Money, NotANumber),
        // Odd characters.
        ("5😀", Money, NotANumber),
        ("😀", Percent, NotANumber),
        ("\u{0}5", Money, NotANumber),
        ("5\u{200B}", Money, NotANumber),
        ("٥", Money, NotANumber),
        ("五", Money, NotANumber),
        // Two decimal points.
        ("1.2.3", Money, TwoDecimalPoints),
        ("1..2", Money, TwoDecimalPoints),
        ("1.2.", Percent, TwoDecimalPoints),
        ("$1.2.3", Money, TwoDecimalPoints),
        ("1.2.3萬", Money, TwoDecimalPoints),
        ("-1.2.3", Money, TwoDecimalPoints),
        ("１．２．３", Years, TwoDecimalPoints),
        // Negative.
        ("-5", Money, Negative),
        ("－5", Money, Negative),
        ("−5", Money, Negative),
        ("$-5", Money, Negative),
        ("-NT$5", Money, Negative),
        ("NT$ -5", Money, Negative),
        ("-3萬", Money, Negative),
        ("-0.5", Count, Negative),
        ("-5%", Percent, Negative),
        ("-150", Percent, Negative),
        // Too large.
        ("1000000000000001", Money, TooLarge),
        ("1000000000000000.01", Money, TooLarge),
        ("1,000,000,000,000,001", Count, TooLarge),
        ("10000001億", Money, TooLarge),
        ("1000001b", Money, TooLarge),
        ("1234567890123456789012345678901234567890", Money, TooLarge),
        (
            "1234567890123456789012345678901234567890",
            Percent,
            TooLarge,
        ),
        ("1234567890123456789012345678901234567890", Years, TooLarge),
        ("79228162514264337593543950336", SignedPercent, TooLarge),
        ("0.00000000000000000000000000001", Money, TooLarge),
        (
            "99999999999999999999999999999999999999999億",
            Money,
            TooLarge,
        ),
        // Percent bounds.
        ("150", Percent, AbovePercentMax),
        ("0", PositiveCount, NotPositive),
        ("0.0", PositiveCount, NotPositive),
        ("-1", PositiveCount, Negative),
        ("1000000000000001", PositiveCount, TooLarge),
        ("1000000000000001", Share, TooLarge),
        ("-2%", Share, Negative),
        ("100.01", Percent, AbovePercentMax),
        ("100.0000000000000000000000001", Percent, AbovePercentMax),
        ("101", SignedPercent, AbovePercentMax),
        ("101%", SignedPercent, AbovePercentMax),
        // Years.
        ("3.5", Years, NotWhole),
        ("0.5", Years, NotWhole),
        ("-3.5", Years, NotWhole),
    ];

    #[test]
    fn refused_forms_give_the_right_error() {
        for &(text, kind, expected) in REFUSED {
            assert_eq!(
                parse_number(text, kind),
                Err(expected),
                "{text:?} as {kind:?}"
            );
        }
    }

    #[test]
    fn errors_carrying_bounds() {
        let below = BelowMin { min: dec("-100") };
        for text in [
            "-101",
            "-100.5",
            "-100.0000000000000000000000001",
            "－１０１％",
        ] {
            assert_eq!(parse_number(text, SignedPercent), Err(below), "{text:?}");
        }
        let out = OutOfRange {
            min: dec("1"),
            max: dec("10"),
        };
        for text in ["0", "11", "-3", "-0", "100"] {
            assert_eq!(parse_number(text, Years), Err(out), "{text:?}");
        }
    }

    #[test]
    fn over_long_input_is_refused_without_parsing() {
        let digits = "1".repeat(MAX_CHARS + 1);
        assert_eq!(parse_number(&digits, Money), Err(TooLarge));
        let grouped = "1,000".repeat(1000);
        assert_eq!(parse_number(&grouped, Count), Err(TooLarge));
        let letters = "a".repeat(10_000);
        assert_eq!(parse_number(&letters, Money), Err(NotANumber));
        let emoji = "😀".repeat(MAX_CHARS + 1);
        assert_eq!(parse_number(&emoji, Percent), Err(NotANumber));
        // Surrounding whitespace does not count towards the cap.
        let padded = format!("{}5{}", " ".repeat(1000), "\u{3000}".repeat(1000));
        assert_eq!(parse_number(&padded, Years), Ok(dec("5")));
        // Exactly MAX_CHARS characters are still parsed.
        let zeros = format!("0.{}", "0".repeat(MAX_CHARS - 3));
        assert_eq!(zeros.chars().count(), MAX_CHARS - 1);
        assert_eq!(parse_number(&format!("{zeros}1"), Money), Err(TooLarge));
        assert_eq!(parse_number(&format!("{zeros}0"), Money), Ok(Decimal::ZERO));
    }

    #[test]
    fn money_max_is_ten_to_the_fifteenth() {
        assert_eq!(money_max(), dec("1000000000000000"));
    }

    #[test]
    fn plain_text_output() {
        let cases = [
            ("12.50", "12.5"),
            ("3.000", "3"),
            ("0", "0"),
            ("0.000", "0"),
            ("-0", "0"),
            ("100", "100"),
            ("1000000000000000", "1000000000000000"),
            ("-12.5", "-12.5"),
            (
                "0.0000000000000000000000000001",
                "0.0000000000000000000000000001",
            ),
            (
                "79228162514264337593543950335",
                "79228162514264337593543950335",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(to_plain_text(&dec(input)), expected, "{input}");
        }
    }

    #[test]
    fn errors_display_for_debugging() {
        assert_eq!(TwoDecimalPoints.to_string(), "more than one decimal point");
        let out = OutOfRange {
            min: Decimal::ONE,
            max: Decimal::TEN,
        };
        assert_eq!(out.to_string(), "must be between 1 and 10");
    }

    /// Characters the parser cares about, plus a few it must refuse, for generated inputs.
    const ALPHABET: &[char] = &[
        '0', '1', '5', '9', '０', '７', '.', '．', ',', '，', ' ', '\u{3000}', '\'', '-', '－',
        '−', '+', '%', '％', '$', 'N', 'T', 'U', 'S', 'D', 'R', 'M', 'B', 'k', 'm', 'n', 'b', 'e',
        '元', '萬', '万', '億', '千', '百', '¥', '€', '😀', '\u{0}', 'é',
    ];

    fn in_range(value: Decimal, kind: NumberKind) -> bool {
        let hundred = Decimal::ONE_HUNDRED;
        match kind {
            Money | Count | Share => value >= Decimal::ZERO && value <= money_max(),
            PositiveCount => value > Decimal::ZERO && value <= money_max(),
            Percent => value >= Decimal::ZERO && value <= hundred,
            SignedPercent => value >= -hundred && value <= hundred,
            Years => value.fract().is_zero() && value >= Decimal::ONE && value <= Decimal::TEN,
        }
    }

    /// A valid value for `kind`: any mantissa and scale `Decimal` allows within range.
    fn valid_value(kind: NumberKind) -> BoxedStrategy<Decimal> {
        let max_mantissa: i128 = (1 << 96) - 1;
        match kind {
            Years => (1i64..=10).prop_map(Decimal::from).boxed(),
            _ => (0u32..=28)
                .prop_flat_map(move |scale| {
                    let (low, high): (i128, i128) = match kind {
                        Money | Count | Share => (0, 1_000_000_000_000_000),
                        PositiveCount => (1, 1_000_000_000_000_000),
                        Percent => (0, 100),
                        _ => (-100, 100),
                    };
                    let limit = |bound: i128| {
                        bound
                            .saturating_mul(10i128.pow(scale))
                            .clamp(-max_mantissa, max_mantissa)
                    };
                    (limit(low)..=limit(high))
                        .prop_map(move |m| Decimal::from_i128_with_scale(m, scale))
                })
                .boxed(),
        }
    }

    /// Writes a non-negative integer with commas every three digits.
    fn with_commas(value: u64) -> String {
        let digits = value.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_strings(text in any::<String>()) {
            for kind in ALL_KINDS {
                let _ = parse_number(&text, kind);
            }
        }

        #[test]
        fn never_panics_and_stays_in_range_on_number_like_strings(
            chars in prop::collection::vec(prop::sample::select(ALPHABET), 0..80)
        ) {
            let text: String = chars.into_iter().collect();
            for kind in ALL_KINDS {
                if let Ok(value) = parse_number(&text, kind) {
                    prop_assert!(in_range(value, kind), "{text:?} as {kind:?} gave {value}");
                }
            }
        }

        #[test]
        fn plain_text_round_trips(
            (kind, value) in prop::sample::select(ALL_KINDS.to_vec())
                .prop_flat_map(|kind| (Just(kind), valid_value(kind)))
        ) {
            let text = to_plain_text(&value);
            prop_assert!(!text.contains('e') && !text.contains('E'));
            prop_assert_eq!(parse_number(&text, kind), Ok(value), "{:?}", text);
        }

        #[test]
        fn grouped_and_decorated_money_reads_the_same(
            value in 0u64..=1_000_000_000_000_000,
            prefix in prop::sample::select(vec!["", "NT$", "NT$ ", "$", "US$", "ＮＴ＄"]),
            suffix in prop::sample::select(vec!["", "元", " 元", " TWD", " usd"]),
        ) {
            let text = format!("{prefix}{}{suffix}", with_commas(value));
            prop_assert_eq!(parse_number(&text, Money), Ok(Decimal::from(value)), "{:?}", text);
        }
    }
}
