//! Reading `alembic.ini` and `pyproject.toml` `[tool.alembic]` without running Alembic.

use crate::dialect::Dialect;
use crate::error::Error;
use crate::lines::LineIndex;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A configured script directory, with `%(here)s` and package notation still in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Location {
    /// The configuration file that names it.
    pub file: PathBuf,
    pub script_location: String,
    pub version_locations: Vec<String>,
    /// The database `sqlalchemy.url` names (`postgresql+psycopg2://...`), when it names one.
    pub dialect: Option<Dialect>,
}

/// The locations the configuration files of one folder name; unreadable or broken files give
/// none (the search that reads them reports why).
pub(super) fn locations_in(dir: &Path) -> Vec<Location> {
    let mut locations = Vec::new();
    let ini = dir.join("alembic.ini");
    if ini.is_file() {
        locations.extend(read_ini(&ini).unwrap_or_default());
    }
    let pyproject = dir.join("pyproject.toml");
    if pyproject.is_file() {
        locations.extend(read_pyproject(&pyproject).ok().flatten());
    }
    locations
}

/// Every section of an `alembic.ini` that sets `script_location` (multi-database setups have
/// several).
pub(super) fn read_ini(path: &Path) -> Result<Vec<Location>, Error> {
    let text = fs::read_to_string(path).map_err(|err| Error::unreadable(path, &err))?;
    let sections = parse_ini(&text);
    let defaults: Vec<(String, String)> = sections
        .iter()
        .filter(|(name, _)| name == "DEFAULT")
        .flat_map(|(_, options)| options.iter().cloned())
        .collect();
    Ok(sections
        .iter()
        .filter(|(name, _)| name != "DEFAULT")
        .filter_map(|(_, options)| {
            // A section's own options win over `[DEFAULT]`; the last of a repeated key wins.
            let get = |key: &str| {
                options
                    .iter()
                    .chain(&defaults)
                    .rev()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| interpolate(v, options, &defaults))
            };
            let script_location = get("script_location")?;
            let separator = get("path_separator").or_else(|| get("version_path_separator"));
            let version_locations = get("version_locations")
                .map(|v| split_locations(&v, separator.as_deref()))
                .unwrap_or_default();
            let dialect = get("sqlalchemy.url").and_then(|url| url_dialect(&url));
            Some(Location {
                file: path.to_path_buf(),
                script_location,
                version_locations,
                dialect,
            })
        })
        .collect())
}

/// The dialect of a SQLAlchemy URL: `postgresql+psycopg2://u@h/db` is PostgreSQL. The template's
/// placeholder (`driver://user:pass@localhost/dbname`) names none.
fn url_dialect(url: &str) -> Option<Dialect> {
    let (scheme, _) = url.trim().split_once("://")?;
    Dialect::from_name(scheme)
}

