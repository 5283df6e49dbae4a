//! The scenario in a link: `#scenario=<base64url of the UTF-8 JSON, no padding>`
//! (contract.md §2). Pure text in, text out, so it is tested natively; reading the
//! JSON itself is `platform::scenario_json`'s job.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{alphabet, Engine};

/// The hash key of the scenario (contract.md §2).
pub const HASH_KEY: &str = "scenario";

/// base64url without padding when writing; padding tolerated when reading, because a
/// link pasted through some tools gains `=` signs.
const ENGINE: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_encode_padding(false).with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The text after `#scenario=` is not base64url.
    NotBase64,
    /// It decodes, but not to UTF-8 text.
    NotText,
}

/// The hash fragment (without `#`) that carries `json`.
pub fn encode(json: &str) -> String {
    format!("{HASH_KEY}={}", ENGINE.encode(json.as_bytes()))
}

/// The scenario JSON carried by a location hash (`#a=1&scenario=…`), if it has one.
pub fn decode(hash: &str) -> Option<Result<String, LinkError>> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let value = hash.split('&').find_map(|part| part.strip_prefix(HASH_KEY)?.strip_prefix('='))?;
    Some(decode_value(value))
}

fn decode_value(value: &str) -> Result<String, LinkError> {
    // Some mail clients percent-encode `=` or wrap long links with whitespace.
    let cleaned: String = value.replace("%3D", "=").replace("%3d", "=").split_whitespace().collect();
    let bytes = ENGINE.decode(cleaned.as_bytes()).map_err(|_| LinkError::NotBase64)?;
    String::from_utf8(bytes).map_err(|_| LinkError::NotText)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_chinese_text() {
        let json = r#"{"name":"我的方案 計畫"}"#;
        let hash = encode(json);
        assert!(!hash.contains('='.to_string().repeat(2).as_str()));
        assert!(!hash.contains('+') && !hash.contains('/'), "url-safe alphabet");
        assert_eq!(decode(&format!("#{hash}")), Some(Ok(json.to_owned())));
    }

    #[test]
    fn known_vector_is_base64url_without_padding() {
        // "{}?" is 7B 7D 3F: standard base64 "e30/", url-safe "e30_".
        assert_eq!(encode("{}?"), "scenario=e30_");
        assert_eq!(decode("scenario=e30_"), Some(Ok("{}?".to_owned())));
        assert_eq!(decode("scenario=e30"), Some(Ok("{}".to_owned())));
        assert_eq!(decode("scenario=e30="), Some(Ok("{}".to_owned())), "padding tolerated");
    }

    #[test]
    fn finds_the_key_among_others_and_reports_garbage() {
        assert_eq!(decode("#x=1&scenario=e30"), Some(Ok("{}".to_owned())));
        assert_eq!(decode("#other=1"), None);
        assert_eq!(decode(""), None);
        assert_eq!(decode("#scenario=***"), Some(Err(LinkError::NotBase64)));
        // 0xFF 0xFE is not UTF-8.
        assert_eq!(decode("#scenario=__4"), Some(Err(LinkError::NotText)));
    }
}
