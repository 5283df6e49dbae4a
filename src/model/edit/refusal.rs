//! Why an edit was refused, and where: the form shows the reason beside the field it
//! names, and the scenario keeps its last good value.

use crate::model::validation::ValidationError;

/// A refused [`super::Edit`].
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    /// The field's path as in validation errors and file messages
    /// (`options[0].costs[2].amount`), or the edit's subject (`options`).
    pub path: String,
    pub why: Why,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// The change would take a figure beyond what a decimal holds (e.g. quantity ×
    /// unit cost of two huge figures).
    Overflow,
    /// The result breaks a rule of the file (a value out of range, 10^15 money …): the
    /// same rules as reading a file, so what is saved can always be read back.
    Invalid(ValidationError),
    /// No more options or lines fit (model.md §1, §2 limits).
    Full,
    /// The last option cannot be removed.
    LastOption,
    /// The option or line named no longer exists (a stale edit).
    Missing,
    /// Quantity × unit cost on a line that is a percentage ("2 % of revenue").
    PercentLine,
}

impl Refusal {
    pub fn new(path: impl Into<String>, why: Why) -> Self {
        Refusal { path: path.into(), why }
    }

    /// The translation key of the reason, for the message beside the field.
    pub fn message_key(&self) -> &'static str {
        match &self.why {
            Why::Overflow | Why::Invalid(_) => "edit.refused.too_large",
            Why::Full => "edit.refused.full",
            Why::LastOption => "edit.refused.last_option",
            Why::Missing => "edit.refused.missing",
            Why::PercentLine => "edit.refused.percent_line",
        }
    }
}
