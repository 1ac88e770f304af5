//! Finding cycles: strongly connected components (Tarjan's algorithm, iterative) and one cycle
//! through each, in order.

use std::collections::VecDeque;

use super::build::Graph;
use rustc_hash::FxHashMap as IdMap;

/// How one revision of a cycle names the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Via {
    DownRevision,
    DependsOn,
}

/// One step of a cycle: `node` names the next step's node through `via`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Step {
    pub node: u32,
    pub via: Via,
}

/// Every cycle, as the steps from its first revision (in file order) back to it, following
/// `down_revision` and `depends_on`. One cycle per strongly connected component.
pub(crate) fn cycles(graph: &Graph) -> Vec<Vec<Step>> {
    components(graph)
        .iter()
        .map(|members| cycle_through(graph, members))
        .collect()
}

fn parents<'g>(graph: &'g Graph, n: u32) -> impl Iterator<Item = (u32, Via)> + 'g {
    let node = graph.node(n);
    let down = node.down.iter().map(|&p| (p, Via::DownRevision));
    down.chain(node.deps.iter().map(|&p| (p, Via::DependsOn)))
}

const UNSEEN: u32 = u32::MAX;

/// The strongly connected components that contain a cycle (two or more members, or a
/// revision that names itself), each sorted by node index.
fn components(graph: &Graph) -> Vec<Vec<u32>> {
    let count = graph.nodes.len();
    let mut index = vec![UNSEEN; count];
    let mut low = vec![0u32; count];
    let mut on_stack = vec![false; count];
    let mut stack: Vec<u32> = Vec::new();
    let mut next_index = 0u32;
    let mut found = Vec::new();
    // The depth-first search's own stack: a node and how many of its edges were followed.
    let mut work: Vec<(u32, usize)> = Vec::new();
    for root in 0..count as u32 {
        if index[root as usize] != UNSEEN {
            continue;
        }
        work.push((root, 0));
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            let vi = v as usize;
            if *edge == 0 && index[vi] == UNSEEN {
                index[vi] = next_index;
                low[vi] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[vi] = true;
            }
            let node = graph.node(v);
            let edges = node.down.len() + node.deps.len();
            if *edge < edges {
                let w = if *edge < node.down.len() {
                    node.down[*edge]
                } else {
                    node.deps[*edge - node.down.len()]
                };
                *edge += 1;
                let wi = w as usize;
                if index[wi] == UNSEEN {
                    work.push((w, 0));
                } else if on_stack[wi] {
                    low[vi] = low[vi].min(index[wi]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                let pi = parent as usize;
                low[pi] = low[pi].min(low[vi]);
            }
            if low[vi] == index[vi] {
                let mut members = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w as usize] = false;
                    members.push(w);
                    if w == v {
                        break;
                    }
                }
                let self_loop = parents(graph, v).any(|(p, _)| p == v);
                if members.len() > 1 || self_loop {
                    members.sort_unstable();
                    found.push(members);
                }
            }
        }
    }
    found.sort_unstable();
    found
}

/// The shortest cycle through the component's first member (breadth-first, inside the
/// component).
fn cycle_through(graph: &Graph, members: &[u32]) -> Vec<Step> {
    let start = members[0];
    let inside = |n: u32| members.binary_search(&n).is_ok();
    // For each reached member: the member that named it and how.
    let mut came_from: IdMap<u32, Option<(u32, Via)>> = IdMap::default();
    came_from.insert(start, None);
    let mut queue = VecDeque::from([start]);
    let mut closing = None;
    'search: while let Some(v) = queue.pop_front() {
        for (w, via) in parents(graph, v) {
            if w == start {
                closing = Some((v, via));
                break 'search;
            }
            if inside(w) && !came_from.contains_key(&w) {
                came_from.insert(w, Some((v, via)));
                queue.push_back(w);
            }
        }
    }
    let mut steps = Vec::new();
    let mut link = closing;
    while let Some((node, via)) = link {
        steps.push(Step { node, via });
        link = came_from.get(&node).copied().flatten();
    }
    steps.reverse();
    steps
}
