//! The per-file pipeline: decode, parse, extract the model, run the file rules.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::time::{Duration, Instant};

use crate::diagnostic::{Diagnostic, Finding, Severity};
use crate::model::{Migration, Span};
use crate::python;
use crate::rules::{self, Check, FileContext, Rule, Selection};

/// Everything the linter learned from one file.
#[derive(Clone, Debug, Default)]
pub struct FileReport {
    /// The path as the user would type it from the working directory.
    pub path: String,
    /// The file's text without a BOM (invalid UTF-8 replaced) for rendering snippets.
    pub text: String,
    /// `None` when the file could not be parsed.
    pub migration: Option<Migration>,
    /// File-rule diagnostics, filtered by the selection.
    pub diagnostics: Vec<Diagnostic>,
    /// Where the time on this file went.
    pub timings: StageTimes,
}

/// Time spent on one file, by stage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StageTimes {
    /// Decoding and parsing the Python source into a syntax tree.
    pub parse: Duration,
    /// Reading the migration model out of the tree, and dropping the tree.
    pub extract: Duration,
    /// Running the file rules on the model.
    pub rules: Duration,
}

/// The code of the diagnostic that stands in for a bug in alembic-lint itself. It is reported
/// whatever the selection, and is not a rule: nothing the user wrote can be fixed to avoid it.
pub const INTERNAL_ERROR: &str = "AL000";

/// Checks one migration file's bytes. A bug that panics on this file becomes an
/// [`INTERNAL_ERROR`] diagnostic for it, so that the other files are still checked.
pub fn check_file(path: &str, bytes: &[u8], selection: &Selection) -> FileReport {
    guarded(path, bytes, || check_unguarded(path, bytes, selection))
}

fn guarded(path: &str, bytes: &[u8], check: impl FnOnce() -> FileReport) -> FileReport {
    panic::catch_unwind(AssertUnwindSafe(check)).unwrap_or_else(|payload| {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        FileReport {
            path: path.to_owned(),
            text: String::from_utf8_lossy(bytes).into_owned(),
            diagnostics: vec![Diagnostic {
                code: INTERNAL_ERROR,
                rule: "internal-error",
                severity: Severity::Error,
                message: format!(
                    "internal error while checking this file: {}",
                    panic_message(payload.as_ref())
                ),
                help: Some(
                    "this is a bug in alembic-lint, not in the migration: please report it \
                     with this file; the other files were checked"
                        .to_owned(),
                ),
                path: path.to_owned(),
                span: Span::new(0, 0),
                label: None,
                secondary: Vec::new(),
                revision: None,
            }],
            ..FileReport::default()
        }
    })
}

/// The message a panic was raised with.
pub fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(message) = payload.downcast_ref::<&str>() {
        message
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message
    } else {
        "a panic without a message"
    }
}

fn check_unguarded(path: &str, bytes: &[u8], selection: &Selection) -> FileReport {
    let mut timings = StageTimes::default();
    let started = Instant::now();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let (text, migration, mut findings) = match std::str::from_utf8(bytes) {
        Err(err) => {
            let at = err.valid_up_to();
            let finding = Finding::new(
                Span::new(at, at),
                format!(
                    "file is not valid UTF-8 (byte 0x{:02x} at offset {at})",
                    bytes[at]
                ),
            )
            .help("Alembic reads migrations as UTF-8 Python source: re-save the file as UTF-8");
            let text = String::from_utf8_lossy(bytes).into_owned();
            (text, None, vec![(SYNTAX_ERROR, finding)])
        }
        Ok(text) => match python::parse(text) {
            Err(err) => {
                let finding = Finding::new(Span::new(err.offset, err.offset), err.message)
                    .help("fix the Python syntax error; Alembic cannot load this migration either");
                (text.to_owned(), None, vec![(SYNTAX_ERROR, finding)])
            }
            Ok(tree) => {
                let parsed = Instant::now();
                timings.parse = parsed - started;
                let migration = python::extract(text, tree);
                let extracted = Instant::now();
                timings.extract = extracted - parsed;
                let findings = run_file_rules(&migration, text, selection);
                timings.rules = extracted.elapsed();
                (text.to_owned(), Some(migration), findings)
            }
        },
    };
    if timings.parse.is_zero() {
        timings.parse = started.elapsed();
    }
    let revision = migration
        .as_ref()
        .and_then(|m| m.revision_id().map(str::to_owned));
    let diagnostics = findings
        .drain(..)
        .filter(|(rule, _)| selection.is_enabled(rule.code))
        .map(|(rule, f)| Diagnostic {
            code: rule.code,
            rule: rule.name,
            severity: rule.severity,
            message: f.message,
            help: f.help,
            path: path.to_owned(),
            span: f.span,
            label: f.label,
            secondary: Vec::new(),
            revision: revision.clone(),
        })
        .collect();
    FileReport {
        path: path.to_owned(),
        text,
        migration,
        diagnostics,
        timings,
    }
}

static SYNTAX_ERROR: &Rule = &rules::syntax_error::RULE;

fn run_file_rules(
    migration: &Migration,
    source: &str,
    selection: &Selection,
) -> Vec<(&'static Rule, Finding)> {
    let ctx = FileContext { migration, source };
    let mut out = Vec::new();
    let mut findings = Vec::new();
    for rule in rules::RULES.iter().copied() {
        if let Check::File(check) = rule.check {
            if selection.is_enabled(rule.code) {
                check(&ctx, &mut findings);
                out.extend(findings.drain(..).map(|f| (rule, f)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_for_that_file_only() {
        let report = guarded("versions/a.py", b"\xEF\xBB\xBFrevision = 'a'\n", || {
            panic!("index out of bounds: the len is 3 but the index is 7")
        });
        assert_eq!(report.path, "versions/a.py");
        assert_eq!(report.text, "revision = 'a'\n");
        assert!(report.migration.is_none());
        let [diagnostic] = report.diagnostics.as_slice() else {
            panic!("expected one diagnostic, got {:?}", report.diagnostics);
        };
        assert_eq!(diagnostic.code, INTERNAL_ERROR);
        assert_eq!(
            diagnostic.message,
            "internal error while checking this file: index out of bounds: the len is 3 but the \
             index is 7"
        );

        let formatted = guarded("b.py", b"", || panic!("{} is {}", "depth", 3));
        assert!(formatted.diagnostics[0].message.ends_with("depth is 3"));
    }

    #[test]
    fn a_file_that_does_not_panic_is_reported_as_checked() {
        let report = check_file("a.py", b"revision = 'a'\n", &Selection::default());
        assert!(report.migration.is_some());
        assert!(report.diagnostics.iter().all(|d| d.code != INTERNAL_ERROR));
    }
}
