//! alembic-lint's library: discovery, parsing, the migration model, rules and the revision graph.
//! It never prints and never exits; the `alembic-lint` binary does that.

pub mod check;
pub mod diagnostic;
pub mod dialect;
pub mod discover;
mod docstring;
pub mod error;
pub mod graph;
pub mod lines;
pub mod model;
mod python;
pub mod rules;
mod sql;

pub use check::{check_file, FileReport, StageTimes, INTERNAL_ERROR};
pub use diagnostic::{Diagnostic, Finding, Label, Severity};
pub use discover::{discover, read_migration, Discovery, ScriptDir};
pub use rules::{Rule, Selection, RULES};

/// The reading `op.execute` strings get: each statement's kind and its byte range in `text`.
/// Public for the fuzz target, not part of the library's interface.
#[doc(hidden)]
pub fn read_sql_statements(text: &str) -> Vec<(model::OpKind, std::ops::Range<usize>)> {
    sql::read_sql(text)
        .into_iter()
        .map(|statement| (statement.kind, statement.range))
        .collect()
}