/// Python's `BasicInterpolation`, as Alembic's `ConfigParser` applies it: `%(name)s` is the
/// option of that name (of the section, else `[DEFAULT]`), `%(here)s` stays for the caller to
/// resolve, `%%` is `%`.
fn interpolate(value: &str, options: &[(String, String)], defaults: &[(String, String)]) -> String {
    fn expand(
        value: &str,
        options: &[(String, String)],
        defaults: &[(String, String)],
        depth: usize,
    ) -> String {
        let mut out = String::new();
        let mut rest = value;
        while let Some(at) = rest.find('%') {
            out.push_str(&rest[..at]);
            rest = &rest[at..];
            if let Some(after) = rest.strip_prefix("%%") {
                out.push('%');
                rest = after;
                continue;
            }
            let reference = rest
                .strip_prefix("%(")
                .and_then(|r| r.split_once(")s"))
                .map(|(name, after)| (name.to_ascii_lowercase(), after));
            let found = reference.as_ref().and_then(|(name, _)| {
                options
                    .iter()
                    .chain(defaults)
                    .rev()
                    .find(|(k, _)| k == name && name != "here")
            });
            match (reference, found) {
                // Python stops at 10 levels of nesting.
                (Some((_, after)), Some((_, v))) if depth < 10 => {
                    out.push_str(&expand(v, options, defaults, depth + 1));
                    rest = after;
                }
                _ => {
                    out.push('%');
                    rest = &rest[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }
    expand(value, options, defaults, 0)
}

/// `[tool.alembic]` of a `pyproject.toml`, when it has a `script_location`.
pub(super) fn read_pyproject(path: &Path) -> Result<Option<Location>, Error> {
    let text = fs::read_to_string(path).map_err(|err| Error::unreadable(path, &err))?;
    let at = |span: Option<Range<usize>>, message: &str| {
        let offset = span.map_or(0, |s| s.start);
        let (line, column) = LineIndex::new(&text).line_col(&text, offset);
        Error::Config {
            path: path.display().to_string(),
            line,
            column,
            message: message.to_owned(),
        }
    };
    let doc = toml::de::DeTable::parse(&text).map_err(|err| {
        at(
            err.span(),
            &format!("invalid TOML: {}", err.message().trim()),
        )
    })?;
    let Some(alembic) =
        table(doc.get_ref().get("tool")).and_then(|tool| table(tool.get("alembic")))
    else {
        return Ok(None);
    };
    let Some(script_location) = alembic.get("script_location") else {
        return Ok(None);
    };
    let toml::de::DeValue::String(script_location_text) = script_location.get_ref() else {
        return Err(at(
            Some(script_location.span()),
            "[tool.alembic] script_location must be a string",
        ));
    };
    let list_error = |span| {
        at(
            Some(span),
            "[tool.alembic] version_locations must be a list of strings",
        )
    };
    let version_locations = match alembic.get("version_locations") {
        None => Vec::new(),
        Some(value) => match value.get_ref() {
            toml::de::DeValue::String(s) => split_locations(s, None),
            toml::de::DeValue::Array(items) => items
                .iter()
                .map(|item| match item.get_ref() {
                    toml::de::DeValue::String(s) => Ok(s.to_string()),
                    _ => Err(list_error(item.span())),
                })
                .collect::<Result<Vec<_>, _>>()?,
            _ => return Err(list_error(value.span())),
        },
    };
    Ok(Some(Location {
        file: path.to_path_buf(),
        script_location: script_location_text.to_string(),
        version_locations,
        dialect: None,
    }))
}

/// The table a TOML value holds, if it is one.
fn table<'a, 'i>(
    value: Option<&'a toml::Spanned<toml::de::DeValue<'i>>>,
) -> Option<&'a toml::de::DeTable<'i>> {
    match value.map(toml::Spanned::get_ref) {
        Some(toml::de::DeValue::Table(table)) => Some(table),
        _ => None,
    }
}

/// The sections of an INI file as (name, (key, value) list), read the way Python's
/// configparser does with Alembic's settings: `key = value` or `key: value` (the first `=` or
/// `:`), keys in lower case, continuation lines indented deeper than their key (blank lines
/// inside a value kept), whole-line `#`/`;` comments (also inside a value), no inline
/// comments. Values are raw: `%` interpolation is the caller's.
fn parse_ini(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut sections: Vec<(String, Vec<(String, String)>)> = Vec::new();
    // The indent of the current option's line; deeper lines continue its value.
    let mut indent = usize::MAX;
    let mut in_value = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        if trimmed.is_empty() {
            if in_value {
                if let Some((_, value)) = sections.last_mut().and_then(|s| s.1.last_mut()) {
                    value.push('\n');
                }
            }
            continue;
        }
        let line_indent = line.len() - line.trim_start().len();
        if in_value && line_indent > indent {
            if let Some((_, value)) = sections.last_mut().and_then(|s| s.1.last_mut()) {
                value.push('\n');
                value.push_str(trimmed);
            }
            continue;
        }
        indent = line_indent;
        in_value = false;
        if let Some(name) = trimmed
            .strip_prefix('[')
            .and_then(|r| r.rfind(']').map(|at| &r[..at]))
        {
            if !name.is_empty() {
                sections.push((name.to_owned(), Vec::new()));
                continue;
            }
        }
        let Some((_, options)) = sections.last_mut() else {
            continue;
        };
        if let Some(at) = trimmed.find(['=', ':']) {
            let key = trimmed[..at].trim().to_ascii_lowercase();
            options.push((key, trimmed[at + 1..].trim().to_owned()));
            in_value = true;
        }
    }
    // Blank lines at the end of a value are not part of it.
    for (_, options) in &mut sections {
        for (_, value) in options {
            let end = value.trim_end_matches('\n').len();
            value.truncate(end);
        }
    }
    sections
}

/// Splits `version_locations` the way Alembic does for each `path_separator` setting.
fn split_locations(value: &str, separator: Option<&str>) -> Vec<String> {
    let parts: Vec<&str> = match separator.map(str::trim) {
        Some("space") => value.split([' ', '\n']).collect(),
        Some("newline") => value.split('\n').collect(),
        Some("os") | Some(":") => value.split([':', '\n']).collect(),
        Some(";") => value.split([';', '\n']).collect(),
        Some(",") => value.split([',', '\n']).collect(),
        // No setting: Alembic's legacy split on spaces and commas.
        _ => value.split([' ', ',', '\n']).collect(),
    };
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `myapp:migrations` (a package resource, as Alembic reads it: every `:` separates path parts)
/// becomes `myapp/migrations`; the caller looks for the package above the config file.
pub(super) fn package_path(location: &str) -> String {
    match location.split_once(':') {
        Some((package, _)) if !package.contains(['/', '\\', '%']) && package.len() > 1 => {
            location.replace(':', "/")
        }
        _ => location.to_owned(),
    }
}

/// A package-style `script_location` (`myapp:migrations`).
pub(super) fn is_package(location: &str) -> bool {
    package_path(location) != location
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_url_names_the_dialect() {
        assert_eq!(
            url_dialect("postgresql+psycopg2://app@db/app"),
            Some(Dialect::Postgresql)
        );
        assert_eq!(url_dialect("sqlite:///app.db"), Some(Dialect::Sqlite));
        assert_eq!(url_dialect("driver://user:pass@localhost/dbname"), None);
        assert_eq!(url_dialect("%(DB_URL)s"), None);
    }

    #[test]
    fn ini_sections_continuations_and_separators() {
        let text = "[alembic]\nscript_location = %(here)s/migrations\nversion_locations = %(here)s/a\n    %(here)s/b\npath_separator = newline\n\n[loggers]\nkeys = root\n";
        let sections = parse_ini(text);
        assert_eq!(sections.len(), 2);
        let value = &sections[0].1[1].1;
        assert_eq!(
            split_locations(value, Some("newline")),
            vec!["%(here)s/a", "%(here)s/b"]
        );
        assert_eq!(split_locations("a b,c", None), vec!["a", "b", "c"]);
        assert_eq!(split_locations("a b", Some("space")), vec!["a", "b"]);
        assert_eq!(package_path("myapp:db:migrations"), "myapp/db/migrations");
        assert!(is_package("myapp:migrations"));
        assert!(!is_package("%(here)s/alembic"));
        assert_eq!(package_path("%(here)s/alembic"), "%(here)s/alembic");
    }

    /// What Python's configparser gives for the same text (checked with CPython 3.11).
    #[test]
    fn ini_reads_like_python_configparser() {
        let dir = std::env::temp_dir().join(format!("alembic-lint-ini-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let ini = dir.join("alembic.ini");
        let text = "[DEFAULT]\nbase = %(here)s/db\n\n[alembic]\n# a comment\nscript_location = %(base)s/alembic ; kept: no inline comments\nversion_locations = %(here)s/a\n    # a comment inside the value\n    %(base)s/b\n\n    %(here)s/c\n  indented_key = 1\npath_separator = newline\npercent = 100%%\n\n[other]\n";
        std::fs::write(&ini, text).unwrap();
        let locations = read_ini(&ini).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        // `[other]` inherits `script_location`? No: it has none, and `[DEFAULT]` has none.
        assert_eq!(locations.len(), 1);
        assert_eq!(
            locations[0].script_location,
            "%(here)s/db/alembic ; kept: no inline comments"
        );
        assert_eq!(
            locations[0].version_locations,
            [
                "%(here)s/a",
                "%(here)s/db/b",
                "%(here)s/c",
                "indented_key = 1"
            ]
        );
        let sections = parse_ini(text);
        let percent = sections[1].1.iter().find(|(k, _)| k == "percent").unwrap();
        assert_eq!(interpolate(&percent.1, &[], &[]), "100%");
    }
}
