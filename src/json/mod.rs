//! Reading JSON text into the app's types: the scenario file, the share link and the
//! stored workspace all come in through here, natively and in the browser alike.
//!
//! Why not `JSON.parse` + serde-wasm-bindgen, or serde_json: three things at once.
//! - **Exact numbers.** A JSON number keeps its literal text until it becomes a
//!   `Decimal`, so `12345678901234567890.12` or `0.1` read exactly (no trip through
//!   `f64`), and `1e300` is refused by name instead of turning into infinity.
//! - **Field paths for free.** An error carries where it happened
//!   (`options[0].costs[1].growth`), added as it travels up the document.
//! - **Small wasm.** A plain tree and a few hand-written readers (no serde visitors,
//!   which are generic code per type), with error messages that never format floats,
//!   which keeps the float formatting code of `core` out of the wasm.
//!
//! Writing is just as small and hand-written ([`write`]): no serde, no
//! serde-wasm-bindgen and no `JSON.stringify` round trip in the wasm.

pub mod read;
pub mod write;
mod value;

pub use read::Error;
pub use value::{parse, SyntaxError, Value, MAX_DEPTH};
