//! `alembic-lint graph`: each script directory's revision graph, summarised, and the problems
//! that keep Alembic from reading it.

use std::io::{self, Write};
use std::process::ExitCode;

use alembic_lint_core::rules::Check;
use alembic_lint_core::{Selection, Settings, RULES};

use crate::cli::{report_problems, with_stdout, Failure, GraphArgs};
use crate::graph_output::{self, ScriptDirGraph};
use crate::render::{self, Format};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum GraphFormat {
    /// Heads, bases, merge and branch points, then the history as `alembic history` shows it.
    Text,
    /// One JSON object with every script directory's heads, bases, branch labels and edges.
    Json,
    /// Graphviz DOT.
    Dot,
    /// A Mermaid flowchart.
    Mermaid,
}

/// Prints the graphs on stdout and the graph rules' findings on stderr: exit code 1 when the
/// history has a problem (several heads, a cycle, a missing `down_revision`...).
pub(crate) fn run(args: &GraphArgs) -> Result<ExitCode, Failure> {
    // The graph needs only the revision metadata and the graph rules, not the file rules.
    let graph_rules: Vec<String> = RULES
        .iter()
        .filter(|r| r.default_on && matches!(r.check, Check::Graph(_)))
        .map(|r| r.code.to_owned())
        .collect();
    let settings = Settings {
        selection: Selection::new(&graph_rules, &[])?,
        ..Settings::default()
    };
    let report = alembic_lint_core::check(&args.paths, &settings);
    report_problems(&report);
    let dirs: Vec<ScriptDirGraph> = report
        .graph_summaries()
        .into_iter()
        .map(|(dir, graph)| (dir.path.clone(), graph))
        .collect();
    with_stdout(|w| write(w, args.format, &dirs))?;
    if !report.diagnostics.is_empty() {
        let mut err = io::stderr().lock();
        render::render(&mut err, Format::Concise, &report, false)?;
        if let Some(summary) = render::summary(&report) {
            writeln!(err, "{summary}")?;
        }
    }
    Ok(
        if !report.errors.is_empty() || report.has_internal_error() {
            ExitCode::from(2)
        } else if !report.diagnostics.is_empty() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        },
    )
}

pub(crate) fn write(
    w: &mut impl Write,
    format: GraphFormat,
    dirs: &[ScriptDirGraph],
) -> io::Result<()> {
    match format {
        GraphFormat::Text => graph_output::write_text(w, dirs),
        GraphFormat::Json => graph_output::write_json(w, dirs),
        GraphFormat::Dot => graph_output::write_dot(w, dirs),
        GraphFormat::Mermaid => graph_output::write_mermaid(w, dirs),
    }
}
