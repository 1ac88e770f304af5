//! The per-file stage of a check: decode, parse, extract the model, run the file rules.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::time::{Duration, Instant};

use crate::changes::FileChange;
use crate::diagnostic::{Diagnostic, Finding};
use crate::dialect::Dialect;
use crate::env::EnvFacts;
use crate::model::{ConstraintKind, Migration, OpKind, RevisionMeta, Span};
use crate::python;
use crate::rules::context::tables_created;
use crate::rules::{self, Check, FileContext, Rule};
use crate::settings::Settings;
use crate::suppression::Suppressions;

/// What is kept of one checked file: enough to render its diagnostics and build its
/// directory's revision graph.
#[derive(Clone, Debug, Default)]
pub struct FileReport {
    /// The path as the user would type it from the working directory.
    pub path: String,
    /// The file's text without a BOM (invalid UTF-8 replaced) for rendering snippets.
    pub text: String,
    /// `None` when the file could not be parsed (or read).
    pub meta: Option<RevisionMeta>,
    /// Where the time on this file went.
    pub timings: StageTimes,
    /// What later migrations' findings may depend on: the check constraints `upgrade()` adds,
    /// validates or drops, and the tables it renames or drops, on PostgreSQL.
    pub history: Vec<OpKind>,
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

/// The file rules a check runs, chosen once from the settings.
pub(crate) struct FileRules<'a> {
    pub settings: &'a Settings,
    /// Selected file rules, in code order.
    pub rules: Vec<&'static Rule>,
    /// Hand back each file's model once the rules have run (the plan reads the operations).
    pub keep_models: bool,
}

impl<'a> FileRules<'a> {
    pub(crate) fn new(settings: &'a Settings) -> Self {
        let rules = rules::RULES
            .iter()
            .copied()
            .filter(|r| matches!(r.check, Check::File(_)) && settings.selection.is_enabled(r.code))
            .collect();
        FileRules {
            settings,
            rules,
            keep_models: false,
        }
    }

    /// No file rule: what a diff runs on the files it did not change, which the revision graph
    /// still reads.
    pub(crate) fn none(settings: &'a Settings) -> Self {
        FileRules {
            settings,
            rules: Vec::new(),
            keep_models: false,
        }
    }

    /// The codes of every selected rule that runs on one file of a directory targeting
    /// `dialect`, those the engine reports included; graph rules are not. None when file rules
    /// do not run on the file (a diff leaves it unchanged).
    fn ran_on(&self, dialect: Option<Dialect>) -> Vec<&'static str> {
        if self.rules.is_empty() {
            return Vec::new();
        }
        rules::RULES
            .iter()
            .filter(|r| !matches!(r.check, Check::Graph(_)) && !skipped_for(r, dialect))
            .map(|r| r.code)
            .filter(|code| self.settings.selection.is_enabled(code))
            .collect()
    }
}

/// What a diff says about one file it changed.
#[derive(Clone, Copy)]
pub(crate) struct InChange<'a> {
    pub change: FileChange,
    /// Tables created by the migrations the change added before this one, lowercase.
    pub created_earlier: &'a [String],
}

/// PostgreSQL-only rules stay quiet for a directory known to target another database.
fn skipped_for(rule: &Rule, dialect: Option<Dialect>) -> bool {
    rule.postgresql_only && dialect.is_some_and(|d| d != Dialect::Postgresql)
}

/// What checking one file gives.
pub(crate) struct Checked {
    /// What is kept of the file.
    pub report: FileReport,
    /// Its file rules' diagnostics.
    pub diagnostics: Vec<Diagnostic>,
    /// Its suppression comments, applied once the graph rules have run too.
    pub suppressions: Suppressions,
    /// Its model, when the plan asked for it.
    pub model: Option<Migration>,
}

/// Checks one migration file's bytes for a script directory targeting `dialect`, whose `env.py`
/// says `env`, as part of a change when `change` says so. A bug that
/// panics on this file becomes an `internal-error` diagnostic for it, so that the other files
/// are still checked.
pub(crate) fn check_file(
    path: &str,
    bytes: &[u8],
    rules: &FileRules,
    dialect: Option<Dialect>,
    env: EnvFacts,
    change: Option<InChange>,
) -> Checked {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    guarded(path, bytes, || {
        check_unguarded(path, bytes, rules, dialect, env, change)
    })
}

