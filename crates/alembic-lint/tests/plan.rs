//! `alembic-lint plan`: the deploy plan in every format on a test project, the range flags,
//! `--since` on a real git repository, and the size limit of the markdown comment.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{clean_migration, lint, project, scratch};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const BLOG: &str = "testdata/projects/plan-release";

/// `plan` on the blog after its first revision, in `format`; it exits 0 whatever the risk.
fn blog(format: &str) -> String {
    let run = lint(
        &root(),
        &["plan", BLOG, "--from", "1a0c3e5d7b21", "--format", format],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    run.stdout
}

#[test]
fn human() {
    insta::assert_snapshot!(blog("human"));
}

#[test]
fn markdown() {
    insta::assert_snapshot!(blog("markdown"));
}

#[test]
fn json() {
    insta::assert_snapshot!(blog("json"));
}

fn json_of(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["plan", "--format", "json"];
    all.extend(args);
    let run = lint(dir, &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

fn revisions(plan: &Value) -> Vec<&str> {
    plan["script_directories"][0]["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["revision"].as_str().unwrap())
        .collect()
}

#[test]
fn from_the_base_every_table_is_new_and_safe() {
    let plan = json_of(&root(), &[BLOG, "--to", "3c2e5a7f9d43"]);
    assert_eq!(
        revisions(&plan),
        ["1a0c3e5d7b21", "2b1d4f6e8c32", "3c2e5a7f9d43"]
    );
    let dir = &plan["script_directories"][0];
    assert_eq!(dir["risk"], "safe");
    for revision in dir["revisions"].as_array().unwrap() {
        for op in revision["operations"].as_array().unwrap() {
            for table in op["tables"].as_array().unwrap() {
                assert_eq!(table["new"], true, "{op}");
            }
            // No locking finding on a table created earlier in the plan.
            let findings = op["findings"].as_array().unwrap();
            assert!(
                findings
                    .iter()
                    .all(|f| !f.as_str().unwrap().starts_with("AL2")),
                "{op}"
            );
        }
    }
    assert_eq!(
        dir["release_notes"]["tables"]["added"],
        serde_json::json!(["authors", "posts"])
    );
    assert_eq!(dir["release_notes"]["rollback"], "alembic downgrade base");
}

#[test]
fn names_resolve_through_the_history() {
    let plan = json_of(&root(), &[BLOG, "--from", "3c2e", "--to", "4d3f6b8a0e54"]);
    let revision = &plan["script_directories"][0]["revisions"][0];
    let ops = revision["operations"].as_array().unwrap();
    // VALIDATE CONSTRAINT names the referenced table too.
    let validate: Vec<&str> = ops[0]["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(validate, ["posts", "authors"]);
    // `varchar(100)` to `varchar(200)` widens in place.
    assert_eq!(ops[1]["tables"][0]["rewrite"], false);
    // `DROP INDEX ix_posts_author_id` locks the table the first revision built it on.
    assert_eq!(ops[2]["tables"][0]["name"], "posts");
    assert_eq!(ops[2]["tables"][0]["lock"], "AccessExclusiveLock");
    assert_eq!(
        revision["rollback"]["command"],
        "alembic downgrade 3c2e5a7f9d43"
    );
}

#[test]
fn an_unknown_revision_is_one_line_and_exit_code_2() {
    let run = lint(&root(), &["plan", BLOG, "--from", "feedface"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        "error: unknown revision `feedface` in `--from`: no script directory has it; `alembic-lint graph` lists the revisions\n"
    );
    let run = lint(&root(), &["plan", BLOG, "--to", "nope"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`nope` in `--to`"), "{}", run.stderr);
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

#[test]
fn since_plans_the_files_a_branch_added() {
    let migrations: Vec<(String, String)> = ["a1", "b2", "c3", "d4"]
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let down = (i > 0).then(|| ["a1", "b2", "c3"][i - 1]);
            (format!("{id}_notes.py"), clean_migration(id, down))
        })
        .collect();
    let dir = project("plan-since", &[]);
    let versions = dir.join("alembic/versions");
    let write =
        |(name, text): &(String, String)| std::fs::write(versions.join(name), text).unwrap();
    git(&dir, &["init", "-q", "-b", "main"]);
    migrations[..2].iter().for_each(write);
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-q", "-m", "first two"]);
    git(&dir, &["checkout", "-q", "-b", "feature"]);
    write(&migrations[2]);
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-q", "-m", "third"]);
    // Not committed yet: still part of the branch's change.
    write(&migrations[3]);
    let plan = json_of(&dir, &["--since", "main"]);
    assert_eq!(revisions(&plan), ["c3", "d4"]);
    assert_eq!(
        plan["script_directories"][0]["release_notes"]["rollback"],
        "alembic downgrade b2"
    );
    let run = lint(&dir, &["plan", "--since", "no-such-branch"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: `git merge-base no-such-branch HEAD` failed"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_long_markdown_plan_keeps_to_one_comment() {
    let dir = scratch("plan-long");
    let versions = dir.join("alembic/versions");
    std::fs::create_dir_all(&versions).unwrap();
    std::fs::write(dir.join("alembic/env.py"), "").unwrap();
    let ids: Vec<String> = (0..400).map(|i| format!("r{i:04}")).collect();
    for (i, id) in ids.iter().enumerate() {
        let down = (i > 0).then(|| ids[i - 1].as_str());
        std::fs::write(versions.join(format!("{id}.py")), clean_migration(id, down)).unwrap();
    }
    let run = lint(&dir, &["plan", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.chars().count() <= 65_000);
    assert!(!run.stdout.contains("<details>"));
    assert!(
        run.stdout.contains("The per-revision details are left out"),
        "{}",
        &run.stdout[run.stdout.len() - 500..]
    );
    // Every revision is still in the summary table.
    assert!(run.stdout.contains("| 400 | `r0399` |"));
}

#[test]
fn the_readme_shows_the_plan_of_the_example_project() {
    let command = "alembic-lint plan testdata/projects/ini-script-location --from b925306a0799";
    let args: Vec<&str> = command.split(' ').skip(1).collect();
    let run = lint(&root(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let shown = format!("$ {command}\n{}```", run.stdout);
    assert!(readme.contains(&shown), "README.md should show:\n{shown}");
}

/// A migration whose `upgrade()` runs `body`, reversed by `downgrade()`'s `undo`.
fn migration(revision: &str, down: Option<&str>, body: &str, undo: &str) -> String {
    let down = down.map_or("None".to_owned(), |d| format!("\"{d}\""));
    format!(
        "\"\"\"{revision}\n\nRevision ID: {revision}\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = \"{revision}\"\ndown_revision = {down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n{body}\n\n\ndef downgrade():\n{undo}\n"
    )
}

#[test]
fn a_new_enum_value_names_the_tables_that_take_it() {
    let orders = migration(
        "a1",
        None,
        "    op.create_table(\"orders\", sa.Column(\"id\", sa.BigInteger(), primary_key=True), sa.Column(\"status\", sa.Enum(\"new\", \"paid\", name=\"order_status\")))",
        "    op.drop_table(\"orders\")",
    );
    let refunds = migration(
        "b2",
        Some("a1"),
        "    op.execute(\"CREATE TYPE refund_state AS ENUM ('open', 'closed')\")\n    op.execute(\"CREATE TABLE refunds (id bigint PRIMARY KEY, state refund_state NOT NULL)\")",
        "    op.execute(\"DROP TABLE refunds\")\n    op.execute(\"DROP TYPE refund_state\")",
    );
    let values = migration(
        "c3",
        Some("b2"),
        "    with op.get_context().autocommit_block():\n        op.execute(\"ALTER TYPE order_status ADD VALUE 'shipped'\")\n        op.execute(\"ALTER TYPE refund_state ADD VALUE 'disputed'\")",
        "    pass",
    );
    let dir = project(
        "plan-enum-values",
        &[("a1.py", &orders), ("b2.py", &refunds), ("c3.py", &values)],
    );
    let plan = json_of(&dir, &["--from", "b2"]);
    let ops = plan["script_directories"][0]["revisions"][0]["operations"]
        .as_array()
        .unwrap();
    let tables: Vec<(&str, &Value)> = ops
        .iter()
        .flat_map(|op| op["tables"].as_array().unwrap())
        .map(|t| (t["name"].as_str().unwrap(), &t["lock"]))
        .collect();
    // No table lock: the tables whose columns take the new value, from the history.
    assert_eq!(
        tables,
        [("orders", &Value::Null), ("refunds", &Value::Null)],
        "{ops:?}"
    );
    // `CREATE TYPE ... AS ENUM` is read, not left for review by hand.
    let before = json_of(&dir, &["--from", "a1", "--to", "b2"]);
    let kinds: Vec<&str> = before["script_directories"][0]["revisions"][0]["operations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|op| op["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["create_enum", "create_table"]);
}
