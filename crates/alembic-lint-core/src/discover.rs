//! Finding Alembic script directories and their migration files.
//!
//! A script directory comes from `alembic.ini` (`script_location`, `version_locations`), from
//! `pyproject.toml` `[tool.alembic]`, or from any folder holding `env.py` beside `versions/`.
//! Each path is resolved on its own: one that cannot be read or holds no migrations is an
//! error of its own, and the other paths are still searched.

mod config;
pub(crate) mod paths;

use crate::dialect::Dialect;
use crate::error::Error;
use paths::normalize;
use std::collections::{BTreeMap, HashMap, HashSet};
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
    /// Its version locations in the order the configuration lists them, which is the order
    /// Alembic loads them in, as the user would type them.
    pub version_locations: Vec<PathBuf>,
    /// False when only some of its files were named on the command line, so the revision
    /// graph cannot be judged.
    pub complete: bool,
    /// The database the migrations target, when the layout says so (`versions/sqlite/`).
    pub dialect: Option<Dialect>,
    /// The database the configuration's `sqlalchemy.url` names. Often a developer's database
    /// rather than production's, so a `--dialect` setting wins over it.
    pub url_dialect: Option<Dialect>,
}

/// What discovery found, and what kept it from finding more.
#[derive(Clone, Debug, Default)]
pub struct Discovery {
    pub script_dirs: Vec<ScriptDir>,
    /// Paths that could not be searched or hold no migrations, and version folders that could
    /// not be read: the check is incomplete (exit code 2).
    pub errors: Vec<Error>,
    /// Problems that did not stop discovery (a symlink loop, an unreadable folder outside any
    /// version location, a broken configuration file, a `script_location` that does not exist).
    pub warnings: Vec<Error>,
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

/// A version location of a script directory being assembled.
struct VersionDir {
    display: PathBuf,
    canonical: PathBuf,
    /// Listed whole (every migration in it is among the files); how many it holds.
    listed: Option<usize>,
}

/// A script directory being assembled, keyed by its canonical path.
struct Found {
    display: PathBuf,
    version_dirs: Vec<VersionDir>,
    /// The files to check, as the user would type them, each with its identity.
    files: Vec<(PathBuf, PathBuf)>,
    /// Each file's canonical folder joined with its name: the same file reached by two spellings
    /// (or two overlapping version locations) is listed once. Only folders are resolved, once
    /// per folder, so thousands of files cost no extra system calls.
    identities: HashSet<PathBuf>,
    /// Every version location was listed whole; otherwise only some files were named.
    whole: bool,
    /// A version folder could not be read: migrations may be missing from the graph.
    damaged: bool,
    /// The database the configuration's `sqlalchemy.url` names; per-database folders win.
    dialect: Option<Dialect>,
}

impl Found {
    fn new(display: PathBuf) -> Self {
        Found {
            display,
            version_dirs: Vec::new(),
            files: Vec::new(),
            identities: HashSet::new(),
            whole: false,
            damaged: false,
            dialect: None,
        }
    }

    fn add_file(&mut self, file: PathBuf, identity: PathBuf) {
        if self.identities.insert(identity.clone()) {
            self.files.push((file, identity));
        }
    }

    /// Records a version location (once) and returns its index.
    fn version_dir(&mut self, dir: &Path) -> usize {
        let canonical = canonical(dir);
        if let Some(at) = self
            .version_dirs
            .iter()
            .position(|v| v.canonical == canonical)
        {
            return at;
        }
        self.version_dirs.push(VersionDir {
            display: normalize(dir),
            canonical,
            listed: None,
        });
        self.version_dirs.len() - 1
    }
}

/// Where a folder or file sits inside a script directory: the script directory and its version
/// locations, as the user would type them.
#[derive(Clone)]
struct Enclosing {
    script_dir: PathBuf,
    version_dirs: Vec<PathBuf>,
    /// The database its configuration's `sqlalchemy.url` names.
    dialect: Option<Dialect>,
}

#[derive(Default)]
struct Collector {
    dirs: BTreeMap<PathBuf, Found>,
    errors: Vec<Error>,
    warnings: Vec<Error>,
    /// Migration files the path being resolved leads to, whether another path found them first
    /// or not.
    matched: usize,
    /// The script directory above each folder of the files named one by one: a pre-commit hook
    /// names many files of one folder.
    enclosing: HashMap<PathBuf, Option<Enclosing>>,
}

/// Finds the script directories under each path. Never fails as a whole: a path that does not
/// exist, cannot be read or holds no migrations is an error in the result, and the other
/// paths are still searched.
pub fn discover(paths: &[PathBuf]) -> Discovery {
    let mut collector = Collector::default();
    for path in paths {
        collector.resolve(&normalize(path));
    }
    collector.finish()
}

impl Collector {
    /// Finds what one path given on the command line leads to.
    fn resolve(&mut self, path: &Path) {
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            Err(err) => return self.errors.push(Error::unreadable(path, &err)),
        };
        self.matched = 0;
        let errors_before = self.errors.len();
        if meta.is_file() {
            self.add_single_file(path);
        } else if meta.is_dir() {
            if let Err(err) = fs::read_dir(path) {
                return self.errors.push(Error::unreadable(path, &err));
            }
            match enclosing_script_dir(path) {
                Some(enclosing) => self.add_part(enclosing, path),
                None => self.search(path),
            }
        } else {
            return self.errors.push(Error::NotAMigration {
                path: path.display().to_string(),
                reason: "not a regular file or folder".to_owned(),
            });
        }
        if self.matched == 0 && self.errors.len() == errors_before {
            self.errors.push(Error::NoMigrations {
                path: path.display().to_string(),
            });
        }
    }

