//! Reading `alembic.ini` and `pyproject.toml` `[tool.alembic]` without running Alembic.

use std::fs;
use std::path::Path;

/// A configured script directory, with `%(here)s` and package notation still in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Location {
    pub script_location: String,
    pub version_locations: Vec<String>,
}

/// Every section of an `alembic.ini` that sets `script_location` (multi-database setups have
/// several).
pub(super) fn read_ini(path: &Path) -> Result<Vec<Location>, String> {
    let text = read_text(path)?;
    Ok(parse_ini(&text)
        .into_iter()
        .filter_map(|section| {
            let get = |key: &str| {
                section
                    .iter()
                    .rev()
                    .find(|(k, _)| k == key)
                    .map(|(_, v)| v.as_str())
            };
            let script_location = get("script_location")?.to_owned();
            let separator = get("path_separator").or_else(|| get("version_path_separator"));
            let version_locations = get("version_locations")
                .map(|v| split_locations(v, separator))
                .unwrap_or_default();
            Some(Location {
                script_location,
                version_locations,
            })
        })
        .collect())
}

/// `[tool.alembic]` of a `pyproject.toml`, when it has a `script_location`.
pub(super) fn read_pyproject(path: &Path) -> Result<Option<Location>, String> {
    let text = read_text(path)?;
    let doc: toml::Table = toml::from_str(&text)
        .map_err(|err| format!("{}: invalid TOML: {}", path.display(), err.message()))?;
    let Some(alembic) = doc.get("tool").and_then(|t| t.get("alembic")) else {
        return Ok(None);
    };
    let Some(script_location) = alembic.get("script_location") else {
        return Ok(None);
    };
    let script_location = script_location.as_str().ok_or_else(|| {
        format!(
            "{}: [tool.alembic] script_location must be a string",
            path.display()
        )
    })?;
    let version_locations = match alembic.get("version_locations") {
        None => Vec::new(),
        Some(toml::Value::String(s)) => split_locations(s, None),
        Some(toml::Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| {
                format!(
                    "{}: [tool.alembic] version_locations must be a list of strings",
                    path.display()
                )
            })?,
        Some(_) => {
            return Err(format!(
                "{}: [tool.alembic] version_locations must be a list of strings",
                path.display()
            ))
        }
    };
    Ok(Some(Location {
        script_location: script_location.to_owned(),
        version_locations,
    }))
}

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|err| {
        format!(
            "{}: cannot read: {}",
            path.display(),
            super::paths::io_message(&err)
        )
    })
}

/// The sections of an INI file as (key, value) lists, read the way Python's configparser does:
/// `key = value` or `key: value`, indented continuation lines, `#`/`;` comments, `%%` escapes.
fn parse_ini(text: &str) -> Vec<Vec<(String, String)>> {
    let mut sections: Vec<Vec<(String, String)>> = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        if trimmed.starts_with('[') && trimmed.ends_with(']') {
            sections.extend(current.take());
            current = Some(Vec::new());
            continue;
        }
        let Some(section) = current.as_mut() else {
            continue;
        };
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = section.last_mut() {
                value.push('\n');
                value.push_str(trimmed);
            }
            continue;
        }
        if let Some(at) = trimmed.find(['=', ':']) {
            let key = trimmed[..at].trim().to_ascii_lowercase();
            section.push((key, trimmed[at + 1..].trim().replace("%%", "%")));
        }
    }
    sections.extend(current);
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
mod tests {
    use super::*;

    #[test]
    fn ini_sections_continuations_and_separators() {
        let text = "[alembic]\nscript_location = %(here)s/migrations\nversion_locations = %(here)s/a\n    %(here)s/b\npath_separator = newline\n\n[loggers]\nkeys = root\n";
        let sections = parse_ini(text);
        assert_eq!(sections.len(), 2);
        let value = &sections[0][1].1;
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
}
