//! `check --diff REF` and `check --staged` on real temporary git repositories: file rules report
//! only on what the change adds or edits, graph rules still see the whole history.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{lint, scratch, Run};

/// Runs git in `dir` and panics with its stderr when it fails. A machine without git fails the
/// test: it never skips.
fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("git runs (these tests need it installed)");
    assert!(
        output.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A git repository whose Alembic project lives in `service/` (the checked path is a
/// subfolder of the repository), with `files` committed on `main`.
fn repository(name: &str, files: &[(&str, String)]) -> PathBuf {
    let dir = scratch(name);
    git(&dir, &["init", "--quiet", "--initial-branch=main"]);
    git(&dir, &["config", "user.name", "Alembic Lint Tests"]);
    git(
        &dir,
        &["config", "user.email", "tests@alembic-lint.invalid"],
    );
    git(&dir, &["config", "commit.gpgsign", "false"]);
    let script_dir = dir.join("service/migrations");
    fs::create_dir_all(script_dir.join("versions")).unwrap();
    fs::write(script_dir.join("env.py"), "from alembic import context\n").unwrap();
    for (file, text) in files {
        write(&dir, file, text);
    }
    commit(&dir, "the history so far");
    dir
}

fn write(dir: &Path, file: &str, text: &str) {
    fs::write(dir.join("service/migrations/versions").join(file), text).unwrap();
}

fn commit(dir: &Path, message: &str) {
    git(dir, &["add", "--all"]);
    git(dir, &["commit", "--quiet", "-m", message]);
}

/// A migration whose `upgrade()` runs `body` (one statement per line, indented here).
fn migration(revision: &str, down_revision: Option<&str>, body: &[&str]) -> String {
    let down = down_revision.map_or("None".to_owned(), |d| format!("\"{d}\""));
    let body: String = body.iter().map(|line| format!("    {line}\n")).collect();
    format!(
        "\"\"\"{revision}\n\nRevision ID: {revision}\nRevises: {revises}\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = \"{revision}\"\ndown_revision = {down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n{body}\n\ndef downgrade():\n    raise NotImplementedError(\"roll forward\")\n",
        revises = down_revision.unwrap_or(""),
    )
}

const CREATE_USERS: &str =
    r#"op.create_table("users", sa.Column("id", sa.BigInteger(), primary_key=True))"#;
const USERS_NOT_NULL: &str =
    r#"op.add_column("users", sa.Column("age", sa.Integer(), nullable=False))"#;
const INDEX_USERS: &str = r#"op.create_index("ix_users_email", "users", ["email"])"#;

/// The history every test starts from: `users` created, then an old dangerous migration.
fn base_history() -> Vec<(&'static str, String)> {
    vec![
        ("a1_users.py", migration("a1", None, &[CREATE_USERS])),
        ("b2_age.py", migration("b2", Some("a1"), &[USERS_NOT_NULL])),
    ]
}

/// `check --format concise` from `dir` with `args`, on the `service` folder.
fn check(dir: &Path, args: &[&str]) -> Run {
    // The migrations roll forward only: `downgrade()` raises.
    let mut all = vec!["check", "--format", "concise", "--downgrade", "optional"];
    all.extend_from_slice(args);
    all.push("service");
    lint(dir, &all)
}

/// `(file name, code)` of each diagnostic line of concise output.
fn reported(run: &Run) -> Vec<(String, String)> {
    run.stdout
        .lines()
        .map(|line| {
            let mut parts = line.split(':');
            let path = parts.next().unwrap();
            let code = line.split(": ").nth(1).unwrap().split(' ').next().unwrap();
            let file = Path::new(path).file_name().unwrap().to_string_lossy();
            (file.into_owned(), code.to_owned())
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(f, c)| ((*f).to_owned(), (*c).to_owned()))
        .collect()
}

#[test]
fn only_migrations_the_change_adds_are_reported() {
    let dir = repository("diff-adds", &base_history());
    git(&dir, &["checkout", "--quiet", "-b", "feature"]);
    write(
        &dir,
        "c3_index.py",
        &migration("c3", Some("b2"), &[INDEX_USERS]),
    );
    commit(&dir, "index users");
    // Uncommitted and untracked work counts too.
    write(
        &dir,
        "d4_more.py",
        &migration(
            "d4",
            Some("c3"),
            &[r#"op.add_column("users", sa.Column("rank", sa.Integer(), nullable=False))"#],
        ),
    );

    let everything = check(&dir, &[]);
    assert_eq!(
        reported(&everything),
        pairs(&[
            ("b2_age.py", "AL201"),
            ("c3_index.py", "AL202"),
            ("d4_more.py", "AL201")
        ]),
        "{}",
        everything.stdout
    );

    let run = check(&dir, &["--diff", "main"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        reported(&run),
        pairs(&[("c3_index.py", "AL202"), ("d4_more.py", "AL201")])
    );

    // From inside the subfolder, naming the project as `.`.
    let inside = lint(
        &dir.join("service"),
        &[
            "check",
            "--format",
            "concise",
            "--downgrade",
            "optional",
            "--diff",
            "main",
            ".",
        ],
    );
    assert_eq!(
        reported(&inside),
        pairs(&[("c3_index.py", "AL202"), ("d4_more.py", "AL201")])
    );

    // Against the branch itself only the untracked file is new.
    let run = check(&dir, &["--diff", "feature"]);
    assert_eq!(reported(&run), pairs(&[("d4_more.py", "AL201")]));
}

#[test]
fn the_base_is_the_merge_base_not_the_tip_of_ref() {
    let dir = repository("diff-merge-base", &base_history());
    git(&dir, &["checkout", "--quiet", "-b", "feature"]);
    write(
        &dir,
        "c3_index.py",
        &migration("c3", Some("b2"), &[INDEX_USERS]),
    );
    commit(&dir, "index users");
    // `main` moves on after the branch was made; what it adds is not this change.
    git(&dir, &["checkout", "--quiet", "main"]);
    write(
        &dir,
        "x9_other.py",
        &migration("x9", Some("b2"), &[USERS_NOT_NULL]),
    );
    commit(&dir, "other work on main");
    git(&dir, &["checkout", "--quiet", "feature"]);
    let run = check(&dir, &["--diff", "main"]);
    assert_eq!(reported(&run), pairs(&[("c3_index.py", "AL202")]));
}

#[test]
fn a_table_created_earlier_in_the_change_is_new() {
    let dir = repository("diff-new-table", &base_history());
    git(&dir, &["checkout", "--quiet", "-b", "feature"]);
    write(
        &dir,
        "c3_orders.py",
        &migration(
            "c3",
            Some("b2"),
            &[r#"op.create_table("orders", sa.Column("id", sa.BigInteger(), primary_key=True))"#],
        ),
    );
    commit(&dir, "orders");
    write(
        &dir,
        "d4_orders_index.py",
        &migration(
            "d4",
            Some("c3"),
            &[
                r#"op.create_index("ix_orders_total", "orders", ["total"])"#,
                r#"op.add_column("orders", sa.Column("total", sa.Integer(), nullable=False))"#,
                // `users` existed before the change: still reported.
                INDEX_USERS,
            ],
        ),
    );
    commit(&dir, "index orders");
    let run = check(&dir, &["--diff", "main"]);
    assert_eq!(reported(&run), pairs(&[("d4_orders_index.py", "AL202")]));
    assert!(run.stdout.contains("`users`"), "{}", run.stdout);

    // Without the diff, nothing says `orders` is new to the second migration.
    let everything = check(&dir, &[]);
    let d4: Vec<_> = reported(&everything)
        .into_iter()
        .filter(|(f, _)| f == "d4_orders_index.py")
        .collect();
    assert_eq!(
        d4,
        pairs(&[
            ("d4_orders_index.py", "AL202"),
            ("d4_orders_index.py", "AL201"),
            ("d4_orders_index.py", "AL202")
        ])
    );
}

#[test]
fn editing_a_migration_from_the_base_is_modified_migration() {
    let dir = repository("diff-modified", &base_history());
    git(&dir, &["checkout", "--quiet", "-b", "feature"]);
    // The old dangerous migration is made safe in place: still a rewrite of history.
    let edited = base_history()[1]
        .1
        .replace("nullable=False))", "nullable=False, server_default=\"0\"))");
    write(&dir, "b2_age.py", &edited);
    let run = check(&dir, &["--diff", "main"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let line = edited
        .lines()
        .position(|l| l.contains("server_default"))
        .unwrap()
        + 1;
    assert_eq!(
        run.stdout,
        format!(
            "service/migrations/versions/b2_age.py:{line}:5: AL108 [modified-migration] migration `b2` existed before this change and was edited\n"
        )
    );

    // A rename is a new file, checked as one, not an edit.
    git(&dir, &["checkout", "--quiet", "--", "."]);
    git(
        &dir,
        &[
            "mv",
            "service/migrations/versions/b2_age.py",
            "service/migrations/versions/b2_age_renamed.py",
        ],
    );
    let run = check(&dir, &["--diff", "main"]);
    assert_eq!(reported(&run), pairs(&[("b2_age_renamed.py", "AL201")]));
}

#[test]
fn staged_checks_what_the_next_commit_records() {
    let dir = repository("diff-staged", &base_history());
    write(
        &dir,
        "c3_index.py",
        &migration("c3", Some("b2"), &[INDEX_USERS]),
    );
    git(&dir, &["add", "service/migrations/versions/c3_index.py"]);
    // Not staged: not part of the commit.
    write(
        &dir,
        "d4_more.py",
        &migration("d4", Some("c3"), &[USERS_NOT_NULL]),
    );
    let run = check(&dir, &["--staged"]);
    assert_eq!(reported(&run), pairs(&[("c3_index.py", "AL202")]));

    commit(&dir, "index users and more");
    let run = check(&dir, &["--staged"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn graph_rules_still_check_the_whole_history() {
    let dir = repository("diff-heads", &base_history());
    git(&dir, &["checkout", "--quiet", "-b", "feature"]);
    // A second child of `a1` while `b2` already is one: two heads.
    write(
        &dir,
        "c3_notes.py",
        &migration(
            "c3",
            Some("a1"),
            &[r#"op.create_table("notes", sa.Column("id", sa.BigInteger(), primary_key=True))"#],
        ),
    );
    let run = check(&dir, &["--diff", "main"]);
    let codes: Vec<String> = reported(&run).into_iter().map(|(_, c)| c).collect();
    assert_eq!(codes, ["AL101"], "{}", run.stdout);
}

#[test]
fn suppressions_in_unchanged_files_report_nothing_of_their_own() {
    // An old migration carries a misspelt and a needless suppression, and accepts two heads.
    let old = migration(
        "b2",
        Some("a1"),
        &[
            "# alembic-lint: ignore[drop-tabel]",
            USERS_NOT_NULL,
            "# alembic-lint: ignore[AL202]",
            r#"op.add_column("users", sa.Column("nick", sa.Text(), nullable=True))"#,
        ],
    )
    .replace(
        "revision = \"b2\"",
        "revision = \"b2\"  # alembic-lint: ignore[multiple-heads]",
    );
    let dir = repository(
        "diff-suppressions",
        &[
            ("a1_users.py", migration("a1", None, &[CREATE_USERS])),
            ("b2_age.py", old),
        ],
    );
    git(&dir, &["checkout", "--quiet", "-b", "feature"]);
    write(
        &dir,
        "c3_notes.py",
        &migration(
            "c3",
            Some("a1"),
            &[r#"op.create_table("notes", sa.Column("id", sa.BigInteger(), primary_key=True))"#],
        ),
    );
    let run = check(&dir, &["--diff", "main"]);
    // No AL901/AL902 from the old file, and its suppression still applies to the AL101 that
    // points at it (the first head; `graph_rules_still_check_the_whole_history` sees it unsuppressed).
    assert_eq!(reported(&run), pairs(&[]), "{}", run.stdout);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

/// One `error:` line on stderr, exit code 2.
fn fails_with(run: &Run, message: &str) {
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("error: ") && run.stderr.contains(message),
        "{}",
        run.stderr
    );
}

#[test]
fn git_problems_stop_with_one_line() {
    let dir = repository("diff-errors", &base_history());
    fails_with(
        &check(&dir, &["--diff", "no-such-branch"]),
        "unknown git revision `no-such-branch`",
    );
    fails_with(
        &check(&dir, &["--diff", "main", "--staged"]),
        "`--diff` and `--staged` cannot be used together",
    );

    // The same project outside any repository.
    let outside = std::env::temp_dir().join(format!("alembic-lint-diff-{}", std::process::id()));
    let _ = fs::remove_dir_all(&outside);
    fs::create_dir_all(&outside).unwrap();
    copy_dir(&dir.join("service"), &outside.join("service"));
    let run = check(&outside, &["--diff", "main"]);
    let _ = fs::remove_dir_all(&outside);
    fails_with(&run, "is not inside a git repository");

    // No git on PATH.
    let empty = scratch("diff-no-git-path");
    let run: Run = common::command(&dir)
        .env("PATH", &empty)
        .args(["check", "--staged", "service"])
        .output()
        .unwrap()
        .into();
    fails_with(&run, "no `git` program was found on PATH");
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}
