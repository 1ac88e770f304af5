//! Raw SQL from `op.execute` and friends: split into statements, parsed, mapped onto [`OpKind`].
//!
//! Each statement is parsed with `sqlparser` (PostgreSQL dialect). PostgreSQL has plenty that
//! parser rejects (DO blocks, function bodies, REINDEX, `DROP INDEX CONCURRENTLY`...), so every
//! statement is also read by a tolerant keyword reading, used when the parser fails or loses
//! something rules need.

mod cursor;
mod keywords;
mod lex;
mod map;
mod names;
mod split;
#[cfg(test)]
mod tests;

use crate::model::{DataVerb, OpKind, SqlReading};
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
        let by_keywords = keywords::read(text, tokens);
        let (kinds, reading) = if is_row_change(&by_keywords) {
            // All the rules read of an UPDATE or DELETE is its table and whether it has a WHERE
            // clause; the keyword reading finds both, and parsing the expressions of a
            // thousand-row backfill would cost more than the rest of the file.
            (by_keywords, SqlReading::Keywords)
        } else {
            match map::parse(sql) {
                Some(parsed) if !prefer_keywords(&parsed, &by_keywords) => {
                    (parsed, SqlReading::Parsed)
                }
                _ => (by_keywords, SqlReading::Keywords),
            }
        };
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

fn is_row_change(kinds: &[OpKind]) -> bool {
    matches!(
        kinds,
        [OpKind::DataChange {
            verb: DataVerb::Update | DataVerb::Delete,
            table: Some(_),
            ..
        }]
    )
}

/// The parser read the statement but lost what the keyword reading saw: `CONCURRENTLY`, or
/// the statement's kind altogether.
fn prefer_keywords(parsed: &[OpKind], by_keywords: &[OpKind]) -> bool {
    let concurrently = |kinds: &[OpKind]| {
        kinds.iter().any(|kind| {
            matches!(
                kind,
                OpKind::CreateIndex {
                    concurrently: true,
                    ..
                } | OpKind::DropIndex {
                    concurrently: true,
                    ..
                } | OpKind::Reindex {
                    concurrently: true,
                    ..
                }
            )
        })
    };
    let specific = |kinds: &[OpKind]| kinds.iter().any(|kind| *kind != OpKind::OtherSql);
    (concurrently(by_keywords) && !concurrently(parsed))
        || (specific(by_keywords) && !specific(parsed))
}
