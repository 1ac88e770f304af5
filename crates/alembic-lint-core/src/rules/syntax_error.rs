use crate::diagnostic::Severity;
use crate::rules::{Check, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL001",
    name: "syntax-error",
    severity: Severity::Error,
    default_on: true,
    summary: "TODO",
    doc: include_str!("../../../../rules/syntax-error.md"),
    check: Check::Pipeline,
};

