//! Everything that talks to the browser, behind small functions: the page URL, JSON
//! through the browser's own parser, Intl number formatting, the embedding frame and
//! the service worker. Nothing here knows the app's state: callers pass values and
//! callbacks in.

// Only `intl` is also built for the analysis worker (feature `app` off): it needs
// nothing but `js_sys` and works in a worker's global scope.
#[cfg(feature = "app")]
pub mod analysis_worker;
#[cfg(feature = "app")]
pub mod embed_frame;
#[cfg(feature = "app")]
pub mod files;
#[cfg(feature = "app")]
pub mod focus;
pub mod intl;
#[cfg(feature = "app")]
pub mod locale_files;
#[cfg(feature = "app")]
pub mod page_events;
#[cfg(feature = "app")]
pub mod page_url;
#[cfg(feature = "app")]
pub mod scenario_json;
#[cfg(feature = "app")]
pub mod service_worker;
#[cfg(feature = "app")]
pub mod storage;
#[cfg(feature = "app")]
pub mod store;
