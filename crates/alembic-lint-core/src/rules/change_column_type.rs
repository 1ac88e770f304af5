use crate::diagnostic::{Finding, Severity};
use crate::model::{ColumnType, OpKind, Operation};
use crate::rules::locking::{lock_label, on_existing_table, table_name};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL206",
    name: "change-column-type",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "column type changed in a way that rewrites the table and its indexes while reads and writes are blocked",
    doc: include_str!("../../../../rules/change-column-type.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let ops = ctx.upgrade_ops();
    for (i, op) in ops.iter().enumerate() {
        let OpKind::AlterColumn {
            table,
            column,
            new_type,
            new_column_type,
            existing_type,
            using,
            ..
        } = &op.kind
        else {
            continue;
        };
        let Some(new_name) = new_type else { continue };
        if !ctx.may_run_on_postgresql(op) || !on_existing_table(ctx, i, table.as_deref()) {
            continue;
        }
        if let (Some(t), Some(c)) = (table, column) {
            if ctx.column_new_before(i, t, c) {
                continue;
            }
        }
        let old = existing_type
            .as_ref()
            .or_else(|| earlier_type(&ops[..i], table.as_deref(), column.as_deref()));
        if let (Some(old), Some(new), false) = (old, new_column_type, *using) {
            if old.changes_without_rewrite(new) {
                continue;
            }
        }
        let shown = new_column_type
            .as_ref()
            .map_or_else(|| new_name.clone(), ColumnType::to_string);
        let name = column.as_deref().unwrap_or("?");
        let from = old.map_or(String::new(), |o| format!(" from `{o}`"));
        let using_note = if *using {
            " (its `USING` expression computes every value anew)"
        } else {
            ""
        };
        // Without the old type, a change to a type PostgreSQL can widen in place may be one.
        let maybe_widening = old.is_none()
            && !*using
            && new_column_type.as_ref().is_some_and(|n| widenable(&n.name));
        let (unless, help) = if maybe_widening {
            let how = if op.is_sql() {
                "it does not rewrite (suppress this finding with `# alembic-lint: ignore[change-column-type]`)"
            } else {
                "pass `existing_type=` so alembic-lint can tell"
            };
            (
                " unless it only widens the type",
                format!("if this only widens the column (a longer or no `varchar` limit, `varchar` to `text`, more `numeric` precision with the same scale), {how}; otherwise {EXPAND_CONTRACT}"),
            )
        } else if old.is_some_and(|o| o.name == "varchar") {
            (
                "",
                format!("only widening a `varchar` (a longer limit, no limit, or `text`) skips the rewrite; otherwise {EXPAND_CONTRACT}"),
            )
        } else {
            ("", format!("instead, {EXPAND_CONTRACT}"))
        };
        out.push(
            Finding::new(
                op.span,
                format!(
                    "changing the type of column `{name}`{from} to `{shown}` rewrites {} and its indexes under an ACCESS EXCLUSIVE lock{unless}{using_note}",
                    table_name(table.as_deref())
                ),
            )
            .label(lock_label(ctx, op, table.as_deref()))
            .help(help),
        );
    }
}

const EXPAND_CONTRACT: &str = "add a new column of the new type, fill it in batches outside the migration's transaction (keeping it in step with new writes), switch the application to it, then drop the old column in a later migration";

/// Types whose widening PostgreSQL does without a rewrite.
fn widenable(name: &str) -> bool {
    matches!(
        name,
        "varchar" | "text" | "numeric" | "timestamp" | "timestamptz" | "time" | "interval"
    )
}

/// The type an earlier `alter_column` in `ops` gave the column.
fn earlier_type<'a>(
    ops: &'a [Operation],
    table: Option<&str>,
    column: Option<&str>,
) -> Option<&'a ColumnType> {
    let (table, column) = (table?, column?);
    ops.iter().rev().find_map(|op| match &op.kind {
        OpKind::AlterColumn {
            table: Some(t),
            column: Some(c),
            new_column_type: Some(new),
            ..
        } if t.eq_ignore_ascii_case(table) && c.eq_ignore_ascii_case(column) => Some(new),
        _ => None,
    })
}
