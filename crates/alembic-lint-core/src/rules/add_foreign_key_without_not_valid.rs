use crate::diagnostic::{Finding, Severity};
use crate::model::ConstraintKind;
use crate::rules::constraint_validation::{self, Wording};
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
}
