use crate::diagnostic::{Finding, Severity};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL203",
    name: "concurrently-in-transaction",
    severity: Severity::Error,
    default_on: true,
    summary: "TODO",
    doc: include_str!("../../../../rules/concurrently-in-transaction.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let _ = (ctx, out);
}
