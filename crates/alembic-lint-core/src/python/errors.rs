//! The parser's syntax errors, said for someone who writes Python rather than parsers.

use super::{lowercase_first, SyntaxError};
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};

/// One parser error as an `AL001` finding: a position inside the file and a message with no
/// token names and no raw control characters.
pub(super) fn syntax_error(text: &str, err: &ParseError) -> SyntaxError {
    SyntaxError {
        offset: char_boundary(text, err.location.start().to_usize()),
        message: escape_controls(&lowercase_first(&message(&err.error))),
    }
}

fn message(error: &ParseErrorType) -> String {
    match error {
        ParseErrorType::ExpectedToken { expected, found } => {
            format!(
                "expected {}, found {}",
                token_name(*expected),
                token_name(*found)
            )
        }
        ParseErrorType::UnexpectedTokenAfterAsync(found) => format!(
            "expected `def`, `with` or `for` after `async`, found {}",
            token_name(*found)
        ),
        ParseErrorType::UnexpectedIpythonEscapeCommand => {
            "IPython escape commands (`%`, `!`, `?`) are not Python".to_owned()
        }
        ParseErrorType::Lexical(lexical) => lexical_message(lexical),
        other => other.to_string(),
    }
}

fn lexical_message(error: &LexicalErrorType) -> String {
    match error {
        LexicalErrorType::UnrecognizedToken { tok } => format!("unexpected character `{tok}`"),
        LexicalErrorType::StringError => "invalid string literal".to_owned(),
        LexicalErrorType::UnicodeError => "invalid Unicode escape in a string".to_owned(),
        LexicalErrorType::Eof => "unexpected end of file".to_owned(),
        other => other.to_string(),
    }
}

/// What a token is called in a message.
fn token_name(kind: TokenKind) -> String {
    match kind {
        TokenKind::Newline | TokenKind::NonLogicalNewline => "end of line".to_owned(),
        TokenKind::Indent => "an indented block".to_owned(),
        TokenKind::Dedent => "the end of an indented block".to_owned(),
        TokenKind::EndOfFile => "end of file".to_owned(),
        TokenKind::Name => "a name".to_owned(),
        TokenKind::Int | TokenKind::Float | TokenKind::Complex => "a number".to_owned(),
        TokenKind::String => "a string".to_owned(),
        TokenKind::FStringStart | TokenKind::TStringStart => "the start of an f-string".to_owned(),
        TokenKind::FStringMiddle | TokenKind::TStringMiddle => "text of an f-string".to_owned(),
        TokenKind::FStringEnd | TokenKind::TStringEnd => "the end of an f-string".to_owned(),
        TokenKind::Comment => "a comment".to_owned(),
        TokenKind::IpyEscapeCommand | TokenKind::Unknown => "an unexpected character".to_owned(),
        // Operators, brackets and keywords are shown as written: "`:`", "`def`".
        other => other.to_string(),
    }
}

/// Control characters are shown as `U+0000`, and a character outside the ASCII range that is
/// invisible or confusable (such as a zero-width space) too; everything else is kept.
pub(super) fn escape_controls(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        if c.is_control()
            || matches!(
                c,
                '\u{200b}'..='\u{200f}' | '\u{2028}' | '\u{2029}' | '\u{feff}'
            )
        {
            out.push_str(&format!("U+{:04X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// `offset` moved into the text and back onto the start of a character.
fn char_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    fn error(source: &str) -> (usize, String) {
        let err = parse(source).err().expect("a syntax error");
        (err.offset, err.message)
    }

    #[test]
    fn a_nul_byte_is_named_not_printed_and_the_position_is_in_the_file() {
        let (offset, message) = error("\0");
        assert_eq!(offset, 0);
        assert!(!message.chars().any(char::is_control), "{message:?}");
        assert!(message.contains("U+0000"), "{message}");
    }

    #[test]
    fn messages_name_no_parser_tokens() {
        for source in [
            "def downgrade()\n    pass\n",
            "x = (1,\n",
            "x = f'{1'\n",
            "if x:\npass\n",
            "x = 1\n  y = 2\n",
            "async x = 1\n",
            "x = 'abc\n",
            "x = $\n",
            "op.execute(f\"{x!z}\")\n",
        ] {
            let (offset, message) = error(source);
            assert!(offset <= source.len());
            for internal in [
                "NonLogicalNewline",
                "FString",
                "TString",
                "Unknown",
                "Mode::",
                "Got unexpected",
                "dedent",
            ] {
                assert!(!message.contains(internal), "{source:?}: {message}");
            }
            assert!(
                message.starts_with(|c: char| !c.is_uppercase()),
                "{source:?}: {message}"
            );
        }
    }

    #[test]
    fn the_first_error_is_reported_at_its_position() {
        let source = "def upgrade()\n    op.drop_table('a')\n\nx = (\n";
        let (offset, message) = error(source);
        assert_eq!(offset, "def upgrade()".len());
        assert_eq!(message, "expected `:`, found end of line");
    }
}
