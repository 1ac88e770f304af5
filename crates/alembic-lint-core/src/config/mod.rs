//! Configuration files: finding the one that applies to a path, reading it, and merging it with
//! the command line into [`Settings`](crate::Settings), remembering where each value came from.
//!
//! A folder's `.alembic-lint.toml` wins over its `alembic-lint.toml`, which wins over its
//! `pyproject.toml` (only one with `[tool.alembic-lint]` counts), as ruff orders its own files.
//! The search starts at the checked folder (or the checked file's folder) and goes up to the
//! repository root (a folder holding `.git`) or the file system root.

mod file;
mod resolve;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::path_globs::absolute;

pub use file::{FileOptions, Sourced, KEYS};
pub use resolve::{resolve, Effective, Entry, Origin, Overrides, Value};

/// The names of the configuration files, in the order they win within one folder.
pub const FILE_NAMES: [&str; 3] = [".alembic-lint.toml", "alembic-lint.toml", "pyproject.toml"];

/// A configuration file that was read and checked.
#[derive(Clone, Debug)]
pub struct ConfigFile {
    /// As users see it: relative to the working directory when it is below it.
    pub path: String,
    pub options: FileOptions,
}

/// The folder the search starts from: the path itself, or a file's folder.
fn search_start(path: &Path) -> PathBuf {
    let start = absolute(path);
    match start.parent() {
        Some(parent) if start.is_file() => parent.to_path_buf(),
        _ => start,
    }
}

/// The configuration file that applies from the folder `first`, read; `None` when there is
/// none up to the repository root.
fn find_from(first: &Path) -> Result<Option<ConfigFile>, Error> {
    for dir in first.ancestors() {
        for name in FILE_NAMES {
            let candidate = dir.join(name);
            if !candidate.is_file() {
                continue;
            }
            if let Some(config) = read(&candidate)? {
                return Ok(Some(config));
            }
        }
        if dir.join(".git").exists() {
            break;
        }
    }
    Ok(None)
}

/// Reads the file `--config` names; a `pyproject.toml` must have `[tool.alembic-lint]`.
pub fn load(path: &Path) -> Result<ConfigFile, Error> {
    read(path)?.ok_or_else(|| Error::Config {
        path: shown(path),
        line: 1,
        column: 1,
        message: "no `[tool.alembic-lint]` table in this file".to_owned(),
    })
}

/// Reads one configuration file; `None` for a `pyproject.toml` that does not configure
/// alembic-lint.
fn read(path: &Path) -> Result<Option<ConfigFile>, Error> {
    let shown = shown(path);
    let text =
        fs::read_to_string(path).map_err(|err| Error::unreadable(Path::new(&shown), &err))?;
    // Most `pyproject.toml` files configure other tools only: one that never names alembic-lint
    // is not parsed, so its mistakes are not ours to report.
    if file::is_pyproject(path) && !text.contains("alembic-lint") {
        return Ok(None);
    }
    let options = file::read(path, &shown, &text)?;
    Ok(options.map(|options| ConfigFile {
        path: shown,
        options,
    }))
}

/// A path relative to the working directory when it is below it, absolute otherwise.
fn shown(path: &Path) -> String {
    let path = absolute(path);
    let cwd = absolute(Path::new("."));
    match path.strip_prefix(&cwd) {
        Ok(relative) if !relative.as_os_str().is_empty() => relative.display().to_string(),
        _ => path.display().to_string(),
    }
}

/// Paths that share a configuration file (or have none).
#[derive(Clone, Debug)]
pub struct PathGroup {
    pub config: Option<ConfigFile>,
    pub paths: Vec<PathBuf>,
}

/// The paths given on the command line grouped by the configuration file that applies to each,
/// groups in order of their first path. With `isolated` no file is read.
pub fn group_paths(paths: &[PathBuf], isolated: bool) -> Result<Vec<PathGroup>, Error> {
    let mut groups: Vec<PathGroup> = Vec::new();
    // pre-commit names many files of one folder: search from each folder once.
    let mut found: HashMap<PathBuf, Option<ConfigFile>> = HashMap::new();
    for path in paths {
        let config = if isolated {
            None
        } else {
            let start = search_start(path);
            match found.get(&start) {
                Some(config) => config.clone(),
                None => {
                    let config = find_from(&start)?;
                    found.insert(start, config.clone());
                    config
                }
            }
        };
        let key = config.as_ref().map(|c| c.path.as_str());
        match groups
            .iter_mut()
            .find(|g| g.config.as_ref().map(|c| c.path.as_str()) == key)
        {
            Some(group) => group.paths.push(path.clone()),
            None => groups.push(PathGroup {
                config,
                paths: vec![path.clone()],
            }),
        }
    }
    Ok(groups)
}
