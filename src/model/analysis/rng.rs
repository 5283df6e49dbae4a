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
