//! How each revision rolls back: what its `downgrade()` is, whether it undoes `upgrade()` (as
//! `downgrade-missing-inverse` reads it), and the command.

use crate::graph::Graph;
use crate::model::{BodyKind, Migration};
use crate::rules::downgrade_missing_inverse::undoes_all;

use super::{Downgrade, Rollback};

pub(super) fn of(migration: Option<&Migration>, graph: &Graph, n: u32) -> Rollback {
    let down = migration.and_then(|m| m.downgrade.as_ref());
    let downgrade = match down.map(|f| f.body) {
        None => Downgrade::Missing,
        Some(BodyKind::Empty) => Downgrade::Empty,
        Some(BodyKind::OnlyRaises) => Downgrade::Raises,
        Some(BodyKind::Statements) => Downgrade::Present,
    };
    let up = migration
        .and_then(|m| m.upgrade.as_ref())
        .map_or(&[][..], |f| &f.ops);
    let undone = match (downgrade, down) {
        (Downgrade::Present, Some(down)) => undoes_all(up, &down.ops),
        // Nothing to undo.
        (Downgrade::Empty, _) => up.is_empty(),
        _ => false,
    };
    let node = graph.node(n);
    let target = match node.down.as_slice() {
        [] => "base".to_owned(),
        [parent] => graph.node(*parent).id.to_owned(),
        // A merge: one step down, to both parents.
        _ => format!("{}-1", node.id),
    };
    Rollback {
        downgrade,
        undone,
        command: format!("alembic downgrade {target}"),
    }
}
