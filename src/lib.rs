//! CRM ROI calculator.
//!
//! - [`model`]: the finance engine of `model.md`, plain Rust and rust_decimal.
//! - [`input`], [`i18n`], [`share_link`]: plain Rust the UI relies on, tested natively.
//! - `app`, `state`, `autosave`, `components`, `platform`: the Leptos front end (wasm32 only).

pub mod i18n;
pub mod input;
pub mod json;
pub mod model;
pub mod persist;
pub mod sanity;
pub mod chart_scale;
pub mod embed;
pub mod verdict;
pub mod share_link;
pub mod render;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod autosave;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod platform;
#[cfg(target_arch = "wasm32")]
mod state;

#[cfg(target_arch = "wasm32")]
pub use app::{start, App};
