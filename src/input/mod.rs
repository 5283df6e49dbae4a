//! Reading numbers as people type them (plain Rust, tested natively).

pub mod grouped;
pub mod number_text;
pub mod rate;
