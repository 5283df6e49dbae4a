//! Everything that talks to the browser, behind small functions: the page URL, JSON
//! through the browser's own parser, Intl number formatting, the embedding frame and
//! the service worker. Nothing here knows the app's state: callers pass values and
//! callbacks in.

pub mod embed_frame;
pub mod files;
pub mod intl;
pub mod locale_files;
pub mod page_events;
pub mod page_url;
pub mod scenario_json;
pub mod service_worker;
pub mod storage;
pub mod store;
