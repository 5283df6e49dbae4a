//! Embedding the calculator in other people's pages (contract.md §2–3): the settings a
//! host passes in the query, a host accent made readable in both themes, and the
//! copy-paste snippet. Plain Rust, tested natively; the browser side lives in
//! `platform::embed_frame`.

pub mod accent;
pub mod full_link;
pub mod messages;
pub mod settings;
pub mod snippet;

pub use accent::{Accent, Rgb};
pub use settings::{Cta, EmbedSettings, Theme};
