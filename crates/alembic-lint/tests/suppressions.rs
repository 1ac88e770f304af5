//! Suppression comments through the binary: a suppressed finding disappears, an unused
//! suppression is AL901, a malformed one is AL902 and suppresses nothing, and graph-rule
//! diagnostics are suppressed like file-rule ones.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{lint, project, scratch, Run};
use serde_json::Value;

/// A migration whose `upgrade()` is `body` (indented four spaces), around a clean downgrade.
fn migration(body: &str) -> String {
    format!(
        r#""""drop audit events

Revision ID: 3b9c1e7d2a40
Revises:
Create Date: 2024-05-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "3b9c1e7d2a40"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    op.create_table("audit_events", sa.Column("id", sa.Integer(), primary_key=True))
"#
    )
}

const NAME: &str = "3b9c1e7d2a40_drop_audit_events.py";
const FILE: &str = "alembic/versions/3b9c1e7d2a40_drop_audit_events.py";

/// A project holding the one migration whose `upgrade()` is `body`.
fn with_upgrade(name: &str, body: &str) -> PathBuf {
    project(name, &[(NAME, &migration(body))])
}

/// `check --format json` on `dir` with `args`: exit code and (code, line, column, help) of each
/// diagnostic.
fn check(dir: &Path, args: &[&str]) -> (i32, Vec<(String, u64, u64, String)>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend(args);
    let run = lint(dir, &all);
    let json: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|_| panic!("no JSON: {}\n{}", run.stdout, run.stderr));
    let found = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["help"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    (run.code, found)
}

fn codes(found: &[(String, u64, u64, String)]) -> Vec<(&str, u64)> {
    found.iter().map(|d| (d.0.as_str(), d.1)).collect()
}

#[test]
fn a_suppressed_finding_disappears() {
    let body = "    op.drop_table(\"audit_events\")";
    let dir = with_upgrade("supp-control", body);
    let (code, found) = check(&dir, &["."]);
    assert_eq!((code, codes(&found)), (1, vec![("AL302", 18)]));

    for (name, body) in [
        (
            "supp-trailing",
            "    op.drop_table(\"audit_events\")  # alembic-lint: ignore[drop-table] -- unused since 2024.06",
        ),
        (
            "supp-own-line",
            "    # alembic-lint: ignore[AL302] -- unused since 2024.06\n    op.drop_table(\n        \"audit_events\",\n    )",
        ),
        (
            "supp-file",
            "    op.drop_table(\"audit_events\")\n    # alembic-lint: ignore-file[AL302]",
        ),
    ] {
        let dir = with_upgrade(name, body);
        let (code, found) = check(&dir, &["."]);
        assert_eq!((code, codes(&found)), (0, vec![]), "{name}");
    }
}

#[test]
fn crlf_files_are_suppressed_alike() {
    let body = "    # alembic-lint: ignore[drop-table]\n    op.drop_table(\"audit_events\")";
    let dir = project(
        "supp-crlf",
        &[(NAME, &migration(body).replace('\n', "\r\n"))],
    );
    let (code, found) = check(&dir, &["."]);
    assert_eq!((code, codes(&found)), (0, vec![]));
}

#[test]
fn an_unused_suppression_is_a_warning_at_the_comment() {
    let body = concat!(
        "    archived = \"audit_events\"  # alembic-lint: ignore[drop-table]\n",
        "    op.drop_table(\"audit_events\")  # alembic-lint: ignore[drop-table]",
    );
    let dir = with_upgrade("supp-unused", body);
    let run = lint(&dir, &["check", ".", "--format", "concise"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        run.stdout,
        format!(
            "{FILE}:18:32: AL901 [unused-suppression] suppression of `drop-table` (AL302) is \
             unused: the statement it covers has no such finding\n"
        )
    );

    // A suppression of a rule that does not run is not judged.
    let (code, found) = check(&dir, &[".", "--ignore", "drop-table"]);
    assert_eq!((code, codes(&found)), (0, vec![]));
    // Nor is anything when AL901 itself is deselected.
    let (code, found) = check(&dir, &[".", "--ignore", "AL901"]);
    assert_eq!((code, codes(&found)), (0, vec![]));
}

#[test]
fn a_typo_is_an_error_with_a_suggestion_and_suppresses_nothing() {
    let body =
        "    op.drop_table(\"audit_events\")  # alembic-lint: ignore[AL301, drop-tabel] -- unused";
    let dir = with_upgrade("supp-typo", body);
    let (code, found) = check(&dir, &["."]);
    assert_eq!(code, 1);
    assert_eq!(codes(&found), vec![("AL302", 18), ("AL902", 18)]);
    let al902 = &found[1];
    assert_eq!(al902.2, 36, "points at the comment");
    assert_eq!(al902.3, "did you mean `drop-table` (AL302)?");

    let run = lint(&dir, &["check", "."]);
    assert!(
        run.stdout
            .contains("error[AL902]: `drop-tabel` is not a rule"),
        "{}",
        run.stdout
    );
}

#[test]
fn syntax_errors_cannot_be_suppressed() {
    let body = "    op.drop_table(\"audit_events\"  # alembic-lint: ignore-file[syntax-error]";
    let dir = with_upgrade("supp-syntax", body);
    let (code, found) = check(&dir, &["."]);
    assert_eq!(code, 1);
    assert_eq!(
        found.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
        ["AL001"]
    );
}

/// `testdata/projects/graph-multiple-heads` copied into a scratch folder, with `edit` applied
/// to the file AL101 points at.
fn multiple_heads(name: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let from = common::projects().join("graph-multiple-heads");
    let dir = scratch(name);
    copy_dir(&from, &dir);
    let head = dir.join("migrations/versions/518c63ed428c_add_last_seen_at_to_teams.py");
    let text = fs::read_to_string(&head).unwrap();
    fs::write(&head, edit(&text)).unwrap();
    dir
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

#[test]
fn graph_rule_diagnostics_are_suppressed_too() {
    let dir = multiple_heads("supp-graph-control", str::to_owned);
    let (code, found) = check(&dir, &["."]);
    assert_eq!((code, codes(&found)), (1, vec![("AL101", 13)]));

    let dir = multiple_heads("supp-graph", |text| {
        text.replace(
            "revision = '518c63ed428c'",
            "revision = '518c63ed428c'  # alembic-lint: ignore[multiple-heads] -- merged in 518d",
        )
    });
    let (code, found) = check(&dir, &["."]);
    assert_eq!((code, codes(&found)), (0, vec![]));

    // When only the changed file is named (a pre-commit hook), the graph rules do not run, so
    // the suppression is not called unused.
    let Run { code, stdout, .. } = lint(
        &dir,
        &[
            "check",
            "migrations/versions/518c63ed428c_add_last_seen_at_to_teams.py",
            "--format",
            "concise",
        ],
    );
    assert_eq!((code, stdout.as_str()), (0, ""));
}
