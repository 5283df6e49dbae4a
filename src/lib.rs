//! CRM ROI calculator.
//!
//! - [`model`]: the finance engine of `model.md`, plain Rust and rust_decimal.
//! - [`input`], [`i18n`], [`share_link`]: plain Rust the UI relies on, tested natively.
//! - `app`, `state`, `autosave`, `components`, `platform`: the Leptos front end (wasm32 only).
//!
//! No `unwrap`/`expect` outside tests, anywhere in the crate: the release build aborts
//! on a panic, which would kill the page (every undefined result is an `Option` or a
//! `Result` with a reason instead). `src/model` adds stricter lints of its own.

#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

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
pub mod rename;
pub mod render;
pub mod analysis_run;
pub mod analysis_job;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod app;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod autosave;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod components;
/// Browser access; only [`platform::intl`] is built for the analysis worker (no `app`).
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod state;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub use app::{start, App};
