//! Output of `alembic-lint graph`: each script directory's heads, bases, merge points, branch
//! points and history, as text (in the style of `alembic history`), JSON, Graphviz DOT or
//! Mermaid.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};

use alembic_lint_core::graph::{GraphSummary, RevisionSummary};
use serde::Serialize;

/// One script directory: its display path and its summary.
pub(crate) type ScriptDirGraph = (String, GraphSummary);

/// Per script directory the counts and points of interest, then the history newest first:
/// `<down> -> <rev> (<labels>) (head), <message>`.
pub(crate) fn write_text(w: &mut impl Write, dirs: &[ScriptDirGraph]) -> io::Result<()> {
    for (i, (path, graph)) in dirs.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        writeln!(w, "{path}")?;
        writeln!(w, "  revisions:     {}", graph.revisions)?;
        writeln!(w, "  heads:         {}", list(&graph.heads))?;
        writeln!(w, "  bases:         {}", list(&graph.bases))?;
        writeln!(w, "  merge points:  {}", list(&graph.merges))?;
        writeln!(w, "  branch points: {}", list(&graph.branch_points))?;
        let labels: Vec<String> = graph
            .branch_labels
            .iter()
            .map(|(label, rev)| format!("{label} ({rev})"))
            .collect();
        writeln!(w, "  branch labels: {}", list(&labels))?;
        writeln!(w)?;
        for rev in &graph.history {
            writeln!(w, "  {}", history_line(rev))?;
        }
    }
    Ok(())
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "(none)".to_owned()
    } else {
        items.join(", ")
    }
}

/// One line of `alembic history`.
fn history_line(rev: &RevisionSummary) -> String {
    let mut line = if rev.down_revisions.is_empty() {
        "<base>".to_owned()
    } else {
        rev.down_revisions.join(", ")
    };
    if !rev.depends_on.is_empty() {
        line += &format!(" ({})", rev.depends_on.join(", "));
    }
    line += &format!(" -> {}", rev.id);
    if !rev.branch_labels.is_empty() {
        line += &format!(" ({})", rev.branch_labels.join(", "));
    }
    if rev.is_head {
        line += if rev.has_dependents {
            " (effective head)"
        } else {
            " (head)"
        };
    }
    if rev.is_branch_point {
        line += " (branchpoint)";
    }
    if rev.is_merge {
        line += " (mergepoint)";
    }
    if let Some(message) = &rev.message {
        line += &format!(", {message}");
    }
    line
}

#[derive(Serialize)]
struct JsonOutput<'a> {
    script_directories: Vec<JsonScriptDir<'a>>,
}

#[derive(Serialize)]
struct JsonScriptDir<'a> {
    path: &'a str,
    revisions: usize,
    heads: &'a [String],
    bases: &'a [String],
    merges: &'a [String],
    branch_points: &'a [String],
    branch_labels: &'a BTreeMap<String, String>,
    /// Parent to child, in history order.
    edges: Vec<JsonEdge<'a>>,
}

#[derive(Serialize)]
struct JsonEdge<'a> {
    from: &'a str,
    to: &'a str,
    /// `down_revision` or `depends_on`.
    kind: &'static str,
}

