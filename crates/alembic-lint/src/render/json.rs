//! `--format json`: one object, the shape documented in DESIGN.md's public contracts.

use std::io::{self, Write};

use serde::Serialize;

use super::Report;

#[derive(Serialize)]
struct Output<'a> {
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: Summary,
    /// What kept part of the check from running (the run exits with code 2).
    errors: Vec<JsonError>,
}

#[derive(Serialize)]
struct JsonError {
    message: String,
    path: Option<String>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    help: Option<&'a str>,
    path: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    revision: Option<&'a str>,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    revisions: usize,
    diagnostics: usize,
}

pub(super) fn write(w: &mut impl Write, report: &Report) -> io::Result<()> {
    let diagnostics = report
        .diagnostics
        .iter()
        .map(|d| {
            let at = report.sources.position(&d.path, d.span);
            JsonDiagnostic {
                code: d.code,
                rule: d.rule,
                severity: d.severity.as_str(),
                message: &d.message,
                help: d.help.as_deref(),
                path: &d.path,
                line: at.line,
                column: at.column,
                end_line: at.end_line,
                end_column: at.end_column,
                revision: d.revision.as_deref(),
            }
        })
        .collect();
    let output = Output {
        diagnostics,
        summary: Summary {
            files: report.files,
            revisions: report.revisions,
            diagnostics: report.diagnostics.len(),
        },
        errors: report
            .errors
            .iter()
            .map(|e| JsonError {
                message: e.to_string(),
                path: e.path().map(str::to_owned),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &output)?;
    writeln!(w)
}
