use crate::diagnostic::{Finding, Severity};
use crate::model::{DataVerb, OpKind};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL401",
    name: "unbatched-data-update",
    severity: Severity::Warning,
    default_on: true,
    postgresql_only: false,
    summary: "UPDATE or DELETE of a whole existing table in one statement",
    doc: include_str!("../../../../rules/unbatched-data-update.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::DataChange {
            verb: verb @ (DataVerb::Update | DataVerb::Delete),
            table,
            has_where: false,
        } = &op.kind
        else {
            continue;
        };
        if !ctx.may_run(op)
            || table
                .as_deref()
                .is_some_and(|t| ctx.table_created_before(i, t))
        {
            continue;
        }
        let verb = if *verb == DataVerb::Update {
            "UPDATE"
        } else {
            "DELETE"
        };
        let on = table
            .as_deref()
            .map_or("the table".to_owned(), |t| format!("`{t}`"));
        let rows = if verb == "UPDATE" {
            "rewrites"
        } else {
            "deletes"
        };
        out.push(
            Finding::new(
                op.span,
                format!("`{verb}` without `WHERE` {rows} every row of {on} in one statement"),
            )
            .label("every changed row stays locked until the migration commits")
            .help(
                "change the rows in batches outside the schema migration's transaction: a \
                 separate script or a later migration that loops over primary-key ranges and \
                 commits each batch (inside `with op.get_context().autocommit_block():`)",
            ),
        );
    }
}