/// `{"script_directories": [{"path", "revisions", "heads", "bases", "merges", "branch_points",
/// "branch_labels", "edges"}]}`, every list of ids sorted, edges in history order.
pub(crate) fn write_json(w: &mut impl Write, dirs: &[ScriptDirGraph]) -> io::Result<()> {
    let output = JsonOutput {
        script_directories: dirs
            .iter()
            .map(|(path, graph)| JsonScriptDir {
                path,
                revisions: graph.revisions,
                heads: &graph.heads,
                bases: &graph.bases,
                merges: &graph.merges,
                branch_points: &graph.branch_points,
                branch_labels: &graph.branch_labels,
                edges: Drawing::new(graph)
                    .edges_by_id()
                    .map(|(from, to, dependency)| JsonEdge {
                        from,
                        to,
                        kind: if dependency {
                            "depends_on"
                        } else {
                            "down_revision"
                        },
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &output)?;
    writeln!(w)
}

/// What a drawing needs: node names for revisions (and for missing revisions that are named),
/// and the edges, parent first.
struct Drawing<'a> {
    /// Revisions in history order, then names of missing revisions.
    nodes: Vec<Node<'a>>,
    edges: Vec<Edge>,
}

struct Node<'a> {
    id: &'a str,
    rev: Option<&'a RevisionSummary>,
}

struct Edge {
    from: usize,
    to: usize,
    dependency: bool,
}

impl<'a> Drawing<'a> {
    fn new(graph: &'a GraphSummary) -> Drawing<'a> {
        let mut nodes: Vec<Node<'a>> = graph
            .history
            .iter()
            .map(|rev| Node {
                id: &rev.id,
                rev: Some(rev),
            })
            .collect();
        let mut index: HashMap<&'a str, usize> =
            nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
        let mut edges = Vec::new();
        for (to, rev) in graph.history.iter().enumerate() {
            let parents = rev.down_revisions.iter().map(|p| (p, false));
            for (parent, dependency) in parents.chain(rev.depends_on.iter().map(|p| (p, true))) {
                let from = *index.entry(parent).or_insert_with(|| {
                    nodes.push(Node {
                        id: parent,
                        rev: None,
                    });
                    nodes.len() - 1
                });
                edges.push(Edge {
                    from,
                    to,
                    dependency,
                });
            }
        }
        Drawing { nodes, edges }
    }

    /// Each edge as parent id, child id and whether it is a dependency.
    fn edges_by_id(&self) -> impl Iterator<Item = (&'a str, &'a str, bool)> + '_ {
        self.edges
            .iter()
            .map(|e| (self.nodes[e.from].id, self.nodes[e.to].id, e.dependency))
    }
}

/// A Graphviz digraph, one cluster per script directory, parents below their children; heads
/// bold and filled, merge points with a double border, missing revisions dashed.
pub(crate) fn write_dot(w: &mut impl Write, dirs: &[ScriptDirGraph]) -> io::Result<()> {
    writeln!(w, "digraph revisions {{")?;
    writeln!(w, "  rankdir=BT;")?;
    writeln!(w, "  node [shape=box, fontname=\"monospace\"];")?;
    for (d, (path, graph)) in dirs.iter().enumerate() {
        let drawing = Drawing::new(graph);
        writeln!(w, "  subgraph cluster_{d} {{")?;
        writeln!(w, "    label=\"{}\";", dot_escape(path))?;
        for (i, node) in drawing.nodes.iter().enumerate() {
            let mut label = node.id.to_owned();
            let mut attrs = Vec::new();
            match node.rev {
                Some(rev) => {
                    if !rev.branch_labels.is_empty() {
                        label += &format!(" ({})", rev.branch_labels.join(", "));
                    }
                    if let Some(message) = &rev.message {
                        label += &format!("\n{message}");
                    }
                    if rev.is_head {
                        attrs.push("style=\"bold,filled\", fillcolor=\"#ffe8a3\"");
                    }
                    if rev.is_merge {
                        attrs.push("peripheries=2");
                    }
                }
                None => {
                    label += "\n(missing)";
                    attrs.push("style=dashed");
                }
            }
            let attrs: String = attrs.iter().map(|a| format!(", {a}")).collect();
            writeln!(w, "    d{d}_{i} [label=\"{}\"{attrs}];", dot_escape(&label))?;
        }
        for edge in &drawing.edges {
            let style = if edge.dependency {
                " [style=dashed, label=\"depends_on\"]"
            } else {
                ""
            };
            writeln!(w, "    d{d}_{} -> d{d}_{}{style};", edge.from, edge.to)?;
        }
        writeln!(w, "  }}")?;
    }
    writeln!(w, "}}")
}

fn dot_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A Mermaid flowchart, one subgraph per script directory, parents below their children; heads
/// and merge points marked with classes, missing revisions dashed.
pub(crate) fn write_mermaid(w: &mut impl Write, dirs: &[ScriptDirGraph]) -> io::Result<()> {
    writeln!(w, "flowchart BT")?;
    for (d, (path, graph)) in dirs.iter().enumerate() {
        let drawing = Drawing::new(graph);
        writeln!(w, "  subgraph d{d}[\"{}\"]", mermaid_escape(path))?;
        let mut classes: Vec<(&str, usize)> = Vec::new();
        for (i, node) in drawing.nodes.iter().enumerate() {
            let mut label = mermaid_escape(node.id);
            match node.rev {
                Some(rev) => {
                    if !rev.branch_labels.is_empty() {
                        label += &format!(" ({})", mermaid_escape(&rev.branch_labels.join(", ")));
                    }
                    if let Some(message) = &rev.message {
                        label += &format!("<br/>{}", mermaid_escape(message));
                    }
                    if rev.is_head {
                        classes.push(("head", i));
                    }
                    if rev.is_merge {
                        classes.push(("merge", i));
                    }
                }
                None => {
                    label += "<br/>(missing)";
                    classes.push(("missing", i));
                }
            }
            writeln!(w, "    d{d}_{i}[\"{label}\"]")?;
        }
        for edge in &drawing.edges {
            let arrow = if edge.dependency {
                "-. depends_on .->"
            } else {
                "-->"
            };
            writeln!(w, "    d{d}_{} {arrow} d{d}_{}", edge.from, edge.to)?;
        }
        writeln!(w, "  end")?;
        for (class, i) in classes {
            writeln!(w, "  class d{d}_{i} {class}")?;
        }
    }
    writeln!(w, "  classDef head stroke-width:3px,fill:#ffe8a3")?;
    writeln!(w, "  classDef merge stroke-width:3px,stroke-dasharray:0")?;
    writeln!(w, "  classDef missing stroke-dasharray:4 3")
}

/// Mermaid labels are double-quoted: quotes and the entity sign become entities, angle
/// brackets too so messages cannot inject markup.
fn mermaid_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn rev(id: &str, down: &[&str]) -> RevisionSummary {
        RevisionSummary {
            id: id.to_owned(),
            down_revisions: down.iter().map(|s| (*s).to_owned()).collect(),
            is_base: down.is_empty(),
            is_merge: down.len() > 1,
            message: Some(format!("change {id}")),
            path: format!("migrations/versions/{id}.py"),
            ..RevisionSummary::default()
        }
    }

    fn strings(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    /// A merged feature branch, an expand/contract pair of labelled heads (the contract head
    /// depending on the expand one), and a revision whose parent is missing.
    fn sample() -> Vec<ScriptDirGraph> {
        let base = RevisionSummary {
            is_branch_point: true,
            ..rev("1a2b3c4d5e6f", &[])
        };
        let feature = rev("2b3c4d5e6f70", &["1a2b3c4d5e6f"]);
        let fix = rev("3c4d5e6f7081", &["1a2b3c4d5e6f"]);
        let merge = RevisionSummary {
            is_branch_point: true,
            message: Some("merge \"heads\" <a> & #1".to_owned()),
            ..rev("4d5e6f708192", &["2b3c4d5e6f70", "3c4d5e6f7081"])
        };
        let expand = RevisionSummary {
            is_head: true,
            has_dependents: true,
            branch_labels: strings(&["expand"]),
            ..rev("5e6f708192a3", &["4d5e6f708192"])
        };
        let contract = RevisionSummary {
            is_head: true,
            branch_labels: strings(&["contract"]),
            depends_on: strings(&["5e6f708192a3"]),
            message: None,
            ..rev("6f708192a3b4", &["4d5e6f708192"])
        };
        let main = GraphSummary {
            revisions: 6,
            heads: strings(&["5e6f708192a3", "6f708192a3b4"]),
            bases: strings(&["1a2b3c4d5e6f"]),
            merges: strings(&["4d5e6f708192"]),
            branch_points: strings(&["1a2b3c4d5e6f", "4d5e6f708192"]),
            branch_labels: [("contract", "6f708192a3b4"), ("expand", "5e6f708192a3")]
                .iter()
                .map(|(l, r)| ((*l).to_owned(), (*r).to_owned()))
                .collect(),
            history: vec![contract, expand, merge, feature, fix, base],
        };
        let orphan = RevisionSummary {
            is_head: true,
            ..rev("77aa88bb99cc", &["0000deadbeef"])
        };
        let other = GraphSummary {
            revisions: 1,
            heads: strings(&["77aa88bb99cc"]),
            history: vec![orphan],
            ..GraphSummary::default()
        };
        vec![
            ("migrations".to_owned(), main),
            ("plugins/\"db\"".to_owned(), other),
        ]
    }

    fn render(write: fn(&mut Vec<u8>, &[ScriptDirGraph]) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut out, &sample()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text() {
        insta::assert_snapshot!(render(write_text));
    }

    #[test]
    fn json() {
        let out = render(write_json);
        insta::assert_snapshot!(out);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            value["script_directories"][0]["branch_labels"]["expand"],
            "5e6f708192a3"
        );
    }

    #[test]
    fn dot() {
        insta::assert_snapshot!(render(write_dot));
    }

    #[test]
    fn mermaid() {
        insta::assert_snapshot!(render(write_mermaid));
    }

    #[test]
    fn history_lines_follow_alembic() {
        let dirs = sample();
        let lines: Vec<String> = dirs[0].1.history.iter().map(history_line).collect();
        assert_eq!(
            lines[0],
            "4d5e6f708192 (5e6f708192a3) -> 6f708192a3b4 (contract) (head)"
        );
        assert_eq!(
            lines[1],
            "4d5e6f708192 -> 5e6f708192a3 (expand) (effective head), change 5e6f708192a3"
        );
        assert_eq!(
            lines[5],
            "<base> -> 1a2b3c4d5e6f (branchpoint), change 1a2b3c4d5e6f"
        );
    }
}
