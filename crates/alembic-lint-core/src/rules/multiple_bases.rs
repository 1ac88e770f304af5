use crate::diagnostic::{Diagnostic, Severity};
use crate::graph;
use crate::rules::{Check, GraphContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL102",
    name: "multiple-bases",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "the revision history has more than one root revision on the same branch",
    doc: include_str!("../../../../rules/multiple-bases.md"),
    check: Check::Graph(check),
};

fn check(ctx: &GraphContext, out: &mut Vec<Diagnostic>) {
    let analysis = ctx.analysis;
    if !analysis.loadable() {
        return;
    }
    let graph = &analysis.graph;
    // A base that depends on another revision hangs off it on purpose (Alembic does not count
    // it as a "real" base).
    let bases = (0..graph.nodes.len() as u32)
        .filter(|&n| graph.node(n).is_base && graph.node(n).deps.is_empty())
        .collect();
    out.extend(graph::several_per_branch(
        analysis,
        &RULE,
        bases,
        |m| &m.down_revision,
        ("a base revision", "another base revision"),
        |ids, first| {
            let names = analysis.branches.names(graph, first);
            let message = if names.is_empty() {
                format!("several base revisions: {}", graph::quoted(ids))
            } else {
                format!(
                    "several base revisions on branch {}: {}",
                    graph::quoted(&names),
                    graph::quoted(ids)
                )
            };
            let last = ids[ids.len() - 1];
            let help = format!(
                "set the `down_revision` of `{last}` to the revision it builds on; if it starts an independent branch on purpose, give it its own branch label (`branch_labels = (\"<name>\",)`)"
            );
            (message, help)
        },
    ));
}
