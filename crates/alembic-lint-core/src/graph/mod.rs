//! The revision graph of one script directory and the checks on it.
//!
//! The graph is built from the extracted metadata, never by running Python, and its heads,
//! bases, merge points, branch points and branch labels mean what they mean in Alembic's
//! `RevisionMap`.

mod build;
mod cycles;
mod labels;
mod order;
mod summary;

use std::collections::HashMap;
use std::hash::Hash;

use crate::check::FileReport;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::Span;
use crate::rules::{self, Rule};

pub(crate) use build::{FileMeta, Graph, Resolved};
pub(crate) use cycles::{Step, Via};
pub(crate) use labels::Branches;
pub use summary::{GraphSummary, RevisionSummary};

/// A script directory's graph with what the graph rules need to know about it.
pub(crate) struct Analysis<'a> {
    pub graph: Graph<'a>,
    pub cycles: Vec<Vec<Step>>,
    pub branches: Branches,
}

impl<'a> Analysis<'a> {
    pub(crate) fn new(files: &[&'a FileReport]) -> Analysis<'a> {
        let graph = Graph::build(files);
        let order = order::parents_first(&graph);
        let cycles = if order.len() < graph.nodes.len() {
            cycles::cycles(&graph)
        } else {
            Vec::new()
        };
        let branches = Branches::compute(&graph, &order);
        Analysis {
            graph,
            cycles,
            branches,
        }
    }

    /// Whether heads and bases are what Alembic would find: it can load the directory (every
    /// file readable, every `down_revision` known and present, no cycle).
    pub(crate) fn loadable(&self) -> bool {
        let g = &self.graph;
        g.unreadable.is_empty() && !g.unknown_edges && !g.dangling && self.cycles.is_empty()
    }
}

/// Checks the revision graph of one script directory's migrations: every graph-rule
/// diagnostic, in rule order (the caller applies the selection).
///
/// Files that could not be read (a syntax error, a computed `revision`) leave the graph
/// incomplete: multiple heads and bases are then not reported, and a missing revision or
/// dependency is not reported when such a file's text mentions its id.
pub fn check_script_dir(files: &[&FileReport]) -> Vec<Diagnostic> {
    let analysis = Analysis::new(files);
    let mut out = Vec::new();
    rules::multiple_heads::check(&analysis, &mut out);
    rules::multiple_bases::check(&analysis, &mut out);
    rules::duplicate_revision_id::check(&analysis, &mut out);
    rules::unknown_down_revision::check(&analysis, &mut out);
    rules::revision_cycle::check(&analysis, &mut out);
    rules::unknown_dependency::check(&analysis, &mut out);
    rules::duplicate_branch_label::check(&analysis, &mut out);
    out
}

/// Heads, bases, merge points, branch points, branch labels and the history of one script
/// directory.
pub fn summarize(files: &[&FileReport]) -> GraphSummary {
    summary::summarize(&Analysis::new(files))
}

/// A diagnostic of a graph rule whose primary place is in `file`.
pub(crate) fn diagnostic(
    rule: &'static Rule,
    file: &FileMeta,
    span: Span,
    message: String,
) -> Diagnostic {
    Diagnostic {
        code: rule.code,
        rule: rule.name,
        severity: rule.severity,
        message,
        help: None,
        path: file.report.path.clone(),
        span,
        label: None,
        secondary: Vec::new(),
        revision: file.revision.map(str::to_owned),
    }
}

/// A secondary label in `file`.
pub(crate) fn label(file: &FileMeta, span: Span, message: impl Into<String>) -> Label {
    Label {
        path: file.report.path.clone(),
        span,
        message: message.into(),
    }
}

/// Labels in every other file that names the same missing `name`.
pub(crate) fn also_names(
    graph: &Graph,
    others: &[usize],
    span: impl Fn(usize) -> Option<Span>,
    name: &str,
) -> Vec<Label> {
    others
        .iter()
        .filter_map(|&f| {
            Some(label(
                &graph.files[f],
                span(f)?,
                format!("also names `{name}`"),
            ))
        })
        .collect()
}

/// Groups `(key, item)` pairs by key: groups in order of first appearance, each item once per
/// group, in order.
pub(crate) fn group_by<K: Hash + Eq + Clone, T: PartialEq>(
    pairs: impl IntoIterator<Item = (K, T)>,
) -> Vec<(K, Vec<T>)> {
    let mut groups: Vec<(K, Vec<T>)> = Vec::new();
    let mut index: HashMap<K, usize> = HashMap::new();
    for (key, item) in pairs {
        let at = *index.entry(key.clone()).or_insert_with(|| {
            groups.push((key, Vec::new()));
            groups.len() - 1
        });
        if !groups[at].1.contains(&item) {
            groups[at].1.push(item);
        }
    }
    groups
}

/// Ids as a message lists them: `` `a`, `b` ``.
pub(crate) fn quoted(ids: &[&str]) -> String {
    ids.iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
