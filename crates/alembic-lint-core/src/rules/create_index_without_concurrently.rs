use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL202",
    name: "create-index-without-concurrently",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "index created on an existing table without CONCURRENTLY, blocking writes",
    doc: include_str!("../../../../rules/create-index-without-concurrently.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::CreateIndex {
            name,
            table,
            concurrently: false,
            ..
        } = &op.kind
        else {
            continue;
        };
        if !ctx.may_run_on_postgresql(op)
            || table
                .as_deref()
                .is_some_and(|t| ctx.table_created_before(i, t))
        {
            continue;
        }
        let index = name
            .as_deref()
            .map_or("the index".to_owned(), |n| format!("index `{n}`"));
        let on = table
            .as_deref()
            .map_or("an existing table".to_owned(), |t| format!("`{t}`"));
        let fix = if op.is_sql() {
            "write `CREATE INDEX CONCURRENTLY` and run it inside `with op.get_context().autocommit_block():`"
        } else {
            "pass `postgresql_concurrently=True` to `create_index` and run it inside `with op.get_context().autocommit_block():`"
        };
        out.push(
            Finding::new(
                op.span,
                format!("{index} is built on {on} without CONCURRENTLY"),
            )
            .label(format!(
                "writes to {on} are blocked until the index is built"
            ))
            .help(format!(
                "CREATE INDEX holds a SHARE lock for the whole build: {fix}"
            )),
        );
    }
}
