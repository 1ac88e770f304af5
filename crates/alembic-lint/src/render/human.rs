//! Source snippets with labels and help, rendered by codespan-reporting.

use std::io;

use alembic_lint_core::{Diagnostic, Severity};
use codespan_reporting::diagnostic::{self as cs, Label};
use codespan_reporting::term::termcolor::{Color, ColorSpec, WriteColor};
use codespan_reporting::term::{self, Config};

use super::{summary_line, Report};

pub(super) fn write(w: &mut dyn WriteColor, report: &Report) -> io::Result<()> {
    let config = Config::default();
    for diagnostic in report.diagnostics {
        term::emit_to_write_style(w, &config, report.sources, &to_codespan(diagnostic, report))
            .map_err(|err| io::Error::other(err.to_string()))?;
    }
    let Some(summary) = summary_line(report.diagnostics, report.files, report.errors.len()) else {
        return Ok(());
    };
    let passed = report.diagnostics.is_empty() && report.errors.is_empty();
    w.set_color(
        ColorSpec::new()
            .set_bold(true)
            .set_fg(passed.then_some(Color::Green)),
    )?;
    write!(w, "{summary}")?;
    w.reset()?;
    writeln!(w)
}

fn to_codespan(diagnostic: &Diagnostic, report: &Report) -> cs::Diagnostic<usize> {
    let sources = report.sources;
    let severity = match diagnostic.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
    };
    let mut labels = Vec::new();
    let mut notes = Vec::new();
    if let Some(id) = sources.id(&diagnostic.path) {
        labels.push(
            Label::primary(id, sources.range(id, diagnostic.span))
                .with_message(diagnostic.label.as_deref().unwrap_or_default()),
        );
    }
    for label in &diagnostic.secondary {
        match sources.id(&label.path) {
            Some(id) => labels.push(
                Label::secondary(id, sources.range(id, label.span)).with_message(&label.message),
            ),
            None => notes.push(format!("note: {}: {}", label.path, label.message)),
        }
    }
    if let Some(help) = &diagnostic.help {
        notes.push(format!("help: {help}"));
    }
    notes.push(format!("rule: {}", diagnostic.rule));
    cs::Diagnostic::new(severity)
        .with_code(diagnostic.code)
        .with_message(&diagnostic.message)
        .with_labels(labels)
        .with_notes(notes)
}
