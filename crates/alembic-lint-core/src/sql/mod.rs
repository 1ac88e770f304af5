//! Raw SQL from `op.execute` and friends: split into statements, parsed, mapped onto [`OpKind`].

use crate::model::{OpKind, SqlReading};
use std::ops::Range;

/// Stands in for each run-time value of dynamic SQL (f-strings, `%`, `.format`).
pub(crate) const DYNAMIC_PLACEHOLDER: &str = "__dynamic__";

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

/// Splits `text` into statements and reads each one.
pub(crate) fn read_sql(text: &str) -> Vec<SqlStatement> {
    let _ = text;
    Vec::new()
}
