use crate::diagnostic::{Finding, Severity};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL006",
    name: "docstring-revision-mismatch",
    severity: Severity::Warning,
    default_on: true,
    summary: "TODO",
    doc: include_str!("../../../../rules/docstring-revision-mismatch.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let _ = (ctx, out);
}
