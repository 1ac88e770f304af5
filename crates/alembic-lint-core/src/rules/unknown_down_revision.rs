use crate::diagnostic::{Diagnostic, Severity};
use crate::graph::{self, Analysis};
use crate::rules::{Check, GraphContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL104",
    name: "unknown-down-revision",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "`down_revision` names a revision that does not exist",
    doc: include_str!("../../../../rules/unknown-down-revision.md"),
    check: Check::Graph(check),
};

fn check(ctx: &GraphContext, out: &mut Vec<Diagnostic>) {
    let analysis = ctx.analysis;
    let graph = &analysis.graph;
    // Each missing id once, with every file that names it.
    let groups = graph::group_by(
        graph
            .files
            .iter()
            .enumerate()
            .flat_map(|(f, file)| {
                file.ids(|m| &m.down_revision)
                    .iter()
                    .map(move |id| (id.as_str(), f))
            })
            .filter(|&(id, _)| !graph.index.contains_key(id) && !graph.maybe_in_unreadable(id)),
    );
    for (id, files) in groups {
        let span = |f: usize| {
            graph.files[f]
                .field(|m| &m.down_revision)
                .map(|d| d.value_span)
        };
        let Some(primary) = span(files[0]) else {
            continue;
        };
        let message = format!(
            "`down_revision` names `{id}`, which is not a revision in this script directory"
        );
        let mut diagnostic = graph::diagnostic(&RULE, &graph.files[files[0]], primary, message);
        diagnostic.label = Some(format!("no revision `{id}`"));
        diagnostic.secondary = graph::also_names(graph, &files[1..], span, id);
        diagnostic.help = Some(help(analysis, id));
        out.push(diagnostic);
    }
}

fn help(analysis: &Analysis, id: &str) -> String {
    let graph = &analysis.graph;
    if let Some(&n) = graph.labels.get(id) {
        let rev = graph.node(n).id;
        return format!(
            "`{id}` is a branch label and `down_revision` takes revision ids: write `{rev}`, the revision that declares it"
        );
    }
    match graph.ids_starting_with(id, 2).as_slice() {
        [full] => format!("`down_revision` needs the full revision id: write `{full}`"),
        _ => format!(
            "point `down_revision` at an existing revision (`alembic heads` lists the current heads), or restore the migration that declares `{id}`"
        ),
    }
}
