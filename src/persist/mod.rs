//! Keeping the visitor's work, as plain Rust (tested natively): the named scenarios of
//! a visitor ([`workspace`]), how they are stored with a schema version and migrated
//! ([`envelope`]), and CSV export ([`csv`]). Talking to localStorage, files and the
//! clipboard is `platform`'s job.

pub mod csv;
pub mod envelope;
pub mod workspace;
