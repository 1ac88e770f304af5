//! The one entry point of a check: discover, read and check every file once in parallel, build
//! each script directory's revision graph and run the graph rules, then sort. It returns data;
//! the binary renders it, and tests, fuzz targets and benchmarks call the same functions.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::changes::{self, FileChange};
use crate::check::{
    check_file, revision_and_created_tables, FileReport, FileRules, InChange, StageTimes,
};
use crate::diagnostic::Diagnostic;
use crate::dialect::Dialect;
use crate::discover::{discover, read_migration, Discovery};
use crate::env::EnvFacts;
use crate::error::Error;
use crate::graph::{self, Analysis, GraphSummary};
use crate::history;
use crate::model::Migration;
use crate::path_globs::PathGlobs;
use crate::rules::{self, Check, GraphContext};
use crate::settings::{DialectSetting, Settings};
use crate::start_after;
use crate::suppression::{self, Suppressions};

/// Everything a check found.
#[derive(Debug, Default)]
pub struct Report {
    /// Every file that could be read, in path order.
    pub files: Vec<FileReport>,
    /// File and graph diagnostics after selection, sorted by path, position and code.
    pub diagnostics: Vec<Diagnostic>,
    /// What kept part of the check from running: a path that does not exist or holds no
    /// migrations, a file that cannot be read. Any of them makes the run fail (exit code 2).
    pub errors: Vec<Error>,
    /// Problems that did not keep anything from being checked (a broken `alembic.ini` beside
    /// other configuration, a symlink loop).
    pub warnings: Vec<Error>,
    /// Script directories in discovery order.
    pub script_dirs: Vec<ScriptDirReport>,
    pub timings: Timings,
    /// Each parsed file's model by path, kept only by [`check_keeping_models`].
    pub(crate) models: HashMap<String, Migration>,
    /// Stand-ins for files that could not be read: their directory's graph knows a revision
    /// may be missing.
    unread: Vec<FileReport>,
}

/// One script directory: its own revision graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptDirReport {
    /// The folder holding `env.py` (or the per-database folder), as the user would type it.
    pub path: String,
    /// Its migration files, as the user would type them.
    pub files: Vec<String>,
    /// False when only some of its files were named: its revision graph cannot be judged.
    pub complete: bool,
    /// The database its migrations target, when known.
    pub dialect: Option<Dialect>,
    /// Its version locations in the order Alembic loads them, as the user would type them.
    pub version_locations: Vec<String>,
}

/// The counts users see at the end of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Files checked.
    pub files: usize,
    /// Files that declare a literal revision id.
    pub revisions: usize,
    pub diagnostics: usize,
}

/// Where the time of a check went.
#[derive(Clone, Copy, Debug, Default)]
pub struct Timings {
    /// Wall time of discovery.
    pub discover: Duration,
    /// Reading files, CPU time summed over threads.
    pub read: Duration,
    /// Per-file stages, CPU time summed over threads.
    pub files: StageTimes,
    /// Wall time of the graph rules, selection and sorting.
    pub graph: Duration,
    /// Bytes read.
    pub bytes: u64,
}

impl Report {
    pub fn summary(&self) -> Summary {
        Summary {
            files: self.files.len(),
            revisions: self
                .files
                .iter()
                .filter(|f| f.meta.as_ref().is_some_and(|m| m.revision_id().is_some()))
                .count(),
            diagnostics: self.diagnostics.len(),
        }
    }

