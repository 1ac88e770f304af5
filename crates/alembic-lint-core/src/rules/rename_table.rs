use crate::diagnostic::{Finding, Severity};
use crate::dialect::Dialect;
use crate::model::OpKind;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL304",
    name: "rename-table",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "table renamed while the running application still uses the old name",
    doc: include_str!("../../../../rules/rename-table.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::RenameTable { old, new } = &op.kind else {
            continue;
        };
        if !ctx.may_run(op)
            || old.as_deref().is_some_and(|t| {
                ctx.table_created_before(i, t) || ctx.table_renamed_to_before(i, t)
            })
        {
            continue;
        }
        let what = old
            .as_deref()
            .map_or("a table".to_owned(), |t| format!("table `{t}`"));
        let to = new
            .as_deref()
            .map_or(String::new(), |t| format!(" to `{t}`"));
        let new_name = new
            .as_deref()
            .map_or("the new table".to_owned(), |t| format!("`{t}`"));
        // SQLite views are read-only: a view only stands in for the old name where it is
        // updatable.
        let view = if ctx.dialect == Some(Dialect::Sqlite) {
            String::new()
        } else {
            " (or rename it and create a view with the old name until no code uses it)".to_owned()
        };
        out.push(
            Finding::new(
                op.span,
                format!("{what} is renamed{to} while running code still uses the old name"),
            )
            .label("queries of the application deployed now fail once this runs")
            .help(format!(
                "rename in steps: create {new_name}, make the code write both tables, copy the \
                 rows, switch reads to it and deploy, then drop the old table in a later \
                 migration{view}"
            )),
        );
    }
}
