//! The `alembic-lint` command line as a library. `main.rs` only calls [`main`]; the fuzz targets
//! use [`write_report`] to drive every output format over checked files.

mod cli;
mod color;
mod graph_cmd;
mod graph_output;
mod render;
mod rules_cmd;
mod run;
mod sources;
mod timings;

use std::collections::HashSet;
use std::io::{self, Write};

use alembic_lint_core::{Diagnostic, FileReport};

pub use cli::main;
pub use render::Format;

/// Writes what `check` prints for these checked files and their sorted diagnostics.
pub fn write_report(
    w: &mut impl Write,
    format: Format,
    reports: &[FileReport],
    diagnostics: &[Diagnostic],
    color: bool,
) -> io::Result<()> {
    // Only files with something to show need their lines indexed.
    let shown: HashSet<&str> = diagnostics
        .iter()
        .flat_map(|d| std::iter::once(&d.path).chain(d.secondary.iter().map(|l| &l.path)))
        .map(String::as_str)
        .collect();
    let mut sources = sources::Sources::default();
    for report in reports.iter().filter(|r| shown.contains(r.path.as_str())) {
        sources.add(&report.path, &report.text);
    }
    let revisions = reports
        .iter()
        .filter(|r| {
            r.migration
                .as_ref()
                .is_some_and(|m| m.revision_id().is_some())
        })
        .count();
    let report = render::Report {
        diagnostics,
        sources: &sources,
        files: reports.len(),
        revisions,
    };
    render::render(w, format, &report, color)
}
