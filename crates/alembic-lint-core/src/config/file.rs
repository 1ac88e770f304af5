//! Reading one configuration file: `[tool.alembic-lint]` of a `pyproject.toml`, or the top level
//! of `alembic-lint.toml` / `.alembic-lint.toml`. Every value is checked here, with the line and
//! column of the key or item that is wrong, so a bad file stops the run before anything is
//! checked.

use std::ops::Range;
use std::path::Path;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::error::Error;
use crate::lines::LineIndex;
use crate::path_globs::{absolute, PathGlobs};
use crate::rules;
use crate::settings::{self, DialectSetting, DowngradePolicy, PerFileIgnore};

/// Every key a configuration file may set.
pub const KEYS: [&str; 9] = [
    "select",
    "extend-select",
    "ignore",
    "per-file-ignores",
    "exclude",
    "target-version",
    "dialect",
    "start-after",
    "downgrade",
];

/// A value and the line of its key.
#[derive(Clone, Debug)]
pub struct Sourced<T> {
    pub value: T,
    pub line: usize,
}

impl<T> Sourced<T> {
    fn at(value: T, line: usize) -> Option<Self> {
        Some(Sourced { value, line })
    }
}

/// What one configuration file sets, checked.
#[derive(Clone, Debug, Default)]
pub struct FileOptions {
    pub select: Option<Sourced<Vec<String>>>,
    pub extend_select: Option<Sourced<Vec<String>>>,
    pub ignore: Option<Sourced<Vec<String>>>,
    pub per_file_ignores: Option<Sourced<Vec<PerFileIgnore>>>,
    pub exclude: Option<Sourced<PathGlobs>>,
    pub target_version: Option<Sourced<u32>>,
    pub dialect: Option<Sourced<(String, DialectSetting)>>,
    pub start_after: Option<Sourced<String>>,
    pub downgrade: Option<Sourced<(String, DowngradePolicy)>>,
}

/// The table of settings in `text`: `None` for a `pyproject.toml` without
/// `[tool.alembic-lint]`.
pub(super) fn read(path: &Path, shown: &str, text: &str) -> Result<Option<FileOptions>, Error> {
    let reader = Reader {
        path: shown,
        text,
        lines: LineIndex::new(text),
    };
    let doc = DeTable::parse(text).map_err(|err| {
        let at = err.span().unwrap_or(0..0);
        reader.error(&at, format!("invalid TOML: {}", err.message().trim()))
    })?;
    let table = if is_pyproject(path) {
        let tool = doc.get_ref().get("tool").map(|t| (t, t.get_ref()));
        match tool {
            Some((_, DeValue::Table(tool))) => match tool.get("alembic-lint") {
                Some(value) => match value.get_ref() {
                    DeValue::Table(table) => table,
                    other => {
                        return Err(reader.error(
                            &value.span(),
                            format!("`tool.alembic-lint` must be a table, found {}", a(other)),
                        ))
                    }
                },
                None => return Ok(None),
            },
            _ => return Ok(None),
        }
    } else {
        doc.get_ref()
    };
    let root = absolute(path);
    let root = root.parent().unwrap_or(Path::new("/"));
    reader.options(table, root).map(Some)
}

/// Whether the file keeps its settings under `[tool.alembic-lint]`.
pub(super) fn is_pyproject(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name == "pyproject.toml")
}

struct Reader<'t> {
    path: &'t str,
    text: &'t str,
    lines: LineIndex,
}

type Item<'i> = Spanned<DeValue<'i>>;

