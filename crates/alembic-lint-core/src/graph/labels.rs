//! Which branch each revision is on, as Alembic's branch labels say.
//!
//! Alembic gives a revision's labels to every revision after it (following `down_revision`),
//! and, when the revisions after it form one plain line, also to the revisions before it down
//! to the nearest branch point or merge point (`RevisionMap._add_branches`). A branch is told
//! here by the set of labelled revisions that label it, so computed labels and labels declared
//! twice still tell branches apart.

use super::build::Graph;
use rustc_hash::FxHashMap as IdMap;

pub(crate) struct Branches {
    /// Sets of labelled revisions, sorted; set 0 is the empty set.
    sets: Vec<Vec<u32>>,
    /// For each revision, the set of labelled revisions whose labels Alembic gives it.
    of: Vec<u32>,
}

impl Branches {
    /// `order` lists revisions parents first (revisions left out, caught in cycles, get no
    /// labels).
    pub(crate) fn compute(graph: &Graph, order: &[u32]) -> Branches {
        let count = graph.nodes.len();
        let mut interner = Interner::new();
        // Labels flowing to descendants: the labelled revisions among ancestors and itself.
        let mut forward = vec![0u32; count];
        for &n in order {
            let node = graph.node(n);
            let mut set = match node.down.as_slice() {
                [] => 0,
                [p] => forward[*p as usize],
                parents => interner.union(parents.iter().map(|&p| forward[p as usize])),
            };
            if node.labelled {
                set = interner.with(set, n);
            }
            forward[n as usize] = set;
        }
        // Labels flowing back down a plain line: a revision whose followers form one line up
        // to a head, with no branch point or merge point on it, has the labels of that head.
        let mut of = forward.clone();
        let mut top: Vec<u32> = (0..count as u32).collect();
        let mut plain = vec![false; count];
        for &n in order.iter().rev() {
            let node = graph.node(n);
            let line = !node.is_merge && !node.is_real_branch_point();
            let ok = match node.children.as_slice() {
                [] => line,
                [c] => line && plain[*c as usize],
                _ => false,
            };
            if ok {
                if let [c] = node.children.as_slice() {
                    top[n as usize] = top[*c as usize];
                }
                of[n as usize] = forward[top[n as usize] as usize];
            }
            plain[n as usize] = ok;
        }
        Branches {
            sets: interner.sets,
            of,
        }
    }

    /// The branch of a revision: equal for revisions Alembic gives the same labels.
    pub(crate) fn branch_of(&self, n: u32) -> u32 {
        self.of[n as usize]
    }

    /// The labelled revisions whose labels a revision carries.
    pub(crate) fn labelled_by(&self, n: u32) -> &[u32] {
        &self.sets[self.of[n as usize] as usize]
    }

    /// The literal label names a revision carries, sorted, without repeats.
    pub(crate) fn names<'a>(&self, graph: &Graph<'a>, n: u32) -> Vec<&'a str> {
        let mut names: Vec<&'a str> = self
            .labelled_by(n)
            .iter()
            .flat_map(|&l| graph.file_of(l).ids(|m| &m.branch_labels))
            .map(String::as_str)
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

struct Interner {
    sets: Vec<Vec<u32>>,
    ids: IdMap<Vec<u32>, u32>,
}

impl Interner {
    fn new() -> Self {
        let mut ids = IdMap::default();
        ids.insert(Vec::new(), 0);
        Interner {
            sets: vec![Vec::new()],
            ids,
        }
    }

    fn intern(&mut self, set: Vec<u32>) -> u32 {
        if let Some(&id) = self.ids.get(&set) {
            return id;
        }
        let id = self.sets.len() as u32;
        self.sets.push(set.clone());
        self.ids.insert(set, id);
        id
    }

    fn get(&self, id: u32) -> &[u32] {
        &self.sets[id as usize]
    }

    fn with(&mut self, id: u32, member: u32) -> u32 {
        let mut set = self.get(id).to_vec();
        if let Err(at) = set.binary_search(&member) {
            set.insert(at, member);
        }
        self.intern(set)
    }

    fn union(&mut self, ids: impl Iterator<Item = u32>) -> u32 {
        let mut ids: Vec<u32> = ids.collect();
        ids.sort_unstable();
        ids.dedup();
        match ids.as_slice() {
            [] => 0,
            [one] => *one,
            _ => {
                let mut set: Vec<u32> = ids
                    .iter()
                    .flat_map(|&id| self.get(id).iter().copied())
                    .collect();
                set.sort_unstable();
                set.dedup();
                self.intern(set)
            }
        }
    }
}
