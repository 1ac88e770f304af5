//! What the locking rules share: which table an operation is on, and how its lock reads in a
//! message, from the lock-facts table.

use crate::locks::{table_locks, Blocks, Role};
use crate::model::Operation;
use crate::rules::FileContext;

/// Whether `upgrade_ops()[index]` works on a table that holds rows: one the same `upgrade()`
/// did not create before it (an unnamed table may hold rows).
pub(crate) fn on_existing_table(ctx: &FileContext, index: usize, table: Option<&str>) -> bool {
    !table.is_some_and(|t| ctx.table_created_before(index, t))
}

/// `` `orders` `` or, when the operation does not name it, `the table`.
pub(crate) fn table_name(table: Option<&str>) -> String {
    table.map_or_else(|| "the table".to_owned(), |t| format!("`{t}`"))
}

/// The lock `op` takes on its table and what waits for it, as a label reads it:
/// ``AccessExclusiveLock on `orders`: reads and writes wait``.
pub(crate) fn lock_label(ctx: &FileContext, op: &Operation, table: Option<&str>) -> String {
    let version = ctx.settings.target_version;
    let lock = table_locks(&op.kind, version)
        .into_iter()
        .find(|l| l.role == Role::Target);
    let Some(mode) = lock.and_then(|l| l.mode) else {
        return format!("{} is locked", table_name(table));
    };
    let waits = match mode.blocks() {
        Blocks::ReadsAndWrites => "reads and writes wait",
        Blocks::Writes => "writes wait",
        Blocks::None => "reads and writes go on",
    };
    let cost = match lock {
        Some(l) if l.rewrite => ", while every row is rewritten",
        Some(l) if l.scan => ", while every row is read",
        Some(l) if l.empties => ", and every row is removed",
        _ => "",
    };
    format!("{mode} on {}: {waits}{cost}", table_name(table))
}

/// Whether two operations run in the same transaction: both inside the migration's own (an
/// `autocommit_block()` runs each statement on its own).
pub(crate) fn same_transaction(a: &Operation, b: &Operation) -> bool {
    !a.autocommit && !b.autocommit
}
