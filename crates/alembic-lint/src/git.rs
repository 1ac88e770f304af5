//! What a change holds, asked of the real `git` binary: the files `check --diff REF` and
//! `check --staged` report on, and where each edited one first differs from its base.

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use alembic_lint_core::changes::{first_change, ChangeSet, Modified};

use crate::cli::Failure;

/// What the change is compared with.
pub(crate) enum Base<'a> {
    /// `--diff REF`: the working tree (untracked files included) against
    /// `git merge-base REF HEAD`, like a pull request plus uncommitted work.
    MergeBase(&'a str),
    /// `--staged`: the index against `HEAD`, what a commit would record.
    Index,
}

/// The migrations added or edited since `base`, in the repository holding the first of `paths`.
pub(crate) fn change_set(base: &Base, paths: &[PathBuf]) -> Result<ChangeSet, Failure> {
    let start = paths.first().map_or(Path::new("."), PathBuf::as_path);
    let start = if start.is_dir() {
        start
    } else {
        start
            .parent()
            .filter(|p| p.is_dir())
            .unwrap_or(Path::new("."))
    };
    let top = PathBuf::from(
        git(start, ["rev-parse", "--show-toplevel"])
            .map_err(|e| e.or_else(|_| not_a_repository(start)))?
            .trim_end_matches(['\n', '\r']),
    );
    let (base_commit, names, untracked) = match base {
        Base::MergeBase(reference) => {
            let commit = format!("{reference}^{{commit}}");
            git(&top, ["rev-parse", "--verify", "--quiet", &commit])
                .map_err(|e| e.or_else(|_| unknown_revision(reference)))?;
            let merge_base = git(&top, ["merge-base", reference, "HEAD"])
                .map_err(|e| e.or_else(|_| no_merge_base(reference)))?;
            let merge_base = merge_base.trim().to_owned();
            let names = diff(
                &top,
                &["diff", "--name-status", "--no-renames", "-z", &merge_base],
            )?;
            let untracked = git(&top, ["ls-files", "--others", "--exclude-standard", "-z"])
                .map_err(|e| e.or_else(Failure))?;
            (merge_base, names, untracked)
        }
        Base::Index => {
            let names = diff(
                &top,
                &["diff", "--cached", "--name-status", "--no-renames", "-z"],
            )?;
            ("HEAD".to_owned(), names, String::new())
        }
    };
    let checked: Vec<PathBuf> = paths.iter().filter_map(|p| p.canonicalize().ok()).collect();
    let mut changes = ChangeSet::default();
    let mut fields = names.split('\0').filter(|f| !f.is_empty());
    while let (Some(status), Some(name)) = (fields.next(), fields.next()) {
        let path = canonical(&top, name);
        // Only Python files under the checked paths can be migrations that get checked.
        if !is_checked_python(&path, &checked) {
            continue;
        }
        match status.chars().next() {
            Some('A') => changes.added.push(path),
            Some('M' | 'T') => {
                let old = show(&top, &base_commit, name)?;
                let new = std::fs::read(&path).unwrap_or_default();
                // The same text (a change of mode only) is not an edit.
                if let Some(first_change) = first_change(&old, &new) {
                    changes.modified.push(Modified { path, first_change });
                }
            }
            // Deleted files are not checked; the revision graph sees what is on disk.
            _ => {}
        }
    }
    changes.added.extend(
        untracked
            .split('\0')
            .filter(|f| !f.is_empty())
            .map(|name| canonical(&top, name))
            .filter(|path| is_checked_python(path, &checked)),
    );
    Ok(changes)
}

/// `git diff` whose failure (a repository without commits has no `HEAD`) is a clear line.
fn diff(top: &Path, args: &[&str]) -> Result<String, Failure> {
    git(top, args).map_err(|e| {
        e.or_else(|stderr| Failure(format!("`git {}` failed: {stderr}", args.join(" "))))
    })
}

/// The file `name` (relative to the repository's top level) as it was in `commit`.
fn show(top: &Path, commit: &str, name: &str) -> Result<Vec<u8>, Failure> {
    let spec = format!("{commit}:{name}");
    let output = run(top, ["show", spec.as_str()]).map_err(git_missing)?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(Failure(format!(
            "`git show {spec}` failed: {}",
            first_line(&output.stderr)
        )))
    }
}

/// Why a git command failed: git could not be run at all (already a clear line), or it ran and
/// said no (its first line of stderr, which the caller words for users).
enum GitError {
    Missing(Failure),
    Refused(String),
}

impl GitError {
    fn or_else(self, refused: impl FnOnce(String) -> Failure) -> Failure {
        match self {
            GitError::Missing(failure) => failure,
            GitError::Refused(stderr) => refused(stderr),
        }
    }
}

/// Runs git in `dir` and returns its stdout.
fn git<I, S>(dir: &Path, args: I) -> Result<String, GitError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let output = run(dir, args).map_err(|e| GitError::Missing(git_missing(e)))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(GitError::Refused(first_line(&output.stderr)))
    }
}

fn run<I, S>(dir: &Path, args: I) -> io::Result<std::process::Output>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new("git").arg("-C").arg(dir).args(args).output()
}

fn git_missing(err: io::Error) -> Failure {
    if err.kind() == io::ErrorKind::NotFound {
        Failure(
            "`--diff` and `--staged` run git, and no `git` program was found on PATH".to_owned(),
        )
    } else {
        Failure(format!("cannot run git: {err}"))
    }
}

fn not_a_repository(dir: &Path) -> Failure {
    Failure(format!(
        "`{}` is not inside a git repository: `--diff` and `--staged` compare with its history",
        dir.display()
    ))
}

fn unknown_revision(reference: &str) -> Failure {
    Failure(format!(
        "unknown git revision `{reference}` for `--diff` (a branch, tag or commit; in CI, fetch it first: `git fetch origin main`)"
    ))
}

fn no_merge_base(reference: &str) -> Failure {
    Failure(format!(
        "`{reference}` and `HEAD` share no history: `--diff` compares with their merge base (a shallow clone needs `fetch-depth: 0`)"
    ))
}

fn first_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    line.trim().trim_start_matches("fatal: ").to_owned()
}

/// A path git printed (relative to the top level) as the discovered files spell it.
fn canonical(top: &Path, name: &str) -> PathBuf {
    let path = top.join(name);
    path.canonicalize().unwrap_or(path)
}

fn is_checked_python(path: &Path, checked: &[PathBuf]) -> bool {
    path.extension().is_some_and(|e| e == "py") && checked.iter().any(|c| path.starts_with(c))
}