    /// Whether alembic-lint itself failed on some file (an `internal-error` diagnostic).
    pub fn has_internal_error(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.code == rules::INTERNAL_ERROR)
    }

    /// Heads, bases, merge points and history of each script directory, in discovery order.
    pub fn graph_summaries(&self) -> Vec<(&ScriptDirReport, GraphSummary)> {
        self.script_dir_files()
            .into_iter()
            .map(|(dir, files)| (dir, graph::summarize(&files)))
            .collect()
    }

    /// Each script directory with its files' reports, unreadable files included as stand-ins.
    pub(crate) fn script_dir_files(&self) -> Vec<(&ScriptDirReport, Vec<&FileReport>)> {
        let by_path: HashMap<&str, &FileReport> = self
            .files
            .iter()
            .chain(&self.unread)
            .map(|r| (r.path.as_str(), r))
            .collect();
        self.script_dirs
            .iter()
            .map(|dir| {
                let files = dir
                    .files
                    .iter()
                    .filter_map(|file| by_path.get(file.as_str()).copied())
                    .collect();
                (dir, files)
            })
            .collect()
    }
}

/// Checks the migrations under `paths`: every selected file and graph rule.
pub fn check(paths: &[PathBuf], settings: &Settings) -> Report {
    check_paths(paths, settings, false)
}

/// [`check`], keeping each file's model for what reads the operations after the rules (the
/// deploy plan).
pub(crate) fn check_keeping_models(paths: &[PathBuf], settings: &Settings) -> Report {
    check_paths(paths, settings, true)
}

fn check_paths(paths: &[PathBuf], settings: &Settings, keep_models: bool) -> Report {
    let started = Instant::now();
    let mut discovery = discover(paths);
    if let Some(exclude) = &settings.exclude {
        exclude_files(&mut discovery, exclude);
    }
    let discover_time = started.elapsed();
    let mut report = Report {
        errors: discovery.errors,
        warnings: discovery.warnings,
        ..Report::default()
    };
    for dir in &discovery.script_dirs {
        // A per-database folder is certain; then the setting; then `sqlalchemy.url`.
        let dialect = match (dir.dialect, settings.dialect) {
            (Some(folder), _) => Some(folder),
            (None, DialectSetting::Fixed(dialect)) => Some(dialect),
            (None, DialectSetting::Auto) => dir.url_dialect,
        };
        report.script_dirs.push(ScriptDirReport {
            path: dir.path.display().to_string(),
            files: dir.files.iter().map(|f| f.display().to_string()).collect(),
            complete: dir.complete,
            dialect,
            version_locations: dir
                .version_locations
                .iter()
                .map(|v| v.display().to_string())
                .collect(),
        });
    }
    // A file can belong to more than one script directory (overlapping version locations);
    // it is still read and checked once, with the first directory's dialect and `env.py`.
    let mut inputs: Vec<(&Path, Input, DirFacts)> = Vec::new();
    let read_env = rules::reads_env_py(&settings.selection);
    for (found, dir) in discovery.script_dirs.iter().zip(&report.script_dirs) {
        // Read once per directory, and only for a rule that uses it; every file of the
        // directory shares the reading.
        let env = if read_env {
            EnvFacts::read(env_dir(&found.path))
        } else {
            EnvFacts::default()
        };
        inputs.extend(found.files.iter().map(|f| {
            let facts = DirFacts {
                dialect: dir.dialect,
                env,
            };
            (f.as_path(), Input::Path(f), facts)
        }));
    }
    inputs.sort_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
    inputs.dedup_by(|a, b| a.0 == b.0);
    let inputs = inputs
        .into_iter()
        .map(|(path, input, facts)| (path.display().to_string(), input, facts))
        .collect();
    check_inputs(&mut report, inputs, settings, keep_models);
    report.timings.discover = discover_time;
    report
}

/// Checks each group of paths with its own settings (paths under different configuration
/// files) and merges the reports: files and diagnostics in path order, problems and script
/// directories in group order.
pub fn check_groups(groups: &[(Vec<PathBuf>, Settings)]) -> Report {
    let mut merged = Report::default();
    for (paths, settings) in groups {
        let report = check(paths, settings);
        merged.files.extend(report.files);
        merged.diagnostics.extend(report.diagnostics);
        merged.errors.extend(report.errors);
        merged.warnings.extend(report.warnings);
        merged.script_dirs.extend(report.script_dirs);
        merged.unread.extend(report.unread);
        merged.timings.add(&report.timings);
    }
    // A file reached from two groups is reported once, as the first group checked it.
    merged.files.sort_by(|a, b| a.path.cmp(&b.path));
    merged.files.dedup_by(|a, b| a.path == b.path);
    sort_and_dedup(&mut merged.diagnostics);
    merged
}

