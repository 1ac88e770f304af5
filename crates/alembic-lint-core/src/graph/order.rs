//! Topological orders of the revision graph, without recursion (histories can be very long).

use std::collections::VecDeque;

use super::build::Graph;

/// Every revision that is not caught in or after a cycle, each after all the revisions it
/// names in `down_revision` and `depends_on`.
pub(crate) fn parents_first(graph: &Graph) -> Vec<u32> {
    let mut pending: Vec<usize> = graph
        .nodes
        .iter()
        .map(|n| n.down.len() + n.deps.len())
        .collect();
    let mut ready: VecDeque<u32> = (0..graph.nodes.len() as u32)
        .filter(|&n| pending[n as usize] == 0)
        .collect();
    let mut order = Vec::with_capacity(graph.nodes.len());
    while let Some(n) = ready.pop_front() {
        order.push(n);
        let node = graph.node(n);
        for &c in node.children.iter().chain(&node.dependents) {
            pending[c as usize] -= 1;
            if pending[c as usize] == 0 {
                ready.push_back(c);
            }
        }
    }
    order
}

/// Every revision, newest first as `alembic history` lists them: each revision before the
/// revisions it builds on, walking down one line of history before the next. Revisions caught
/// in a cycle come last, in file order.
pub(crate) fn newest_first(graph: &Graph) -> Vec<u32> {
    let count = graph.nodes.len();
    let mut pending: Vec<usize> = graph
        .nodes
        .iter()
        .map(|n| n.children.len() + n.dependents.len())
        .collect();
    // A stack, so one line is followed down before the next head's line.
    let mut ready: Vec<u32> = (0..count as u32)
        .rev()
        .filter(|&n| pending[n as usize] == 0)
        .collect();
    let mut order = Vec::with_capacity(count);
    let mut placed = vec![false; count];
    while let Some(n) = ready.pop() {
        order.push(n);
        placed[n as usize] = true;
        let node = graph.node(n);
        for &p in node.down.iter().chain(&node.deps).rev() {
            pending[p as usize] -= 1;
            if pending[p as usize] == 0 {
                ready.push(p);
            }
        }
    }
    order.extend((0..count as u32).filter(|&n| !placed[n as usize]));
    order
}
