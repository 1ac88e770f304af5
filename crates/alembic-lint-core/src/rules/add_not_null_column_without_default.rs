use crate::diagnostic::{Finding, Severity};
use crate::model::{DefaultValue, OpKind};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL201",
    name: "add-not-null-column-without-default",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "column added as NOT NULL to an existing table without a server default",
    doc: include_str!("../../../../rules/add-not-null-column-without-default.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::AddColumn { table, column } = &op.kind else {
            continue;
        };
        let has_default = !matches!(column.server_default, None | Some(DefaultValue::Null));
        if !column.is_not_null() || has_default || column.generated {
            continue;
        }
        if table
            .as_deref()
            .is_some_and(|t| ctx.table_created_before(i, t))
        {
            continue;
        }
        let name = column.name.as_deref().unwrap_or("?");
        let on = table
            .as_deref()
            .map_or(String::new(), |t| format!(" on `{t}`"));
        let python_default = if column.has_python_default {
            " (`default=` is applied by SQLAlchemy on insert only and never reaches existing rows)"
        } else {
            ""
        };
        out.push(
            Finding::new(op.span, format!("column `{name}` is added as NOT NULL without a server default"))
                .label(format!("existing rows{on} have no value for `{name}`"))
                .help(format!(
                    "the ALTER fails on a table with rows{python_default}: add the column with `nullable=True`, backfill it in batches, then `op.alter_column(..., nullable=False)` in a later migration; or give it a constant `server_default=` (metadata-only on PostgreSQL 11+)"
                )),
        );
    }
}
