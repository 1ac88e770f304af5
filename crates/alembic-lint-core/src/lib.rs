//! alembic-lint's library: discovery, parsing, the migration model, rules and the revision graph.
//! It never prints and never exits; the `alembic-lint` binary does that.

pub mod changes;
mod check;
pub mod config;
pub mod diagnostic;
pub mod dialect;
pub mod discover;
mod docstring;
pub mod engine;
pub mod env;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod graph;
mod history;
pub mod lines;
pub mod locks;
pub mod model;
pub mod path_globs;
pub mod plan;
mod python;
pub mod rules;
pub mod settings;
mod sql;
mod start_after;
mod suppression;

pub use check::{panic_message, FileReport, StageTimes};
pub use diagnostic::{Diagnostic, Finding, Label, Severity};
pub use engine::{check, check_groups, check_sources, Report, ScriptDirReport, Sources, Summary};
pub use error::Error;
pub use rules::{Rule, Selection, INTERNAL_ERROR, RULES};
pub use settings::Settings;

/// The reading `op.execute` strings get: each statement's kind and its byte range in `text`.
/// Public for the fuzz target, not part of the library's interface.
#[doc(hidden)]
pub fn read_sql_statements(text: &str) -> Vec<(model::OpKind, std::ops::Range<usize>)> {
    sql::read_sql(text)
        .into_iter()
        .map(|statement| (statement.kind, statement.range))
        .collect()
}
