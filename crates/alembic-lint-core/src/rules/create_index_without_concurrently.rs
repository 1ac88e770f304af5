use crate::diagnostic::{Finding, Severity};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL202",
    name: "create-index-without-concurrently",
    severity: Severity::Error,
    default_on: true,
    summary: "TODO",
    doc: include_str!("../../../../rules/create-index-without-concurrently.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let _ = (ctx, out);
}
