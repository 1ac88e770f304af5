//! What `alembic-lint graph` shows about one script directory.

use std::collections::BTreeMap;

use super::{order, Analysis};

/// Heads, bases, merge points, branch points, branch labels and the history of one script
/// directory. Every list of ids is sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphSummary {
    /// Distinct revision ids.
    pub revisions: usize,
    /// What `alembic heads` shows: revisions no `down_revision` names.
    pub heads: Vec<String>,
    /// Revisions whose `down_revision` is `None`.
    pub bases: Vec<String>,
    /// Revisions whose `down_revision` names two or more revisions.
    pub merges: Vec<String>,
    /// Revisions named by two or more `down_revision`s.
    pub branch_points: Vec<String>,
    /// Each literal branch label and the revision that declares it.
    pub branch_labels: BTreeMap<String, String>,
    /// Every revision, newest first, as `alembic history` lists them.
    pub history: Vec<RevisionSummary>,
}

/// One revision in the history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RevisionSummary {
    pub id: String,
    /// `down_revision` as written (empty for a base).
    pub down_revisions: Vec<String>,
    /// `depends_on` as written.
    pub depends_on: Vec<String>,
    /// In `alembic heads`.
    pub is_head: bool,
    /// Another revision depends on it through `depends_on` (Alembic calls a head that is
    /// depended on an "effective head").
    pub has_dependents: bool,
    pub is_base: bool,
    pub is_merge: bool,
    pub is_branch_point: bool,
    /// The labels Alembic gives the revision, its own and inherited, sorted.
    pub branch_labels: Vec<String>,
    /// The first line of the docstring.
    pub message: Option<String>,
    /// The file declaring the revision.
    pub path: String,
}

pub(super) fn summarize(analysis: &Analysis) -> GraphSummary {
    let graph = &analysis.graph;
    let ids = |keep: &dyn Fn(u32) -> bool| -> Vec<String> {
        let mut ids: Vec<String> = (0..graph.nodes.len() as u32)
            .filter(|&n| keep(n))
            .map(|n| graph.node(n).id.to_owned())
            .collect();
        ids.sort_unstable();
        ids
    };
    let history = order::newest_first(graph)
        .into_iter()
        .map(|n| {
            let node = graph.node(n);
            let file = graph.file_of(n);
            let strings = |ids: &[String]| ids.to_vec();
            RevisionSummary {
                id: node.id.to_owned(),
                down_revisions: strings(file.ids(|m| &m.down_revision)),
                depends_on: strings(file.ids(|m| &m.depends_on)),
                is_head: node.is_head(),
                has_dependents: !node.dependents.is_empty(),
                is_base: node.is_base,
                is_merge: node.is_merge,
                is_branch_point: node.is_branch_point(),
                branch_labels: analysis
                    .branches
                    .names(graph, n)
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
                message: file.meta.and_then(|m| m.message.clone()),
                path: file.report.path.clone(),
            }
        })
        .collect();
    GraphSummary {
        revisions: graph.nodes.len(),
        heads: ids(&|n| graph.node(n).is_head()),
        bases: ids(&|n| graph.node(n).is_base),
        merges: ids(&|n| graph.node(n).is_merge),
        branch_points: ids(&|n| graph.node(n).is_branch_point()),
        branch_labels: graph
            .labels
            .iter()
            .map(|(&label, &n)| (label.to_owned(), graph.node(n).id.to_owned()))
            .collect(),
        history,
    }
}
