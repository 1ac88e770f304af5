use crate::diagnostic::{Diagnostic, Severity};
use crate::graph;
use crate::model::Span;
use crate::rules::{Check, GraphContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL103",
    name: "duplicate-revision-id",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "two migration files declare the same revision id",
    doc: include_str!("../../../../rules/duplicate-revision-id.md"),
    check: Check::Graph(check),
};

fn check(ctx: &GraphContext, out: &mut Vec<Diagnostic>) {
    let analysis = ctx.analysis;
    let graph = &analysis.graph;
    for files in &graph.duplicates {
        let first = &graph.files[files[0]];
        let id = first.revision.unwrap_or_default();
        let span = |f: usize| {
            graph.files[f]
                .field(|m| &m.revision)
                .map_or(Span::default(), |r| r.span)
        };
        let message = format!("revision id `{id}` is declared by {} files", files.len());
        let mut diagnostic = graph::diagnostic(&RULE, first, span(files[0]), message);
        diagnostic.label = Some(format!("declares `{id}`"));
        diagnostic.secondary = files[1..]
            .iter()
            .map(|&f| graph::label(&graph.files[f], span(f), format!("also declares `{id}`")))
            .collect();
        diagnostic.help = Some(
            "give all but one of these files a new revision id, and update the `down_revision` of the revisions that build on them; Alembic keeps only one of them".to_owned(),
        );
        out.push(diagnostic);
    }
}
