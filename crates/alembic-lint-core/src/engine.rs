//! The one entry point of a check: discover, read and check every file once in parallel, build
//! each script directory's revision graph and run the graph rules, then sort. It returns data;
//! the binary renders it, and tests, fuzz targets and benchmarks call the same functions.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::check::{check_file, FileReport, FileRules, StageTimes};
use crate::diagnostic::Diagnostic;
use crate::dialect::Dialect;
use crate::discover::{discover, read_migration};
use crate::env::EnvFacts;
use crate::error::Error;
use crate::graph::{self, Analysis, GraphSummary};
use crate::model::Migration;
use crate::rules::{self, Check, GraphContext};
use crate::settings::{DialectSetting, Settings};

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
    let discovery = discover(paths);
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

/// Reads and checks every file once, in parallel, then runs the graph rules and sorts. Inputs
/// come sorted by path; `report.script_dirs` is filled.
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
    // `collect` keeps input order, so the result does not depend on the thread count.
    let results: Vec<_> = inputs
        .into_par_iter()
        .map(|(path, input, facts)| {
            let started = Instant::now();
            let read = match input {
                Input::Path(file) => read_migration(file).map(Cow::Owned),
                Input::Bytes(bytes) => Ok(Cow::Borrowed(bytes)),
            };
            let read_time = started.elapsed();
            let checked = read.map(|bytes| {
                let checked = check_file(&path, &bytes, &rules, facts.dialect, facts.env);
                (checked, bytes.len())
            });
            (path, checked, read_time)
        })
        .collect();

    let mut diagnostics = Vec::new();
    for (path, checked, read_time) in results {
        report.timings.read += read_time;
        match checked {
            Ok(((file, found, model), size)) => {
                report.timings.bytes += size as u64;
                let t = &mut report.timings.files;
                t.parse += file.timings.parse;
                t.extract += file.timings.extract;
                t.rules += file.timings.rules;
                diagnostics.extend(found);
                if let Some(model) = model {
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
    diagnostics.extend(graph_diagnostics(report, settings));
    sort_and_dedup(&mut diagnostics);
    report.diagnostics = diagnostics;
    report.timings.graph = graph_started.elapsed();
}

/// The selected graph rules on each script directory whose history is complete.
fn graph_diagnostics(report: &Report, settings: &Settings) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (dir, files) in report.script_dir_files() {
        // When only some files were named (a pre-commit hook passes the changed ones), the rest
        // of the history is unknown, so heads and missing parents would be guesses.
        if dir.complete {
            out.extend(check_graph(&files, settings));
        }
    }
    out
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

    #[test]
    fn a_per_database_folder_reads_the_env_py_of_its_script_directory() {
        let migrations = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../testdata/projects/dialect-folders/tasks/migrations");
        let postgresql = migrations.join("versions/postgresql");
        assert_eq!(env_dir(&postgresql), migrations.as_path());
        assert_eq!(env_dir(&migrations), migrations.as_path());
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
