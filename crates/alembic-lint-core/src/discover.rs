//! Finding Alembic script directories and their migration files.
//!
//! A script directory comes from `alembic.ini` (`script_location`, `version_locations`), from
//! `pyproject.toml` `[tool.alembic]`, or from any folder holding `env.py` beside `versions/`.

mod config;
mod paths;

use crate::dialect::Dialect;
use paths::normalize;
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// One Alembic script directory: its own revision graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptDir {
    /// The script directory (the folder holding `env.py`), as the user would type it.
    pub path: PathBuf,
    /// Migration files, sorted, as the user would type them.
    pub files: Vec<PathBuf>,
    /// False when only some of its files were named on the command line, so the revision
    /// graph cannot be judged.
    pub complete: bool,
    /// The database the migrations target, when the layout says so (`versions/sqlite/`).
    pub dialect: Option<Dialect>,
}

/// What discovery found.
#[derive(Clone, Debug, Default)]
pub struct Discovery {
    pub script_dirs: Vec<ScriptDir>,
    /// Problems that did not stop discovery (a symlink loop, an unreadable folder, a
    /// `script_location` that does not exist), each `path: what happened`.
    pub warnings: Vec<String>,
}

/// Folders never searched for migrations.
const SKIPPED_DIRS: &[&str] = &[
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".tox",
    ".nox",
    "site-packages",
    "dist",
    "build",
    "target",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".eggs",
];

/// A script directory being assembled, keyed by its canonical path.
struct Found {
    display: PathBuf,
    version_dirs: Vec<PathBuf>,
    files: Vec<PathBuf>,
    /// Each file's canonical folder joined with its name: the same file reached by two spellings
    /// (or two overlapping version locations) is listed once. Only folders are resolved, once
    /// per folder, so thousands of files cost no extra system calls.
    identities: HashSet<PathBuf>,
    complete: bool,
}

impl Found {
    fn new(display: PathBuf, complete: bool) -> Self {
        Found {
            display,
            version_dirs: Vec::new(),
            files: Vec::new(),
            identities: HashSet::new(),
            complete,
        }
    }

    fn add_file(&mut self, file: PathBuf, identity: PathBuf) {
        if self.identities.insert(identity) {
            self.files.push(file);
        }
    }
}

#[derive(Default)]
struct Collector {
    dirs: BTreeMap<PathBuf, Found>,
    warnings: Vec<String>,
}

/// Finds the script directories under each path. An error (one line, with the path) when a path
/// does not exist or holds no migrations.
pub fn discover(paths: &[PathBuf]) -> Result<Discovery, String> {
    let mut collector = Collector::default();
    for path in paths {
        let before = collector.file_count();
        let path = normalize(path);
        let meta = fs::metadata(&path).map_err(|err| {
            format!(
                "cannot read `{}`: {}",
                path.display(),
                paths::io_message(&err)
            )
        })?;
        if meta.is_file() {
            collector.add_single_file(&path)?;
        } else {
            collector.search(&path);
        }
        if collector.file_count() == before {
            return Err(format!(
                "no Alembic migrations found in `{}` (looked for alembic.ini, pyproject.toml [tool.alembic], and env.py beside a versions/ folder)",
                path.display()
            ));
        }
    }
    Ok(collector.finish())
}

impl Collector {
    fn file_count(&self) -> usize {
        self.dirs.values().map(|d| d.files.len()).sum()
    }

    /// A migration file named directly: its script directory is the folder above `versions/`.
    fn add_single_file(&mut self, file: &Path) -> Result<(), String> {
        if file.extension().and_then(|e| e.to_str()) != Some("py") {
            return Err(format!("`{}` is not a Python file", file.display()));
        }
        let script_dir = file
            .ancestors()
            .skip(1)
            .find(|a| a.file_name().is_some_and(|n| n == "versions"))
            .and_then(Path::parent)
            .or_else(|| file.parent())
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let key = canonical(&script_dir);
        let found = self
            .dirs
            .entry(key)
            .or_insert_with(|| Found::new(script_dir, false));
        let identity = match (file.parent(), file.file_name()) {
            (Some(folder), Some(name)) => canonical(folder).join(name),
            _ => canonical(file),
        };
        found.add_file(file.to_path_buf(), identity);
        Ok(())
    }

