use crate::diagnostic::{Finding, Severity};
use crate::locks::{table_locks, Role};
use crate::model::{ConstraintKind, OpKind};
use crate::rules::constraint_validation::{self, Wording};
use crate::rules::locking::{lock_label, on_existing_table, table_name};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL207",
    name: "add-foreign-key-without-not-valid",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "foreign key added to an existing table and validated under a lock that blocks writes to both tables",
    doc: include_str!("../../../../rules/add-foreign-key-without-not-valid.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let wording = Wording {
        constraint: ConstraintKind::ForeignKey,
        what: "foreign key",
        also: ", and the referenced table is locked against writes too",
    };
    constraint_validation::check(ctx, &wording, out);
    column_references(ctx, out);
}

/// A column added to an existing table with `sa.ForeignKey(...)` or SQL `REFERENCES`, when the
/// existing rows are checked against it (the lock facts say so: they get a value). There is no
/// `NOT VALID` form for a column's foreign key.
fn column_references(ctx: &FileContext, out: &mut Vec<Finding>) {
    let version = ctx.settings.target_version;
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        let OpKind::AddColumn { table, column } = &op.kind else {
            continue;
        };
        let Some(reference) = &column.references else {
            continue;
        };
        let checks_rows = table_locks(&op.kind, version)
            .iter()
            .any(|l| l.role == Role::Referenced && l.scan);
        if !checks_rows
            || !ctx.may_run_on_postgresql(op)
            || !on_existing_table(ctx, i, table.as_deref())
        {
            continue;
        }
        let name = column
            .name
            .as_deref()
            .map_or_else(|| "a column".to_owned(), |c| format!("column `{c}`"));
        let to = reference
            .table
            .as_deref()
            .map_or_else(|| "another table".to_owned(), |t| format!("`{t}`"));
        out.push(
            Finding::new(
                op.span,
                format!(
                    "{name} is added to {} with a foreign key to {to}, checked against every existing row",
                    table_name(table.as_deref())
                ),
            )
            .label(lock_label(ctx, op, table.as_deref()))
            .help(format!(
                "the column gets a value in every row, and each is checked against {to} while writes to both tables wait; a column's foreign key has no `NOT VALID` form: add the column without the foreign key, then add it with `op.create_foreign_key(..., postgresql_not_valid=True)` and run `ALTER TABLE ... VALIDATE CONSTRAINT` in a later migration (or inside `with op.get_context().autocommit_block():`)"
            )),
        );
    }
}
