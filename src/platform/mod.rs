//! Everything that talks to the browser, behind small functions: the page URL, JSON
//! through the browser's own parser, and Intl number formatting.

pub mod autosave;
pub mod files;
pub mod intl;
pub mod locale_files;
pub mod page_url;
pub mod scenario_json;
pub mod storage;
pub mod store;
