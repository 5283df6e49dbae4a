//! A rename in progress (an option's or a scenario's name): what the name was when the
//! field opened, and whether the field is empty now. Each keystroke renames at once,
//! but an empty name is never kept, and Escape puts the first name back. Plain Rust,
//! tested natively; `components::option_tabs` and `components::scenario_bar` hold one
//! while their field is open.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rename {
    before: String,
    empty: bool,
}

impl Rename {
    /// A rename of what is now called `name`.
    pub fn start(name: impl Into<String>) -> Self {
        Rename { before: name.into(), empty: false }
    }

    /// The visitor typed `text`: the name to give now, or `None` while the field is
    /// empty (the thing keeps its last name).
    pub fn typed(&mut self, text: String) -> Option<String> {
        self.empty = text.trim().is_empty();
        (!self.empty).then_some(text)
    }

    /// Whether the field is empty (the page says a name is needed).
    pub fn is_empty(&self) -> bool {
        self.empty
    }

    /// The field closes (Enter, or Escape when `cancel`), the thing being called `now`:
    /// the name to put back, if it must change (cancelled, or left empty).
    pub fn close(self, cancel: bool, now: &str) -> Option<String> {
        ((cancel || self.empty) && now != self.before).then_some(self.before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enter_keeps_escape_restores_empty_is_never_kept() {
        let mut r = Rename::start("Plan A");
        assert_eq!(r.typed("Plan B".into()), Some("Plan B".into()));
        assert_eq!(r.clone().close(false, "Plan B"), None, "Enter keeps what was typed");
        assert_eq!(r.clone().close(true, "Plan B"), Some("Plan A".into()), "Escape restores");
        assert_eq!(r.typed("   ".into()), None, "an empty name is not given");
        assert!(r.is_empty());
        assert_eq!(r.clone().close(false, "Plan B"), Some("Plan A".into()), "closed empty: the first name back");
        assert_eq!(r.typed("C".into()), Some("C".into()));
        assert!(!r.is_empty());
        assert_eq!(Rename::start("x").close(true, "x"), None, "nothing to put back");
    }
}
