//! Where each statement of a file lies, read from the parser's tokens while they are alive, so
//! that a suppression comment can be tied to the statement it ends or stands above.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_text_size::Ranged;

use crate::model::Span;

/// The byte range of every logical line, in source order: a simple statement (however many
/// physical lines it spans, its trailing comment included) or the header of a compound
/// statement (`def upgrade():`, `with op.batch_alter_table("t") as batch_op:`), whose body
/// statements are logical lines of their own. Own-line comments and blank lines belong to none.
pub(super) fn statement_spans(tokens: &[Token]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = None;
    let mut end = 0;
    for token in tokens {
        match token.kind() {
            // The logical line ends here; the range includes the line break.
            TokenKind::Newline => {
                if let Some(at) = start.take() {
                    spans.push(Span::new(at, token.end().to_usize()));
                }
            }
            TokenKind::Comment
            | TokenKind::NonLogicalNewline
            | TokenKind::Indent
            | TokenKind::Dedent
            | TokenKind::EndOfFile => {}
            _ => {
                start.get_or_insert(token.start().to_usize());
                end = token.end().to_usize();
            }
        }
    }
    // A last line without a line break.
    if let Some(at) = start {
        spans.push(Span::new(at, end));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    fn statements(source: &str) -> Vec<&str> {
        let tree = parse(source).expect("parses");
        tree.statements()
            .iter()
            .map(|s| source[s.range()].trim_end())
            .collect()
    }

    #[test]
    fn a_statement_over_several_lines_is_one_with_its_comments() {
        let source = concat!(
            "# header\n",
            "op.create_index(  # first\n",
            "    # inside\n",
            "    \"ix\", \"t\", [\"a\"],\n",
            ")  # last\n",
            "\n",
            "x = 1; y = 2\n",
        );
        assert_eq!(
            statements(source),
            [
                "op.create_index(  # first\n    # inside\n    \"ix\", \"t\", [\"a\"],\n)  # last",
                "x = 1; y = 2",
            ]
        );
    }

    #[test]
    fn compound_statements_give_their_header_and_each_body_statement() {
        let source = concat!(
            "def upgrade():  # on the header\n",
            "    # above the block\n",
            "    with op.batch_alter_table(\n",
            "        \"t\"\n",
            "    ) as batch_op:\n",
            "        batch_op.drop_column(\"a\")\n",
            "    if x: pass\n",
        );
        assert_eq!(
            statements(source),
            [
                "def upgrade():  # on the header",
                "with op.batch_alter_table(\n        \"t\"\n    ) as batch_op:",
                "batch_op.drop_column(\"a\")",
                "if x: pass",
            ]
        );
    }

    #[test]
    fn crlf_and_a_missing_final_line_break() {
        let source = "a = 1\r\nb = (\r\n  2)\r\nc = 3";
        assert_eq!(statements(source), ["a = 1", "b = (\r\n  2)", "c = 3"]);
    }
}
