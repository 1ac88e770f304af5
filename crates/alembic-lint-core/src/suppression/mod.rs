//! Suppression comments: `# alembic-lint: ignore[AL301]` at the end of a statement (any line of
//! it) or on its own line directly above it, and `# alembic-lint: ignore-file[AL003]` anywhere.
//! Read once per file from its comments and statement ranges while the syntax tree is alive,
//! kept as plain data, and applied by the engine to every diagnostic of the file, file and graph
//! rules alike, once all rules have run.

mod apply;
mod comment;

pub(crate) use apply::apply;
pub(crate) use comment::Problem;

use comment::Ignore;

use crate::model::Span;
use crate::python::Comment;

/// The suppression comments of one file.
#[derive(Clone, Debug, Default)]
pub(crate) struct Suppressions {
    /// The file's display path.
    pub path: String,
    pub revision: Option<String>,
    /// Codes of the rules that ran on the file: a suppression of any other rule is not judged
    /// unused (it may be deselected, or PostgreSQL-only in a MySQL project).
    pub ran: Vec<&'static str>,
    directives: Vec<Directive>,
}

/// One suppression comment and what it says.
#[derive(Clone, Debug)]
struct Directive {
    /// The comment's byte range, where AL901 and AL902 point.
    span: Span,
    reading: Result<Suppression, Problem>,
}

/// A well-formed suppression and where it applies.
#[derive(Clone, Debug)]
struct Suppression {
    ignore: Ignore,
    scope: Scope,
}

/// Where a suppression applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    File,
    /// The statement whose range holds the diagnostic's start.
    Statement(Span),
    /// An own-line comment with no statement directly below it.
    Nothing,
}

impl Suppressions {
    /// Reads the suppression comments among `comments`; `statements` are the file's logical
    /// lines in source order.
    pub(crate) fn read(path: &str, text: &str, comments: &[Comment], statements: &[Span]) -> Self {
        let directives = comments
            .iter()
            .filter_map(|c| {
                let reading = comment::read(&c.text)?.map(|ignore| {
                    let scope = if ignore.file {
                        Scope::File
                    } else {
                        statement_of(text, c.span, statements)
                    };
                    Suppression { ignore, scope }
                });
                Some(Directive {
                    span: c.span,
                    reading,
                })
            })
            .collect();
        Suppressions {
            path: path.to_owned(),
            directives,
            ..Suppressions::default()
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.directives.is_empty()
    }
}

/// The statement a line suppression covers: the one it is part of (a trailing comment on any of
/// its lines), else the next one when only other comments stand between them.
fn statement_of(text: &str, comment: Span, statements: &[Span]) -> Scope {
    let next = statements.partition_point(|s| s.end <= comment.start);
    match statements.get(next) {
        Some(&s) if s.start <= comment.start => Scope::Statement(s),
        Some(&s) if directly_above(text, comment.end, s.start) => Scope::Statement(s),
        _ => Scope::Nothing,
    }
}

/// Whether the text from the end of an own-line comment to the start of a statement holds only
/// line breaks between comment lines: a blank line (or code) ends the comment's reach.
fn directly_above(text: &str, from: usize, to: usize) -> bool {
    let Some(between) = text.get(from..to) else {
        return false;
    };
    let mut lines = between.split('\n');
    // The rest of the comment's own line, and the statement's indentation.
    lines.next();
    lines.next_back();
    lines.all(|line| line.trim_start().starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::python;

    /// The text of the statement each suppression comment covers (`""` for none).
    fn covered(source: &str) -> Vec<&str> {
        let tree = python::parse(source).expect("parses");
        let read = Suppressions::read("a.py", source, tree.comments(), tree.statements());
        read.directives
            .iter()
            .map(|d| match d.reading.as_ref().map(|s| s.scope) {
                Ok(Scope::Statement(s)) => source[s.range()].trim_end(),
                Ok(Scope::File) => "<file>",
                Ok(Scope::Nothing) | Err(_) => "",
            })
            .collect()
    }

    #[test]
    fn a_trailing_comment_covers_the_whole_statement_it_is_on() {
        let source = concat!(
            "op.drop_table(  # alembic-lint: ignore[AL302]\n",
            "    \"a\",\n",
            ")\n",
            "op.drop_table(\n",
            "    \"b\",  # alembic-lint: ignore[AL302]\n",
            ")  # alembic-lint: ignore[AL302]\n",
        );
        assert_eq!(
            covered(source),
            [
                "op.drop_table(  # alembic-lint: ignore[AL302]\n    \"a\",\n)",
                "op.drop_table(\n    \"b\",  # alembic-lint: ignore[AL302]\n)  # alembic-lint: ignore[AL302]",
                "op.drop_table(\n    \"b\",  # alembic-lint: ignore[AL302]\n)  # alembic-lint: ignore[AL302]",
            ]
        );
    }

    #[test]
    fn an_own_line_comment_covers_the_statement_directly_below() {
        let source = concat!(
            "def upgrade():\n",
            "    # alembic-lint: ignore[AL302] -- unused since 2023\n",
            "    # the table was replaced by `events`\n",
            "    op.drop_table(\"a\")\n",
            "    # alembic-lint: ignore[AL302]\n",
            "\n",
            "    op.drop_table(\"b\")\n",
            "    # alembic-lint: ignore[AL301]\n",
            "    with op.batch_alter_table(\"t\") as batch_op:\n",
            "        batch_op.drop_column(\"c\")\n",
            "# alembic-lint: ignore-file[AL003]\n",
            "# alembic-lint: ignore[AL302]\n",
        );
        assert_eq!(
            covered(source),
            [
                "op.drop_table(\"a\")",
                "",
                "with op.batch_alter_table(\"t\") as batch_op:",
                "<file>",
                "",
            ]
        );
    }

    #[test]
    fn crlf_files_place_comments_alike() {
        let source = "# alembic-lint: ignore[AL302]\r\n# note\r\nop.drop_table(\"a\")\r\nx = 1  # alembic-lint: ignore[AL302]\r\n";
        assert_eq!(
            covered(source),
            [
                "op.drop_table(\"a\")",
                "x = 1  # alembic-lint: ignore[AL302]"
            ]
        );
    }

    #[test]
    fn a_hash_in_a_string_is_no_suppression() {
        let source = "op.execute(\"DROP TABLE a  # alembic-lint: ignore[AL302]\")\n";
        assert!(covered(source).is_empty());
    }
}
