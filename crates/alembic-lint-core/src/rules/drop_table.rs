use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL302",
    name: "drop-table",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "table dropped while the running application may still use it",
    doc: include_str!("../../../../rules/drop-table.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::DropTable { table } = &op.kind else {
            continue;
        };
        if !ctx.may_run(op)
            || table.as_deref().is_some_and(|t| {
                ctx.table_created_before(i, t) || ctx.table_renamed_to_before(i, t)
            })
        {
            continue;
        }
        let what = table
            .as_deref()
            .map_or("a table".to_owned(), |t| format!("table `{t}`"));
        out.push(
            Finding::new(
                op.span,
                format!("{what} is dropped while running code may still use it"),
            )
            .label("the application deployed now may still query this table")
            .help(
                "drop tables in two steps: remove the model and every query that uses the table \
                 and deploy that first, then drop it in a later migration",
            ),
        );
    }
}
