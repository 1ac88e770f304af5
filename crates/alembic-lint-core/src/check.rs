//! The per-file pipeline: decode, parse, extract the model, run the file rules.

use crate::diagnostic::{Diagnostic, Finding};
use crate::model::{Migration, Span};
use crate::python;
use crate::rules::{self, Check, FileContext, Rule, Selection};

/// Everything the linter learned from one file.
#[derive(Clone, Debug)]
pub struct FileReport {
    /// The path as the user would type it from the working directory.
    pub path: String,
    /// The file's text without a BOM (invalid UTF-8 replaced) for rendering snippets.
    pub text: String,
    /// `None` when the file could not be parsed.
    pub migration: Option<Migration>,
    /// File-rule diagnostics, filtered by the selection.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks one migration file's bytes.
pub fn check_file(path: &str, bytes: &[u8], selection: &Selection) -> FileReport {
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
        Ok(text) => match python::parse_migration(text) {
            Err(err) => {
                let finding = Finding::new(Span::new(err.offset, err.offset), err.message)
                    .help("fix the Python syntax error; Alembic cannot load this migration either");
                (text.to_owned(), None, vec![(SYNTAX_ERROR, finding)])
            }
            Ok(migration) => {
                let findings = run_file_rules(&migration, text, selection);
                (text.to_owned(), Some(migration), findings)
            }
        },
    };
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
