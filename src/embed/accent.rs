//! A host's accent colour (`?accent=0a7d5a`), adjusted so that text in it, and white or
//! dark text on it, stays readable (WCAG contrast) on each theme's surface.
//!
//! Hosts pick brand colours for their own pages, not for ours: a pale yellow would make
//! our links and selected tabs unreadable on white. Rather than refuse it, the app keeps
//! its hue and darkens it for the light theme (lightens it for the dark one) just enough.

/// `x`^2.4 for `x` in 0..=1, from square roots only: `powf` would bring libm's `pow`
/// into the wasm. 2.4 = 2 + 0.4, and x^0.4 is the product of x^(2^-k) over the binary
/// digits k of 0.4 (0.0110011…); 24 digits leave a relative error below 10^-6.
fn pow_2_4(x: f64) -> f64 {
    let mut root = x;
    let mut result = x * x;
    let mut digits = 0.4;
    for _ in 0..24 {
        root = root.sqrt();
        digits *= 2.0;
        if digits >= 1.0 {
            digits -= 1.0;
            result *= root;
        }
    }
    result
}

/// A colour of the sRGB space, 8 bits per channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The light theme's surface (`--surface` in style/main.css).
pub const LIGHT_SURFACE: Rgb = Rgb(0xff, 0xff, 0xff);
/// The dark theme's surface.
pub const DARK_SURFACE: Rgb = Rgb(0x1b, 0x20, 0x27);
/// The contrast kept against each surface: 4.5:1 (WCAG AA) with room for the soft
/// accent background, which is 13 % accent mixed into the surface.
pub const MIN_CONTRAST: f64 = 5.2;

impl Rgb {
    /// `0a7d5a`, `#0a7d5a`, `0af` or `#0af`; anything else is `None`.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#').unwrap_or(text.trim());
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| hex.get(i..i + 1).and_then(|d| u8::from_str_radix(d, 16).ok());
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte = |i: usize| hex.get(i..i + 2).and_then(|d| u8::from_str_radix(d, 16).ok());
                Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.1).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The contrast ratio of two colours, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `self` moved a fraction `t` (0 to 1) of the way towards `target`.
    fn towards(self, target: Rgb, t: f64) -> Rgb {
        let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round().clamp(0.0, 255.0) as u8;
        Rgb(mix(self.0, target.0), mix(self.1, target.1), mix(self.2, target.2))
    }

    /// The closest colour on the way to `target` (black or white) with at least
    /// [`MIN_CONTRAST`] against `surface`; `self` when it already has it.
    fn readable_on(self, surface: Rgb, target: Rgb) -> Rgb {
        (0..=20)
            .map(|step| self.towards(target, f64::from(step) / 20.0))
            .find(|c| c.contrast(surface) >= MIN_CONTRAST)
            .unwrap_or(target)
    }
}

/// The host's accent as used by each theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    /// For the light theme: white text on it and it on white both reach the contrast.
    pub light: Rgb,
    /// For the dark theme: it on the dark surface (and dark text on it) reach it.
    pub dark: Rgb,
}

impl Accent {
    pub fn new(colour: Rgb) -> Accent {
        Accent {
            light: colour.readable_on(LIGHT_SURFACE, Rgb(0, 0, 0)),
            dark: colour.readable_on(DARK_SURFACE, Rgb(0xff, 0xff, 0xff)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_forms() {
        assert_eq!(Rgb::parse_hex("0a7d5a"), Some(Rgb(0x0a, 0x7d, 0x5a)));
        assert_eq!(Rgb::parse_hex("#0A7D5A"), Some(Rgb(0x0a, 0x7d, 0x5a)));
        assert_eq!(Rgb::parse_hex("0af"), Some(Rgb(0x00, 0xaa, 0xff)));
        for bad in ["", "#", "0a7d5", "0a7d5a0", "red", "ggg", "0a 7d5a", "+a7d5a", "é0a7d5", "0a7d5a;x"] {
            assert_eq!(Rgb::parse_hex(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0x0a, 0x7d, 0x5a).hex(), "#0a7d5a");
    }

    #[test]
    fn pow_2_4_is_close_to_powf() {
        for i in 0..=100 {
            let x = f64::from(i) / 100.0;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() <= 1e-6 * x.powf(2.4) + 1e-15, "{x}");
        }
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((Rgb(0, 0, 0).contrast(Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((Rgb(0x77, 0x77, 0x77).contrast(LIGHT_SURFACE) - 4.48).abs() < 0.01);
        assert_eq!(Rgb(9, 9, 9).contrast(Rgb(9, 9, 9)), 1.0);
    }

    #[test]
    fn a_readable_accent_is_kept_as_it_is() {
        // The app's own green has 6.4:1 on white.
        let green = Rgb(0x0a, 0x6b, 0x4d);
        assert_eq!(Accent::new(green).light, green);
        let mint = Rgb(0x4f, 0xd1, 0xa5);
        assert_eq!(Accent::new(mint).dark, mint);
    }

    #[test]
    fn a_pale_or_dark_accent_is_moved_just_far_enough() {
        for colour in [Rgb(0xff, 0xee, 0x00), Rgb(0xff, 0xff, 0xff), Rgb(0, 0, 0), Rgb(0x0a, 0x7d, 0x5a), Rgb(0x33, 0, 0x66)] {
            let a = Accent::new(colour);
            assert!(a.light.contrast(LIGHT_SURFACE) >= MIN_CONTRAST, "{colour:?} → {a:?}");
            assert!(a.dark.contrast(DARK_SURFACE) >= MIN_CONTRAST, "{colour:?} → {a:?}");
        }
        // Yellow on white is darkened, but keeps its hue (red ≥ green > blue).
        let yellow = Accent::new(Rgb(0xff, 0xee, 0x00)).light;
        assert!(yellow.0 >= yellow.1 && yellow.1 > yellow.2 && yellow.0 < 0xff, "{yellow:?}");
        // A dark accent is lightened for the dark theme.
        let navy = Rgb(0x33, 0, 0x66);
        assert!(navy.contrast(DARK_SURFACE) < MIN_CONTRAST && Accent::new(navy).dark != navy);
    }
}
