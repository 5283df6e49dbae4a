//! The UI, one component a file. Components read [`crate::state::AppState`] and
//! hold no business logic: numbers come from `crate::model`.

pub mod comparison;
pub mod header;
pub mod metric;
