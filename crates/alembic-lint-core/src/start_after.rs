//! `start-after`: a revision already applied everywhere, with its ancestors. File rules stay
//! quiet on them, so an old repository can adopt alembic-lint for new migrations only; which
//! revisions are ancestors comes from the revision graph, never from file names or dates.

use crate::check::FileReport;
use crate::graph::{Graph, Resolved};

/// The paths of the files that declare `revision` and its ancestors (`down_revision` and
/// `depends_on`, as `alembic upgrade` applies them first), or `None` when this script
/// directory has no such revision. A unique partial id works as it does for Alembic.
pub(crate) fn applied_files<'a>(files: &[&'a FileReport], revision: &str) -> Option<Vec<&'a str>> {
    let graph = Graph::build(files);
    let start = match graph.resolve(revision) {
        Resolved::Revision(n) | Resolved::Prefix(n) => n,
        _ => return None,
    };
    let mut seen = vec![false; graph.nodes.len()];
    let mut stack = vec![start];
    let mut paths = Vec::new();
    while let Some(n) = stack.pop() {
        if std::mem::replace(&mut seen[n as usize], true) {
            continue;
        }
        paths.push(graph.file_of(n).report.path.as_str());
        let node = graph.node(n);
        stack.extend(node.down.iter().chain(&node.deps).copied());
    }
    Some(paths)
}
