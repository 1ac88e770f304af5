use crate::diagnostic::{Finding, Severity};
use crate::model::{ColumnDef, DefaultValue, OpKind, Operation, Origin};
use crate::rules::locking::same_transaction;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL212",
    name: "enum-value-added-in-transaction",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "enum value added inside a transaction that cannot use it, or on a PostgreSQL that refuses it there",
    doc: include_str!("../../../../rules/enum-value-added-in-transaction.md"),
    check: Check::File(check),
};

const AUTOCOMMIT: &str =
    "run it inside `with op.get_context().autocommit_block():`, which commits it on its own";

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let ops = ctx.upgrade_ops();
    let version = ctx.settings.target_version;
    for (i, op) in ops.iter().enumerate() {
        let OpKind::AddEnumValue { type_name, value } = &op.kind else {
            continue;
        };
        if op.autocommit || !ctx.may_run_on_postgresql(op) {
            continue;
        }
        let on = type_name
            .as_deref()
            .map_or_else(|| "an enum type".to_owned(), |t| format!("enum type `{t}`"));
        let shown = value
            .as_deref()
            .map_or_else(|| "a value".to_owned(), |v| format!("value `{v}`"));
        if version < 12 {
            out.push(
                Finding::new(
                    op.span,
                    format!("{shown} is added to {on} inside the migration's transaction, which PostgreSQL {version} refuses"),
                )
                .label("ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12")
                .help(format!("{AUTOCOMMIT}; code that uses the value belongs after the block or in a later migration")),
            );
            continue;
        }
        let Some(value) = value.as_deref() else {
            continue;
        };
        if ops[i + 1..]
            .iter()
            .any(|later| same_transaction(op, later) && uses_value(later, value))
        {
            out.push(
                Finding::new(
                    op.span,
                    format!("{shown} is added to {on} and used later in the same transaction"),
                )
                .label("a new enum value cannot be used until the transaction that adds it commits: \"unsafe use of new value\"")
                .help(format!(
                    "{AUTOCOMMIT}, before the statements that use the value; or use it in a later migration"
                )),
            );
        }
    }
}

/// Whether `op` mentions `value` as a string: quoted in its SQL, or as a column default.
fn uses_value(op: &Operation, value: &str) -> bool {
    if let Origin::Sql(sql) = &op.origin {
        let quoted = format!("'{}'", value.replace('\'', "''"));
        return sql.text.contains(&quoted);
    }
    let default_is = |column: &ColumnDef| matches!(&column.server_default, Some(DefaultValue::Literal(v)) if v.trim_matches('\'') == value);
    match &op.kind {
        OpKind::AddColumn { column, .. } => default_is(column),
        OpKind::CreateTable { columns, .. } => columns.iter().any(default_is),
        OpKind::AlterColumn {
            server_default: Some(DefaultValue::Literal(v)),
            ..
        } => v.trim_matches('\'') == value,
        _ => false,
    }
}