    /// A migration file named directly: it belongs to the script directory above it, with
    /// that directory's layout (a `versions/sqlite/` file is a SQLite migration).
    fn add_single_file(&mut self, file: &Path) {
        if file.extension().and_then(|e| e.to_str()) != Some("py") {
            return self.errors.push(Error::NotAMigration {
                path: file.display().to_string(),
                reason: "not a Python file".to_owned(),
            });
        }
        let folder = file.parent().unwrap_or(Path::new(""));
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        let enclosing = self
            .enclosing
            .entry(folder.to_path_buf())
            .or_insert_with(|| enclosing_script_dir(folder))
            .clone();
        let enclosing = enclosing.unwrap_or_else(|| {
            // No script directory proven: the folder above `versions/`, else the file's own.
            let versions = file
                .ancestors()
                .skip(1)
                .find(|a| a.file_name().is_some_and(|n| n == "versions"));
            Enclosing {
                script_dir: versions
                    .and_then(Path::parent)
                    .unwrap_or(folder)
                    .to_path_buf(),
                version_dirs: versions.map(Path::to_path_buf).into_iter().collect(),
                dialect: None,
            }
        });
        let found = self.entry(&enclosing.script_dir);
        found.dialect = found.dialect.or(enclosing.dialect);
        for dir in &enclosing.version_dirs {
            found.version_dir(dir);
        }
        let identity = match file.file_name() {
            Some(name) => canonical(folder).join(name),
            None => canonical(file),
        };
        found.add_file(file.to_path_buf(), identity);
        self.matched += 1;
    }

    /// A folder inside a version location: its migrations, as part of their script directory.
    fn add_part(&mut self, enclosing: Enclosing, folder: &Path) {
        let root = canonical(folder);
        let mut errors = Vec::new();
        let files = migration_files(folder, &mut errors);
        self.matched += files.len();
        let found = self.entry(&enclosing.script_dir);
        found.dialect = found.dialect.or(enclosing.dialect);
        for dir in &enclosing.version_dirs {
            found.version_dir(dir);
        }
        for (file, relative) in files {
            found.add_file(file, root.join(relative));
        }
        if !errors.is_empty() {
            found.damaged = true;
        }
        self.errors.extend(errors);
    }

    fn entry(&mut self, script_dir: &Path) -> &mut Found {
        self.dirs
            .entry(canonical(script_dir))
            .or_insert_with(|| Found::new(normalize(script_dir)))
    }

    /// Walks a folder for configuration files and `env.py` + `versions/` pairs.
    fn search(&mut self, root: &Path) {
        // A `versions/` folder named directly, without `env.py` beside it.
        if root.file_name().is_some_and(|n| n == "versions") {
            if let Some(parent) = root.parent() {
                self.add_script_dir(parent, vec![root.to_path_buf()], None);
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
                    self.warnings.push(paths::walk_error(&err, root));
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
                self.add_script_dir(dir, vec![dir.join("versions")], None);
                // The migrations are read from versions/ below; nothing else to find inside.
                walker.skip_current_dir();
            }
        }
    }

    fn add_from_ini(&mut self, dir: &Path) {
        match config::read_ini(&normalize(&dir.join("alembic.ini"))) {
            Ok(locations) => {
                for location in locations {
                    if let Some((script_dir, version_dirs)) =
                        configured(dir, &location, &mut self.warnings)
                    {
                        self.add_script_dir(&script_dir, version_dirs, location.dialect);
                    }
                }
            }
            Err(err) => self.warnings.push(err),
        }
    }

