use crate::diagnostic::{Diagnostic, Severity};
use crate::graph::{self, Analysis};
use crate::model::Span;
use crate::rules::{Check, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL101",
    name: "multiple-heads",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "the revision history has more than one head on the same branch",
    doc: include_str!("../../../../rules/multiple-heads.md"),
    check: Check::Graph,
};

pub(crate) fn check(analysis: &Analysis, out: &mut Vec<Diagnostic>) {
    if !analysis.loadable() {
        return;
    }
    let graph = &analysis.graph;
    let mut heads: Vec<u32> = (0..graph.nodes.len() as u32)
        .filter(|&n| graph.node(n).is_head())
        .collect();
    heads.sort_by_key(|&n| graph.node(n).file);
    // Heads on different branches (told apart by branch labels) are on purpose.
    for (_, group) in graph::group_by(heads.iter().map(|&n| (analysis.branches.branch_of(n), n))) {
        if group.len() < 2 {
            continue;
        }
        let ids: Vec<&str> = group.iter().map(|&n| graph.node(n).id).collect();
        let names = analysis.branches.names(graph, group[0]);
        let message = if !names.is_empty() {
            format!(
                "several heads on branch {}: {}",
                graph::quoted(&names),
                graph::quoted(&ids)
            )
        } else if !analysis.branches.labelled_by(group[0]).is_empty() {
            format!(
                "several heads on one labelled branch: {}",
                graph::quoted(&ids)
            )
        } else {
            format!("several heads: {}", graph::quoted(&ids))
        };
        let span = |n: u32| {
            graph
                .file_of(n)
                .field(|m| &m.revision)
                .map_or(Span::default(), |f| f.span)
        };
        let mut diagnostic =
            graph::diagnostic(&RULE, graph.file_of(group[0]), span(group[0]), message);
        diagnostic.label = Some("a head".to_owned());
        diagnostic.secondary = group[1..]
            .iter()
            .map(|&n| graph::label(graph.file_of(n), span(n), "another head"))
            .collect();
        diagnostic.help = Some(format!(
            "run `alembic merge -m \"merge heads\" {}`",
            ids.join(" ")
        ));
        out.push(diagnostic);
    }
}
