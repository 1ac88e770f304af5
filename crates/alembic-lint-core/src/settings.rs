//! What a check is asked to do: which rules run, for which database, under which policy. The
//! command line and the configuration file (`config`) fill it.

use std::str::FromStr;

use crate::changes::ChangeSet;
use crate::dialect::Dialect;
use crate::error::Error;
use crate::path_globs::PathGlobs;
use crate::rules::Selection;

/// Every setting of a check.
#[derive(Clone, Debug)]
pub struct Settings {
    pub selection: Selection,
    pub dialect: DialectSetting,
    /// The PostgreSQL major version the migrations run on: lock and rewrite facts differ by
    /// version (a constant default rewrites the table before 11, for one).
    pub target_version: u32,
    pub downgrade: DowngradePolicy,
    /// Only what changed since the base of a diff gets the file rules (`--diff`, `--staged`);
    /// `None` checks every file.
    pub changes: Option<ChangeSet>,
    /// File rules stay quiet on this revision and its ancestors (history already applied);
    /// graph rules still see the whole graph.
    pub start_after: Option<String>,
    /// Files that are not checked at all.
    pub exclude: Option<PathGlobs>,
    /// Rules turned off for the files some globs match.
    pub per_file_ignores: Vec<PerFileIgnore>,
}

/// One `per-file-ignores` entry.
#[derive(Clone, Debug)]
pub struct PerFileIgnore {
    /// One glob.
    pub globs: PathGlobs,
    /// The rules as written: codes, prefixes, names.
    pub selectors: Vec<String>,
    /// The codes of the rules it turns off.
    pub codes: Vec<&'static str>,
}

impl Settings {
    /// Whether `per-file-ignores` turns rule `code` off for the file at `path`.
    pub(crate) fn ignores_in_file(&self, path: &str, code: &str) -> bool {
        self.per_file_ignores
            .iter()
            .any(|entry| entry.codes.contains(&code) && entry.globs.matches(path.as_ref()))
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            selection: Selection::default(),
            dialect: DialectSetting::Auto,
            target_version: DEFAULT_TARGET_VERSION,
            downgrade: DowngradePolicy::Required,
            changes: None,
            start_after: None,
            exclude: None,
            per_file_ignores: Vec::new(),
        }
    }
}

/// The PostgreSQL major version assumed when none is set.
pub const DEFAULT_TARGET_VERSION: u32 = 14;

/// The database the migrations run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialectSetting {
    /// Read it from the project: per-database `versions/` folders, then `sqlalchemy.url` in
    /// `alembic.ini`; unknown means it may be PostgreSQL.
    Auto,
    /// The same database for every script directory, except per-database `versions/` folders,
    /// which say which database they are for.
    Fixed(Dialect),
}

impl FromStr for DialectSetting {
    type Err = Error;

    fn from_str(value: &str) -> Result<Self, Error> {
        if value.eq_ignore_ascii_case("auto") {
            return Ok(DialectSetting::Auto);
        }
        match Dialect::from_name(value) {
            Some(dialect) if !value.contains('+') => Ok(DialectSetting::Fixed(dialect)),
            _ => Err(Error::InvalidSetting {
                setting: "dialect".to_owned(),
                value: value.to_owned(),
                expected: format!(
                    "expected auto or one of {}",
                    Dialect::ALL.map(Dialect::name).join(", ")
                ),
            }),
        }
    }
}

/// Reads a PostgreSQL major version: `14`, or `9.6` for the releases before 10.
pub fn parse_target_version(value: &str) -> Result<u32, Error> {
    let major = value.trim().split('.').next().unwrap_or_default();
    match major.parse::<u32>() {
        Ok(v) if (9..=99).contains(&v) => Ok(v),
        _ => Err(Error::InvalidSetting {
            setting: "target-version".to_owned(),
            value: value.to_owned(),
            expected: "expected a PostgreSQL major version such as 14".to_owned(),
        }),
    }
}

/// What the project expects of `downgrade()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DowngradePolicy {
    /// Every migration can be rolled back: `downgrade()` exists and undoes `upgrade()`.
    Required,
    /// Downgrades are not written (the project rolls forward or restores from backup).
    Optional,
    /// Migrations must not define `downgrade()`.
    Forbidden,
}

impl FromStr for DowngradePolicy {
    type Err = Error;

    fn from_str(value: &str) -> Result<Self, Error> {
        match value.to_ascii_lowercase().as_str() {
            "required" => Ok(DowngradePolicy::Required),
            "optional" => Ok(DowngradePolicy::Optional),
            "forbidden" => Ok(DowngradePolicy::Forbidden),
            _ => Err(Error::InvalidSetting {
                setting: "downgrade".to_owned(),
                value: value.to_owned(),
                expected: "expected required, optional or forbidden".to_owned(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_say_what_was_expected() {
        let err = "oracel"
            .parse::<DialectSetting>()
            .expect_err("`oracel` is no dialect");
        assert_eq!(
            err.to_string(),
            "invalid value `oracel` for dialect: expected auto or one of postgresql, mysql, mariadb, sqlite, oracle, mssql"
        );
        assert_eq!(
            "postgres".parse::<DialectSetting>().ok(),
            Some(DialectSetting::Fixed(Dialect::Postgresql))
        );
        assert_eq!(parse_target_version("9.6").ok(), Some(9));
        assert_eq!(parse_target_version("16").ok(), Some(16));
        assert!(parse_target_version("fourteen").is_err());
        assert!(parse_target_version("8").is_err());
        assert!("sometimes".parse::<DowngradePolicy>().is_err());
    }
}