    fn add_from_pyproject(&mut self, dir: &Path) {
        match config::read_pyproject(&normalize(&dir.join("pyproject.toml"))) {
            Ok(Some(location)) => {
                if let Some((script_dir, version_dirs)) =
                    configured(dir, &location, &mut self.warnings)
                {
                    self.add_script_dir(&script_dir, version_dirs, location.dialect);
                }
            }
            Ok(None) => {}
            Err(err) => self.warnings.push(err),
        }
    }

    /// A whole script directory: every migration of every version location; `dialect` is what
    /// its configuration's `sqlalchemy.url` names.
    fn add_script_dir(
        &mut self,
        script_dir: &Path,
        version_dirs: Vec<PathBuf>,
        dialect: Option<Dialect>,
    ) {
        let key = canonical(script_dir);
        let found = self
            .dirs
            .entry(key)
            .or_insert_with(|| Found::new(normalize(script_dir)));
        found.dialect = found.dialect.or(dialect);
        for dir in version_dirs {
            if !dir.is_dir() {
                self.warnings.push(Error::Skipped {
                    path: normalize(&dir).display().to_string(),
                    reason: "version location is not a folder".to_owned(),
                });
                continue;
            }
            let at = found.version_dir(&dir);
            if let Some(count) = found.version_dirs[at].listed {
                self.matched += count;
                continue;
            }
            let root = found.version_dirs[at].canonical.clone();
            let mut errors = Vec::new();
            let files = migration_files(&dir, &mut errors);
            if !errors.is_empty() {
                found.damaged = true;
            }
            self.errors.extend(errors);
            found.version_dirs[at].listed = Some(files.len());
            self.matched += files.len();
            for (file, relative) in files {
                found.add_file(file, root.join(relative));
            }
        }
        found.whole = true;
    }

    fn finish(self) -> Discovery {
        let mut script_dirs = Vec::new();
        let mut warnings = self.warnings;
        for mut found in self.dirs.into_values().filter(|d| !d.files.is_empty()) {
            if found.dialect.is_some() && !env_uses_ini_url(&found.display) {
                found.dialect = None;
            }
            script_dirs.extend(assemble(found, &mut warnings));
        }
        Discovery {
            script_dirs,
            errors: self.errors,
            warnings,
        }
    }
}

/// Whether the script directory's `env.py` connects with the URL `alembic.ini` gives, read as
/// text, never run. Many projects leave a placeholder there (`sqlite:///will/be/overridden`) and
/// build the engine from their own settings: `create_engine(...)` or `set_main_option(...)`.
fn env_uses_ini_url(script_dir: &Path) -> bool {
    let Ok(env) = fs::read_to_string(script_dir.join("env.py")) else {
        return false;
    };
    let reads = env.contains("engine_from_config(") || env.contains("\"sqlalchemy.url\"");
    let overrides = env.contains("create_engine(") || env.contains("set_main_option(");
    reads && !overrides
}

/// A dialect folder's canonical path, its dialect and the identities of its migrations.
type DialectGroup<'a> = (PathBuf, Dialect, Vec<&'a PathBuf>);

