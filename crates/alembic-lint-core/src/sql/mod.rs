//! Raw SQL from `op.execute` and friends: split into statements, each read once, mapped onto
//! [`OpKind`].
//!
//! One reader: a tolerant tokenizer (`lex`), a splitter on `;` (`split`) and a reading of each
//! statement from its keywords (`keywords`, over a `cursor`). It never fails and never recurses
//! on its input: DO blocks, function bodies, dynamic SQL with placeholders and truncated text
//! all get a reading, and unknown statements are [`OpKind::OtherSql`]. Why no general SQL
//! parser: see "Reading SQL" in `docs/architecture.md`.

mod cursor;
mod keywords;
mod lex;
mod names;
mod split;
#[cfg(test)]
mod tests;

use crate::model::{OpKind, SqlReading};
use std::ops::Range;

/// Stands in for each run-time value of dynamic SQL (f-strings, `%`, `.format`).
pub(crate) const DYNAMIC_PLACEHOLDER: &str = "__dynamic__";

/// Each kind a statement gives carries a copy of its text, so a generated statement with
/// thousands of actions would cost quadratic memory; no hand-written migration comes close.
const MAX_KINDS_PER_STATEMENT: usize = 1000;

/// One statement read from a SQL string.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct SqlStatement {
    pub kind: OpKind,
    /// The statement's text, trimmed.
    pub text: String,
    pub reading: SqlReading,
    /// Where the statement sits in the input text.
    pub range: Range<usize>,
}

/// Splits `text` into statements and reads each one. Every statement gives at least one
/// [`SqlStatement`]; one that does several things (`ALTER TABLE t ADD ..., DROP ...`,
/// `DROP TABLE a, b`) gives one per thing, all with the statement's range.
pub(crate) fn read_sql(text: &str) -> Vec<SqlStatement> {
    let tokens = lex::tokenize(text);
    let mut statements = Vec::new();
    for token_range in split::split_statements(&tokens) {
        let tokens = &tokens[token_range];
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
            continue;
        };
        let range = first.start..last.end;
        let Some(sql) = text.get(range.clone()) else {
            continue;
        };
        let (kinds, reading) = keywords::read(text, tokens);
        statements.extend(kinds.into_iter().take(MAX_KINDS_PER_STATEMENT).map(|kind| {
            SqlStatement {
                kind,
                text: sql.to_owned(),
                reading,
                range: range.clone(),
            }
        }));
    }
    statements
}
