//! The shared front of `check` and `graph`: discover, then read and check every file once, in
//! parallel; and the `check` pipeline after it: graph rules per script directory, selection,
//! sorting.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use alembic_lint_core::{
    check_file, discover, error::Error, graph, read_migration, rules, Diagnostic, FileReport,
    Selection,
};
use rayon::prelude::*;

/// A script directory by display paths.
pub(crate) struct ScriptDir {
    pub path: String,
    pub files: Vec<String>,
    /// False when only some of its files were named on the command line: its revision graph
    /// cannot be judged.
    pub complete: bool,
    /// The database the migrations target, when the layout says so.
    pub dialect: Option<alembic_lint_core::dialect::Dialect>,
}

/// Every discovered file, read and checked.
pub(crate) struct Loaded {
    /// One report per file that could be read, in path order.
    pub reports: Vec<FileReport>,
    /// Script directories in discovery order.
    pub script_dirs: Vec<ScriptDir>,
    /// Paths that could not be searched and files that could not be read.
    pub errors: Vec<Error>,
    /// Problems that did not stop the run (discovery warnings).
    pub warnings: Vec<Error>,
    /// Stand-ins for the files that could not be read.
    unread: Vec<FileReport>,
    /// Wall time of discovery.
    pub discover_time: Duration,
    /// Time spent reading files, summed over threads.
    pub read_time: Duration,
    /// Bytes read.
    pub bytes: u64,
}

impl Loaded {
    /// The reports of each script directory's files, unreadable files included as stand-ins so
    /// the revision graph knows a revision may be missing.
    pub(crate) fn script_dir_reports(&self) -> Vec<(&ScriptDir, Vec<&FileReport>)> {
        let by_path: HashMap<&str, &FileReport> = self
            .reports
            .iter()
            .chain(&self.unread)
            .map(|r| (r.path.as_str(), r))
            .collect();
        self.script_dirs
            .iter()
            .map(|dir| {
                let members = dir
                    .files
                    .iter()
                    .filter_map(|file| by_path.get(file.as_str()).copied())
                    .collect();
                (dir, members)
            })
            .collect()
    }
}

/// Discovers the migrations under `paths` and checks each file with the selected file rules.
/// A path that cannot be searched is an error in the result; the others are still checked.
pub(crate) fn load(paths: &[PathBuf], selection: &Selection) -> Loaded {
    let started = Instant::now();
    let discovery = discover(paths);
    let discover_time = started.elapsed();

    // A file can belong to more than one script directory (overlapping version locations);
    // it is still read and checked once.
    let mut files: Vec<&PathBuf> = discovery
        .script_dirs
        .iter()
        .flat_map(|dir| &dir.files)
        .collect();
    files.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    files.dedup();

    // `collect` keeps input order, so the result does not depend on the thread count.
    let results: Vec<(&PathBuf, Result<FileReport, Error>, Duration, usize)> = files
        .par_iter()
        .map(|&path| {
            let display = path.display().to_string();
            let started = Instant::now();
            let read = read_migration(path);
            let read_time = started.elapsed();
            let size = read.as_ref().map_or(0, Vec::len);
            let report = read.map(|bytes| {
                let mut report = check_file(&display, &bytes, selection);
                // The file rules have run; from here on only the revision graph reads the model.
                if let Some(migration) = report.migration.as_mut() {
                    migration.keep_only_revision_metadata();
                }
                report
            });
            (path, report, read_time, size)
        })
        .collect();

    let mut unread = Vec::new();
    let mut errors = discovery.errors;
    let mut read_time = Duration::ZERO;
    let mut bytes = 0;
    // `into_iter().filter_map().collect()` reuses the results' memory for the reports.
    let reports: Vec<FileReport> = results
        .into_iter()
        .filter_map(|(path, result, time, size)| {
            read_time += time;
            bytes += size as u64;
            result
                .map_err(|error| {
                    errors.push(error);
                    unread.push(unreadable(path));
                })
                .ok()
        })
        .collect();
    let script_dirs = discovery
        .script_dirs
        .iter()
        .map(|dir| ScriptDir {
            path: dir.path.display().to_string(),
            files: dir.files.iter().map(|f| f.display().to_string()).collect(),
            complete: dir.complete,
            dialect: dir.dialect,
        })
        .collect();

    Loaded {
        reports,
        script_dirs,
        errors,
        warnings: discovery.warnings,
        unread,
        discover_time,
        read_time,
        bytes,
    }
}

/// Every selected diagnostic, file and graph rules, sorted by path, position and code. The file
/// diagnostics are moved out of the reports.
pub(crate) fn diagnostics(loaded: &mut Loaded, selection: &Selection) -> Vec<Diagnostic> {
    // Files of a script directory laid out for another database get no PostgreSQL-only advice.
    let other_database: HashSet<&str> = loaded
        .script_dirs
        .iter()
        .filter(|dir| {
            dir.dialect
                .is_some_and(|d| d != alembic_lint_core::dialect::Dialect::Postgresql)
        })
        .flat_map(|dir| dir.files.iter().map(String::as_str))
        .collect();
    let mut diagnostics: Vec<Diagnostic> = loaded
        .reports
        .iter_mut()
        .flat_map(|r| std::mem::take(&mut r.diagnostics))
        .filter(|d| {
            !(other_database.contains(d.path.as_str())
                && rules::find(d.code).is_some_and(|rule| rule.postgresql_only))
        })
        .collect();
    for (dir, members) in loaded.script_dir_reports() {
        if !dir.complete {
            // Only some files were named (a pre-commit hook passes the changed ones): the
            // rest of the history is unknown, so heads and missing parents would be guesses.
            continue;
        }
        diagnostics.extend(
            graph::check_script_dir(&members)
                .into_iter()
                .filter(|d| selection.is_enabled(d.code)),
        );
    }
    sort_and_dedup(&mut diagnostics);
    diagnostics
}

/// Stands in for a file that could not be read, as the revision graph treats a file that does
/// not parse: a revision may be missing, so it does not report heads it cannot be sure of.
fn unreadable(path: &Path) -> FileReport {
    FileReport {
        path: path.display().to_string(),
        text: String::new(),
        migration: None,
        diagnostics: Vec::new(),
        timings: Default::default(),
    }
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

    #[test]
    fn diagnostics_sort_by_path_then_position_then_code() {
        use alembic_lint_core::model::Span;
        let at = |path: &str, start: usize, code: &'static str| Diagnostic {
            code,
            rule: "r",
            severity: alembic_lint_core::Severity::Error,
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