/// A found script directory as one script directory per dialect folder when every migration
/// sits in one (each is its own revision graph), else as one. Where only some files were
/// named, the rest of the version locations is listed to learn the layout, and a graph is
/// complete only when every one of its files was named.
fn assemble(mut found: Found, warnings: &mut Vec<Error>) -> Vec<ScriptDir> {
    // By bytes, the order diagnostics are shown in; comparing paths component by component
    // costs more than everything else discovery does.
    found
        .files
        .sort_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
    // Every migration of the script directory: (version location, path inside it, identity).
    let all: Vec<(usize, PathBuf, PathBuf)> = if found.whole {
        found
            .files
            .iter()
            .filter_map(|(_, identity)| {
                found.version_dirs.iter().enumerate().find_map(|(at, v)| {
                    let rest = identity.strip_prefix(&v.canonical).ok()?;
                    Some((at, rest.to_path_buf(), identity.clone()))
                })
            })
            .collect()
    } else {
        let mut problems = Vec::new();
        let mut all = Vec::new();
        for (at, v) in found.version_dirs.iter().enumerate() {
            for (_, rest) in migration_files(&v.display, &mut problems) {
                all.push((at, v.canonical.join(&rest), rest));
            }
        }
        // A folder that was named was reported already; beside a named file, a warning.
        if !found.damaged {
            warnings.extend(problems);
        }
        all.into_iter()
            .map(|(at, id, rest)| (at, rest, id))
            .collect()
    };
    let named = |ids: &[&PathBuf]| {
        !found.damaged && (found.whole || ids.iter().all(|id| found.identities.contains(*id)))
    };
    // Per-dialect histories (`versions/postgresql/`, `versions/sqlite/`), which `env.py`
    // picks between at run time, are named after the dialect.
    let dialect_of = |rest: &Path| {
        let first = rest.components().next()?.as_os_str().to_str()?;
        let dialect = Dialect::from_name(first).filter(|_| !first.contains('+'))?;
        (rest.components().count() >= 2).then(|| (first.to_owned(), dialect))
    };
    let split: Option<BTreeMap<PathBuf, DialectGroup>> =
        all.iter()
            .try_fold(BTreeMap::new(), |mut groups, (at, rest, id)| {
                let (first, dialect) = dialect_of(rest)?;
                let v = &found.version_dirs[*at];
                groups
                    .entry(normalize(&v.display.join(&first)))
                    .or_insert_with(|| (v.canonical.join(&first), dialect, Vec::new()))
                    .2
                    .push(id);
                Some(groups)
            });
    let files_of = |ids: &dyn Fn(&Path) -> bool| -> Vec<PathBuf> {
        found
            .files
            .iter()
            .filter(|(_, id)| ids(id))
            .map(|(file, _)| file.clone())
            .collect()
    };
    let locations: Vec<PathBuf> = found
        .version_dirs
        .iter()
        .map(|v| v.display.clone())
        .collect();
    let groups = match split {
        Some(groups) if !groups.is_empty() => groups,
        _ => {
            let complete =
                !all.is_empty() && named(&all.iter().map(|(_, _, id)| id).collect::<Vec<_>>());
            return vec![ScriptDir {
                path: found.display.clone(),
                files: files_of(&|_| true),
                complete,
                dialect: None,
                url_dialect: found.dialect,
                version_locations: locations.clone(),
            }];
        }
    };
    let mut script_dirs: Vec<ScriptDir> = groups
        .iter()
        .map(|(path, (folder, dialect, members))| ScriptDir {
            path: path.clone(),
            files: files_of(&|id| id.starts_with(folder)),
            complete: named(members),
            dialect: Some(*dialect),
            url_dialect: found.dialect,
            version_locations: locations.clone(),
        })
        .filter(|dir| !dir.files.is_empty())
        .collect();
    // Named files outside every dialect folder (beside them in `versions/`): checked, without
    // a graph.
    let rest = files_of(&|id| !groups.values().any(|(folder, _, _)| id.starts_with(folder)));
    if !rest.is_empty() {
        script_dirs.push(ScriptDir {
            path: found.display.clone(),
            files: rest,
            complete: false,
            dialect: None,
            url_dialect: found.dialect,
            version_locations: locations.clone(),
        });
    }
    script_dirs
}

/// The script directory a folder sits in when it is a version location or inside one: the
/// nearest folder above holding a configuration file that names such a version location, or
/// holding `env.py` beside the `versions/` folder the path is in. Paths are kept as the user
/// would type them (`../..` from inside `versions/sqlite/`).
fn enclosing_script_dir(folder: &Path) -> Option<Enclosing> {
    let absolute = std::path::absolute(folder).ok()?;
    let canonical_folder = canonical(folder);
    // A script directory itself, or a project holding one, is searched as usual.
    if folder.join("env.py").is_file() && folder.join("versions").is_dir() {
        return None;
    }
    let mut up = PathBuf::new();
    for ancestor in absolute.ancestors() {
        let shown = normalize(&folder.join(&up));
        up.push("..");
        for location in config::locations_in(ancestor) {
            let mut ignored = Vec::new();
            let Some((script_dir, version_dirs)) = configured(&shown, &location, &mut ignored)
            else {
                continue;
            };
            if version_dirs
                .iter()
                .any(|v| canonical_folder.starts_with(canonical(v)))
            {
                return Some(Enclosing {
                    script_dir,
                    version_dirs,
                    dialect: location.dialect,
                });
            }
        }
        if ancestor.file_name().is_some_and(|n| n == "versions")
            && ancestor
                .parent()
                .is_some_and(|p| p.join("env.py").is_file())
        {
            return Some(Enclosing {
                script_dir: normalize(&shown.join("..")),
                version_dirs: vec![shown],
                dialect: None,
            });
        }
    }
    None
}

