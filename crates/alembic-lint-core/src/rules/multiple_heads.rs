use crate::diagnostic::{Diagnostic, Severity};
use crate::graph;
use crate::rules::{Check, GraphContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL101",
    name: "multiple-heads",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "the revision history has more than one head on the same branch",
    doc: include_str!("../../../../rules/multiple-heads.md"),
    check: Check::Graph(check),
};

fn check(ctx: &GraphContext, out: &mut Vec<Diagnostic>) {
    let analysis = ctx.analysis;
    if !analysis.loadable() {
        return;
    }
    let graph = &analysis.graph;
    let heads = (0..graph.nodes.len() as u32)
        .filter(|&n| graph.node(n).is_head())
        .collect();
    // Heads on different branches (told apart by branch labels) are on purpose.
    out.extend(graph::several_per_branch(
        analysis,
        &RULE,
        heads,
        |m| &m.revision,
        ("a head", "another head"),
        |ids, first| {
            let names = analysis.branches.names(graph, first);
            let message = if !names.is_empty() {
                format!(
                    "several heads on branch {}: {}",
                    graph::quoted(&names),
                    graph::quoted(ids)
                )
            } else if !analysis.branches.labelled_by(first).is_empty() {
                format!(
                    "several heads on one labelled branch: {}",
                    graph::quoted(ids)
                )
            } else {
                format!("several heads: {}", graph::quoted(ids))
            };
            let help = format!("run `alembic merge -m \"merge heads\" {}`", ids.join(" "));
            (message, help)
        },
    ));
}
