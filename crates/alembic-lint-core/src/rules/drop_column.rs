use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
use crate::rules::context::column_phrase;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL301",
    name: "drop-column",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "column dropped while the running application may still read it",
    doc: include_str!("../../../../rules/drop-column.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::DropColumn { table, column } = &op.kind else {
            continue;
        };
        if !ctx.may_run(op) {
            continue;
        }
        if ctx.column_is_new(i, table.as_deref(), column.as_deref()) {
            continue;
        }
        let column_named = column_phrase(table.as_deref(), column.as_deref());
        out.push(
            Finding::new(
                op.span,
                format!("{column_named} is dropped while running code may still read it"),
            )
            .label("the application deployed now still selects this column")
            .help(
                "drop columns in two steps: remove the column from the models and every query \
                 and deploy that first, then drop it in a later migration",
            ),
        );
    }
}