/// The revision metadata of a migration that parses and the tables its `upgrade()` creates: what
/// the engine reads first of the migrations a change adds, to know which tables are new to the
/// migrations added after them. A file that does not parse (or panics) lends nothing; checking
/// it reports why.
pub(crate) fn revision_and_created_tables(bytes: &[u8]) -> Option<(RevisionMeta, Vec<String>)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).ok()?;
    panic::catch_unwind(AssertUnwindSafe(|| {
        let migration = python::extract(text, python::parse(text).ok()?);
        let tables = tables_created(&migration).into_iter().map(|(t, _)| t);
        let tables = tables.collect();
        Some((migration.meta, tables))
    }))
    .ok()
    .flatten()
}

fn guarded(path: &str, bytes: &[u8], check: impl FnOnce() -> Checked) -> Checked {
    panic::catch_unwind(AssertUnwindSafe(check)).unwrap_or_else(|payload| {
        let finding = Finding::new(
            Span::new(0, 0),
            format!(
                "internal error while checking this file: {}",
                panic_message(payload.as_ref())
            ),
        )
        .help(
            "this is a bug in alembic-lint, not in the migration: please report it with this \
             file; the other files were checked",
        );
        let report = FileReport {
            path: path.to_owned(),
            text: String::from_utf8_lossy(bytes).into_owned(),
            ..FileReport::default()
        };
        Checked {
            report,
            diagnostics: vec![diagnostic(INTERNAL_ERROR, path, finding, None)],
            suppressions: Suppressions::default(),
            model: None,
        }
    })
}

pub(crate) fn diagnostic(
    rule: &Rule,
    path: &str,
    f: Finding,
    revision: Option<String>,
) -> Diagnostic {
    Diagnostic {
        code: rule.code,
        rule: rule.name,
        severity: rule.severity,
        message: f.message,
        help: f.help,
        path: path.to_owned(),
        span: f.span,
        label: f.label,
        secondary: Vec::new(),
        revision,
        unless: f.unless,
    }
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

fn check_unguarded(
    path: &str,
    bytes: &[u8],
    rules: &FileRules,
    dialect: Option<Dialect>,
    env: EnvFacts,
    change: Option<InChange>,
) -> Checked {
    let mut timings = StageTimes::default();
    let started = Instant::now();
    // A file that does not parse has no suppressions: its syntax error is reported.
    let mut suppressions = Suppressions::default();
    let mut history = Vec::new();
    let (text, meta, findings, model) = match std::str::from_utf8(bytes) {
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
            (text, None, vec![(SYNTAX_ERROR, finding)], None)
        }
        Ok(text) => match python::parse(text) {
            Err(err) => {
                let finding = Finding::new(Span::new(err.offset, err.offset), err.message)
                    .help("fix the Python syntax error; Alembic cannot load this migration either");
                (text.to_owned(), None, vec![(SYNTAX_ERROR, finding)], None)
            }
            Ok(tree) => {
                let parsed = Instant::now();
                timings.parse = parsed - started;
                suppressions = Suppressions::read(path, text, tree.comments(), tree.statements());
                let migration = python::extract(text, tree);
                let extracted = Instant::now();
                timings.extract = extracted - parsed;
                let mut ctx = FileContext::new(&migration, text, rules.settings, dialect, env);
                if let Some(c) = change {
                    ctx = ctx.in_change(c.change, c.created_earlier);
                }
                let findings = run_file_rules(&ctx, rules);
                history = history_ops(&ctx);
                timings.rules = extracted.elapsed();
                // The file rules have run: only the revision graph reads the file from here on,
                // and holding every file's operations would cost more memory than its source,
                // unless the plan asked for them.
                let meta = migration.meta.clone();
                let model = rules.keep_models.then_some(migration);
                (text.to_owned(), Some(meta), findings, model)
            }
        },
    };
    if timings.parse.is_zero() {
        timings.parse = started.elapsed();
    }
    let revision = meta
        .as_ref()
        .and_then(|m| m.revision_id().map(str::to_owned));
    let diagnostics = findings
        .into_iter()
        .filter(|(rule, _)| rules.settings.selection.is_enabled(rule.code))
        .map(|(rule, f)| diagnostic(rule, path, f, revision.clone()))
        .collect();
    if !suppressions.is_empty() {
        suppressions.revision = revision;
        suppressions.ran = rules.ran_on(dialect);
    }
    let report = FileReport {
        path: path.to_owned(),
        text,
        meta,
        timings,
        history,
    };
    Checked {
        report,
        diagnostics,
        suppressions,
        model,
    }
}

