use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
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
                format!("{what}{of} is dropped while running code may still read it"),
            )
            .label("the application deployed now still selects this column")
            .help(
                "drop columns in two steps: remove the column from the models and every query \
                 and deploy that first, then drop it in a later migration",
            ),
        );
    }
}
