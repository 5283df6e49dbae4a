//! The messages the embedded page posts to its host (contract.md §3), as serde types:
//! the browser side hands them to `postMessage` through serde-wasm-bindgen
//! (`platform::embed_frame`), so their shape is written down once, here.

use serde::Serialize;

/// The content height changed: `{"type": "crm-roi:resize", "height": <px>}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Resize {
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// CSS pixels, rounded up.
    pub height: u32,
}

impl Resize {
    pub const TYPE: &'static str = "crm-roi:resize";

    pub fn new(height: u32) -> Self {
        Resize { kind: Self::TYPE, height }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resize_is_the_contracts_shape() {
        assert_eq!(crate::json::ser::to_string(&Resize::new(640)), r#"{"type":"crm-roi:resize","height":640}"#);
    }
}
