//! The embedding settings a page is opened with (contract.md §2): `embed`, `theme`,
//! `accent`, `cta`, `cta_label` and `parent_origin`. Each is checked here; an invalid one
//! is ignored, as the contract says, and never shown to the visitor as an error.

use super::accent::{Accent, Rgb};

/// The longest call-to-action label shown; longer ones are cut at a character.
pub const MAX_LABEL_CHARS: usize = 80;
/// The longest call-to-action address accepted.
pub const MAX_URL_BYTES: usize = 2000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the visitor's colour scheme.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(text: &str) -> Option<Theme> {
        match text {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A call-to-action link beside the results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    /// An `https:` address (checked by [`https_url`]).
    pub url: String,
    /// The host's label, shown as text; `None` shows the app's own wording.
    pub label: Option<String>,
}

impl Cta {
    /// Where the link goes: the host (and port) of its address, shown beside the label
    /// so that a label cannot pass the link off as another site's.
    pub fn host(&self) -> &str {
        let rest = self.url.get("https://".len()..).unwrap_or_default();
        rest.split(['/', '?', '#']).next().unwrap_or_default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedSettings {
    /// `embed=1`: compact layout for an iframe, and height messages to the parent.
    pub embed: bool,
    pub theme: Theme,
    /// The host's accent as given (for the snippet) and as adjusted for each theme.
    pub accent: Option<(Rgb, Accent)>,
    pub cta: Option<Cta>,
    /// The origin allowed to receive resize messages; `None` posts to `"*"`.
    pub parent_origin: Option<String>,
    /// `view=quick`: the quick view for articles (the default with `embed=1`);
    /// `view=full` or no `view` without `embed=1`: the full calculator.
    pub quick: bool,
}

impl EmbedSettings {
    /// Reads the settings through `param`, which returns a decoded query parameter.
    pub fn from_query(param: impl Fn(&str) -> Option<String>) -> EmbedSettings {
        let accent = param("accent").and_then(|a| Rgb::parse_hex(&a)).map(|c| (c, Accent::new(c)));
        let cta = param("cta")
            .and_then(|u| https_url(&u))
            .map(|url| Cta { url, label: param("cta_label").and_then(|l| label(&l)) });
        let embed = param("embed").as_deref() == Some("1");
        EmbedSettings {
            embed,
            quick: quick_view(param("view").as_deref(), embed),
            theme: param("theme").and_then(|t| Theme::parse(&t)).unwrap_or_default(),
            accent,
            cta,
            parent_origin: param("parent_origin").and_then(|o| origin(&o)),
        }
    }

    /// The target origin of resize messages.
    pub fn message_target(&self) -> &str {
        self.parent_origin.as_deref().unwrap_or("*")
    }
}

/// Whether `view` asks for the quick view (contract.md §2): `quick` or `full`; any other
/// value is ignored, and the default is the quick view only in embed mode.
pub fn quick_view(view: Option<&str>, embed: bool) -> bool {
    match view {
        Some("quick") => true,
        Some("full") => false,
        _ => embed,
    }
}

/// The authority of an address after `scheme://`, if it is a plain host with an
/// optional port: no user name or password (which would let `https://bank.com@evil.example`
/// pass for the bank), no spaces or control characters.
fn authority(rest: &str) -> Option<&str> {
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest.get(..end)?;
    // ASCII rules plus any non-ASCII character (internationalised names): Unicode
    // tables for "alphanumeric" would cost kilobytes of wasm for no safety gain.
    let allowed = |c: char| c.is_ascii_alphanumeric() || !c.is_ascii() || matches!(c, '.' | '-' | ':' | '[' | ']');
    (!host.is_empty() && !host.starts_with(':') && host.chars().all(allowed)).then_some(host)
}

/// `text` if it is an `https:` address with a host; links of any other scheme
/// (`javascript:`, `data:`, `http:`) are refused, and so are addresses with invisible
/// characters (control or format characters), whose host could not be shown as it is.
pub fn https_url(text: &str) -> Option<String> {
    let text = text.trim();
    let scheme = text.get(..8)?;
    let rest = text.get(8..)?;
    let clean = |c: char| !c.is_control() && !is_format(c) && !c.is_whitespace() && c != '\\';
    (scheme.eq_ignore_ascii_case("https://") && text.len() <= MAX_URL_BYTES && text.chars().all(clean))
        .then_some(())
        .and(authority(rest))
        .map(|host| format!("https://{}{}", host.to_ascii_lowercase(), rest.get(host.len()..).unwrap_or("")))
}

/// `text` as an origin (`https://blog.example.com` or `http://localhost:8080`), lower
/// case and without a trailing slash; anything with a path, query or other scheme is not
/// an origin.
pub fn origin(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text.strip_suffix('/').unwrap_or(text);
    let lower = text.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"))?;
    let host = authority(rest)?;
    (host.len() == rest.len()).then_some(lower.clone())
}

/// Unicode's format characters (general category Cf, Unicode 15): bidi embeddings,
/// overrides, isolates and marks, zero-width spaces and joiners, the soft hyphen, the
/// byte order mark, tags… Invisible, and able to reorder or hide what a label seems to
/// say (U+202E shows "ni ngis" as "sign in"). A table of ranges: the standard library
/// has none, and a Unicode crate would cost kilobytes of wasm.
const FORMAT_CHARACTERS: [(char, char); 21] = [
    ('\u{AD}', '\u{AD}'),
    ('\u{600}', '\u{605}'),
    ('\u{61C}', '\u{61C}'),
    ('\u{6DD}', '\u{6DD}'),
    ('\u{70F}', '\u{70F}'),
    ('\u{890}', '\u{891}'),
    ('\u{8E2}', '\u{8E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];

/// Whether `c` is a format character (Unicode Cf).
fn is_format(c: char) -> bool {
    FORMAT_CHARACTERS.iter().any(|(low, high)| (*low..=*high).contains(&c))
}

/// A label as it is shown: format characters (Unicode Cf) dropped, control characters
/// (Cc) and runs of spaces made one space, cut at [`MAX_LABEL_CHARS`]; `None` when
/// nothing is left. The page shows the link's host beside it ([`Cta::host`]).
pub fn label(text: &str) -> Option<String> {
    let visible: String = text.chars().filter(|c| !is_format(*c)).collect();
    let words: Vec<&str> = visible.split(|c: char| c.is_whitespace() || c.is_control()).filter(|w| !w.is_empty()).collect();
    let joined: String = words.join(" ").chars().take(MAX_LABEL_CHARS).collect();
    let trimmed = joined.trim_end();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(query: &[(&str, &str)]) -> EmbedSettings {
        EmbedSettings::from_query(|name| query.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned()))
    }

    #[test]
    fn no_parameters_is_the_ordinary_page() {
        let s = settings(&[]);
        assert_eq!(s, EmbedSettings::default());
        assert_eq!(s.message_target(), "*");
    }

    #[test]
    fn every_parameter_read() {
        let s = settings(&[
            ("embed", "1"), ("theme", "dark"), ("accent", "ffee00"), ("cta", "https://Consult.Example/talk?x=1"),
            ("cta_label", "  Talk to\n us  "), ("parent_origin", "https://blog.example.com/"),
        ]);
        assert!(s.embed);
        assert!(s.quick, "embed=1 opens the quick view");
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.accent.map(|a| a.0), Some(Rgb(0xff, 0xee, 0x00)));
        assert_eq!(s.cta, Some(Cta { url: "https://consult.example/talk?x=1".into(), label: Some("Talk to us".into()) }));
        assert_eq!(s.message_target(), "https://blog.example.com");
    }

    #[test]
    fn invalid_parameters_are_ignored() {
        let s = settings(&[("embed", "yes"), ("theme", "pink"), ("accent", "url(x)"), ("parent_origin", "*")]);
        assert_eq!(s, EmbedSettings::default());
        assert!(!settings(&[("embed", "0")]).embed);
        // A label without a link shows nothing.
        assert_eq!(settings(&[("cta_label", "Hi")]).cta, None);
    }

    #[test]
    fn view_quick_or_full_with_embed_choosing_the_default() {
        assert!(settings(&[("embed", "1")]).quick);
        assert!(!settings(&[("embed", "1"), ("view", "full")]).quick);
        assert!(settings(&[("view", "quick")]).quick, "the quick view on the full page");
        assert!(!settings(&[]).quick);
        for bad in ["Quick", "compact", ""] {
            assert!(settings(&[("embed", "1"), ("view", bad)]).quick, "{bad} ignored");
            assert!(!settings(&[("view", bad)]).quick, "{bad} ignored");
        }
    }

    #[test]
    fn only_https_links_are_call_to_action_links() {
        for bad in [
            "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "http://consult.example",
            "https://", "https:///path", "https://user:pw@consult.example", "https://bank.example@evil.example",
            "https://consult.example/a b", "https://consult.example/\u{0}", "//consult.example", "https:\\\\evil.example",
            "https://:443", "ftp://consult.example", "",
        ] {
            assert_eq!(https_url(bad), None, "{bad}");
        }
        assert_eq!(https_url(" https://consult.example "), Some("https://consult.example".into()));
        assert_eq!(https_url("HTTPS://顧問.tw/預約"), Some("https://顧問.tw/預約".into()));
        assert_eq!(https_url(&format!("https://a.example/{}", "x".repeat(MAX_URL_BYTES))), None);
    }

    #[test]
    fn origins() {
        assert_eq!(origin("https://Blog.Example.com"), Some("https://blog.example.com".into()));
        assert_eq!(origin("http://localhost:8091/"), Some("http://localhost:8091".into()));
        for bad in ["blog.example.com", "https://blog.example.com/post", "https://x.example?q", "file:///x", "null", "*", "https://"] {
            assert_eq!(origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn labels_are_plain_short_text() {
        assert_eq!(label("<b>預約顧問</b>"), Some("<b>預約顧問</b>".into()), "markup stays text: it is never parsed");
        assert_eq!(label(" \t\u{7}  "), None);
        let long = "長".repeat(200);
        assert_eq!(label(&long).map(|l| l.chars().count()), Some(MAX_LABEL_CHARS));
    }

    #[test]
    fn a_spoofing_label_loses_its_invisible_characters_and_shows_the_host() {
        // Issue 10: `?cta=https://evil.example/login&cta_label=Session expired – sign in`.
        let s = settings(&[("cta", "https://Evil.Example/login?next=1"), ("cta_label", "Session expired – sign in")]);
        let cta = s.cta.unwrap();
        assert_eq!(cta.host(), "evil.example");
        assert_eq!(cta.label.as_deref(), Some("Session expired – sign in"));
        assert_eq!(Cta { url: "https://consult.example:8443#x".into(), label: None }.host(), "consult.example:8443");
        // Format characters (Unicode Cf) are dropped: bidi overrides and isolates, zero-width
        // spaces and joiners, the soft hyphen, the byte order mark, tags.
        for hidden in ['\u{202E}', '\u{202A}', '\u{2066}', '\u{2069}', '\u{200B}', '\u{200D}', '\u{200E}', '\u{00AD}', '\u{FEFF}', '\u{2060}', '\u{E0041}', '\u{061C}'] {
            assert_eq!(label(&format!("Sign{hidden} in")), Some("Sign in".into()), "U+{:04X}", hidden as u32);
        }
        assert_eq!(label("\u{202E}ni ngis\u{202C}"), Some("ni ngis".into()));
        // Control characters (Unicode Cc) too; they separate words.
        assert_eq!(label("Sign\u{7}in\u{1B}[31m"), Some("Sign in [31m".into()));
        assert_eq!(label("\u{200B}\u{202E}"), None);
        // Visible text of any script stays.
        assert_eq!(label("預約顧問 – مرحبا"), Some("預約顧問 – مرحبا".into()));
        // An address with an invisible character is refused: its host could not be shown as it is.
        assert_eq!(https_url("https://evil.example\u{202E}elpmaxe.knab/"), None);
        assert_eq!(https_url("https://consult.example/\u{200B}x"), None);
    }

    #[test]
    fn theme_codes_round_trip() {
        for t in [Theme::Auto, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::parse(t.code()), Some(t));
        }
    }
}
