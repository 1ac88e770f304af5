//! Merging the command line over a configuration file: `--select` replaces the file's
//! `select`; `--ignore` and `--extend-select` add to the file's lists; `--dialect`,
//! `--target-version`, `--downgrade` and `--start-after` replace the file's value.

use crate::error::Error;
use crate::rules::Selection;
use crate::settings::{self, Settings, DEFAULT_TARGET_VERSION};

use super::file::Sourced;
use super::ConfigFile;

/// The settings given on the command line; empty or `None` when not given.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub select: Vec<String>,
    pub extend_select: Vec<String>,
    pub ignore: Vec<String>,
    pub dialect: Option<String>,
    pub target_version: Option<String>,
    pub downgrade: Option<String>,
    pub start_after: Option<String>,
}

/// Where a value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The configuration file, at the line of its key.
    File {
        path: String,
        line: usize,
    },
    CommandLine,
}

/// A setting's value as users read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Number(u32),
    List(Vec<String>),
    /// Globs and the rules each turns off.
    Table(Vec<(String, Vec<String>)>),
    /// Not set (`start-after` by default).
    Unset,
}

/// One key of the effective settings; no origin means the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: &'static str,
    pub value: Value,
    pub origins: Vec<Origin>,
}

/// The settings of a check and where each came from.
#[derive(Clone, Debug)]
pub struct Effective {
    pub settings: Settings,
    /// The configuration file read, if any.
    pub file: Option<String>,
    /// One entry per key, in the order of [`super::KEYS`].
    pub entries: Vec<Entry>,
}

/// Merges `overrides` over the configuration file `config` (or the defaults).
pub fn resolve(config: Option<&ConfigFile>, overrides: &Overrides) -> Result<Effective, Error> {
    let file = config.map(|c| &c.options);
    let path = config.map(|c| c.path.as_str()).unwrap_or_default();
    let from_file = |line: usize| Origin::File {
        path: path.to_owned(),
        line,
    };
    let mut entries = Vec::new();
    let mut settings = Settings::default();

    // A list the command line replaces.
    let select = match (&overrides.select, file.and_then(|f| f.select.as_ref())) {
        (given, _) if !given.is_empty() => (given.clone(), vec![Origin::CommandLine]),
        (_, Some(set)) => (set.value.clone(), vec![from_file(set.line)]),
        _ => (Vec::new(), Vec::new()),
    };
    // Lists the command line adds to.
    let added = |set: Option<&Sourced<Vec<String>>>, given: &[String]| {
        let mut values = Vec::new();
        let mut origins = Vec::new();
        if let Some(set) = set {
            values.extend(set.value.iter().cloned());
            origins.push(from_file(set.line));
        }
        if !given.is_empty() {
            values.extend(given.iter().cloned());
            origins.push(Origin::CommandLine);
        }
        (values, origins)
    };
    let extend_select = added(
        file.and_then(|f| f.extend_select.as_ref()),
        &overrides.extend_select,
    );
    let ignore = added(file.and_then(|f| f.ignore.as_ref()), &overrides.ignore);
    settings.selection = Selection::extended(&select.0, &extend_select.0, &ignore.0)?;
    for (key, (values, origins)) in [
        ("select", select),
        ("extend-select", extend_select),
        ("ignore", ignore),
    ] {
        entries.push(Entry {
            key,
            value: Value::List(values),
            origins,
        });
    }

    let mut entry = |key, value, origin: Option<Origin>| {
        entries.push(Entry {
            key,
            value,
            origins: origin.into_iter().collect(),
        });
    };

    match file.and_then(|f| f.per_file_ignores.as_ref()) {
        Some(set) => {
            settings.per_file_ignores = set.value.clone();
            let written = set
                .value
                .iter()
                .map(|e| (e.globs.patterns().concat(), e.selectors.clone()))
                .collect();
            entry(
                "per-file-ignores",
                Value::Table(written),
                Some(from_file(set.line)),
            );
        }
        None => entry("per-file-ignores", Value::Table(Vec::new()), None),
    }
    match file.and_then(|f| f.exclude.as_ref()) {
        Some(set) => {
            settings.exclude = Some(set.value.clone());
            entry(
                "exclude",
                Value::List(set.value.patterns().to_vec()),
                Some(from_file(set.line)),
            );
        }
        None => entry("exclude", Value::List(Vec::new()), None),
    }

    let (version, origin) = match (
        &overrides.target_version,
        file.and_then(|f| f.target_version.as_ref()),
    ) {
        (Some(given), _) => (
            settings::parse_target_version(given)?,
            Some(Origin::CommandLine),
        ),
        (None, Some(set)) => (set.value, Some(from_file(set.line))),
        (None, None) => (DEFAULT_TARGET_VERSION, None),
    };
    settings.target_version = version;
    entry("target-version", Value::Number(version), origin);

    let (name, origin) = match (&overrides.dialect, file.and_then(|f| f.dialect.as_ref())) {
        (Some(given), _) => {
            settings.dialect = given.parse()?;
            (given.clone(), Some(Origin::CommandLine))
        }
        (None, Some(set)) => {
            settings.dialect = set.value.1;
            (set.value.0.clone(), Some(from_file(set.line)))
        }
        (None, None) => ("auto".to_owned(), None),
    };
    entry("dialect", Value::Text(name), origin);

    let (revision, origin) = match (
        &overrides.start_after,
        file.and_then(|f| f.start_after.as_ref()),
    ) {
        (Some(given), _) => (Some(given.clone()), Some(Origin::CommandLine)),
        (None, Some(set)) => (Some(set.value.clone()), Some(from_file(set.line))),
        (None, None) => (None, None),
    };
    settings.start_after.clone_from(&revision);
    entry(
        "start-after",
        revision.map_or(Value::Unset, Value::Text),
        origin,
    );

    let (name, origin) = match (
        &overrides.downgrade,
        file.and_then(|f| f.downgrade.as_ref()),
    ) {
        (Some(given), _) => {
            settings.downgrade = given.parse()?;
            (given.clone(), Some(Origin::CommandLine))
        }
        (None, Some(set)) => {
            settings.downgrade = set.value.1;
            (set.value.0.clone(), Some(from_file(set.line)))
        }
        (None, None) => ("required".to_owned(), None),
    };
    entry("downgrade", Value::Text(name), origin);

    Ok(Effective {
        settings,
        file: config.map(|c| c.path.clone()),
        entries,
    })
}
