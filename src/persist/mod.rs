//! Keeping the visitor's work, as plain Rust (tested natively): the named scenarios of
//! a visitor ([`workspace`]), how they are stored with a schema version and migrated
//! ([`envelope`]), CSV export ([`csv`]), undo after a deletion ([`undo`]) and taking in
//! what another tab saved ([`other_tab`]). Talking to localStorage, files and the
//! clipboard is `platform`'s job.

pub mod csv;
pub mod envelope;
pub mod other_tab;
pub mod three_way;
pub mod undo;
pub mod workspace;
