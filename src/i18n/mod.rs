//! Languages and translated text. Every visible string lives in `locales/<lang>.txt`
//! (`key = value` lines, `#` comments, `{name}` placeholders); components only name
//! keys. The files are compiled in with `include_str!`, so the app has no extra
//! request and works offline; a test checks that all languages have the same keys.

mod lang;
mod preset_names;
mod table;

pub use lang::Lang;
pub use preset_names::{is_untouched_example, localise_preset_names, open_in, preset_line_note};
pub use table::{fill, install, is_loaded, text};
