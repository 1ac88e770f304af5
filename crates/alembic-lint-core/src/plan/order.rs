//! The order `alembic upgrade` runs revisions in: the revisions the target needs that the
//! current revision does not have, in the topological order of Alembic's
//! `RevisionMap._topological_sort` (walk down from the targets, one line at a time, a line only
//! once no other line still needs its revision), reversed.

use rustc_hash::FxHashSet as Set;

use crate::graph::{Graph, Resolved};

/// Each revision's immediate predecessors as Alembic's `_normalized_down_revisions` gives them:
/// `down_revision` in order, then the `depends_on` targets no `down_revision` ancestor already
/// depends on.
pub(crate) struct Lineage {
    down: Vec<Vec<u32>>,
    /// Whether the revision has `depends_on` left after that normalisation.
    has_deps: Vec<bool>,
}

impl Lineage {
    pub(crate) fn new(graph: &Graph) -> Lineage {
        let count = graph.nodes.len();
        let mut down = Vec::with_capacity(count);
        let mut has_deps = Vec::with_capacity(count);
        // Every `depends_on` target, those also in `down_revision` included.
        let resolved: Vec<Vec<u32>> = (0..count as u32)
            .map(|n| {
                graph
                    .file_of(n)
                    .ids(|m| &m.depends_on)
                    .iter()
                    .filter_map(|name| match graph.resolve(name) {
                        Resolved::Revision(p) | Resolved::Label(p) | Resolved::Prefix(p) => Some(p),
                        Resolved::Ambiguous(_) | Resolved::Missing => None,
                    })
                    .collect()
            })
            .collect();
        for node in &graph.nodes {
            let mut normalized = node.deps.clone();
            if !normalized.is_empty() {
                // Dependencies an ancestor through `down_revision` already declares.
                let mut seen: Set<u32> = Set::default();
                let mut todo: Vec<u32> = node.down.clone();
                while let Some(n) = todo.pop() {
                    if !seen.insert(n) {
                        continue;
                    }
                    normalized.retain(|d| !resolved[n as usize].contains(d));
                    todo.extend(&graph.node(n).down);
                }
            }
            has_deps.push(!normalized.is_empty());
            let mut all = node.down.clone();
            all.extend(normalized.into_iter().filter(|d| !node.down.contains(d)));
            down.push(all);
        }
        Lineage { down, has_deps }
    }

    /// The revisions `n` builds on directly.
    pub(crate) fn parents(&self, n: u32) -> &[u32] {
        &self.down[n as usize]
    }

    /// `targets` and every revision they build on.
    pub(crate) fn ancestors(&self, targets: &[u32]) -> Set<u32> {
        let mut seen: Set<u32> = Set::default();
        let mut todo: Vec<u32> = targets.to_vec();
        while let Some(n) = todo.pop() {
            if seen.insert(n) {
                todo.extend(&self.down[n as usize]);
            }
        }
        seen
    }

    /// The revisions `alembic upgrade <targets>` runs from `current` (none: from the base), in
    /// the order it runs them.
    pub(crate) fn upgrade(&self, targets: &[u32], current: &[u32]) -> Vec<u32> {
        let done = self.ancestors(current);
        let needed: Set<u32> = self
            .ancestors(targets)
            .into_iter()
            .filter(|n| !done.contains(n))
            .collect();
        let mut order = self.topological(needed, targets);
        order.reverse();
        order
    }

    /// Alembic's `_topological_sort`: newest first. Node numbers follow file order, which is the
    /// key order of Alembic's revision map.
    fn topological(&self, mut todo: Set<u32>, heads: &[u32]) -> Vec<u32> {
        let mut heads: Vec<u32> = heads.iter().copied().filter(|h| todo.contains(h)).collect();
        heads.sort_unstable();
        heads.dedup();
        let mut ancestors: Vec<Set<u32>> = heads.iter().map(|&h| self.ancestors(&[h])).collect();
        let mut output = Vec::with_capacity(todo.len());
        let mut current = 0;
        while !heads.is_empty() {
            let candidate = heads[current];
            // Another line still needs the candidate: walk that line first.
            if let Some(other) =
                (0..heads.len()).find(|&i| i != current && ancestors[i].contains(&candidate))
            {
                current = other;
                continue;
            }
            if todo.remove(&candidate) {
                output.push(candidate);
            }
            let down = &self.down[candidate as usize];
            let to_add: Vec<u32> = down
                .iter()
                .copied()
                .filter(|d| todo.contains(d) && !heads.contains(d))
                .collect();
            match to_add.split_first() {
                None => {
                    heads.remove(current);
                    ancestors.remove(current);
                    current = current.saturating_sub(1);
                }
                Some((&first, rest)) => {
                    heads[current] = first;
                    if !self.has_deps[candidate as usize] && down.len() == 1 {
                        ancestors[current].remove(&candidate);
                    } else {
                        ancestors[current] = self.ancestors(&[first]);
                        heads.extend(rest);
                        ancestors.extend(rest.iter().map(|&h| self.ancestors(&[h])));
                    }
                }
            }
        }
        output
    }
}
