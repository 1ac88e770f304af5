//! Output formats for `check`. Each renderer writes to any `io::Write` so it can be tested.

mod artifact;
mod concise;
mod fingerprint;
mod github;
mod gitlab;
mod human;
mod json;
mod sarif;
#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use alembic_lint_core::{Diagnostic, Error, Severity, Summary};
use codespan_reporting::term::termcolor::{Ansi, NoColor, WriteColor};

use crate::sources::Sources;

/// How `check` prints its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Source snippets with labels and help.
    Human,
    /// One line per diagnostic: `path:line:col: CODE [rule] message`.
    Concise,
    /// One JSON object with every diagnostic and a summary.
    Json,
    /// GitHub Actions workflow commands (`::error file=...::message`).
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// A GitLab Code Quality report.
    Gitlab,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Format; 6] = [
        Format::Human,
        Format::Concise,
        Format::Json,
        Format::Github,
        Format::Sarif,
        Format::Gitlab,
    ];
}

/// Everything a renderer needs.
pub(crate) struct Report<'a> {
    /// Sorted diagnostics.
    pub diagnostics: &'a [Diagnostic],
    /// The text of every file with something to show.
    pub sources: &'a Sources<'a>,
    /// How many files were checked.
    pub files: usize,
    /// How many of them have a literal revision id.
    pub revisions: usize,
    /// What kept part of the check from running.
    pub errors: &'a [Error],
    /// What SARIF and GitLab paths are relative to; empty when unknown.
    pub working_dir: &'a Path,
}

/// Writes a check's report in the given format; `color` applies to human and concise output.
pub(crate) fn render(
    w: &mut impl Write,
    format: Format,
    report: &alembic_lint_core::Report,
    color: bool,
) -> io::Result<()> {
    // Only files with something to show need their lines indexed.
    let shown: HashSet<&str> = report
        .diagnostics
        .iter()
        .flat_map(|d| std::iter::once(&d.path).chain(d.secondary.iter().map(|l| &l.path)))
        .map(String::as_str)
        .collect();
    let mut sources = Sources::default();
    for file in report
        .files
        .iter()
        .filter(|f| shown.contains(f.path.as_str()))
    {
        sources.add(&file.path, &file.text);
    }
    let Summary {
        files, revisions, ..
    } = report.summary();
    let working_dir = std::env::current_dir().unwrap_or_else(|_| PathBuf::new());
    let view = Report {
        diagnostics: &report.diagnostics,
        sources: &sources,
        files,
        revisions,
        errors: &report.errors,
        working_dir: &working_dir,
    };
    render_view(w, format, &view, color)
}

fn render_view(w: &mut impl Write, format: Format, report: &Report, color: bool) -> io::Result<()> {
    match format {
        Format::Human => styled(w, color, |w| human::write(w, report)),
        Format::Concise => styled(w, color, |w| concise::write(w, report)),
        Format::Json => json::write(w, report),
        Format::Github => github::write(w, report),
        Format::Sarif => sarif::write(w, report),
        Format::Gitlab => gitlab::write(w, report),
    }
}

/// The message, then the help on its own line, for formats with a single text field.
fn with_help(d: &Diagnostic) -> String {
    match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    }
}

/// Runs a colour-aware writer on `w`, with ANSI colour codes or without.
fn styled(
    w: &mut impl Write,
    color: bool,
    write: impl FnOnce(&mut dyn WriteColor) -> io::Result<()>,
) -> io::Result<()> {
    if color {
        write(&mut Ansi::new(w))
    } else {
        write(&mut NoColor::new(w))
    }
}

/// The one line that ends human output, and that concise output prints on stderr; none when
/// nothing could be checked at all (the errors on stderr say why).
pub(crate) fn summary(report: &alembic_lint_core::Report) -> Option<String> {
    summary_line(
        &report.diagnostics,
        report.summary().files,
        report.errors.len(),
    )
}

fn summary_line(diagnostics: &[Diagnostic], files: usize, errors: usize) -> Option<String> {
    if diagnostics.is_empty() {
        return match (files, errors) {
            (0, 1..) => None,
            (_, 0) => Some(format!(
                "All checks passed: {} checked.",
                count(files, "migration file")
            )),
            _ => Some(format!(
                "No problems found in {} checked, but {} stopped part of the check.",
                count(files, "migration file"),
                count(errors, "error")
            )),
        };
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let mut kinds = Vec::new();
    if errors > 0 {
        kinds.push(count(errors, "error"));
    }
    if warnings > 0 {
        kinds.push(count(warnings, "warning"));
    }
    let mut paths: Vec<&str> = diagnostics.iter().map(|d| d.path.as_str()).collect();
    paths.dedup();
    Some(format!(
        "Found {} ({}) in {} of {}.",
        count(diagnostics.len(), "problem"),
        kinds.join(", "),
        paths.len(),
        count(files, "migration file"),
    ))
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
