use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
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
        if let Some(t) = table.as_deref() {
            let new = match column.as_deref() {
                Some(c) => ctx.column_new_before(i, t, c),
                None => ctx.table_created_before(i, t) || ctx.table_renamed_to_before(i, t),
            };
            if new {
                continue;
            }
        }
        let what = column
            .as_deref()
            .map_or("a column".to_owned(), |c| format!("column `{c}`"));
        let of = table
            .as_deref()
            .map_or(String::new(), |t| format!(" of `{t}`"));
        out.push(
            Finding::new(
                op.span,
                format!("{what}{of} is renamed to `{new_name}` while running code still uses the old name"),
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
