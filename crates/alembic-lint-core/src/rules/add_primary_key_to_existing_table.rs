use crate::diagnostic::{Finding, Severity};
use crate::model::ConstraintKind;
use crate::rules::{index_backed_constraint, Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL213",
    name: "add-primary-key-to-existing-table",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "primary key added to an existing table, building its index while reads and writes are blocked",
    doc: include_str!("../../../../rules/add-primary-key-to-existing-table.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    index_backed_constraint::check(
        ctx,
        ConstraintKind::PrimaryKey,
        "primary key",
        "PRIMARY KEY",
        out,
    );
}
