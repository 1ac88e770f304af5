use crate::diagnostic::{Finding, Severity};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL005",
    name: "irreversible-downgrade",
    severity: Severity::Warning,
    default_on: true,
    summary: "TODO",
    doc: include_str!("../../../../rules/irreversible-downgrade.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let _ = (ctx, out);
}
