use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
use crate::rules::context::column_phrase;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL303",
    name: "rename-column",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "column renamed while the running application still uses the old name",
    doc: include_str!("../../../../rules/rename-column.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::AlterColumn {
            table,
            column,
            new_name: Some(new_name),
            ..
        } = &op.kind
        else {
            continue;
        };
        if column
            .as_deref()
            .is_some_and(|c| c.eq_ignore_ascii_case(new_name))
            || !ctx.may_run(op)
        {
            continue;
        }
        if ctx.column_is_new(i, table.as_deref(), column.as_deref()) {
            continue;
        }
        let column_named = column_phrase(table.as_deref(), column.as_deref());
        out.push(
            Finding::new(
                op.span,
                format!("{column_named} is renamed to `{new_name}` while running code still uses the old name"),
            )
            .label("queries of the application deployed now fail once this runs")
            .help(format!(
                "rename in steps: add `{new_name}`, make the code write both columns, backfill \
                 `{new_name}`, switch reads to it and deploy, then drop the old column in a later \
                 migration"
            )),
        );
    }
}
