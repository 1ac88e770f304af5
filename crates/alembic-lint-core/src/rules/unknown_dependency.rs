use crate::diagnostic::{Diagnostic, Severity};
use crate::graph::{self, Analysis, Resolved};
use crate::rules::{Check, GraphContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL106",
    name: "unknown-dependency",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "a `depends_on` entry names no revision or branch label, or several",
    doc: include_str!("../../../../rules/unknown-dependency.md"),
    check: Check::Graph(check),
};

fn check(ctx: &GraphContext, out: &mut Vec<Diagnostic>) {
    let analysis = ctx.analysis;
    let graph = &analysis.graph;
    // Each unresolved name once, with every file that names it.
    let unresolved = graph.files.iter().enumerate().flat_map(|(f, file)| {
        file.ids(|m| &m.depends_on).iter().filter_map(move |name| {
            let name = name.as_str();
            match graph.resolve(name) {
                Resolved::Revision(_) | Resolved::Label(_) => None,
                // It may be a label computed at run time, or declared in a file not read.
                Resolved::Missing if graph.computed_labels || graph.maybe_in_unreadable(name) => {
                    None
                }
                _ => Some((name, f)),
            }
        })
    });
    for (name, files) in graph::group_by(unresolved) {
        let resolved = graph.resolve(name);
        let span = |f: usize| {
            graph.files[f]
                .field(|m| &m.depends_on)
                .map(|d| d.value_span)
        };
        let Some(primary) = span(files[0]) else {
            continue;
        };
        let (message, label, help) = match resolved {
            Resolved::Prefix(n) => {
                let full = graph.node(n).id;
                (
                    format!("`depends_on` names `{name}`, a partial revision id"),
                    format!("partial id of `{full}`"),
                    format!(
                        "write the full revision id `{full}`: in a migration file Alembic resolves `depends_on` only by full revision id or branch label"
                    ),
                )
            }
            Resolved::Ambiguous(ids) => (
                format!("`depends_on` names `{name}`, which starts several revision ids: {}", graph::quoted(&ids)),
                "ambiguous partial id".to_owned(),
                "write the full revision id of the revision this one depends on".to_owned(),
            ),
            _ => (
                format!(
                    "`depends_on` names `{name}`, which is neither a revision nor a branch label in this script directory"
                ),
                format!("no revision or branch label `{name}`"),
                match closest_label(analysis, name) {
                    Some(label) => format!("did you mean the branch label `{label}`?"),
                    None => "name an existing revision id or branch label, or remove the entry"
                        .to_owned(),
                },
            ),
        };
        let mut diagnostic = graph::diagnostic(&RULE, &graph.files[files[0]], primary, message);
        diagnostic.label = Some(label);
        diagnostic.secondary = graph::also_names(graph, &files[1..], span, name);
        diagnostic.help = Some(help);
        out.push(diagnostic);
    }
}

/// The branch label closest to a misspelt name (at most two edits away).
fn closest_label<'a>(analysis: &Analysis<'a>, name: &str) -> Option<&'a str> {
    let mut labels: Vec<&'a str> = analysis.graph.labels.keys().copied().collect();
    labels.sort_unstable();
    labels
        .into_iter()
        // Optimal string alignment: a swap of two neighbouring characters is one edit.
        .map(|label| (strsim::osa_distance(label, name), label))
        .filter(|&(d, _)| d <= 2 && d < name.chars().count())
        .min()
        .map(|(_, label)| label)
}