impl Timings {
    fn add(&mut self, other: &Timings) {
        self.discover += other.discover;
        self.read += other.read;
        self.files.parse += other.files.parse;
        self.files.extract += other.files.extract;
        self.files.rules += other.files.rules;
        self.graph += other.graph;
        self.bytes += other.bytes;
    }
}

/// Drops the files `exclude` matches. A script directory that loses some of its files can no
/// longer have its revision graph judged; one that loses all of them is not checked.
fn exclude_files(discovery: &mut Discovery, exclude: &PathGlobs) {
    for dir in &mut discovery.script_dirs {
        let before = dir.files.len();
        dir.files.retain(|file| !exclude.matches(file));
        if dir.files.len() < before {
            dir.complete = false;
        }
    }
    discovery.script_dirs.retain(|dir| !dir.files.is_empty());
}

/// The folder holding the script directory's `env.py`: the directory itself, or for a
/// per-database folder (`versions/postgresql/`) the script directory above it.
fn env_dir(path: &Path) -> &Path {
    path.ancestors()
        .take(3)
        .find(|dir| dir.join("env.py").is_file())
        .unwrap_or(path)
}

/// Migration files given as bytes, checked as the script directory `dir` (what tests, fuzz
/// targets and benchmarks of single files run).
pub struct Sources<'a> {
    pub dir: &'a str,
    /// Display path and content of each file.
    pub files: &'a [(&'a str, &'a [u8])],
    /// The database the directory targets, when known.
    pub dialect: Option<Dialect>,
    /// The files are the directory's whole history: run the graph rules on them.
    pub complete: bool,
}

/// Checks files given as bytes, as one script directory.
pub fn check_sources(sources: &Sources, settings: &Settings) -> Report {
    let mut report = Report {
        script_dirs: vec![ScriptDirReport {
            path: sources.dir.to_owned(),
            files: sources.files.iter().map(|(p, _)| (*p).to_owned()).collect(),
            complete: sources.complete,
            dialect: sources.dialect,
            version_locations: Vec::new(),
        }],
        ..Report::default()
    };
    let inputs = sources
        .files
        .iter()
        .map(|&(path, bytes)| {
            let facts = DirFacts {
                dialect: sources.dialect,
                env: EnvFacts::default(),
            };
            (path.to_owned(), Input::Bytes(bytes), facts)
        })
        .collect();
    check_inputs(&mut report, inputs, settings, false);
    report
}

/// What a file's script directory says about every file in it.
#[derive(Clone, Copy)]
struct DirFacts {
    dialect: Option<Dialect>,
    env: EnvFacts,
}

