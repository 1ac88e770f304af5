//! Findings that one migration cannot settle alone: a rule that needs to know what the earlier
//! revisions did attaches a [`HistoryFact`] to its finding, and once every file is read this
//! step replays the operations of the revisions the flagged one builds on, parents first, and
//! drops the diagnostics whose fact holds.

use std::collections::{HashMap, HashSet};

use fixedbitset::FixedBitSet;

use crate::check::FileReport;
use crate::diagnostic::{Diagnostic, HistoryFact};
use crate::engine::ScriptDirReport;
use crate::graph::{order, Analysis};
use crate::model::OpKind;
use crate::plan::order::Lineage;
use crate::plan::schema::Schema;

/// Drops the diagnostics of `dirs` (each script directory with its files) that their history
/// settles.
pub(crate) fn settle(
    dirs: &[(&ScriptDirReport, Vec<&FileReport>)],
    diagnostics: &mut Vec<Diagnostic>,
) {
    if diagnostics.iter().all(|d| d.unless.is_none()) {
        return;
    }
    let mut settled = vec![false; diagnostics.len()];
    for (_, files) in dirs {
        // A fact about check constraints needs a migration that adds or validates one; without
        // it there is nothing to replay.
        let checks = files.iter().any(|f| adds_or_validates_a_check(f));
        let paths: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
        let pending: Vec<usize> = (0..diagnostics.len())
            .filter(|&i| {
                let d = &diagnostics[i];
                paths.contains(d.path.as_str())
                    && match &d.unless {
                        None => false,
                        Some(HistoryFact::ValidatedNotNullCheck { .. }) => checks,
                        Some(HistoryFact::IndexLeading { .. }) => true,
                    }
            })
            .collect();
        if pending.is_empty() {
            continue;
        }
        let analysis = Analysis::new(files);
        let graph = &analysis.graph;
        let lineage = Lineage::new(graph);
        let node_of: HashMap<&str, u32> = (0..graph.nodes.len() as u32)
            .map(|n| (graph.file_of(n).report.path.as_str(), n))
            .collect();
        // The revisions with something to replay, parents first: a revision's ancestors among
        // them, in this order, are what `alembic upgrade` ran before it.
        let order = order::parents_first(graph);
        let replayed: Vec<u32> = order
            .iter()
            .copied()
            .filter(|&n| !graph.file_of(n).report.history.is_empty())
            .collect();
        let up_to = replayed_up_to(&order, &replayed, &lineage, graph.nodes.len());
        let mut schemas: HashMap<&str, Schema> = HashMap::new();
        for &i in &pending {
            let path = diagnostics[i].path.as_str();
            let Some(&node) = node_of.get(path) else {
                continue;
            };
            let schema = schemas.entry(path).or_insert_with(|| {
                // What its parents have seen, not the revision itself.
                let mut before = FixedBitSet::with_capacity(replayed.len());
                for &p in lineage.parents(node) {
                    before.union_with(&up_to[p as usize]);
                }
                let mut schema = Schema::default();
                for bit in before.ones() {
                    for kind in &graph.file_of(replayed[bit]).report.history {
                        schema.apply(kind);
                    }
                }
                schema
            });
            settled[i] = diagnostics[i]
                .unless
                .as_ref()
                .is_some_and(|fact| holds(schema, fact));
        }
    }
    let mut settled = settled.into_iter();
    diagnostics.retain(|_| !settled.next().unwrap_or(false));
}

/// For each revision, which of `replayed` (by position) it is or builds on: one pass parents
/// first, each revision taking the union of its parents' sets. Set bits come in `replayed`'s
/// order, parents first.
fn replayed_up_to(
    order: &[u32],
    replayed: &[u32],
    lineage: &Lineage,
    nodes: usize,
) -> Vec<FixedBitSet> {
    let bit_of: HashMap<u32, usize> = replayed.iter().enumerate().map(|(b, &n)| (n, b)).collect();
    let mut up_to = vec![FixedBitSet::with_capacity(replayed.len()); nodes];
    for &n in order {
        let mut bits = FixedBitSet::with_capacity(replayed.len());
        for &p in lineage.parents(n) {
            bits.union_with(&up_to[p as usize]);
        }
        if let Some(&b) = bit_of.get(&n) {
            bits.insert(b);
        }
        up_to[n as usize] = bits;
    }
    up_to
}

fn adds_or_validates_a_check(file: &FileReport) -> bool {
    file.history.iter().any(|kind| {
        matches!(
            kind,
            OpKind::AddConstraint { .. } | OpKind::ValidateConstraint { .. }
        )
    })
}

fn holds(schema: &Schema, fact: &HistoryFact) -> bool {
    match fact {
        HistoryFact::ValidatedNotNullCheck { table, column } => {
            schema.validated_not_null_check(table, column)
        }
        HistoryFact::IndexLeading { table, columns } => schema.has_index_leading(table, columns),
    }
}
