use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
use crate::rules::locking::{lock_label, on_existing_table};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL204",
    name: "drop-index-without-concurrently",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "index dropped from an existing table without CONCURRENTLY, blocking reads and writes",
    doc: include_str!("../../../../rules/drop-index-without-concurrently.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::DropIndex {
            name,
            table,
            concurrently: false,
        } = &op.kind
        else {
            continue;
        };
        if !ctx.may_run_on_postgresql(op)
            || !on_existing_table(ctx, i, table.as_deref())
            || table_dropped_after(ctx, i, table.as_deref())
        {
            continue;
        }
        let index = name
            .as_deref()
            .map_or("an index".to_owned(), |n| format!("index `{n}`"));
        let fix = if op.is_sql() {
            "write `DROP INDEX CONCURRENTLY`"
        } else {
            "pass `postgresql_concurrently=True` to `drop_index`"
        };
        out.push(
            Finding::new(op.span, format!("{index} is dropped without CONCURRENTLY"))
                .label(lock_label(ctx, op, table.as_deref()))
                .help(format!(
                    "DROP INDEX waits for every query on the table and then holds an ACCESS EXCLUSIVE lock, so everything queued behind it waits too: {fix} and run it inside `with op.get_context().autocommit_block():`"
                )),
        );
    }
}

/// Whether the index's table is dropped later in the same `upgrade()`: that takes the same lock,
/// and drop-table reports it.
fn table_dropped_after(ctx: &FileContext, index: usize, table: Option<&str>) -> bool {
    let Some(table) = table else { return false };
    ctx.upgrade_ops()[index + 1..].iter().any(|op| {
        matches!(&op.kind, OpKind::DropTable { table: Some(t) } if t.eq_ignore_ascii_case(table))
    })
}
