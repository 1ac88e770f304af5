//! alembic-lint's library: discovery, parsing, the migration model, rules and the revision graph.
//! It never prints and never exits; the `alembic-lint` binary does that.

pub mod check;
pub mod diagnostic;
pub mod discover;
pub mod graph;
pub mod lines;
pub mod model;
mod python;
pub mod rules;
mod sql;

pub use check::{check_file, FileReport};
pub use diagnostic::{Diagnostic, Finding, Label, Severity};
pub use discover::{discover, read_migration, Discovery, ScriptDir};
pub use rules::{Rule, Selection, RULES};