/// Where a file's bytes come from.
#[derive(Clone, Copy)]
enum Input<'a> {
    Path(&'a Path),
    Bytes(&'a [u8]),
}

/// Reads and checks every file once, in parallel, then runs the graph rules, applies the
/// suppression comments and sorts. Inputs come sorted by path; `report.script_dirs` is filled.
/// With `keep_models`, each file's model is kept in `report.models` (the plan reads them).
fn check_inputs(
    report: &mut Report,
    inputs: Vec<(String, Input, DirFacts)>,
    settings: &Settings,
    keep_models: bool,
) {
    let rules = FileRules {
        keep_models,
        ..FileRules::new(settings)
    };
    let unchanged_rules = FileRules {
        keep_models,
        ..FileRules::none(settings)
    };
    let changed: Vec<Option<FileChange>> = inputs
        .iter()
        .map(|(path, input, _)| file_change(settings, path, *input))
        .collect();
    let created_earlier = tables_created_earlier(&inputs, &changed);
    // `collect` keeps input order, so the result does not depend on the thread count.
    let results: Vec<_> = inputs
        .into_par_iter()
        .enumerate()
        .map(|(i, (path, input, facts))| {
            let started = Instant::now();
            let read = read_input(input);
            let read_time = started.elapsed();
            let in_change = changed[i].map(|change| InChange {
                change,
                created_earlier: &created_earlier[i],
            });
            // In a diff, the files it did not change are only read for the revision graph.
            let (rules, reported) = match (&settings.changes, in_change) {
                (Some(_), None) => (&unchanged_rules, false),
                _ => (&rules, true),
            };
            let checked = read.map(|bytes| {
                let checked = check_file(&path, &bytes, rules, facts.dialect, facts.env, in_change);
                (checked, bytes.len())
            });
            (path, checked, read_time, reported)
        })
        .collect();

    let mut diagnostics = Vec::new();
    let mut suppressions = Vec::new();
    // Files a diff did not change: their suppressions still apply to graph rules, but they
    // report nothing of their own.
    let mut unreported = HashSet::new();
    for (path, checked, read_time, reported) in results {
        report.timings.read += read_time;
        match checked {
            Ok((checked, size)) => {
                let file = checked.report;
                if !checked.suppressions.is_empty() {
                    suppressions.push(checked.suppressions);
                }
                report.timings.bytes += size as u64;
                let t = &mut report.timings.files;
                t.parse += file.timings.parse;
                t.extract += file.timings.extract;
                t.rules += file.timings.rules;
                if reported {
                    diagnostics.extend(checked.diagnostics);
                } else {
                    unreported.insert(file.path.clone());
                }
                if let Some(model) = checked.model {
                    report.models.insert(file.path.clone(), model);
                }
                report.files.push(file);
            }
            Err(err) => {
                report.errors.push(err);
                report.unread.push(FileReport {
                    path,
                    ..FileReport::default()
                });
            }
        }
    }

    let graph_started = Instant::now();
    let dirs = report.script_dir_files();
    let mut start_after_error = None;
    if let Some(revision) = &settings.start_after {
        match applied_files(&dirs, revision) {
            Ok(applied) => diagnostics.retain(|d| !applied.contains(d.path.as_str())),
            Err(err) => start_after_error = Some(err),
        }
    }
    diagnostics.extend(graph_diagnostics(&dirs, settings));
    history::settle(&dirs, &mut diagnostics);
    drop(dirs);
    report.errors.extend(start_after_error);
    add_graph_rules_ran(report, settings, &mut suppressions);
    suppression::apply(&mut diagnostics, &suppressions, settings);
    if !unreported.is_empty() {
        diagnostics.retain(|d| {
            rules::find(d.code).is_some_and(|r| matches!(r.check, Check::Graph(_)))
                || !unreported.contains(&d.path)
        });
    }
    if !settings.per_file_ignores.is_empty() {
        diagnostics.retain(|d| !settings.ignores_in_file(&d.path, d.code));
    }
    sort_and_dedup(&mut diagnostics);
    report.diagnostics = diagnostics;
    report.timings.graph = graph_started.elapsed();
}

fn read_input(input: Input) -> Result<Cow<[u8]>, Error> {
    match input {
        Input::Path(file) => read_migration(file).map(Cow::Owned),
        Input::Bytes(bytes) => Ok(Cow::Borrowed(bytes)),
    }
}

/// How a diff changed the file; `None` outside a diff or when it did not change the file.
fn file_change(settings: &Settings, path: &str, input: Input) -> Option<FileChange> {
    let file = match input {
        Input::Path(file) => file,
        Input::Bytes(_) => Path::new(path),
    };
    settings.changes.as_ref()?.get(file)
}

/// For each input, the tables created by the migrations the change added before it (empty for
/// files it did not add). Only the added files are read for this, before the check proper.
fn tables_created_earlier(
    inputs: &[(String, Input, DirFacts)],
    changed: &[Option<FileChange>],
) -> Vec<Vec<String>> {
    let added: Vec<usize> = (0..inputs.len())
        .filter(|&i| changed[i] == Some(FileChange::Added))
        .collect();
    let read: Vec<(usize, _)> = added
        .par_iter()
        .filter_map(|&i| {
            let bytes = read_input(inputs[i].1).ok()?;
            Some((i, revision_and_created_tables(&bytes)?))
        })
        .collect();
    let (indices, facts): (Vec<usize>, Vec<_>) = read.into_iter().unzip();
    let mut out = vec![Vec::new(); inputs.len()];
    for (i, tables) in indices
        .into_iter()
        .zip(changes::tables_created_by_ancestors(&facts))
    {
        out[i] = tables;
    }
    out
}

/// The files of `start-after`'s revision and its ancestors in every script directory that has
/// it. A revision no directory has is an error, unless some directory's history is only partly
/// known (files named one by one), where it may simply not be among the named files.
fn applied_files<'a>(
    dirs: &[(&ScriptDirReport, Vec<&'a FileReport>)],
    revision: &str,
) -> Result<HashSet<&'a str>, Error> {
    let mut applied = HashSet::new();
    let mut found = false;
    let mut partial = false;
    for (dir, files) in dirs {
        partial |= !dir.complete;
        if let Some(paths) = start_after::applied_files(files, revision) {
            found = true;
            applied.extend(paths);
        }
    }
    if found || partial || dirs.is_empty() {
        Ok(applied)
    } else {
        Err(Error::InvalidSetting {
            setting: "start-after".to_owned(),
            value: revision.to_owned(),
            expected: "no checked script directory has this revision".to_owned(),
        })
    }
}

/// The selected graph rules on each script directory whose history is complete.
fn graph_diagnostics(
    dirs: &[(&ScriptDirReport, Vec<&FileReport>)],
    settings: &Settings,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (dir, files) in dirs {
        // When only some files were named (a pre-commit hook passes the changed ones), the rest
        // of the history is unknown, so heads and missing parents would be guesses.
        if dir.complete {
            out.extend(check_graph(files, settings));
        }
    }
    out
}

/// Graph rules run on the files of complete script directories only: a suppression of one is
/// judged there and nowhere else.
fn add_graph_rules_ran(report: &Report, settings: &Settings, files: &mut [Suppressions]) {
    let graph_rules: Vec<&str> = rules::RULES
        .iter()
        .filter(|r| matches!(r.check, Check::Graph(_)) && settings.selection.is_enabled(r.code))
        .map(|r| r.code)
        .collect();
    for file in files {
        let in_complete_dir = report
            .script_dirs
            .iter()
            .any(|dir| dir.complete && dir.files.contains(&file.path));
        if in_complete_dir {
            file.ran.extend(&graph_rules);
        }
    }
}

/// The selected graph rules on one script directory's files (in path order), unsorted.
pub fn check_graph(files: &[&FileReport], settings: &Settings) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let checks: Vec<_> = rules::RULES
        .iter()
        .filter(|r| settings.selection.is_enabled(r.code))
        .filter_map(|r| match r.check {
            Check::Graph(check) => Some(check),
            _ => None,
        })
        .collect();
    if checks.is_empty() {
        return out;
    }
    let analysis = Analysis::new(files);
    let ctx = GraphContext {
        analysis: &analysis,
        settings,
    };
    for check in checks {
        check(&ctx, &mut out);
    }
    out
}

