//! JSON text in and out of the app's types (the scenario file, the share link and the
//! stored workspace), natively and in the browser alike. The types derive serde's
//! `Serialize` and `Deserialize`; what is the app's own is why.
//!
//! - **Exact numbers.** [`parse`] keeps a JSON number's literal text until it becomes
//!   a `Decimal` ([`de::NUMBER_TOKEN`]), so `12345678901234567890.12` or `0.1` read
//!   exactly (no trip through `f64`, as `JSON.parse` or serde_json without
//!   `arbitrary_precision` would take), and `1e300` is refused by name.
//! - **Field paths and problems the page can translate.** An error carries where it
//!   happened (`options[0].costs[1].growth`) and a [`de::Problem`], not only English.
//! - **Small wasm.** One `Deserializer` over a plain tree; writing goes through
//!   serde-wasm-bindgen and `JSON.stringify` ([`ser`]).

pub mod de;
pub mod ser;
mod value;

pub use de::Error;
pub use value::{parse, SyntaxError, Value, MAX_DEPTH};
