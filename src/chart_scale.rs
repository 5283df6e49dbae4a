//! Geometry for the app's own SVG charts: a value axis with round tick values and the
//! mapping from values to pixels. Charting crates cost 140 KB gzip or more; these charts
//! need only this. Coordinates are `f64` because they are pixels, not money: amounts
//! are converted for drawing only, after every calculation is done in Decimal.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// A linear axis from `min` to `max` (both tick values), with its ticks.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub min: f64,
    pub max: f64,
    pub ticks: Vec<f64>,
}

pub fn to_f64(d: &Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A step of 1, 2 or 5 × 10^k giving about `target` intervals over `span`.
fn nice_step(span: f64, target: f64) -> f64 {
    let raw = span / target;
    // The power of ten at or below `raw`, found by steps (no `powf`/`log10`: they would
    // add a maths library to the wasm for one axis).
    let mut magnitude = 1.0f64;
    while magnitude * 10.0 <= raw && magnitude < 1e300 {
        magnitude *= 10.0;
    }
    while magnitude > raw && magnitude > 1e-300 {
        magnitude /= 10.0;
    }
    let r = raw / magnitude;
    let nice = if r <= 1.0 {
        1.0
    } else if r <= 2.0 {
        2.0
    } else if r <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// An axis that covers every value and 0, with round ticks.
pub fn axis(values: impl IntoIterator<Item = f64>) -> Axis {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if (hi - lo).abs() < f64::EPSILON {
        hi = lo + 1.0;
    }
    let step = nice_step(hi - lo, 5.0);
    let min = (lo / step).floor() * step;
    let max = (hi / step).ceil() * step;
    let count = ((max - min) / step).round() as usize;
    let ticks = (0..=count.min(20)).map(|i| min + step * i as f64).collect();
    Axis { min, max, ticks }
}

impl Axis {
    /// The pixel of `v` on an axis drawn from `top` (max) down to `bottom` (min).
    pub fn y(&self, v: f64, top: f64, bottom: f64) -> f64 {
        let span = self.max - self.min;
        if span <= 0.0 {
            return bottom;
        }
        bottom - (v - self.min) / span * (bottom - top)
    }
}

/// The x pixel of year `t` (or a fraction of a year) on `0..=years`.
pub fn x_of(t: f64, years: u32, left: f64, right: f64) -> f64 {
    if years == 0 {
        return (left + right) / 2.0;
    }
    left + t / f64::from(years) * (right - left)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_includes_zero_and_all_values_with_round_ticks() {
        let a = axis([-1_250_000.0, 830_000.0]);
        assert!(a.min <= -1_250_000.0 && a.max >= 830_000.0);
        assert_eq!(a.ticks, vec![-1_500_000.0, -1_000_000.0, -500_000.0, 0.0, 500_000.0, 1_000_000.0]);
    }

    #[test]
    fn axis_of_positive_values_starts_at_zero() {
        let a = axis([12.0, 37.0]);
        assert_eq!(a.min, 0.0);
        assert_eq!(a.ticks, vec![0.0, 10.0, 20.0, 30.0, 40.0]);
    }

    #[test]
    fn flat_or_empty_data_still_gives_an_axis() {
        let a = axis([]);
        assert!(a.max > a.min);
        let a = axis([0.0, 0.0, f64::NAN]);
        assert!(a.max > a.min);
    }

    #[test]
    fn mapping_puts_min_at_bottom_and_max_at_top() {
        let a = Axis { min: -10.0, max: 30.0, ticks: vec![] };
        assert_eq!(a.y(-10.0, 10.0, 110.0), 110.0);
        assert_eq!(a.y(30.0, 10.0, 110.0), 10.0);
        assert_eq!(a.y(0.0, 10.0, 110.0), 85.0);
        assert_eq!(x_of(1.5, 3, 0.0, 300.0), 150.0);
    }
}
