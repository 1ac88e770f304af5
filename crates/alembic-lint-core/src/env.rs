//! What a script directory's `env.py` does to every migration it runs, read once per directory
//! from its source, never run: whether it sets `lock_timeout` on the connection.

use std::path::Path;

use crate::model::OpKind;
use crate::sql::read_sql;

/// Whether the migrations of a script directory run with a `lock_timeout` set by `env.py`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EnvLockTimeout {
    /// `env.py` sets it: `SET lock_timeout` executed on the connection, or `-c lock_timeout=...`
    /// in the connection's `options`.
    Sets,
    /// `env.py` was read and sets none.
    NotSet,
    /// There is no `env.py` beside the migrations, it cannot be read or does not parse, or the
    /// files were checked without their directory.
    #[default]
    Unknown,
}

/// What the script directory's `env.py` is read for, once per directory.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EnvFacts {
    pub lock_timeout: EnvLockTimeout,
}

impl EnvFacts {
    /// Reads `env.py` in the script directory `dir`.
    pub fn read(dir: &Path) -> EnvFacts {
        match std::fs::read(dir.join("env.py")) {
            Ok(bytes) => EnvFacts::from_source(&bytes),
            Err(_) => EnvFacts::default(),
        }
    }

    /// Reads the text of an `env.py`.
    pub fn from_source(bytes: &[u8]) -> EnvFacts {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let strings = std::str::from_utf8(bytes)
            .ok()
            .and_then(crate::python::module_strings);
        let lock_timeout = match strings {
            None => EnvLockTimeout::Unknown,
            Some(strings) if strings.iter().any(|s| sets_lock_timeout(s)) => EnvLockTimeout::Sets,
            Some(_) => EnvLockTimeout::NotSet,
        };
        EnvFacts { lock_timeout }
    }
}

/// Whether `text` sets a `lock_timeout` other than zero: SQL `SET [LOCAL | SESSION]
/// lock_timeout ...`, `set_config('lock_timeout', ...)`, or libpq's `options` (`-c
/// lock_timeout=5s`, `--lock_timeout=5s`).
pub(crate) fn sets_lock_timeout(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if !lower.contains("lock_timeout") {
        return false;
    }
    let by_sql = read_sql(text).iter().any(|statement| {
        matches!(&statement.kind, OpKind::SetTimeout { setting } if setting == "lock_timeout")
            && value_after(&statement.text.to_ascii_lowercase(), "lock_timeout")
                .is_some_and(|v| !disables(v))
    });
    by_sql
        || lower.match_indices("lock_timeout").any(|(at, word)| {
            let before = lower[..at].trim_end();
            let option = before.ends_with("-c") || before.ends_with("--");
            let set_config = before.ends_with("set_config('") || before.ends_with("set_config(\"");
            let value = value_after(&lower[at..], word);
            (option || set_config) && value.is_some_and(|v| !disables(v))
        })
}

/// The value given after `name`: past `=`, `TO`, or the `,` of `set_config`, unquoted.
fn value_after<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let at = text.find(name)? + name.len();
    let rest = text[at..].trim_start_matches(['\'', '"']).trim_start();
    let rest = rest
        .strip_prefix('=')
        .or_else(|| rest.strip_prefix(','))
        .or_else(|| rest.strip_prefix("to "))?
        .trim_start()
        .trim_start_matches(['\'', '"']);
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '\'' | '"' | ';' | ',' | ')'))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// `0` (and `'0s'`, `DEFAULT`) leaves lock waits unbounded.
fn disables(value: &str) -> bool {
    value == "default"
        || value
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .chars()
            .all(|c| c == '0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_timeout_settings_are_read_from_text() {
        for text in [
            "SET lock_timeout = '5s'",
            "set local lock_timeout to 2000",
            "SET SESSION lock_timeout TO '1min'; SET statement_timeout = '10min'",
            "-c lock_timeout=5000",
            "-c statement_timeout=60000 -c lock_timeout=4s",
            "--lock_timeout=3s",
            "SELECT set_config('lock_timeout', '5s', false)",
        ] {
            assert!(sets_lock_timeout(text), "{text}");
        }
        for text in [
            "SET lock_timeout = 0",
            "SET lock_timeout TO DEFAULT",
            "-c lock_timeout=0",
            "SET statement_timeout = '5s'",
            "configure the lock_timeout in production",
            "lock_timeout",
        ] {
            assert!(!sets_lock_timeout(text), "{text}");
        }
    }

    #[test]
    fn env_py_is_read_without_running_it() {
        let sets = |source: &str| EnvFacts::from_source(source.as_bytes()).lock_timeout;
        let psql_options = r#"
from sqlalchemy import engine_from_config, pool

def run_migrations_online():
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
        connect_args={"options": "-c lock_timeout=" + "5s"},
    )
"#;
        assert_eq!(sets(psql_options), EnvLockTimeout::Sets);
        let executed = r#"
LOCK_TIMEOUT = "4s"

def run_migrations_online():
    with connectable.connect() as connection:
        connection.execute(text(f"SET lock_timeout = '{LOCK_TIMEOUT}'"))
        context.configure(connection=connection, target_metadata=target_metadata, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
"#;
        assert_eq!(sets(executed), EnvLockTimeout::Sets);
        let plain = r#"
def run_migrations_online():
    with connectable.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
"#;
        assert_eq!(sets(plain), EnvLockTimeout::NotSet);
        assert_eq!(sets("def broken(:\n"), EnvLockTimeout::Unknown);
        assert_eq!(
            EnvFacts::read(Path::new("/nonexistent/alembic")).lock_timeout,
            EnvLockTimeout::Unknown
        );
    }
}