impl Reader<'_> {
    fn error(&self, span: &Range<usize>, message: String) -> Error {
        let (line, column) = self.lines.line_col(self.text, span.start);
        Error::Config {
            path: self.path.to_owned(),
            line,
            column,
            message,
        }
    }

    fn line(&self, span: &Range<usize>) -> usize {
        self.lines.line_col(self.text, span.start).0
    }

    fn options(&self, table: &DeTable, root: &Path) -> Result<FileOptions, Error> {
        let mut options = FileOptions::default();
        // In file order, so the first mistake in the file is the one reported.
        let mut entries: Vec<_> = table.iter().collect();
        entries.sort_by_key(|(key, _)| key.span().start);
        for (key, value) in entries {
            let at = key.span();
            let line = self.line(&at);
            match key.get_ref().as_ref() {
                "select" => options.select = Sourced::at(self.selectors("select", value)?, line),
                "extend-select" => {
                    options.extend_select =
                        Sourced::at(self.selectors("extend-select", value)?, line);
                }
                "ignore" => options.ignore = Sourced::at(self.selectors("ignore", value)?, line),
                "per-file-ignores" => {
                    options.per_file_ignores =
                        Sourced::at(self.per_file_ignores(value, root)?, line);
                }
                "exclude" => {
                    let patterns = self.strings("exclude", value)?;
                    options.exclude = Sourced::at(self.globs("exclude", &patterns, root)?, line);
                }
                "target-version" => {
                    options.target_version = Sourced::at(self.target_version(value)?, line);
                }
                "dialect" => {
                    let name = self.string("dialect", value)?;
                    let dialect = self.parsed("dialect", value, name.parse())?;
                    options.dialect = Sourced::at((name, dialect), line);
                }
                "start-after" => {
                    let revision = self.string("start-after", value)?;
                    if revision.trim().is_empty() {
                        return Err(self.error(
                            &value.span(),
                            "`start-after` must name a revision id, found an empty string"
                                .to_owned(),
                        ));
                    }
                    options.start_after = Sourced::at(revision, line);
                }
                "downgrade" => {
                    let name = self.string("downgrade", value)?;
                    let policy = self.parsed("downgrade", value, name.parse())?;
                    options.downgrade = Sourced::at((name, policy), line);
                }
                unknown => return Err(self.error(&at, unknown_key(unknown))),
            }
        }
        Ok(options)
    }

    fn string(&self, key: &str, value: &Item) -> Result<String, Error> {
        match value.get_ref() {
            DeValue::String(s) => Ok(s.to_string()),
            other => Err(self.error(
                &value.span(),
                format!("`{key}` must be a string, found {}", a(other)),
            )),
        }
    }

    /// A list of strings, each with its span.
    fn strings(&self, key: &str, value: &Item) -> Result<Vec<Spanned<String>>, Error> {
        let expected =
            |found: &DeValue| format!("`{key}` must be a list of strings, found {}", a(found));
        let DeValue::Array(items) = value.get_ref() else {
            return Err(self.error(&value.span(), expected(value.get_ref())));
        };
        items
            .iter()
            .map(|item| match item.get_ref() {
                DeValue::String(s) => Ok(Spanned::new(item.span(), s.to_string())),
                other => Err(self.error(&item.span(), expected(other))),
            })
            .collect()
    }

    /// Rule selectors, each naming at least one rule, as `--select` takes them.
    fn selectors(&self, key: &str, value: &Item) -> Result<Vec<String>, Error> {
        self.strings(key, value)?
            .into_iter()
            .map(|item| match rules::matching(item.get_ref()) {
                Ok(_) => Ok(item.into_inner()),
                Err(err) => Err(self.error(&item.span(), format!("`{key}`: {err}"))),
            })
            .collect()
    }

    fn globs(
        &self,
        key: &str,
        patterns: &[Spanned<String>],
        root: &Path,
    ) -> Result<PathGlobs, Error> {
        let texts: Vec<String> = patterns.iter().map(|p| p.get_ref().clone()).collect();
        PathGlobs::new(root, &texts).map_err(|bad| {
            let span = patterns.get(bad.index).map_or(0..0, Spanned::span);
            let glob = texts.get(bad.index).map_or("", String::as_str);
            self.error(
                &span,
                format!("`{key}`: invalid glob `{glob}`: {}", bad.reason),
            )
        })
    }

    fn per_file_ignores(&self, value: &Item, root: &Path) -> Result<Vec<PerFileIgnore>, Error> {
        let DeValue::Table(table) = value.get_ref() else {
            return Err(self.error(
                &value.span(),
                format!(
                    "`per-file-ignores` must be a table of globs to lists of rules, found {}",
                    a(value.get_ref())
                ),
            ));
        };
        let mut entries: Vec<_> = table.iter().collect();
        entries.sort_by_key(|(glob, _)| glob.span().start);
        let mut compiled = Vec::new();
        for (glob, selectors) in entries {
            let glob = Spanned::new(glob.span(), glob.get_ref().to_string());
            let names = self.selectors("per-file-ignores", selectors)?;
            let mut codes: Vec<&'static str> = names
                .iter()
                .flat_map(|name| rules::matching(name).unwrap_or_default())
                .collect();
            codes.sort_unstable();
            codes.dedup();
            let globs = self.globs("per-file-ignores", std::slice::from_ref(&glob), root)?;
            compiled.push(PerFileIgnore {
                globs,
                selectors: names,
                codes,
            });
        }
        Ok(compiled)
    }

    /// An integer (`14`) or a string (`"14"`, `"9.6"`).
    fn target_version(&self, value: &Item) -> Result<u32, Error> {
        let text = match value.get_ref() {
            DeValue::String(s) => s.to_string(),
            DeValue::Integer(i) => i.as_str().to_owned(),
            DeValue::Float(f) => f.as_str().to_owned(),
            other => {
                return Err(self.error(
                    &value.span(),
                    format!(
                        "`target-version` must be an integer or a string such as \"14\" or \"9.6\", found {}",
                        a(other)
                    ),
                ))
            }
        };
        self.parsed(
            "target-version",
            value,
            settings::parse_target_version(&text),
        )
    }

    /// A value whose text was read but not accepted: the reason the setting gives, at the value.
    fn parsed<T>(&self, key: &str, value: &Item, parsed: Result<T, Error>) -> Result<T, Error> {
        parsed.map_err(|err| match err {
            Error::InvalidSetting {
                value: text,
                expected,
                ..
            } => self.error(
                &value.span(),
                format!("invalid value `{text}` for `{key}`: {expected}"),
            ),
            other => self.error(&value.span(), other.to_string()),
        })
    }
}

