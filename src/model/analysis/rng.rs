//! A small seeded random number generator for the Monte Carlo simulation, without a
//! crate and without floating point, identical natively and in wasm.
//!
//! - [`Rng`]: SplitMix64 (Steele, Lea, Flood 2014), 64-bit state, passes BigCrush;
//!   ample for 10 000 × a few dozen draws.
//! - [`seed_of`]: FNV-1a over every figure that the results depend on (each decimal
//!   normalised, so `1.0` and `1` give the same seed) and the option id: the same
//!   scenario gives the same draws, hence the same figures, on every device.
//! - [`Triangular`]: draws from a triangular distribution (low, mode, high) with
//!   fixed-point fractions of 10⁻⁹ and an integer square root.
//!
//! Integer arithmetic here is explicit `wrapping_*`/`saturating_*` (the model's lints
//! deny plain operators): the generator and the hash are defined modulo 2⁶⁴.

use crate::model::scenario::Scenario;
use crate::model::strategy_option::StrategyOption;
use crate::model::timing::{Amount, Timing};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Fractions are integers 0..SCALE, i.e. multiples of 10⁻⁹.
pub const SCALE: u64 = 1_000_000_000;

/// SplitMix64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rng {
    state: u64,
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ z.wrapping_shr(30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ z.wrapping_shr(27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ z.wrapping_shr(31)
    }

    /// A uniform fraction in 0..SCALE (Lemire's multiply-shift on the top 32 bits;
    /// the bias, below 10⁻⁹, is irrelevant here).
    pub fn fraction(&mut self) -> u64 {
        self.next_u64().wrapping_shr(32).wrapping_mul(SCALE).wrapping_shr(32)
    }
}

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01B3);
        }
    }

    fn decimal(&mut self, d: Decimal) {
        self.bytes(&d.normalize().serialize());
    }

    fn number(&mut self, n: u64) {
        self.bytes(&n.to_le_bytes());
    }

    fn timing(&mut self, t: &Timing) {
        let mut amount = |a: &Amount| match a {
            Amount::Fixed(v) => {
                self.number(1);
                self.decimal(*v);
            }
            Amount::PerUnit { quantity, unit_cost } => {
                self.number(2);
                self.decimal(*quantity);
                self.decimal(*unit_cost);
            }
        };
        match t {
            Timing::OneOff { amount: a } => amount(a),
            Timing::Recurring { amount: a, growth } => {
                amount(a);
                self.decimal(*growth);
            }
            Timing::Schedule { amounts } => {
                self.number(3);
                self.number(amounts.len() as u64);
                amounts.iter().for_each(|v| self.decimal(*v));
            }
        }
    }

    fn scale(&mut self, scale: Option<crate::model::Scale>) {
        match scale {
            None => self.number(0),
            Some(s) => {
                self.bytes(s.by.key().as_bytes());
                self.decimal(s.per);
            }
        }
    }
}

/// The seed of option `o`'s simulation in scenario `s`: a hash of the option id and
/// every figure of the scenario and option that its results depend on (not names,
/// labels or currency).
pub fn seed_of(s: &Scenario, o: &StrategyOption) -> u64 {
    let mut h = Fnv(0xCBF2_9CE4_8422_2325);
    h.bytes(o.id.as_bytes());
    h.number(u64::from(s.horizon_years));
    h.decimal(s.discount_rate);
    h.decimal(s.uncertainty);
    for f in crate::model::baseline::BaselineField::ALL {
        h.decimal(s.baseline.get(f));
    }
    for l in crate::model::Lever::ALL {
        h.decimal(o.levers.get(l));
        match o.ranges.get(l) {
            None => h.number(0),
            Some(r) => {
                h.decimal(r.low);
                h.decimal(r.high);
            }
        }
    }
    h.number(o.costs.len() as u64);
    for c in &o.costs {
        h.bytes(c.category.key().as_bytes());
        h.timing(&c.timing);
        h.scale(c.scale);
    }
    h.number(o.custom_benefits.len() as u64);
    for b in &o.custom_benefits {
        h.timing(&b.timing);
        h.scale(b.scale);
    }
    h.number(o.realisation.len() as u64);
    o.realisation.iter().for_each(|v| h.decimal(*v));
    h.decimal(o.benefit_risk);
    h.decimal(o.cost_risk);
    h.0
}

