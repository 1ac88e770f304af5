//! Findings that one migration cannot settle alone: a rule that needs to know what the earlier
//! revisions did attaches a [`HistoryFact`] to its finding, and once every file is read this
//! step replays the operations of the revisions the flagged one builds on, parents first, and
//! drops the diagnostics whose fact holds.

use std::collections::{HashMap, HashSet};

use crate::check::FileReport;
use crate::diagnostic::{Diagnostic, HistoryFact};
use crate::graph::{order, Analysis};
use crate::model::OpKind;
use crate::plan::order::Lineage;
use crate::plan::schema::Schema;

/// Drops the diagnostics of `dirs` (each script directory's files) that their history settles.
pub(crate) fn settle(dirs: &[Vec<&FileReport>], diagnostics: &mut Vec<Diagnostic>) {
    if diagnostics.iter().all(|d| d.unless.is_none()) {
        return;
    }
    let mut settled = vec![false; diagnostics.len()];
    for files in dirs {
        // Every fact rests on a check constraint: without one, there is nothing to replay.
        if !files.iter().any(|f| adds_or_validates_a_check(f)) {
            continue;
        }
        let paths: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
        let pending: Vec<usize> = (0..diagnostics.len())
            .filter(|&i| {
                let d = &diagnostics[i];
                d.unless.is_some() && paths.contains(d.path.as_str())
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
        let replayed: Vec<u32> = order::parents_first(graph)
            .into_iter()
            .filter(|&n| !graph.file_of(n).report.history.is_empty())
            .collect();
        let mut schemas: HashMap<&str, Schema> = HashMap::new();
        for &i in &pending {
            let path = diagnostics[i].path.as_str();
            let Some(&node) = node_of.get(path) else {
                continue;
            };
            let schema = schemas.entry(path).or_insert_with(|| {
                let before = lineage.ancestors(&[node]);
                let mut schema = Schema::default();
                for &n in replayed
                    .iter()
                    .filter(|&&n| n != node && before.contains(&n))
                {
                    for kind in &graph.file_of(n).report.history {
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
    }
}
