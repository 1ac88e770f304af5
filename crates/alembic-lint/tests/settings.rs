//! The flags that fill the check's settings: rule selection, dialect, target version and
//! downgrade policy, and what happens when they are given bad values.

#![allow(clippy::unwrap_used)]

mod common;

use common::{clean_migration, lint, project};

/// A migration whose `upgrade()` builds an index the blocking way, and which has no
/// `downgrade()`, as OpenStack projects write them.
const INDEX_NO_DOWNGRADE: &str = r#""""index users by email

Revision ID: 5e6f7a8b9c0d
Revises:
Create Date: 2024-05-02 11:00:00.000000

"""
from alembic import op

revision = "5e6f7a8b9c0d"
down_revision = None


def upgrade():
    op.create_index("ix_users_email", "users", ["email"])
"#;

fn codes(stdout: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(stdout).unwrap();
    value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_selection_that_leaves_no_rule_is_an_error() {
    let dir = project(
        "nothing-selected",
        &[("a1_notes.py", &clean_migration("a1", None))],
    );
    let run = lint(&dir, &["check", "--select", "ALL", "--ignore", "ALL"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "error: no rule is selected: --select ALL --ignore ALL leaves nothing to check\n"
    );
    assert_eq!(run.stdout, "");
}

#[test]
fn bad_setting_values_exit_2_with_one_precise_line() {
    let dir = project(
        "bad-settings",
        &[("a1_notes.py", &clean_migration("a1", None))],
    );
    for (args, line) in [
        (
            ["--dialect", "oracel"],
            "error: invalid value `oracel` for dialect: expected auto or one of postgresql, mysql, mariadb, sqlite, oracle, mssql\n",
        ),
        (
            ["--target-version", "fourteen"],
            "error: invalid value `fourteen` for target-version: expected a PostgreSQL major version such as 14\n",
        ),
        (
            ["--downgrade", "sometimes"],
            "error: invalid value `sometimes` for downgrade: expected required, optional or forbidden\n",
        ),
    ] {
        let run = lint(&dir, &["check", args[0], args[1]]);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert_eq!(run.stderr, line);
        assert_eq!(run.stdout, "");
    }
}

#[test]
fn a_fixed_dialect_other_than_postgresql_drops_postgresql_advice() {
    let dir = project("dialect", &[("5e6f7a8b9c0d_index.py", INDEX_NO_DOWNGRADE)]);
    let auto = lint(&dir, &["check", "--format", "json"]);
    assert!(
        codes(&auto.stdout).contains(&"AL202".to_owned()),
        "{}",
        auto.stdout
    );
    let mysql = lint(&dir, &["check", "--format", "json", "--dialect", "mysql"]);
    assert!(
        !codes(&mysql.stdout).contains(&"AL202".to_owned()),
        "{}",
        mysql.stdout
    );
    let postgres = lint(
        &dir,
        &["check", "--format", "json", "--dialect", "postgres"],
    );
    assert!(
        codes(&postgres.stdout).contains(&"AL202".to_owned()),
        "{}",
        postgres.stdout
    );
}

#[test]
fn the_downgrade_policy_decides_what_a_missing_downgrade_means() {
    let dir = project("policy", &[("5e6f7a8b9c0d_index.py", INDEX_NO_DOWNGRADE)]);
    let required = lint(&dir, &["check", "--format", "json", "--select", "AL0"]);
    assert_eq!(codes(&required.stdout), ["AL003"], "{}", required.stdout);
    let optional = lint(
        &dir,
        &[
            "check",
            "--format",
            "json",
            "--select",
            "AL0",
            "--downgrade",
            "optional",
        ],
    );
    assert_eq!(
        codes(&optional.stdout),
        Vec::<String>::new(),
        "{}",
        optional.stdout
    );

    let with_downgrade = project(
        "policy-forbidden",
        &[("a1_notes.py", &clean_migration("a1", None))],
    );
    let forbidden = lint(
        &with_downgrade,
        &["check", "--format", "json", "--downgrade", "forbidden"],
    );
    let value: serde_json::Value = serde_json::from_str(&forbidden.stdout).unwrap();
    let diagnostics = value["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{}", forbidden.stdout);
    assert_eq!(diagnostics[0]["code"], "AL003");
    assert_eq!(
        diagnostics[0]["message"],
        "the migration defines `downgrade()`, which this project forbids"
    );
}

#[test]
fn json_output_lists_tool_errors() {
    let dir = project(
        "json-errors",
        &[("a1_notes.py", &clean_migration("a1", None))],
    );
    let run = lint(&dir, &["check", "--format", "json", ".", "no/such/dir"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["summary"]["files"], 1);
    let errors = value["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{}", run.stdout);
    assert_eq!(errors[0]["path"], "no/such/dir");
    assert!(
        errors[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("cannot read `no/such/dir`"),
        "{}",
        run.stdout
    );
}

#[test]
fn internal_error_has_a_rule_doc() {
    let run = lint(std::path::Path::new("."), &["rule", "AL000"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("# internal-error (AL000)\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_url_in_alembic_ini_names_the_database_unless_the_flag_says_otherwise() {
    let project = common::projects().join("sqlite-url");
    let auto = lint(&project, &["check", "--format", "json"]);
    assert_eq!(auto.code, 0, "{}\n{}", auto.stdout, auto.stderr);
    assert_eq!(codes(&auto.stdout), Vec::<String>::new());
    let postgres = lint(
        &project,
        &["check", "--format", "json", "--dialect", "postgresql"],
    );
    assert_eq!(postgres.code, 1, "{}", postgres.stderr);
    assert_eq!(codes(&postgres.stdout), ["AL202"]);
}

#[test]
fn a_url_the_env_py_overrides_says_nothing_about_the_database() {
    let dir = common::scratch("overridden-url");
    let source = common::projects().join("sqlite-url");
    for file in [
        "alembic.ini",
        "migrations/versions/3a9f1c2d7e40_create_notes.py",
        "migrations/versions/8b2e4f6a1c93_index_notes_by_title.py",
    ] {
        std::fs::create_dir_all(dir.join(file).parent().unwrap()).unwrap();
        std::fs::copy(source.join(file), dir.join(file)).unwrap();
    }
    // Like projects that keep a placeholder URL and connect with their own settings.
    std::fs::write(
        dir.join("migrations/env.py"),
        "import os\nfrom alembic import context\nfrom sqlalchemy import create_engine\n\n\
         engine = create_engine(os.environ[\"DATABASE_URL\"])\n",
    )
    .unwrap();
    let run = lint(&dir, &["check", "--format", "json"]);
    assert_eq!(codes(&run.stdout), ["AL202"], "{}", run.stderr);
}
