//! The binary on the whole projects in `testdata/projects`, run from the repository root; what
//! each should report is listed in `testdata/projects/README.md`.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use common::{lint, Run};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One expected diagnostic: code, file relative to the scenario, line, and column if known.
type Expected<'a> = (&'a str, &'a str, usize, Option<usize>);

/// Checks a scenario with `--format json` and compares exit code, counts and diagnostics.
fn check(scenario: &str, exit: i32, files: u64, revisions: u64, expected: &[Expected]) {
    let dir = format!("testdata/projects/{scenario}");
    let run = lint(&root(), &["check", &dir, "--format", "json"]);
    assert_eq!(run.code, exit, "{scenario}: {}\n{}", run.stdout, run.stderr);
    assert_eq!(run.stderr, "", "{scenario}");
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let summary = &json["summary"];
    assert_eq!(summary["files"], files, "{scenario}: {summary}");
    assert_eq!(summary["revisions"], revisions, "{scenario}: {summary}");
    let found: Vec<(String, String, u64, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["path"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let matches = |want: &Expected, got: &(String, String, u64, u64)| {
        got.0 == want.0
            && got.1 == format!("{dir}/{}", want.1)
            && got.2 == want.2 as u64
            && want.3.is_none_or(|col| got.3 == col as u64)
    };
    assert_eq!(found.len(), expected.len(), "{scenario}: {found:#?}");
    for want in expected {
        assert!(
            found.iter().any(|got| matches(want, got)),
            "{scenario}: expected {want:?} in {found:#?}"
        );
    }
}

/// `graph --format json` of a scenario.
fn graph(scenario: &str) -> Value {
    let dir = format!("testdata/projects/{scenario}");
    let run = lint(&root(), &["graph", &dir, "--format", "json"]);
    assert_eq!(run.code, 0, "{scenario}: {}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn ini_script_location() {
    check(
        "ini-script-location",
        1,
        5,
        5,
        &[
            (
                "AL201",
                "migrations/versions/dc6ebd718b8c_add_status_to_orders.py",
                20,
                Some(5),
            ),
            (
                "AL202",
                "migrations/versions/764d1c0acb3d_index_orders_by_created_at.py",
                20,
                Some(5),
            ),
        ],
    );
}

#[test]
fn plan_release() {
    let file = |name: &str| format!("blog/versions/{name}.py");
    let (slug, widen, rename) = (
        file("2b1d4f6e8c32_add_slug_to_posts"),
        file("4d3f6b8a0e54_validate_editor_and_widen_title"),
        file("5e4a7c9b1f65_rename_body_and_drop_author_name"),
    );
    check(
        "plan-release",
        1,
        5,
        5,
        &[
            ("AL401", &slug, 20, Some(16)),
            ("AL206", &widen, 20, Some(5)),
            ("AL204", &widen, 21, Some(16)),
            ("AL303", &rename, 18, Some(5)),
            ("AL301", &rename, 19, Some(5)),
            ("AL005", &rename, 23, Some(5)),
        ],
    );
}

#[test]
fn pyproject_config() {
    check("pyproject-config", 0, 3, 3, &[]);
}

#[test]
fn version_locations_make_one_graph() {
    check("version-locations", 0, 4, 4, &[]);
    let graph = graph("version-locations");
    let dirs = graph["script_directories"].as_array().unwrap();
    assert_eq!(dirs.len(), 1, "{graph}");
    assert_eq!(dirs[0]["revisions"], 4);
    assert_eq!(dirs[0]["heads"], serde_json::json!(["de0703b4ab7e"]));
    assert_eq!(dirs[0]["branch_labels"]["billing"], "7d529975dcb6");
}

#[test]
fn two_script_dirs_are_two_graphs() {
    check("two-script-dirs", 0, 5, 5, &[]);
    let graph = graph("two-script-dirs");
    let revisions: Vec<&Value> = graph["script_directories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["revisions"])
        .collect();
    assert_eq!(revisions, [2, 3], "{graph}");
}

#[test]
fn recursive_versions() {
    check("recursive-versions", 0, 4, 4, &[]);
}

#[test]
fn date_prefixed_names_do_not_give_the_revision() {
    check("date-prefixed", 0, 4, 4, &[]);
    let graph = graph("date-prefixed");
    let dir = &graph["script_directories"][0];
    assert_eq!(dir["heads"], serde_json::json!(["3d8b6da25a43"]));
    assert_eq!(dir["bases"], serde_json::json!(["5ee6ebc57f45"]));
}

#[test]
fn syntax_error_does_not_stop_the_other_files() {
    check(
        "syntax-error",
        1,
        3,
        2,
        &[
            (
                "AL004",
                "migrations/versions/468c6414ce9d_create_posts.py",
                30,
                None,
            ),
            (
                "AL201",
                "migrations/versions/a201e0c0d1a0_add_slug_to_posts.py",
                20,
                Some(5),
            ),
            (
                "AL001",
                "migrations/versions/dc00f0e71a71_add_comments.py",
                25,
                Some(9),
            ),
        ],
    );
}

#[test]
fn no_migrations_exits_2_with_one_line() {
    let run: Run = lint(&root(), &["check", "testdata/projects/no-migrations"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert_eq!(run.stdout, "");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", run.stderr);
    assert!(lines[0].starts_with("error: "), "{}", run.stderr);
    assert!(lines[0].contains("no-migrations"), "{}", run.stderr);
}

#[test]
fn clean_with_a_merge() {
    check("clean", 0, 5, 5, &[]);
    let graph = graph("clean");
    let dir = &graph["script_directories"][0];
    assert_eq!(dir["heads"], serde_json::json!(["fa650bdf6593"]));
    assert_eq!(dir["merges"], serde_json::json!(["b3adf32b1cc8"]));
}

#[test]
fn multiple_heads_are_reported() {
    let run = lint(
        &root(),
        &[
            "check",
            "testdata/projects/graph-multiple-heads",
            "--format",
            "concise",
        ],
    );
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains(" AL101 [multiple-heads] "),
        "{}",
        run.stdout
    );
}

#[test]
fn every_graph_format_draws_every_project() {
    for format in ["text", "json", "dot", "mermaid"] {
        let run = lint(&root(), &["graph", "testdata/projects", "--format", format]);
        // Some test projects have broken histories on purpose: their problems go to stderr.
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        assert!(
            run.stderr.contains(" AL105 [revision-cycle] "),
            "{}",
            run.stderr
        );
        assert!(
            run.stdout.contains("fa650bdf6593"),
            "{format}: {}",
            run.stdout
        );
    }
}

#[test]
fn graph_rules_wait_for_the_whole_script_directory() {
    // A pre-commit hook passes only the changed files; the rest of the history is unknown.
    let file = "testdata/projects/graph-multiple-heads/migrations/versions/707e2063d4c4_add_display_name_to_users.py";
    let run = lint(&root(), &["check", file, "--format", "concise"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "All checks passed: 1 migration file checked.\n");
}

#[test]
fn graph_exits_1_when_alembic_could_not_read_the_history() {
    for (project, code) in [
        ("graph-revision-cycle", "AL105"),
        ("graph-unknown-down-revision", "AL104"),
        ("graph-multiple-heads", "AL101"),
    ] {
        let path = format!("testdata/projects/{project}");
        let run = lint(&root(), &["graph", &path]);
        assert_eq!(run.code, 1, "{project}: {}\n{}", run.stdout, run.stderr);
        assert!(run.stderr.contains(code), "{project}: {}", run.stderr);
        assert!(
            !run.stdout.is_empty(),
            "{project}: the graph is still drawn"
        );
    }
    let healthy = lint(&root(), &["graph", "testdata/projects/graph-merges"]);
    assert_eq!(healthy.code, 0, "{}", healthy.stderr);
    assert_eq!(healthy.stderr, "");
}

#[test]
fn graph_json_lists_the_edges() {
    let run = lint(
        &root(),
        &[
            "graph",
            "testdata/projects/graph-merges",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let dir = &value["script_directories"][0];
    let edges = dir["edges"].as_array().unwrap();
    let merge = dir["merges"][0].as_str().unwrap();
    // A merge revision has an edge from each of its parents.
    let into_merge = edges
        .iter()
        .filter(|e| e["to"] == merge && e["kind"] == "down_revision")
        .count();
    assert!(into_merge >= 2, "{edges:#?}");
    let revisions = dir["revisions"].as_u64().unwrap() as usize;
    assert!(edges.len() >= revisions - 1, "{edges:#?}");
}

#[test]
fn lock_timeout_is_read_from_env_py() {
    check("lock-timeout-unset", 0, 3, 3, &[]);
    let found = |scenario: &str| -> Vec<(String, u64)> {
        let dir = format!("testdata/projects/{scenario}");
        let run = lint(
            &root(),
            &["check", &dir, "--select", "AL211", "--format", "json"],
        );
        assert_eq!(run.stderr, "", "{scenario}");
        let json: Value = serde_json::from_str(&run.stdout).unwrap();
        json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let path = d["path"].as_str().unwrap();
                let file = path.rsplit('/').next().unwrap().to_owned();
                (file, d["line"].as_u64().unwrap())
            })
            .collect()
    };
    // Its `env.py` sets none: the migration that sets none itself is reported.
    assert_eq!(
        found("lock-timeout-unset"),
        [("9c3a5e8f1d20_add_priority_to_tickets.py".to_owned(), 18)]
    );
    // Its `env.py` runs `SET lock_timeout` for every migration.
    assert_eq!(found("clean"), []);
}
