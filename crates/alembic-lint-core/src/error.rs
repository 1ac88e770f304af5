//! What keeps alembic-lint from doing part of its job. These are not findings about a migration:
//! the binary prints them on stderr (and in JSON output) and exits with code 2, after checking
//! everything else it could.

use std::path::Path;

/// A problem with the input or the setup, as data. Its `Display` is the one line users see.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A path given on the command line, a folder or a file that could not be read.
    #[error("cannot read `{path}`: {reason}")]
    Unreadable { path: String, reason: String },
    /// A path given on the command line holds no Alembic migrations.
    #[error("no Alembic migrations found in `{path}` (looked for alembic.ini, pyproject.toml [tool.alembic], and env.py beside a versions/ folder)")]
    NoMigrations { path: String },
    /// A file given on the command line that cannot be a migration.
    #[error("`{path}` is not a migration file: {reason}")]
    NotAMigration { path: String, reason: String },
    /// A configuration file alembic-lint reads (alembic.ini, pyproject.toml) is broken.
    #[error("{path}:{line}:{column}: {message}")]
    Config {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Something discovery left out, and why: a symlink loop, a configured folder that does
    /// not exist.
    #[error("{path}: {reason}")]
    Skipped { path: String, reason: String },
    /// A setting with a value alembic-lint cannot use (`--dialect oracel`).
    #[error("invalid value `{value}` for {setting}: {expected}")]
    InvalidSetting {
        setting: String,
        value: String,
        expected: String,
    },
    /// A rule selector that names no rule.
    #[error("unknown rule selector `{selector}`: expected a rule code (AL201), a code prefix (AL2), a rule name or ALL; `alembic-lint rules` lists them")]
    UnknownSelector { selector: String },
    /// `alembic-lint rule NAME` names no rule; `hint` is a suggestion ending in a space, or empty.
    #[error("unknown rule `{key}`: {hint}`alembic-lint rules` lists every rule")]
    UnknownRule { key: String, hint: String },
    /// The selection leaves no rule to run.
    #[error("no rule is selected: {detail}")]
    NothingSelected { detail: String },
}

impl Error {
    /// A file or folder that could not be read, with the I/O error as users read it.
    pub fn unreadable(path: &Path, err: &std::io::Error) -> Error {
        Error::Unreadable {
            path: path.display().to_string(),
            reason: io_message(err),
        }
    }

    /// The path the problem is about, when there is one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::Unreadable { path, .. }
            | Error::NoMigrations { path }
            | Error::NotAMigration { path, .. }
            | Error::Config { path, .. }
            | Error::Skipped { path, .. } => Some(path),
            Error::InvalidSetting { .. }
            | Error::UnknownSelector { .. }
            | Error::UnknownRule { .. }
            | Error::NothingSelected { .. } => None,
        }
    }
}

/// An I/O error as a message like every other: lowercase start, without Rust's
/// `(os error N)` suffix.
pub fn io_message(err: &std::io::Error) -> String {
    let text = err.to_string();
    let text = text.split(" (os error").next().unwrap_or_default();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_messages_read_like_the_others() {
        let err = std::io::Error::from_raw_os_error(2);
        assert_eq!(io_message(&err), "no such file or directory");
    }
}
