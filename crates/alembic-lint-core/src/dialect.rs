//! The databases a migration can target, as SQLAlchemy names their dialects.

use std::fmt;

/// A database dialect. Rules with PostgreSQL-only advice stay quiet for the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dialect {
    Postgresql,
    Mysql,
    Mariadb,
    Sqlite,
    Oracle,
    Mssql,
}

impl Dialect {
    pub const ALL: [Dialect; 6] = [
        Dialect::Postgresql,
        Dialect::Mysql,
        Dialect::Mariadb,
        Dialect::Sqlite,
        Dialect::Oracle,
        Dialect::Mssql,
    ];

    /// SQLAlchemy's name for the dialect.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Postgresql => "postgresql",
            Dialect::Mysql => "mysql",
            Dialect::Mariadb => "mariadb",
            Dialect::Sqlite => "sqlite",
            Dialect::Oracle => "oracle",
            Dialect::Mssql => "mssql",
        }
    }

    /// Reads a dialect name as code and URLs write it: `postgresql`, `postgres`,
    /// `postgresql+psycopg2`, `MySQL`; `None` for a database alembic-lint does not know.
    pub fn from_name(name: &str) -> Option<Dialect> {
        let base = name.split('+').next().unwrap_or(name).trim();
        let base = base.to_ascii_lowercase();
        match base.as_str() {
            "postgres" => Some(Dialect::Postgresql),
            other => Dialect::ALL.into_iter().find(|d| d.name() == other),
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The databases a branch of migration code runs on, from a test such as
/// `if op.get_bind().dialect.name == "postgresql":` (or its `else`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DialectBranch {
    /// The dialects compared against; names alembic-lint does not know are left out.
    pub dialects: Vec<Dialect>,
    /// The branch runs on every dialect except those listed.
    pub negated: bool,
}

impl DialectBranch {
    /// Whether code in this branch runs on `dialect`.
    pub fn runs_on(&self, dialect: Dialect) -> bool {
        self.dialects.contains(&dialect) != self.negated
    }

    /// The branch that runs when this one does not (the `else`).
    pub fn inverse(&self) -> DialectBranch {
        DialectBranch {
            dialects: self.dialects.clone(),
            negated: !self.negated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_urls_are_read() {
        assert_eq!(Dialect::from_name("postgres"), Some(Dialect::Postgresql));
        assert_eq!(
            Dialect::from_name("postgresql+psycopg2"),
            Some(Dialect::Postgresql)
        );
        assert_eq!(Dialect::from_name("MySQL"), Some(Dialect::Mysql));
        assert_eq!(Dialect::from_name("cockroachdb"), None);
    }

    #[test]
    fn branches_run_where_their_test_says() {
        let pg = DialectBranch {
            dialects: vec![Dialect::Postgresql],
            negated: false,
        };
        assert!(pg.runs_on(Dialect::Postgresql));
        assert!(!pg.runs_on(Dialect::Sqlite));
        assert!(!pg.inverse().runs_on(Dialect::Postgresql));
        assert!(pg.inverse().runs_on(Dialect::Mysql));
        let unknown = DialectBranch {
            dialects: Vec::new(),
            negated: false,
        };
        assert!(!unknown.runs_on(Dialect::Postgresql));
    }
}
