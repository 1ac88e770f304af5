//! The `alembic-lint` command line as a library. `main.rs` only calls [`main`]; the fuzz targets
//! use [`write_report`] to drive every output format over a checked report.

mod cli;
mod color;
mod commands;
mod git;
mod git_since;
mod graph_output;
mod plan_render;
mod render;
mod sources;

use std::io::{self, Write};

use alembic_lint_core::Report;

pub use cli::main;
pub use render::Format;

/// Writes what `check` prints on stdout for this report.
pub fn write_report(
    w: &mut impl Write,
    format: Format,
    report: &Report,
    color: bool,
) -> io::Result<()> {
    render::render(w, format, report, color)
}