/// Sorts by path, position and code (the order users see) with the rest of the diagnostic
/// breaking ties so the output is the same on every run; drops exact duplicates, which arise
/// when two script directories share files.
fn sort_and_dedup(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| {
        (&a.path, a.span.start, a.code, a.span.end, &a.message).cmp(&(
            &b.path,
            b.span.start,
            b.code,
            b.span.end,
            &b.message,
        ))
    });
    diagnostics.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;
    use crate::model::Span;
    use crate::settings::PerFileIgnore;

    #[test]
    fn a_per_database_folder_reads_the_env_py_of_its_script_directory() {
        let migrations = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../testdata/projects/dialect-folders/tasks/migrations");
        let postgresql = migrations.join("versions/postgresql");
        assert_eq!(env_dir(&postgresql), migrations.as_path());
        assert_eq!(env_dir(&migrations), migrations.as_path());
    }

    fn project(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../testdata/projects")
            .join(name)
    }

    fn globs(root: &Path, pattern: &str) -> PathGlobs {
        PathGlobs::new(root, &[pattern.to_owned()]).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn per_file_ignores_drop_the_rules_they_name_for_matching_files_only() {
        let root = project("graph-multiple-heads");
        let all = check(std::slice::from_ref(&root), &Settings::default());
        let heads: Vec<&str> = all
            .diagnostics
            .iter()
            .filter(|d| d.rule == "multiple-heads")
            .map(|d| d.path.as_str())
            .collect();
        let [first, ..] = heads.as_slice() else {
            panic!("expected multiple-heads, got {:?}", all.diagnostics);
        };
        let file = Path::new(first)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let settings = Settings {
            per_file_ignores: vec![PerFileIgnore {
                globs: globs(&root, file),
                selectors: vec!["AL1".to_owned()],
                codes: vec!["AL101"],
            }],
            ..Settings::default()
        };
        let report = check(std::slice::from_ref(&root), &settings);
        let left: Vec<(&str, &str)> = report
            .diagnostics
            .iter()
            .map(|d| (d.path.as_str(), d.rule))
            .collect();
        assert!(!left.contains(&(*first, "multiple-heads")), "{left:?}");
        assert_eq!(report.diagnostics.len(), all.diagnostics.len() - 1);
    }

    #[test]
    fn excluded_files_are_not_read_and_leave_the_graph_unjudged() {
        let root = project("graph-multiple-heads");
        let all = check(std::slice::from_ref(&root), &Settings::default());
        let excluded = &all.files[0].path;
        let settings = Settings {
            exclude: Some(globs(Path::new("/"), excluded.trim_start_matches('/'))),
            ..Settings::default()
        };
        let report = check(std::slice::from_ref(&root), &settings);
        assert_eq!(report.files.len(), all.files.len() - 1);
        assert!(report.files.iter().all(|f| &f.path != excluded));
        assert!(!report.script_dirs[0].complete);
        assert!(report
            .diagnostics
            .iter()
            .all(|d| d.rule != "multiple-heads"));
    }

    #[test]
    fn diagnostics_sort_by_path_then_position_then_code() {
        let at = |path: &str, start: usize, code: &'static str| Diagnostic {
            code,
            rule: "r",
            severity: Severity::Error,
            message: String::new(),
            help: None,
            path: path.to_owned(),
            span: Span::new(start, start + 1),
            label: None,
            secondary: Vec::new(),
            revision: None,
            unless: None,
        };
        let mut diagnostics = vec![
            at("b.py", 1, "AL001"),
            at("a.py", 9, "AL201"),
            at("a.py", 9, "AL101"),
            at("a.py", 2, "AL301"),
            at("a.py", 9, "AL101"),
        ];
        sort_and_dedup(&mut diagnostics);
        let order: Vec<(&str, usize, &str)> = diagnostics
            .iter()
            .map(|d| (d.path.as_str(), d.span.start, d.code))
            .collect();
        assert_eq!(
            order,
            [
                ("a.py", 2, "AL301"),
                ("a.py", 9, "AL101"),
                ("a.py", 9, "AL201"),
                ("b.py", 1, "AL001")
            ]
        );
    }
}
