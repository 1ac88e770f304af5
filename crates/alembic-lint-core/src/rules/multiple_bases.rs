use crate::diagnostic::{Diagnostic, Severity};
use crate::graph::{self, Analysis};
use crate::model::Span;
use crate::rules::{Check, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL102",
    name: "multiple-bases",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "the revision history has more than one root revision on the same branch",
    doc: include_str!("../../../../rules/multiple-bases.md"),
    check: Check::Graph,
};

pub(crate) fn check(analysis: &Analysis, out: &mut Vec<Diagnostic>) {
    if !analysis.loadable() {
        return;
    }
    let graph = &analysis.graph;
    // A base that depends on another revision hangs off it on purpose (Alembic does not count
    // it as a "real" base).
    let mut bases: Vec<u32> = (0..graph.nodes.len() as u32)
        .filter(|&n| graph.node(n).is_base && graph.node(n).deps.is_empty())
        .collect();
    bases.sort_by_key(|&n| graph.node(n).file);
    for (_, group) in graph::group_by(bases.iter().map(|&n| (analysis.branches.branch_of(n), n))) {
        if group.len() < 2 {
            continue;
        }
        let ids: Vec<&str> = group.iter().map(|&n| graph.node(n).id).collect();
        let names = analysis.branches.names(graph, group[0]);
        let message = if names.is_empty() {
            format!("several base revisions: {}", graph::quoted(&ids))
        } else {
            format!(
                "several base revisions on branch {}: {}",
                graph::quoted(&names),
                graph::quoted(&ids)
            )
        };
        let span = |n: u32| {
            graph
                .file_of(n)
                .field(|m| &m.down_revision)
                .map_or(Span::default(), |f| f.span)
        };
        let mut diagnostic =
            graph::diagnostic(&RULE, graph.file_of(group[0]), span(group[0]), message);
        diagnostic.label = Some("a base revision".to_owned());
        diagnostic.secondary = group[1..]
            .iter()
            .map(|&n| graph::label(graph.file_of(n), span(n), "another base revision"))
            .collect();
        let last = ids[ids.len() - 1];
        diagnostic.help = Some(format!(
            "set the `down_revision` of `{last}` to the revision it builds on; if it starts an independent branch on purpose, give it its own branch label (`branch_labels = (\"<name>\",)`)"
        ));
        out.push(diagnostic);
    }
}
