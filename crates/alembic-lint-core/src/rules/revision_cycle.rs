use crate::diagnostic::{Diagnostic, Severity};
use crate::graph::{self, Step, Via};
use crate::model::Span;
use crate::rules::{Check, GraphContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL105",
    name: "revision-cycle",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "the revisions form a cycle",
    doc: include_str!("../../../../rules/revision-cycle.md"),
    check: Check::Graph(check),
};

fn check(ctx: &GraphContext, out: &mut Vec<Diagnostic>) {
    let analysis = ctx.analysis;
    let graph = &analysis.graph;
    for steps in &analysis.cycles {
        let Some(first) = steps.first() else { continue };
        let id = |n: u32| graph.node(n).id;
        let next = |i: usize| steps[(i + 1) % steps.len()].node;
        let place = |step: &Step| {
            let file = graph.file_of(step.node);
            let field = match step.via {
                Via::DownRevision => file.field(|m| &m.down_revision),
                Via::DependsOn => file.field(|m| &m.depends_on),
            };
            field.map_or(Span::default(), |f| f.value_span)
        };
        let name = |via: Via| match via {
            Via::DownRevision => "down_revision",
            Via::DependsOn => "depends_on",
        };
        let message = if steps.len() == 1 {
            format!(
                "revision `{}` names itself in `{}`",
                id(first.node),
                name(first.via)
            )
        } else {
            // In upgrade order, as `alembic history` draws it: each revision before the one
            // that names it.
            let mut chain: Vec<&str> = vec![id(first.node)];
            chain.extend(steps[1..].iter().rev().map(|s| id(s.node)));
            chain.push(id(first.node));
            let chain: Vec<String> = chain.iter().map(|id| format!("`{id}`")).collect();
            format!("revisions form a cycle: {}", chain.join(" -> "))
        };
        let mut diagnostic =
            graph::diagnostic(&RULE, graph.file_of(first.node), place(first), message);
        diagnostic.label = Some(format!("`{}` names `{}`", name(first.via), id(next(0))));
        diagnostic.secondary = steps
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, step)| {
                let text = format!("`{}` names `{}`", name(step.via), id(next(i)));
                graph::label(graph.file_of(step.node), place(step), text)
            })
            .collect();
        diagnostic.help = Some(
            "a revision cannot come after itself: point the `down_revision` (or `depends_on`) that leads back into the cycle at the revision that really comes before it".to_owned(),
        );
        out.push(diagnostic);
    }
}
