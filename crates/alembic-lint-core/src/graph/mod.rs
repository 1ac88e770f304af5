//! The revision graph of one script directory and the checks on it.
//!
//! The graph is built from the extracted metadata, never by running Python, and its heads,
//! bases, merge points, branch points and branch labels mean what they mean in Alembic's
//! `RevisionMap`.

mod build;
mod cycles;
mod labels;
pub(crate) mod order;
mod summary;

use std::collections::HashMap;
use std::hash::Hash;

use crate::check::FileReport;
use crate::diagnostic::{Diagnostic, Label};
use crate::model::{IdField, RevisionMeta, Span};
use crate::rules::Rule;

pub(crate) use build::{FileMeta, Graph, Resolved};
pub(crate) use cycles::{Step, Via};
pub(crate) use labels::Branches;
pub use summary::{GraphSummary, RevisionSummary};

/// A script directory's graph with what the graph rules need to know about it.
pub struct Analysis<'a> {
    pub(crate) graph: Graph<'a>,
    pub(crate) cycles: Vec<Vec<Step>>,
    pub(crate) branches: Branches,
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
        unless: None,
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

/// One diagnostic of `rule` for each branch that holds two or more of `nodes` (heads, bases),
/// at the first one's `field` with `labels.0`, the others as secondary labels with `labels.1`.
/// `describe` gives the message and the help from the group's ids and its first node.
pub(crate) fn several_per_branch(
    analysis: &Analysis,
    rule: &'static Rule,
    mut nodes: Vec<u32>,
    field: fn(&RevisionMeta) -> &Option<IdField>,
    labels: (&str, &str),
    describe: impl Fn(&[&str], u32) -> (String, String),
) -> Vec<Diagnostic> {
    let graph = &analysis.graph;
    nodes.sort_by_key(|&n| graph.node(n).file);
    let span = |n: u32| {
        graph
            .file_of(n)
            .field(field)
            .map_or(Span::default(), |f| f.span)
    };
    let mut out = Vec::new();
    for (_, group) in group_by(nodes.iter().map(|&n| (analysis.branches.branch_of(n), n))) {
        if group.len() < 2 {
            continue;
        }
        let ids: Vec<&str> = group.iter().map(|&n| graph.node(n).id).collect();
        let (message, help) = describe(&ids, group[0]);
        let mut diagnostic = diagnostic(rule, graph.file_of(group[0]), span(group[0]), message);
        diagnostic.label = Some(labels.0.to_owned());
        diagnostic.secondary = group[1..]
            .iter()
            .map(|&n| label(graph.file_of(n), span(n), labels.1))
            .collect();
        diagnostic.help = Some(help);
        out.push(diagnostic);
    }
    out
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