    /// Walks a folder for configuration files and `env.py` + `versions/` pairs.
    fn search(&mut self, root: &Path) {
        // A `versions/` folder named directly.
        if root.file_name().is_some_and(|n| n == "versions") {
            if let Some(parent) = root.parent() {
                self.add_script_dir(parent, vec![root.to_path_buf()]);
                return;
            }
        }
        let walker = WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        let mut walker = walker.filter_entry(|e| e.depth() == 0 || !is_skipped(e));
        while let Some(entry) = walker.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    self.warnings.push(paths::walk_error(&err));
                    continue;
                }
            };
            if !entry.file_type().is_dir() {
                continue;
            }
            let dir = entry.path();
            if dir.join("alembic.ini").is_file() {
                self.add_from_ini(dir);
            }
            if dir.join("pyproject.toml").is_file() {
                self.add_from_pyproject(dir);
            }
            if dir.join("env.py").is_file() && dir.join("versions").is_dir() {
                self.add_script_dir(dir, vec![dir.join("versions")]);
                // The migrations are read from versions/ below; nothing else to find inside.
                walker.skip_current_dir();
            }
        }
    }

    fn add_from_ini(&mut self, dir: &Path) {
        let ini = dir.join("alembic.ini");
        match config::read_ini(&ini) {
            Ok(locations) => {
                for location in locations {
                    self.add_configured(dir, &ini, location);
                }
            }
            Err(err) => self.warnings.push(err),
        }
    }

    fn add_from_pyproject(&mut self, dir: &Path) {
        let file = dir.join("pyproject.toml");
        match config::read_pyproject(&file) {
            Ok(Some(location)) => self.add_configured(dir, &file, location),
            Ok(None) => {}
            Err(err) => self.warnings.push(err),
        }
    }

    fn add_configured(&mut self, dir: &Path, config_file: &Path, location: config::Location) {
        // `%(here)s` is the config file's folder, which relative locations are resolved against.
        let resolve = |p: &str| normalize(&dir.join(p.replace("%(here)s", ".")));
        let script_dir = if config::is_package(&location.script_location) {
            // The package is importable from some folder above the config file (or its `src/`).
            let relative = config::package_path(&location.script_location);
            dir.ancestors()
                .chain([Path::new("")])
                .flat_map(|a| [a.join(&relative), a.join("src").join(&relative)])
                .map(|p| normalize(&p))
                .find(|p| p.is_dir())
                .unwrap_or_else(|| resolve(&relative))
        } else {
            resolve(&location.script_location)
        };
        if !script_dir.is_dir() {
            self.warnings.push(format!(
                "{}: script_location `{}` is not a folder",
                config_file.display(),
                location.script_location
            ));
            return;
        }
        let version_dirs = if location.version_locations.is_empty() {
            vec![script_dir.join("versions")]
        } else {
            location
                .version_locations
                .iter()
                .map(|v| resolve(v))
                .collect()
        };
        self.add_script_dir(&script_dir, version_dirs);
    }

    fn add_script_dir(&mut self, script_dir: &Path, version_dirs: Vec<PathBuf>) {
        let key = canonical(script_dir);
        let found = self
            .dirs
            .entry(key)
            .or_insert_with(|| Found::new(normalize(script_dir), true));
        for dir in version_dirs {
            if found
                .version_dirs
                .iter()
                .any(|d| canonical(d) == canonical(&dir))
            {
                continue;
            }
            if !dir.is_dir() {
                self.warnings.push(format!(
                    "{}: version location is not a folder",
                    dir.display()
                ));
                continue;
            }
            let root = canonical(&dir);
            for (file, relative) in migration_files(&dir, &mut self.warnings) {
                found.add_file(file, root.join(relative));
            }
            found.version_dirs.push(dir);
        }
        found.complete = true;
    }

    fn finish(self) -> Discovery {
        let mut script_dirs = Vec::new();
        for mut d in self.dirs.into_values().filter(|d| !d.files.is_empty()) {
            // By bytes, the order diagnostics are shown in; comparing paths component by
            // component costs more than everything else discovery does.
            d.files.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
            match split_by_dialect(&d) {
                Some(groups) => script_dirs.extend(groups),
                None => script_dirs.push(ScriptDir {
                    path: d.display,
                    files: d.files,
                    complete: d.complete,
                    dialect: None,
                }),
            }
        }
        Discovery {
            script_dirs,
            warnings: self.warnings,
        }
    }
}