/// The message for a key that is not a setting, with the closest one when it looks like a typo.
fn unknown_key(key: &str) -> String {
    let closest = KEYS
        .iter()
        .map(|known| (strsim::jaro_winkler(key, known), known))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, known)| known);
    match closest {
        Some(known) => format!("unknown key `{key}`: did you mean `{known}`?"),
        None => format!("unknown key `{key}`: expected one of {}", KEYS.join(", ")),
    }
}

/// "a string", "an integer": the kind of value found, for messages.
fn a(value: &DeValue) -> String {
    let kind = value.type_str();
    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {kind}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        match read(
            Path::new("/repo/alembic-lint.toml"),
            "alembic-lint.toml",
            text,
        ) {
            Ok(_) => panic!("expected an error for {text:?}"),
            Err(err) => err.to_string(),
        }
    }

    #[test]
    fn typos_get_the_closest_key() {
        assert_eq!(
            error("select = [\"AL2\"]\ntarget_version = 14\n"),
            "alembic-lint.toml:2:1: unknown key `target_version`: did you mean `target-version`?"
        );
        assert_eq!(
            error("selct = []\n"),
            "alembic-lint.toml:1:1: unknown key `selct`: did you mean `select`?"
        );
        assert!(error("colour = 1\n").contains("expected one of select, extend-select"));
    }

    #[test]
    fn wrong_types_and_values_say_what_was_expected() {
        assert_eq!(
            error("select = \"AL2\"\n"),
            "alembic-lint.toml:1:10: `select` must be a list of strings, found a string"
        );
        assert_eq!(
            error("ignore = [\"AL3\", 4]\n"),
            "alembic-lint.toml:1:18: `ignore` must be a list of strings, found an integer"
        );
        assert_eq!(
            error("target-version = [14]\n"),
            "alembic-lint.toml:1:18: `target-version` must be an integer or a string such as \"14\" or \"9.6\", found an array"
        );
        assert_eq!(
            error("target-version = 8\n"),
            "alembic-lint.toml:1:18: invalid value `8` for `target-version`: expected a PostgreSQL major version such as 14"
        );
        assert!(error("dialect = \"oracel\"\n").starts_with(
            "alembic-lint.toml:1:11: invalid value `oracel` for `dialect`: expected auto or one of"
        ));
        assert_eq!(
            error("downgrade = \"sometimes\"\n"),
            "alembic-lint.toml:1:13: invalid value `sometimes` for `downgrade`: expected required, optional or forbidden"
        );
        assert!(error("extend-select = [\"AL99\"]\n")
            .starts_with("alembic-lint.toml:1:18: `extend-select`: unknown rule selector `AL99`"));
        assert_eq!(
            error("exclude = [\"a/[\"]\n"),
            "alembic-lint.toml:1:12: `exclude`: invalid glob `a/[`: unclosed character class; missing ']'"
        );
        assert_eq!(
            error("[per-file-ignores]\n\"a/*.py\" = \"AL003\"\n"),
            "alembic-lint.toml:2:12: `per-file-ignores` must be a list of strings, found a string"
        );
        assert!(error("select = [\n").starts_with("alembic-lint.toml:"));
    }

    #[test]
    fn values_are_read_with_their_lines() {
        let text = "select = [\"AL2\", \"drop-column\"]\n\ntarget-version = \"9.6\"\ndowngrade = \"optional\"\n[per-file-ignores]\n\"versions/0001_*.py\" = [\"AL003\", \"AL2\"]\n";
        let options = read(
            Path::new("/repo/alembic-lint.toml"),
            "alembic-lint.toml",
            text,
        )
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_else(|| panic!("a table"));
        let select = options.select.unwrap_or_else(|| panic!("select"));
        assert_eq!(select.value, ["AL2", "drop-column"]);
        assert_eq!(select.line, 1);
        let version = options.target_version.unwrap_or_else(|| panic!("version"));
        assert_eq!((version.value, version.line), (9, 3));
        let ignores = options
            .per_file_ignores
            .unwrap_or_else(|| panic!("ignores"));
        assert_eq!(ignores.line, 5);
        let compiled = ignores.value;
        assert_eq!(compiled[0].globs.patterns(), ["versions/0001_*.py"]);
        assert_eq!(compiled[0].selectors, ["AL003", "AL2"]);
        assert!(compiled[0].codes.contains(&"AL003") && compiled[0].codes.contains(&"AL201"));
        assert!(compiled[0]
            .globs
            .matches(Path::new("/repo/versions/0001_initial.py")));
    }

    #[test]
    fn a_pyproject_without_the_table_sets_nothing() {
        let path = Path::new("/repo/pyproject.toml");
        let read_it = |text| read(path, "pyproject.toml", text);
        assert!(matches!(read_it("[tool.ruff]\nselect = []\n"), Ok(None)));
        assert!(matches!(
            read_it("[tool.alembic-lint]\ndowngrade = \"optional\"\n"),
            Ok(Some(FileOptions {
                downgrade: Some(_),
                ..
            }))
        ));
        let err = read_it("[tool]\nalembic-lint = 3\n")
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("pyproject.toml:2:16: `tool.alembic-lint` must be a table, found an integer")
        );
    }
}
