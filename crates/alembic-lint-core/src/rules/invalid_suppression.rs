use crate::diagnostic::{Finding, Severity};
use crate::model::Span;
use crate::rules::{Check, Rule, INTERNAL_ERROR};
use crate::suppression::Problem;

pub(crate) static RULE: Rule = Rule {
    code: "AL902",
    name: "invalid-suppression",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "suppression comment is malformed or names no rule, so it suppresses nothing",
    doc: include_str!("../../../../rules/invalid-suppression.md"),
    // Read from the file's comments by the engine, not from the migration model.
    check: Check::Pipeline,
};

const EXAMPLE: &str = "`# alembic-lint: ignore[AL301]`";

/// The finding for the malformed suppression comment at `span`.
pub(crate) fn finding(span: Span, problem: &Problem) -> Finding {
    let (message, help) = match problem {
        Problem::MissingColon => (
            "suppression comment has no `:` after `alembic-lint`".to_owned(),
            format!("write {EXAMPLE}"),
        ),
        Problem::UnknownDirective { word, suggestion } => (
            if word.is_empty() {
                "suppression comment names no directive".to_owned()
            } else {
                format!("`{word}` is not a suppression directive")
            },
            match suggestion {
                Some(directive) => format!("did you mean `{directive}`?"),
                None => format!(
                    "write `ignore[...]` for one statement or `ignore-file[...]` for the whole \
                     file: {EXAMPLE}"
                ),
            },
        ),
        Problem::NoRuleList { directive } => (
            format!("`{directive}` names no rule"),
            format!(
                "list the rules in brackets: `# alembic-lint: {directive}[AL301]`; there is no \
                 blanket suppression"
            ),
        ),
        Problem::Unclosed => (
            "suppression comment has no closing `]`".to_owned(),
            format!("close the list of rules: {EXAMPLE}"),
        ),
        Problem::EmptyList => (
            "suppression comment names no rule".to_owned(),
            format!(
                "list the codes or names of the rules to suppress: {EXAMPLE}; there is no \
                 blanket suppression"
            ),
        ),
        Problem::UnknownRule { key, suggestion } => (
            format!("`{key}` is not a rule"),
            match suggestion {
                Some(rule) => format!("did you mean `{}` ({})?", rule.name, rule.code),
                None => "`alembic-lint rules` lists every code and name".to_owned(),
            },
        ),
        Problem::Blanket { key } => (
            format!("`{key}` would suppress every rule"),
            "name each rule to suppress: a blanket suppression would also hide the findings of \
             later changes"
                .to_owned(),
        ),
        Problem::NotSuppressible { rule } => (
            format!("`{}` ({}) cannot be suppressed", rule.name, rule.code),
            if rule.code == INTERNAL_ERROR {
                "an internal error is a bug in alembic-lint: please report it with the file"
            } else {
                "fix the syntax error: Alembic cannot load the file either"
            }
            .to_owned(),
        ),
        Problem::FileOnly { rule } => (
            format!(
                "`{}` ({}) can only be suppressed for the whole file",
                rule.name, rule.code
            ),
            format!(
                "use `# alembic-lint: ignore-file[{0}]`, or deselect it with `--ignore {0}`",
                rule.code
            ),
        ),
        Problem::TrailingText { text } => (
            format!("unexpected `{text}` after the list of rules"),
            "put a reason after ` -- `: `# alembic-lint: ignore[AL301] -- why`".to_owned(),
        ),
    };
    Finding::new(span, message)
        .label("this comment suppresses nothing")
        .help(help)
}