/// One script directory per dialect folder when every migration sits in one: each is its own
/// revision graph.
fn split_by_dialect(found: &Found) -> Option<Vec<ScriptDir>> {
    let mut groups: BTreeMap<PathBuf, (Dialect, Vec<PathBuf>)> = BTreeMap::new();
    for file in &found.files {
        let (root, rest) = found
            .version_dirs
            .iter()
            .find_map(|v| file.strip_prefix(normalize(v)).ok().map(|rest| (v, rest)))?;
        let first = rest.components().next()?.as_os_str().to_str()?;
        // Per-dialect histories (`versions/postgresql/`, `versions/sqlite/`), which `env.py`
        // picks between at run time, are named after the dialect.
        let dialect = Dialect::from_name(first).filter(|_| !first.contains('+'))?;
        if rest.components().count() < 2 {
            return None;
        }
        let group = groups
            .entry(normalize(&root.join(first)))
            .or_insert((dialect, Vec::new()));
        group.1.push(file.clone());
    }
    Some(
        groups
            .into_iter()
            .map(|(path, (dialect, files))| ScriptDir {
                path,
                files,
                complete: found.complete,
                dialect: Some(dialect),
            })
            .collect(),
    )
}

/// Every `*.py` below a versions folder, as Alembic lists them: sub-folders count (as with
/// `recursive_version_locations`) but symlinked folders are not entered (Alembic's `os.walk`
/// does not follow them); `__init__*` and editor lock files (`.#*`) are not migrations.
/// Entries named `*.py` that cannot be read as files (a broken symlink, a folder, a pipe) are
/// listed too, so that reading them reports the problem with the path instead of skipping it
/// silently.
/// Each file comes with its path relative to `dir`.
fn migration_files(dir: &Path, warnings: &mut Vec<String>) -> Vec<(PathBuf, PathBuf)> {
    let is_migration = |path: &Path| {
        path.extension().is_some_and(|e| e == "py")
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_none_or(|n| !n.starts_with("__init__") && !n.starts_with(".#"))
    };
    let mut files = Vec::new();
    let mut problems = Vec::new();
    // Not walkdir's sort: it finds each entry's file name again on every comparison, which
    // cost more than the rest of discovery on large folders. The caller sorts the files.
    let walker = WalkDir::new(dir).follow_links(false).into_iter();
    for entry in walker.filter_entry(|e| e.depth() == 0 || !is_skipped(e)) {
        match entry {
            Ok(entry) if entry.depth() > 0 && is_migration(entry.path()) => {
                files.push(listed(dir, entry.path()))
            }
            Ok(_) => {}
            Err(err) => match err.path() {
                Some(path) if err.loop_ancestor().is_none() && is_migration(path) => {
                    files.push(listed(dir, path))
                }
                _ => problems.push(paths::walk_error(&err)),
            },
        }
    }
    // Directory order depends on the file system; warnings come out the same everywhere.
    problems.sort();
    warnings.extend(problems);
    files
}

fn listed(dir: &Path, path: &Path) -> (PathBuf, PathBuf) {
    let relative = path.strip_prefix(dir).unwrap_or(path).to_path_buf();
    (normalize(path), relative)
}

/// Reads a migration file. Refuses anything that is not a regular file (reading a pipe would
/// block); the error is `path: what happened`.
pub fn read_migration(path: &Path) -> Result<Vec<u8>, String> {
    let fail = |what: String| format!("{}: {what}", path.display());
    let meta = fs::metadata(path).map_err(|err| fail(paths::io_message(&err)))?;
    if meta.is_dir() {
        return Err(fail("is a directory, not a migration file".to_owned()));
    }
    if !meta.is_file() {
        return Err(fail("not a regular file".to_owned()));
    }
    fs::read(path).map_err(|err| fail(paths::io_message(&err)))
}

fn is_skipped(entry: &walkdir::DirEntry) -> bool {
    entry.file_type().is_dir()
        && (entry
            .file_name()
            .to_str()
            .is_some_and(|n| SKIPPED_DIRS.contains(&n) || n.ends_with(".egg-info"))
            || entry.path().join("pyvenv.cfg").is_file())
}

/// The canonical form of a path for de-duplication; the path itself when it cannot be resolved.
fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}
