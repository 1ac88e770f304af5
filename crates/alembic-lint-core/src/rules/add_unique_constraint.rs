use crate::diagnostic::{Finding, Severity};
use crate::model::ConstraintKind;
use crate::rules::{index_backed_constraint, Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL209",
    name: "add-unique-constraint",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "unique constraint added to an existing table, building its index while reads and writes are blocked",
    doc: include_str!("../../../../rules/add-unique-constraint.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    index_backed_constraint::check(
        ctx,
        ConstraintKind::Unique,
        "unique constraint",
        "UNIQUE",
        out,
    );
}
