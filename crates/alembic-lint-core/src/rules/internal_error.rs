use crate::diagnostic::Severity;
use crate::rules::{Check, Rule, INTERNAL_ERROR};

pub(crate) static RULE: Rule = Rule {
    code: INTERNAL_ERROR,
    name: "internal-error",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "alembic-lint hit a bug while checking this file; the other files were checked",
    doc: include_str!("../../../../rules/internal-error.md"),
    check: Check::Pipeline,
};
