use crate::diagnostic::{Diagnostic, Severity};
use crate::graph;
use crate::model::Span;
use crate::rules::{Check, GraphContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL107",
    name: "duplicate-branch-label",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "one branch label is declared by two revisions, or is also a revision id",
    doc: include_str!("../../../../rules/duplicate-branch-label.md"),
    check: Check::Graph(check),
};

fn check(ctx: &GraphContext, out: &mut Vec<Diagnostic>) {
    let analysis = ctx.analysis;
    let graph = &analysis.graph;
    let groups = graph::group_by(graph.files.iter().enumerate().flat_map(|(f, file)| {
        file.ids(|m| &m.branch_labels)
            .iter()
            .map(move |label| (label.as_str(), f))
    }));
    let labels_span = |f: usize| {
        graph.files[f]
            .field(|m| &m.branch_labels)
            .map_or(Span::default(), |l| l.value_span)
    };
    for (label, files) in groups {
        let first = &graph.files[files[0]];
        if let Some(&n) = graph.index.get(label) {
            let message = format!("branch label `{label}` is also a revision id");
            let mut diagnostic = graph::diagnostic(&RULE, first, labels_span(files[0]), message);
            diagnostic.label = Some(format!("declares the label `{label}`"));
            let rev = graph.file_of(n);
            let span = rev
                .field(|m| &m.revision)
                .map_or(Span::default(), |r| r.span);
            diagnostic.secondary = vec![graph::label(rev, span, format!("the revision `{label}`"))];
            diagnostic.help = Some(format!(
                "rename the label: Alembic cannot tell it from the revision `{label}` and refuses to load the history"
            ));
            out.push(diagnostic);
        } else if files.len() > 1 {
            let revs: Vec<&str> = files
                .iter()
                .filter_map(|&f| graph.files[f].revision)
                .collect();
            let message = format!(
                "branch label `{label}` is declared by {} revisions: {}",
                files.len(),
                graph::quoted(&revs)
            );
            let mut diagnostic = graph::diagnostic(&RULE, first, labels_span(files[0]), message);
            diagnostic.label = Some(format!("declares `{label}`"));
            diagnostic.secondary = files[1..]
                .iter()
                .map(|&f| {
                    graph::label(
                        &graph.files[f],
                        labels_span(f),
                        format!("also declares `{label}`"),
                    )
                })
                .collect();
            diagnostic.help = Some(
                "a branch label names one branch: rename the label in all but one of these revisions (Alembic refuses to load the history)".to_owned(),
            );
            out.push(diagnostic);
        }
    }
}
