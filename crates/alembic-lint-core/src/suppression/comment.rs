//! Reads one comment as a suppression: `# alembic-lint: ignore[AL301, drop-table] -- reason` or
//! `# alembic-lint: ignore-file[AL003]`. A comment that means to be one but is not well formed
//! is a [`Problem`], and suppresses nothing.

use crate::rules::{
    self, invalid_suppression, syntax_error, unused_suppression, Rule, INTERNAL_ERROR,
};

/// What a well-formed suppression comment says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Ignore {
    /// `ignore-file` rather than `ignore`.
    pub file: bool,
    /// The rules named, each once, in the order written.
    pub rules: Vec<&'static Rule>,
}

/// Why a comment that starts like a suppression is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Problem {
    /// `# alembic-lint ignore[...]`.
    MissingColon,
    /// `# alembic-lint: ignre[...]`; the word may be empty.
    UnknownDirective {
        word: String,
        suggestion: Option<&'static str>,
    },
    /// `# alembic-lint: ignore` with no list of rules.
    NoRuleList { directive: &'static str },
    /// `[` without `]`.
    Unclosed,
    /// `ignore[]`.
    EmptyList,
    /// A code or name that is no rule.
    UnknownRule {
        key: String,
        suggestion: Option<&'static Rule>,
    },
    /// `ignore[ALL]`: every finding, including those added later, would be hidden.
    Blanket { key: String },
    /// `internal-error` and `syntax-error` are never suppressed.
    NotSuppressible { rule: &'static Rule },
    /// `unused-suppression` and `invalid-suppression` are suppressed for a whole file only.
    FileOnly { rule: &'static Rule },
    /// Something after `]` that is neither a ` -- reason` nor another comment.
    TrailingText { text: String },
}

const DIRECTIVES: [&str; 2] = ["ignore", "ignore-file"];

/// Reads a comment (from its `#`): `None` when it is no suppression comment at all. The
/// suppression may follow another comment on the same line (`# noqa  # alembic-lint: ...`).
pub(crate) fn read(comment: &str) -> Option<Result<Ignore, Problem>> {
    comment
        .match_indices('#')
        .find_map(|(at, _)| after_marker(&comment[at + 1..]))
        .map(read_directive)
}

/// The text after `alembic-lint` when a comment part means to be a suppression: `alembic-lint`
/// then `:`, or then a space and `ignore` (a forgotten colon). Prose that mentions the tool is
/// not one.
fn after_marker(part: &str) -> Option<&str> {
    let rest = part.trim_start().strip_prefix("alembic-lint")?;
    let next = rest.trim_start();
    let spaced = next.len() < rest.len();
    (next.starts_with(':') || (spaced && next.starts_with("ignore"))).then_some(next)
}

fn read_directive(rest: &str) -> Result<Ignore, Problem> {
    let rest = rest.strip_prefix(':').ok_or(Problem::MissingColon)?;
    let rest = rest.trim_start();
    let word_end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let (word, rest) = rest.split_at(word_end);
    let Some(directive) = DIRECTIVES.into_iter().find(|d| *d == word) else {
        return Err(Problem::UnknownDirective {
            word: word.to_owned(),
            suggestion: nearest_directive(word),
        });
    };
    let file = directive == "ignore-file";
    let rest = rest
        .trim_start()
        .strip_prefix('[')
        .ok_or(Problem::NoRuleList { directive })?;
    let (list, after) = rest.split_once(']').ok_or(Problem::Unclosed)?;
    let after = after.trim();
    if !(after.is_empty() || after.starts_with("--") || after.starts_with('#')) {
        // Up to a following comment, which may stand there.
        let text = after.split('#').next().unwrap_or(after).trim_end();
        return Err(Problem::TrailingText {
            text: text.to_owned(),
        });
    }
    let mut rules: Vec<&'static Rule> = Vec::new();
    // A trailing comma is harmless: empty entries are skipped.
    for key in list.split(',').map(str::trim).filter(|k| !k.is_empty()) {
        let rule = suppressible(key, file)?;
        if !rules.iter().any(|r| r.code == rule.code) {
            rules.push(rule);
        }
    }
    if rules.is_empty() {
        return Err(Problem::EmptyList);
    }
    Ok(Ignore { file, rules })
}

/// The rule a key names, if a suppression may name it.
fn suppressible(key: &str, file: bool) -> Result<&'static Rule, Problem> {
    if key.eq_ignore_ascii_case("all") || key == "*" {
        return Err(Problem::Blanket {
            key: key.to_owned(),
        });
    }
    let rule = rules::find(key).ok_or_else(|| Problem::UnknownRule {
        key: key.to_owned(),
        suggestion: rules::suggest(key),
    })?;
    // Nothing can be changed in a file to avoid these: they are never suppressed.
    if [INTERNAL_ERROR, syntax_error::RULE.code].contains(&rule.code) {
        return Err(Problem::NotSuppressible { rule });
    }
    // They report comments, not statements: a whole file or nothing keeps this simple.
    let file_only = [
        unused_suppression::RULE.code,
        invalid_suppression::RULE.code,
    ];
    if !file && file_only.contains(&rule.code) {
        return Err(Problem::FileOnly { rule });
    }
    Ok(rule)
}

fn nearest_directive(word: &str) -> Option<&'static str> {
    let word = word.to_ascii_lowercase();
    DIRECTIVES
        .into_iter()
        .map(|d| (strsim::osa_distance(&word, d), d))
        .filter(|&(distance, _)| distance <= 2)
        .min()
        .map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(comment: &str) -> (bool, Vec<&'static str>) {
        match read(comment) {
            Some(Ok(ignore)) => (ignore.file, ignore.rules.iter().map(|r| r.code).collect()),
            other => panic!("{comment:?} read as {other:?}"),
        }
    }

    fn problem(comment: &str) -> Problem {
        match read(comment) {
            Some(Err(problem)) => problem,
            other => panic!("{comment:?} read as {other:?}"),
        }
    }

    #[test]
    fn codes_and_names_in_any_mix() {
        assert_eq!(
            codes("# alembic-lint: ignore[AL301]"),
            (false, vec!["AL301"])
        );
        assert_eq!(
            codes("#alembic-lint:ignore[al301,drop-table ,  AL202]"),
            (false, vec!["AL301", "AL302", "AL202"])
        );
        assert_eq!(
            codes("# alembic-lint: ignore-file[missing-migration-function]"),
            (true, vec!["AL003"])
        );
        assert_eq!(
            codes("# alembic-lint : ignore [AL301, drop-column,]"),
            (false, vec!["AL301"])
        );
    }

    #[test]
    fn a_reason_or_another_comment_may_follow() {
        assert_eq!(
            codes("# alembic-lint: ignore[AL302] -- table unused since 2023, see #41 [done]"),
            (false, vec!["AL302"])
        );
        assert_eq!(
            codes("# alembic-lint: ignore[AL302]--no space"),
            (false, vec!["AL302"])
        );
        assert_eq!(
            codes("# alembic-lint: ignore[AL302]  # noqa: E501"),
            (false, vec!["AL302"])
        );
        assert_eq!(
            codes("# noqa: E501  # alembic-lint: ignore[AL302]"),
            (false, vec!["AL302"])
        );
        assert_eq!(
            codes("# alembic-lint: ignore[AL302] -- reason\r"),
            (false, vec!["AL302"])
        );
    }

    #[test]
    fn other_comments_are_not_suppressions() {
        for comment in [
            "# drop the table",
            "# alembic-lint flags this, but the table is empty",
            "# see alembic-lint.toml",
            "# alembic-linter: ignore[AL301]",
            "#",
        ] {
            assert_eq!(read(comment), None, "{comment}");
        }
    }

    #[test]
    fn malformed_comments_say_why() {
        assert_eq!(
            problem("# alembic-lint: ignore"),
            Problem::NoRuleList {
                directive: "ignore"
            }
        );
        assert_eq!(
            problem("# alembic-lint: ignore-file AL003"),
            Problem::NoRuleList {
                directive: "ignore-file"
            }
        );
        assert_eq!(problem("# alembic-lint: ignore[]"), Problem::EmptyList);
        assert_eq!(problem("# alembic-lint: ignore[ , ]"), Problem::EmptyList);
        assert_eq!(problem("# alembic-lint: ignore[AL301"), Problem::Unclosed);
        assert_eq!(
            problem("# alembic-lint ignore[AL301]"),
            Problem::MissingColon
        );
        assert_eq!(
            problem("# alembic-lint: ignre[AL301]"),
            Problem::UnknownDirective {
                word: "ignre".to_owned(),
                suggestion: Some("ignore")
            }
        );
        assert_eq!(
            problem("# alembic-lint: ignore_file[AL301]"),
            Problem::UnknownDirective {
                word: "ignore_file".to_owned(),
                suggestion: Some("ignore-file")
            }
        );
        assert_eq!(
            problem("# alembic-lint: [AL301]"),
            Problem::UnknownDirective {
                word: String::new(),
                suggestion: None
            }
        );
        assert_eq!(
            problem("# alembic-lint: ignore[AL301] because  # it is fine"),
            Problem::TrailingText {
                text: "because".to_owned()
            }
        );
    }

    #[test]
    fn unknown_rules_get_the_nearest_suggestion_and_void_the_comment() {
        let Problem::UnknownRule { key, suggestion } =
            problem("# alembic-lint: ignore[AL301, drop-tabel]")
        else {
            panic!("expected an unknown rule");
        };
        assert_eq!(key, "drop-tabel");
        assert_eq!(suggestion.map(|r| r.name), Some("drop-table"));
        assert_eq!(
            problem("# alembic-lint: ignore[ALL]"),
            Problem::Blanket {
                key: "ALL".to_owned()
            }
        );
    }

    #[test]
    fn some_rules_cannot_be_suppressed_by_a_line() {
        for (comment, code) in [
            ("# alembic-lint: ignore[AL001]", "AL001"),
            ("# alembic-lint: ignore-file[internal-error]", "AL000"),
        ] {
            let Problem::NotSuppressible { rule } = problem(comment) else {
                panic!("{comment} should not be suppressible");
            };
            assert_eq!(rule.code, code);
        }
        let Problem::FileOnly { rule } = problem("# alembic-lint: ignore[unused-suppression]")
        else {
            panic!("unused-suppression is for a whole file only");
        };
        assert_eq!(rule.code, "AL901");
        assert_eq!(
            codes("# alembic-lint: ignore-file[AL901, AL902]"),
            (true, vec!["AL901", "AL902"])
        );
    }
}
