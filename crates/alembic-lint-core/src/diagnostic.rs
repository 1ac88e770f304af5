//! What the linter reports.

use crate::model::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A secondary place that belongs to a diagnostic, possibly in another file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The file's display path; the diagnostic's own `path` when in the same file.
    pub path: String,
    pub span: Span,
    pub message: String,
}

/// One reported problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub rule: &'static str,
    pub severity: Severity,
    /// What is wrong: lowercase start, no trailing period, identifiers in backticks.
    pub message: String,
    /// How to fix it, in Alembic terms.
    pub help: Option<String>,
    /// The file as the user would type it from the working directory.
    pub path: String,
    pub span: Span,
    /// Text for the primary label under the source snippet.
    pub label: Option<String>,
    pub secondary: Vec<Label>,
    /// The revision id of the migration, when known.
    pub revision: Option<String>,
    /// What the earlier revisions would have to have done for this diagnostic to be wrong.
    pub unless: Option<HistoryFact>,
}

/// What a rule's `check` function reports; the engine turns it into a [`Diagnostic`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
    pub label: Option<String>,
    pub unless: Option<HistoryFact>,
}

/// A fact about the schema the earlier revisions of a script directory leave, which one
/// migration cannot see; the engine replays their operations and drops a diagnostic whose fact
/// holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryFact {
    /// A validated check constraint on `table` says `column IS NOT NULL`.
    ValidatedNotNullCheck { table: String, column: String },
    /// An index of `table` has `columns`, in any order, as its leading columns.
    IndexLeading { table: String, columns: Vec<String> },
}

impl Finding {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Finding {
            span,
            message: message.into(),
            help: None,
            label: None,
            unless: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Reported only if the earlier revisions do not establish `fact`.
    pub fn unless(mut self, fact: HistoryFact) -> Self {
        self.unless = Some(fact);
        self
    }
}
