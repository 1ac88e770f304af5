use crate::diagnostic::{Finding, Severity};
use crate::locks::table_locks;
use crate::model::{DefaultValue, OpKind};
use crate::rules::locking::{lock_label, on_existing_table};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL210",
    name: "add-column-with-volatile-default",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "column added with a default that rewrites the whole table while reads and writes are blocked",
    doc: include_str!("../../../../rules/add-column-with-volatile-default.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let version = ctx.settings.target_version;
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::AddColumn { table, column } = &op.kind else {
            continue;
        };
        if !ctx.may_run_on_postgresql(op) || !on_existing_table(ctx, i, table.as_deref()) {
            continue;
        }
        // The lock facts say when adding the column rewrites the table.
        if !table_locks(&op.kind, version).iter().any(|l| l.rewrite) {
            continue;
        }
        let name = column.name.as_deref().unwrap_or("?");
        let (why, help) = match &column.server_default {
            Some(DefaultValue::Expression(expr)) if !column.generated && version >= 11 => (
                format!("its default `{expr}` is evaluated for every existing row"),
                "add the column without a default (or with a constant one), then set the default for new rows with `op.alter_column(..., server_default=...)` and fill existing rows in batches outside the migration's transaction".to_owned(),
            ),
            _ if column.generated => (
                "a generated or identity column is computed for every existing row".to_owned(),
                "add a plain nullable column, fill it in batches, then attach the sequence or expression in a later migration".to_owned(),
            ),
            _ => (
                format!("PostgreSQL {version} writes any default into every existing row"),
                "add the column without a default, set the default with `op.alter_column(..., server_default=...)` (new rows only), and fill existing rows in batches; from PostgreSQL 11 on a constant default is stored once instead".to_owned(),
            ),
        };
        out.push(
            Finding::new(
                op.span,
                format!("adding column `{name}` rewrites the table: {why}"),
            )
            .label(lock_label(ctx, op, table.as_deref()))
            .help(help),
        );
    }
}