static SYNTAX_ERROR: &Rule = &rules::syntax_error::RULE;
static INTERNAL_ERROR: &Rule = &rules::internal_error::RULE;

/// Runs the selected file rules that apply to the directory's database.
/// The operations [`FileReport::history`] keeps: what the selected rules' facts rest on.
fn history_ops(ctx: &FileContext) -> Vec<OpKind> {
    // `foreign-key-without-index` (opt-in) asks about indexes, which most migrations create.
    let indexes = ctx
        .settings
        .selection
        .is_enabled(rules::foreign_key_without_index::RULE.code);
    ctx.upgrade_ops()
        .iter()
        .filter(|op| ctx.may_run_on_postgresql(op))
        .filter(|op| match &op.kind {
            OpKind::AddConstraint { constraint, .. } => {
                indexes || *constraint == ConstraintKind::Check
            }
            OpKind::ValidateConstraint { .. }
            | OpKind::DropConstraint { .. }
            | OpKind::RenameTable { .. }
            | OpKind::DropTable { .. } => true,
            OpKind::CreateTable { .. }
            | OpKind::AddColumn { .. }
            | OpKind::CreateIndex { .. }
            | OpKind::DropIndex { .. } => indexes,
            _ => false,
        })
        .map(|op| op.kind.clone())
        .collect()
}

fn run_file_rules(ctx: &FileContext, rules: &FileRules) -> Vec<(&'static Rule, Finding)> {
    let mut out = Vec::new();
    let mut findings = Vec::new();
    for &rule in &rules.rules {
        if skipped_for(rule, ctx.dialect) {
            continue;
        }
        if let Check::File(check) = rule.check {
            check(ctx, &mut findings);
            out.extend(findings.drain(..).map(|f| (rule, f)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_for_that_file_only() {
        let Checked {
            report,
            diagnostics,
            ..
        } = guarded("versions/a.py", b"revision = 'a'\n", || {
            panic!("index out of bounds: the len is 3 but the index is 7")
        });
        assert_eq!(report.path, "versions/a.py");
        assert_eq!(report.text, "revision = 'a'\n");
        assert!(report.meta.is_none());
        let [diagnostic] = diagnostics.as_slice() else {
            panic!("expected one diagnostic, got {diagnostics:?}");
        };
        assert_eq!(diagnostic.code, rules::INTERNAL_ERROR);
        assert_eq!(
            diagnostic.message,
            "internal error while checking this file: index out of bounds: the len is 3 but the \
             index is 7"
        );

        let formatted = guarded("b.py", b"", || panic!("{} is {}", "depth", 3)).diagnostics;
        assert!(formatted[0].message.ends_with("depth is 3"));
    }

    #[test]
    fn a_file_that_does_not_panic_is_reported_as_checked() {
        let settings = Settings::default();
        let Checked {
            report,
            diagnostics,
            ..
        } = check_file(
            "a.py",
            b"\xEF\xBB\xBFrevision = 'a'\n",
            &FileRules::new(&settings),
            None,
            EnvFacts::default(),
            None,
        );
        assert_eq!(report.text, "revision = 'a'\n");
        assert!(report.meta.is_some());
        assert!(diagnostics.iter().all(|d| d.code != rules::INTERNAL_ERROR));
    }
}