/// The script directory and version locations a configuration file in `dir` names; a warning
/// when its `script_location` is not a folder.
fn configured(
    dir: &Path,
    location: &config::Location,
    warnings: &mut Vec<Error>,
) -> Option<(PathBuf, Vec<PathBuf>)> {
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
        warnings.push(Error::Skipped {
            path: location.file.display().to_string(),
            reason: format!(
                "script_location `{}` is not a folder",
                location.script_location
            ),
        });
        return None;
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
    Some((script_dir, version_dirs))
}

/// Every `*.py` below a versions folder, as Alembic lists them: sub-folders count (as with
/// `recursive_version_locations`) but symlinked folders are not entered (Alembic's `os.walk`
/// does not follow them); `__init__*` and editor lock files (`.#*`) are not migrations.
/// Entries named `*.py` that cannot be read as files (a broken symlink, a folder, a pipe) are
/// listed too, so that reading them reports the problem with the path instead of skipping it
/// silently. A folder that cannot be read is an error: its migrations are missing.
/// Each file comes with its path relative to `dir`.
fn migration_files(dir: &Path, errors: &mut Vec<Error>) -> Vec<(PathBuf, PathBuf)> {
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
                _ => problems.push(paths::walk_error(&err, dir)),
            },
        }
    }
    // Directory order depends on the file system; errors come out the same everywhere.
    problems.sort_by_key(ToString::to_string);
    errors.extend(problems);
    files
}

fn listed(dir: &Path, path: &Path) -> (PathBuf, PathBuf) {
    let relative = path.strip_prefix(dir).unwrap_or(path).to_path_buf();
    (normalize(path), relative)
}

/// Reads a migration file. Refuses anything that is not a regular file (reading a pipe would
/// block).
pub fn read_migration(path: &Path) -> Result<Vec<u8>, Error> {
    let not_a_migration = |reason: &str| Error::NotAMigration {
        path: path.display().to_string(),
        reason: reason.to_owned(),
    };
    let meta = fs::metadata(path).map_err(|err| Error::unreadable(path, &err))?;
    if meta.is_dir() {
        return Err(not_a_migration("it is a folder"));
    }
    if !meta.is_file() {
        return Err(not_a_migration("not a regular file"));
    }
    fs::read(path).map_err(|err| Error::unreadable(path, &err))
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn project(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../testdata/projects")
            .join(name)
    }

    #[test]
    fn named_files_keep_their_dialect_and_are_complete_only_when_all_are_named() {
        let sqlite = project("dialect-folders").join("tasks/migrations/versions/sqlite");
        let mut files: Vec<PathBuf> = fs::read_dir(&sqlite)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let some = discover(&files[..1]);
        assert!(some.errors.is_empty(), "{:?}", some.errors);
        assert_eq!(some.script_dirs.len(), 1);
        assert_eq!(some.script_dirs[0].dialect, Some(Dialect::Sqlite));
        assert!(!some.script_dirs[0].complete);
        let all = discover(&files);
        assert_eq!(all.script_dirs.len(), 1);
        assert_eq!(all.script_dirs[0].dialect, Some(Dialect::Sqlite));
        assert!(all.script_dirs[0].complete);
        assert_eq!(all.script_dirs[0].files.len(), 2);
    }

    #[test]
    fn a_release_folder_is_part_of_its_script_directory_without_its_graph() {
        let versions = project("recursive-versions").join("inventory/db/migrations/versions");
        let found = discover(&[versions.join("2024")]);
        assert!(found.errors.is_empty(), "{:?}", found.errors);
        assert_eq!(found.script_dirs.len(), 1);
        let dir = &found.script_dirs[0];
        assert!(dir.path.ends_with("inventory/db/migrations"), "{dir:?}");
        assert_eq!(dir.files.len(), 2);
        assert!(!dir.complete);
    }

    #[test]
    fn every_path_is_resolved_on_its_own() {
        let good = project("recursive-versions");
        let found = discover(&[PathBuf::from("/no/such/path"), good.clone(), good]);
        assert_eq!(
            found.errors,
            [Error::Unreadable {
                path: "/no/such/path".to_owned(),
                reason: "no such file or directory".to_owned()
            }]
        );
        assert_eq!(found.script_dirs.len(), 1);
        assert_eq!(found.script_dirs[0].files.len(), 4);
        assert!(found.script_dirs[0].complete);
    }
}
