//! The scenario in a link: `#scenario=<base64url of the UTF-8 JSON, no padding>`
//! (contract.md §2). Pure text in, text out, so it is tested natively; reading the
//! JSON itself is `platform::scenario_json`'s job.

/// The hash key of the scenario (contract.md §2).
pub const HASH_KEY: &str = "scenario";

/// The base64url alphabet (RFC 4648 §5). Written by hand rather than with the base64
/// crate: its general engine cost about 2 KB gzip of wasm for these few lines.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn encode_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        // 2, 3 or 4 characters for 1, 2 or 3 bytes: no padding.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

fn decode_bytes(text: &str) -> Option<Vec<u8>> {
    let digits: Vec<u32> = text
        .trim_end_matches('=')
        .bytes()
        .map(|c| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32))
        .collect::<Option<_>>()?;
    if digits.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, d)| n | (d << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The text after `#scenario=` is not base64url.
    NotBase64,
    /// It decodes, but not to UTF-8 text.
    NotText,
}

/// The hash fragment (without `#`) that carries `json`.
pub fn encode(json: &str) -> String {
    format!("{HASH_KEY}={}", encode_bytes(json.as_bytes()))
}

/// The scenario JSON carried by a location hash (`#a=1&scenario=…`), if it has one.
pub fn decode(hash: &str) -> Option<Result<String, LinkError>> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let value = hash.split('&').find_map(|part| part.strip_prefix(HASH_KEY)?.strip_prefix('='))?;
    Some(decode_value(value))
}

fn decode_value(value: &str) -> Result<String, LinkError> {
    let cleaned = clean(value).ok_or(LinkError::NotBase64)?;
    let bytes = decode_bytes(&cleaned).ok_or(LinkError::NotBase64)?;
    String::from_utf8(bytes).map_err(|_| LinkError::NotText)
}

/// A link as it comes out of an e-mail: mail clients and browsers percent-encode
/// characters (`%3D` for the padding, `%20` or `%0A` where a long line was wrapped) or
/// wrap the link with spaces and line breaks. Percent-escapes are decoded, then ASCII
/// whitespace is dropped; a broken escape (`%G0`, a lone `%`) gives `None`.
fn clean(value: &str) -> Option<String> {
    let hex = |b: Option<&u8>| char::from(*b?).to_digit(16);
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let high = hex(bytes.get(i.saturating_add(1)))?;
            let low = hex(bytes.get(i.saturating_add(2)))?;
            out.push(u8::try_from(high * 16 + low).ok()?);
            i = i.saturating_add(3);
        } else {
            out.push(b);
            i = i.saturating_add(1);
        }
    }
    out.retain(|b| !b.is_ascii_whitespace());
    String::from_utf8(out).ok()
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

    /// RFC 4648 §10 test vectors, in the URL-safe alphabet without padding.
    #[test]
    fn rfc_4648_vectors() {
        for (plain, coded) in [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(encode_bytes(plain.as_bytes()), coded);
            assert_eq!(decode_bytes(coded).unwrap(), plain.as_bytes());
        }
        assert_eq!(encode_bytes(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode_bytes("A"), None, "a lone character is not base64");
        assert_eq!(decode_bytes("a+b"), None, "+ is not in the URL-safe alphabet");
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            proptest::prop_assert_eq!(decode_bytes(&encode_bytes(&bytes)), Some(bytes));
        }
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

    #[test]
    fn a_link_pasted_from_an_e_mail_still_opens() {
        let json = r#"{"name":"我的方案","format":"crm-roi-scenario"}"#;
        let value = encode(json).strip_prefix("scenario=").unwrap().to_owned();
        let (a, b) = value.split_at(10);
        let (b, c) = b.split_at(12);
        for pasted in [
            format!("{a}%20{b}%0A{c}"),
            format!("{a}%0D%0A{b}%09{c}"),
            format!("{a} {b}\n{c}"),
            format!("{a}\r\n  {b}\t{c}  "),
            format!("%20{a}%0a{b}%0d%0a{c}%3D"),
            // Every character escaped, as some clients do.
            value.bytes().map(|c| format!("%{c:02X}")).collect(),
        ] {
            assert_eq!(decode(&format!("#scenario={pasted}")), Some(Ok(json.to_owned())), "{pasted}");
        }
        // Escapes of characters base64url does not have, or broken escapes, stay broken.
        assert_eq!(decode(&format!("#scenario={a}%2B{b}")), Some(Err(LinkError::NotBase64)));
        assert_eq!(decode(&format!("#scenario={a}%G0{b}")), Some(Err(LinkError::NotBase64)));
        assert_eq!(decode(&format!("#scenario={a}%")), Some(Err(LinkError::NotBase64)));
        assert_eq!(decode("#scenario=%E6%88%91"), Some(Err(LinkError::NotBase64)), "not ASCII after decoding");
        // Only ASCII whitespace is dropped: a no-break space is not part of a link.
        assert_eq!(decode(&format!("#scenario={a}\u{a0}{b}{c}")), Some(Err(LinkError::NotBase64)));
    }
}