/// A triangular distribution over `low ..= high` with its peak at `mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Triangular {
    low: Decimal,
    high: Decimal,
    /// high − low.
    width: Decimal,
    /// (mode − low) / width as a fraction of SCALE.
    peak: u64,
}

impl Triangular {
    /// `None` when the distribution is not proper (low ≥ high, the mode outside, or
    /// numbers too large): the input then stays at its base value.
    pub fn new(low: Decimal, mode: Decimal, high: Decimal) -> Option<Triangular> {
        if low >= high || mode < low || mode > high {
            return None;
        }
        let width = high.checked_sub(low)?;
        let peak = mode
            .checked_sub(low)?
            .checked_mul(Decimal::from(SCALE))?
            .checked_div(width)?
            .round()
            .to_u64()?
            .min(SCALE);
        Some(Triangular { low, high, width, peak })
    }

    /// One draw (the inverse of the distribution function at a uniform fraction u):
    /// low + width × √(u·F) when u < F, else high − width × √((1 − u)(1 − F)),
    /// F = (mode − low) / width; the square root of the fixed-point product is
    /// `u64::isqrt`, exact to 10⁻⁹.
    pub fn draw(&self, rng: &mut Rng) -> Decimal {
        let u = rng.fraction();
        let (from, root, sign) = if u < self.peak {
            (self.low, u.saturating_mul(self.peak).isqrt(), Decimal::ONE)
        } else {
            let rest = SCALE.saturating_sub(u).saturating_mul(SCALE.saturating_sub(self.peak));
            (self.high, rest.isqrt(), Decimal::NEGATIVE_ONE)
        };
        let fraction = Decimal::new(i64::try_from(root).unwrap_or(0), 9);
        self.width
            .checked_mul(fraction)
            .and_then(|d| d.checked_mul(sign))
            .and_then(|d| from.checked_add(d))
            .map_or(from, |v| v.max(self.low).min(self.high))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::presets::default_scenario;
    use crate::model::test_support::d;

    #[test]
    fn splitmix_reference_values() {
        // SplitMix64 from seed 0 (the reference implementation's first outputs).
        let mut r = Rng::new(0);
        assert_eq!(r.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(r.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        let mut r = Rng::new(7);
        assert!((0..10_000).all(|_| r.fraction() < SCALE));
    }

    #[test]
    fn the_seed_follows_the_figures_not_their_spelling() {
        let s = default_scenario("TWD");
        let o = &s.options[0];
        let mut same = s.clone();
        same.name = "renamed".into();
        same.baseline.customers = d("1000.000");
        same.options[0].costs[0].label = "other label".into();
        assert_eq!(seed_of(&s, o), seed_of(&same, &same.options[0]));
        let mut other = s.clone();
        other.baseline.customers = d("1001");
        assert_ne!(seed_of(&s, o), seed_of(&other, &other.options[0]));
        assert_ne!(seed_of(&s, o), seed_of(&s, &s.options[1]));
    }

    #[test]
    fn triangular_draws_stay_in_range_and_average_to_the_mean() {
        let t = Triangular::new(d("10"), d("13"), d("20")).unwrap();
        let mut r = Rng::new(42);
        let draws: Vec<Decimal> = (0..20_000).map(|_| t.draw(&mut r)).collect();
        assert!(draws.iter().all(|v| *v >= d("10") && *v <= d("20")));
        // Mean (10 + 13 + 20) / 3 = 14.333…; share below the mode (13 − 10) / 10 = 30 %.
        let mean = draws.iter().sum::<Decimal>() / Decimal::from(draws.len());
        assert!((mean - d("14.3333")).abs() < d("0.1"), "{mean}");
        let below = draws.iter().filter(|v| **v < d("13")).count();
        assert!((5_600..=6_400).contains(&below), "{below}");
        // Mode at an end, and degenerate cases.
        let left = Triangular::new(d("0"), d("0"), d("4")).unwrap();
        assert!((0..1000).all(|_| left.draw(&mut r) <= d("4")));
        assert_eq!(Triangular::new(d("5"), d("5"), d("5")), None);
        assert_eq!(Triangular::new(d("5"), d("6"), d("4")), None);
        assert_eq!(Triangular::new(d("5"), d("9"), d("6")), None);
    }
}
