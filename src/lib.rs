//! CRM ROI calculator.
//!
//! - [`model`]: the finance engine of `docs/model.md`, plain Rust and rust_decimal.
//! - `app`, `components`, `platform`: the Leptos front end (wasm32 only).

pub mod model;
pub mod input;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub use app::App;
