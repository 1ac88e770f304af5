use crate::diagnostic::Severity;
use crate::rules::{Check, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL001",
    name: "syntax-error",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "migration file is not valid Python or not UTF-8, so Alembic cannot load it",
    doc: include_str!("../../../../rules/syntax-error.md"),
    check: Check::Pipeline,
};
