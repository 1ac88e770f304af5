use crate::diagnostic::{Finding, Severity};
use crate::model::Span;
use crate::rules::{Check, Rule};
use crate::suppression::Scope;

pub(crate) static RULE: Rule = Rule {
    code: "AL901",
    name: "unused-suppression",
    severity: Severity::Warning,
    default_on: true,
    postgresql_only: false,
    summary: "suppression comment names a rule that reports nothing where the comment applies",
    doc: include_str!("../../../../rules/unused-suppression.md"),
    // The engine judges suppressions once every rule has run on every file.
    check: Check::Pipeline,
};

/// The finding for the suppression comment at `span` whose `unused` rules reported nothing in
/// its `scope`.
pub(crate) fn finding(span: Span, unused: &[&Rule], scope: Scope) -> Finding {
    let names = unused
        .iter()
        .map(|r| format!("`{}` ({})", r.name, r.code))
        .collect::<Vec<_>>()
        .join(", ");
    let remove = "remove the comment, or the rules that no longer fire from it";
    let (message, help) = match scope {
        Scope::File => (
            format!(
                "suppression of {names} for the whole file is unused: the file has no such finding"
            ),
            remove,
        ),
        Scope::Statement(_) => (
            format!(
                "suppression of {names} is unused: the statement it covers has no such finding"
            ),
            remove,
        ),
        Scope::Nothing => (
            format!("suppression of {names} is unused: no statement follows it directly"),
            "put the comment at the end of the flagged statement or on the line directly above \
             it, with no blank line between",
        ),
    };
    Finding::new(span, message)
        .label("suppresses nothing")
        .help(help)
}
