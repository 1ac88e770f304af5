//! The ways users install alembic-lint, done for real: the wheel maturin builds from
//! `pyproject.toml`, installed with pip into a fresh virtualenv, and the pre-commit hook of
//! `.pre-commit-hooks.yaml`, installed by pre-commit from a git repository holding this checkout.
//!
//! Both builds use the release profile without optimisation, LTO or a single codegen unit (what
//! is shipped takes many minutes on two cores; these tests are about packaging, not speed) and
//! one target folder, so the hook's build reuses the dependencies the wheel build compiled.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, MutexGuard};

use common::tools::{python_tools, require, run, virtualenv};
use common::{clean_migration, projects, scratch, ADD_NOT_NULL};

/// The repository root: the workspace this crate belongs to.
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Cargo settings for a quick release build shared by both tests.
fn quick_release(command: &mut Command) -> &mut Command {
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("test-tools/wheel-target");
    command
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "0")
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256")
}

/// One build at a time: maturin moves the binary out of the shared target folder, so two builds
/// side by side would take it from each other.
fn one_build_at_a_time() -> MutexGuard<'static, ()> {
    static BUILD: Mutex<()> = Mutex::new(());
    BUILD
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[test]
fn wheel_installs_the_command_into_a_virtualenv() {
    let _build = one_build_at_a_time();
    let Some(tools) = require(python_tools()) else {
        return;
    };
    let dir = scratch("wheel");
    let dist = dir.join("dist");
    run(quick_release(&mut Command::new(tools.join("maturin")))
        .current_dir(repo_root())
        .args(["build", "--release", "--quiet", "--out"])
        .arg(&dist))
    .unwrap();
    let wheel = fs::read_dir(&dist)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.extension().is_some_and(|e| e == "whl"))
        .unwrap();
    let name = wheel.file_name().unwrap().to_str().unwrap();
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        name.starts_with(&format!("alembic_lint-{version}-py3-none-")),
        "{name}"
    );

    let bin = virtualenv(&dir.join("venv")).unwrap();
    run(Command::new(bin.join("python"))
        .args(["-m", "pip", "install", "--quiet", "--no-index"])
        .arg(&wheel))
    .unwrap();
    let project = projects().join("ini-script-location");
    let output = Command::new(bin.join("alembic-lint"))
        .args(["check", "--format", "concise", "--color", "never"])
        .arg(&project)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1), "stdout: {stdout}");
    assert!(
        stdout.contains("AL201 [add-not-null-column-without-default]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("AL202 [create-index-without-concurrently]"),
        "{stdout}"
    );
    let version_line = run(Command::new(bin.join("alembic-lint")).arg("--version")).unwrap();
    assert_eq!(version_line, format!("alembic-lint {version}\n"));
}

/// `git` with a fixed identity and no user or system configuration.
fn git(dir: &Path) -> Command {
    isolated(dir, Command::new("git"))
}

/// A command run in `dir` that sees no git configuration but a fixed identity.
fn isolated(dir: &Path, mut command: Command) -> Command {
    command
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "alembic-lint tests")
        .env("GIT_AUTHOR_EMAIL", "tests@alembic-lint.invalid")
        .env("GIT_COMMITTER_NAME", "alembic-lint tests")
        .env("GIT_COMMITTER_EMAIL", "tests@alembic-lint.invalid");
    command
}

/// A git repository holding the working tree as it is (tracked and new files, not ignored
/// ones), committed: pre-commit clones hooks from a repository at a revision, and the checkout
/// under test may have uncommitted changes or be a shallow CI clone.
fn hook_repository(dir: &Path) -> String {
    let root = repo_root();
    let files = run(git(&root).args([
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
    ]))
    .unwrap();
    for file in files.split('\0').filter(|f| !f.is_empty()) {
        let from = root.join(file);
        // A tracked file deleted in the working tree is not part of it.
        if !from.is_file() {
            continue;
        }
        let to = dir.join(file);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(&from, &to).unwrap();
    }
    run(git(dir).args(["init", "--quiet"])).unwrap();
    run(git(dir).args(["add", "--all"])).unwrap();
    run(git(dir).args(["commit", "--quiet", "--message", "alembic-lint under test"])).unwrap();
    run(git(dir).args(["rev-parse", "HEAD"]))
        .unwrap()
        .trim()
        .to_owned()
}

/// A commit in a repository whose pre-commit hook runs alembic-lint.
fn commit(project: &Path, pre_commit_home: &Path, message: &str) -> Output {
    let mut command = git(project);
    quick_release(&mut command)
        .env("PRE_COMMIT_HOME", pre_commit_home)
        .env("PRE_COMMIT_COLOR", "never")
        .args(["commit", "--message", message]);
    command.output().unwrap()
}

#[test]
fn pre_commit_hook_rejects_a_dangerous_migration_and_accepts_a_safe_one() {
    let _build = one_build_at_a_time();
    let Some(tools) = require(python_tools()) else {
        return;
    };
    let dir = scratch("pre-commit");
    let hooks = dir.join("hook-repo");
    let rev = hook_repository(&hooks);

    // pre-commit keeps the hook's virtualenv here; a fresh one makes it build the hook.
    let pre_commit_home = dir.join("pre-commit-home");
    let project = dir.join("project");
    let versions = project.join("migrations/versions");
    fs::create_dir_all(&versions).unwrap();
    fs::write(
        project.join("migrations/env.py"),
        "from alembic import context\n",
    )
    .unwrap();
    fs::write(
        project.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: alembic-lint\n",
            hooks.display()
        ),
    )
    .unwrap();
    run(git(&project).args(["init", "--quiet"])).unwrap();
    run(isolated(&project, Command::new(tools.join("pre-commit"))).arg("install")).unwrap();

    // A safe migration: the hook runs on it and passes, the commit is made.
    let safe = clean_migration("1a2b3c4d5e6f", None);
    fs::write(versions.join("1a2b3c4d5e6f_notes.py"), &safe).unwrap();
    run(git(&project).args(["add", "--all"])).unwrap();
    let accepted = commit(&project, &pre_commit_home, "add notes");
    let out = String::from_utf8_lossy(&accepted.stdout).into_owned()
        + &String::from_utf8_lossy(&accepted.stderr);
    assert!(accepted.status.success(), "{out}");
    assert!(
        out.contains("alembic-lint") && out.contains("Passed"),
        "{out}"
    );

    // A NOT NULL column without a default: rejected with our message, nothing committed.
    let dangerous = ADD_NOT_NULL
        .replace("down_revision = None", "down_revision = \"1a2b3c4d5e6f\"")
        .replace("Revises:\n", "Revises: 1a2b3c4d5e6f\n");
    fs::write(versions.join("9f8e7d6c5b4a_add_score.py"), dangerous).unwrap();
    run(git(&project).args(["add", "--all"])).unwrap();
    let rejected = commit(&project, &pre_commit_home, "add score");
    let out = String::from_utf8_lossy(&rejected.stdout).into_owned()
        + &String::from_utf8_lossy(&rejected.stderr);
    assert!(!rejected.status.success(), "{out}");
    assert!(out.contains("Failed"), "{out}");
    assert!(
        out.contains("error[AL201]: column `score` is added as NOT NULL without a server default"),
        "{out}"
    );
    let log = run(git(&project).args(["log", "--format=%s"])).unwrap();
    assert_eq!(log, "add notes\n");
}
