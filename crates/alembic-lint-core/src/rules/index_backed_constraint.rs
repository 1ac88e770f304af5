//! What add-unique-constraint and add-primary-key-to-existing-table share: both build an
//! index while holding a lock that blocks reads and writes, unless they take over an index
//! built beforehand with `CREATE UNIQUE INDEX CONCURRENTLY` (`USING INDEX`).

use crate::diagnostic::Finding;
use crate::model::{ConstraintKind, OpKind};
use crate::rules::locking::{lock_label, on_existing_table, table_name};
use crate::rules::FileContext;

pub(crate) fn check(
    ctx: &FileContext,
    kind: ConstraintKind,
    what: &str,
    keyword: &str,
    out: &mut Vec<Finding>,
) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::AddConstraint {
            name,
            table,
            constraint,
            using_index: false,
            ..
        } = &op.kind
        else {
            continue;
        };
        if *constraint != kind
            || !ctx.may_run_on_postgresql(op)
            || !on_existing_table(ctx, i, table.as_deref())
        {
            continue;
        }
        let named = name.as_deref().map_or(String::new(), |n| format!(" `{n}`"));
        let constraint_name = name.as_deref().unwrap_or("<name>");
        out.push(
            Finding::new(
                op.span,
                format!(
                    "{what}{named} is added to {} by building its index under the lock",
                    table_name(table.as_deref())
                ),
            )
            .label(lock_label(ctx, op, table.as_deref()))
            .help(format!(
                "build the index first with `op.create_index(..., unique=True, postgresql_concurrently=True)` inside `with op.get_context().autocommit_block():`, then add the constraint on it: `ALTER TABLE ... ADD CONSTRAINT {constraint_name} {keyword} USING INDEX <index>`, which only takes the lock for a moment"
            )),
        );
    }
}
