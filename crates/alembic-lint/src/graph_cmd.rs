//! `alembic-lint graph`: each script directory's revision graph, summarised.

use std::io::{self, Write};

use alembic_lint_core::graph;

use crate::graph_output::{self, ScriptDirGraph};
use crate::run::Loaded;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum GraphFormat {
    /// Heads, bases, merge and branch points, then the history as `alembic history` shows it.
    Text,
    /// One JSON object with every script directory's heads, bases and branch labels.
    Json,
    /// Graphviz DOT.
    Dot,
    /// A Mermaid flowchart.
    Mermaid,
}

/// Summarises each script directory's graph, in discovery order.
pub(crate) fn summarize(loaded: &Loaded) -> Vec<ScriptDirGraph> {
    loaded
        .script_dir_reports()
        .into_iter()
        .map(|(dir, members)| (dir.path.clone(), graph::summarize(&members)))
        .collect()
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
