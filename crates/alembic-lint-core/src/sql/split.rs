//! Splitting a SQL string into statements on `;`.

use super::lex::{Token, TokenKind};
use std::ops::Range;

/// The token ranges of the statements in `tokens`, split on `;`. Quoted text and comments are
/// already single tokens or gone, so a `;` inside them never splits; empty and comment-only
/// statements have no tokens and are left out.
pub(super) fn split_statements(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut statements = Vec::new();
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        if token.kind == TokenKind::Punct(b';') {
            if start < i {
                statements.push(start..i);
            }
            start = i + 1;
        }
    }
    if start < tokens.len() {
        statements.push(start..tokens.len());
    }
    statements
}

#[cfg(test)]
mod tests {
    use super::super::lex::tokenize;
    use super::*;

    /// The trimmed text of each statement.
    fn split(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        split_statements(&tokens)
            .into_iter()
            .map(|r| &text[tokens[r.start].start..tokens[r.end - 1].end])
            .collect()
    }

    #[test]
    fn splits_on_semicolons_and_trims() {
        assert_eq!(
            split("  SET lock_timeout = '5s';\n\n  ALTER TABLE users DROP COLUMN age ;  "),
            [
                "SET lock_timeout = '5s'",
                "ALTER TABLE users DROP COLUMN age"
            ]
        );
    }

    #[test]
    fn skips_empty_and_comment_only_statements() {
        assert_eq!(
            split(";; -- nothing here\n; /* nor here */ ;\nDELETE FROM jobs;\n-- trailing note\n"),
            ["DELETE FROM jobs"]
        );
        assert!(split("").is_empty());
        assert!(split("  \n\t ").is_empty());
        assert!(split("-- only a comment").is_empty());
    }

    #[test]
    fn leading_and_trailing_comments_are_outside_the_statement() {
        assert_eq!(
            split("-- backfill first\nUPDATE users SET active = true /* all */ -- done\n;"),
            ["UPDATE users SET active = true"]
        );
    }

    #[test]
    fn semicolons_in_single_quoted_strings() {
        assert_eq!(
            split("INSERT INTO notes (body) VALUES ('a; b', 'it''s; fine'); SELECT 1"),
            [
                "INSERT INTO notes (body) VALUES ('a; b', 'it''s; fine')",
                "SELECT 1"
            ]
        );
    }

    #[test]
    fn semicolons_in_escape_strings() {
        assert_eq!(
            split(r"UPDATE t SET s = E'it\'s; ok'; SELECT 2"),
            [r"UPDATE t SET s = E'it\'s; ok'", "SELECT 2"]
        );
    }

    #[test]
    fn semicolons_in_quoted_identifiers() {
        assert_eq!(
            split(r#"ALTER TABLE "odd;name" ADD COLUMN "a""b;" int; SELECT 3"#),
            [
                r#"ALTER TABLE "odd;name" ADD COLUMN "a""b;" int"#,
                "SELECT 3"
            ]
        );
    }

    #[test]
    fn semicolons_in_dollar_quoted_bodies() {
        let sql = "DO $$\nBEGIN\n  UPDATE a SET b = 1;\n  DELETE FROM c;\nEND\n$$;\n\
                   CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN NEW.x := 1; RETURN NEW; END $body$ LANGUAGE plpgsql;\n\
                   SELECT 4";
        let statements = split(sql);
        assert_eq!(statements.len(), 3);
        assert!(statements[0].starts_with("DO $$") && statements[0].ends_with("$$"));
        assert!(statements[1].ends_with("LANGUAGE plpgsql"));
        assert_eq!(statements[2], "SELECT 4");
    }

    #[test]
    fn nested_dollar_tags_do_not_close_each_other() {
        let sql = "CREATE FUNCTION g() RETURNS void AS $fn$ BEGIN EXECUTE $q$SELECT 1; SELECT 2$q$; END $fn$ LANGUAGE plpgsql; SELECT 5";
        assert_eq!(split(sql).len(), 2);
    }

    #[test]
    fn positional_parameters_are_not_dollar_quotes() {
        assert_eq!(
            split("UPDATE t SET a = $1; UPDATE t SET b = $2"),
            ["UPDATE t SET a = $1", "UPDATE t SET b = $2"]
        );
    }

    #[test]
    fn dollar_inside_identifiers_is_not_a_quote() {
        assert_eq!(
            split("SELECT a$b$ FROM t; SELECT 6"),
            ["SELECT a$b$ FROM t", "SELECT 6"]
        );
    }

    #[test]
    fn semicolons_in_comments() {
        assert_eq!(
            split("SELECT 1 -- not; a split\n; /* nor; /* nested; */ this; */ SELECT 2"),
            ["SELECT 1", "SELECT 2"]
        );
    }

    #[test]
    fn unterminated_quotes_and_comments_run_to_the_end() {
        assert_eq!(split("SELECT 'abc; SELECT 2"), ["SELECT 'abc; SELECT 2"]);
        assert_eq!(split("SELECT \"abc; SELECT 2"), ["SELECT \"abc; SELECT 2"]);
        assert_eq!(
            split("SELECT $x$abc; SELECT 2"),
            ["SELECT $x$abc; SELECT 2"]
        );
        assert_eq!(split("SELECT 1 /* abc; SELECT 2"), ["SELECT 1"]);
    }

    #[test]
    fn non_ascii_text_keeps_char_boundaries() {
        assert_eq!(
            split("UPDATE café SET naïve = 'ü;ß'; SELECT '日本'"),
            ["UPDATE café SET naïve = 'ü;ß'", "SELECT '日本'"]
        );
    }
}
