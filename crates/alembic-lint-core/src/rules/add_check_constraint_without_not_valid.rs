use crate::diagnostic::{Finding, Severity};
use crate::model::ConstraintKind;
use crate::rules::constraint_validation::{self, Wording};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL208",
    name: "add-check-constraint-without-not-valid",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "check constraint added to an existing table and validated while reads and writes are blocked",
    doc: include_str!("../../../../rules/add-check-constraint-without-not-valid.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let wording = Wording {
        constraint: ConstraintKind::Check,
        what: "check constraint",
        also: "",
    };
    constraint_validation::check(ctx, &wording, out);
}
