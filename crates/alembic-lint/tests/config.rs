//! Configuration files: where they are found, what each key does, how flags override them,
//! what a mistake in one looks like, and `alembic-lint config`.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{lint, scratch, Run};

/// A migration that builds an index the blocking way (AL202) and has no `downgrade()` (AL003).
fn index_migration(revision: &str, down_revision: Option<&str>) -> String {
    let down = down_revision.map_or("None".to_owned(), |d| format!("\"{d}\""));
    format!(
        "\"\"\"index users\n\nRevision ID: {revision}\nRevises: {}\n\n\"\"\"\n\
         from alembic import op\n\nrevision = \"{revision}\"\ndown_revision = {down}\n\
         branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    \
         op.create_index(\"ix_users_{revision}\", \"users\", [\"email\"])\n",
        down_revision.unwrap_or("")
    )
}

/// A repository (a folder holding `.git`) at `dir` with an Alembic project of `migrations`
/// in `alembic/versions/`.
fn repo_at(dir: &Path, migrations: &[(&str, String)]) {
    fs::create_dir_all(dir.join(".git")).unwrap();
    let versions = dir.join("alembic/versions");
    fs::create_dir_all(&versions).unwrap();
    fs::write(dir.join("alembic/env.py"), "from alembic import context\n").unwrap();
    for (file, text) in migrations {
        fs::write(versions.join(file), text).unwrap();
    }
}

/// A fresh repository with one migration, `a1`, that reports AL003 and AL202.
fn repo(name: &str) -> PathBuf {
    let dir = scratch(&format!("config-{name}"));
    repo_at(&dir, &[("a1_index.py", index_migration("a1", None))]);
    dir
}

fn write(dir: &Path, file: &str, text: &str) {
    let path = dir.join(file);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// `(path, code)` of every diagnostic of a JSON check run.
fn findings(run: &Run) -> Vec<(String, String)> {
    let value: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", run.stdout, run.stderr));
    value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["path"].as_str().unwrap().to_owned(),
                d["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The codes a JSON check of `dir` with `args` reports.
fn codes(dir: &Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = lint(dir, &all);
    assert!(run.code < 2, "{args:?}: {}", run.stderr);
    findings(&run).into_iter().map(|(_, code)| code).collect()
}

/// The configuration file `alembic-lint config` finds from `dir`.
fn config_file(dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["config", "--format", "json"];
    all.extend_from_slice(args);
    let run = lint(dir, &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    value["config_file"].clone()
}

#[test]
fn each_key_changes_what_is_reported() {
    let dir = repo("keys");
    assert_eq!(codes(&dir, &[]), ["AL003", "AL202"]);
    for (config, expected) in [
        ("select = [\"AL0\"]", vec!["AL003"]),
        (
            "select = [\"AL0\"]\nextend-select = [\"create-index-without-concurrently\"]",
            vec!["AL003", "AL202"],
        ),
        (
            "ignore = [\"create-index-without-concurrently\"]",
            vec!["AL003"],
        ),
        ("downgrade = \"optional\"", vec!["AL202"]),
        ("dialect = \"sqlite\"", vec!["AL003"]),
        (
            "[per-file-ignores]\n\"alembic/versions/a1_*.py\" = [\"AL003\"]",
            vec!["AL202"],
        ),
        (
            "[per-file-ignores]\n\"a1_index.py\" = [\"AL2\", \"missing-migration-function\"]",
            vec![],
        ),
        (
            "[per-file-ignores]\n\"other/*.py\" = [\"AL003\"]",
            vec!["AL003", "AL202"],
        ),
        ("exclude = [\"alembic/versions/a1_*.py\"]", vec![]),
        ("exclude = [\"alembic/versions/\"]", vec![]),
    ] {
        write(&dir, "alembic-lint.toml", config);
        assert_eq!(codes(&dir, &[]), expected, "{config}");
    }
}

#[test]
fn excluded_files_are_not_checked_at_all() {
    let dir = repo("exclude");
    write(&dir, "alembic-lint.toml", "exclude = [\"a1_*.py\"]\n");
    let run = lint(&dir, &["check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["summary"]["files"], 0);
}

#[test]
fn globs_are_relative_to_the_configuration_file_wherever_the_check_runs() {
    let dir = repo("relative-globs");
    write(
        &dir,
        "alembic-lint.toml",
        "[per-file-ignores]\n\"alembic/versions/a1_index.py\" = [\"AL003\"]\n",
    );
    let inside = dir.join("alembic/versions");
    let run = lint(&inside, &["check", "--format", "json", "."]);
    assert_eq!(
        findings(&run),
        [("a1_index.py".to_owned(), "AL202".to_owned())],
        "{}",
        run.stderr
    );
}

#[test]
fn target_version_changes_version_dependent_advice() {
    let dir = scratch("config-target-version");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(
        "../../testdata/rules/enum-value-added-in-transaction/quiet_autocommit_block_and_unused_value.py",
    );
    repo_at(
        &dir,
        &[(
            "9326a6aee18b_states.py",
            fs::read_to_string(fixture).unwrap(),
        )],
    );
    write(
        &dir,
        "alembic-lint.toml",
        "select = [\"AL212\"]\ntarget-version = 11\n",
    );
    assert_eq!(codes(&dir, &[]), ["AL212"]);
    write(
        &dir,
        "alembic-lint.toml",
        "select = [\"AL212\"]\ntarget-version = \"12\"\n",
    );
    assert_eq!(codes(&dir, &[]), Vec::<String>::new());
    assert_eq!(codes(&dir, &["--target-version", "11"]), ["AL212"]);
}

#[test]
fn start_after_skips_file_rules_on_applied_history() {
    let dir = scratch("config-start-after");
    repo_at(
        &dir,
        &[
            ("a1_index.py", index_migration("a1", None)),
            ("b2_index.py", index_migration("b2", Some("a1"))),
            ("c3_index.py", index_migration("c3", Some("b2"))),
        ],
    );
    write(
        &dir,
        "pyproject.toml",
        "[tool.alembic-lint]\nstart-after = \"b2\"\n",
    );
    let run = lint(&dir, &["check", "--format", "json"]);
    let paths: Vec<String> = findings(&run).into_iter().map(|(path, _)| path).collect();
    assert_eq!(paths, ["alembic/versions/c3_index.py"; 2]);
    // The flag replaces the file's revision.
    let run = lint(&dir, &["check", "--format", "json", "--start-after", "a1"]);
    assert_eq!(findings(&run).len(), 4, "{}", run.stdout);

    write(
        &dir,
        "pyproject.toml",
        "[tool.alembic-lint]\nstart-after = \"ffff\"\n",
    );
    let run = lint(&dir, &["check"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "error: invalid value `ffff` for start-after: no checked script directory has this revision\n"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn one_folder_prefers_the_dot_file_then_alembic_lint_toml_then_pyproject() {
    let dir = repo("precedence");
    write(
        &dir,
        "pyproject.toml",
        "[tool.alembic-lint]\nselect = [\"AL0\"]\n",
    );
    write(&dir, "alembic-lint.toml", "select = [\"AL0\"]\n");
    write(&dir, ".alembic-lint.toml", "select = [\"AL0\"]\n");
    assert_eq!(config_file(&dir, &[]), ".alembic-lint.toml");
    fs::remove_file(dir.join(".alembic-lint.toml")).unwrap();
    assert_eq!(config_file(&dir, &[]), "alembic-lint.toml");
    fs::remove_file(dir.join("alembic-lint.toml")).unwrap();
    assert_eq!(config_file(&dir, &[]), "pyproject.toml");
}

#[test]
fn the_search_goes_up_past_other_pyprojects_and_stops_at_the_repository_root() {
    let outer = scratch("config-upward");
    fs::create_dir_all(outer.join(".git")).unwrap();
    write(&outer, "alembic-lint.toml", "select = [\"AL0\"]\n");
    let dir = outer.join("service");
    repo_at(&dir, &[("a1_index.py", index_migration("a1", None))]);
    // A pyproject.toml without [tool.alembic-lint] (even a broken one) is not ours.
    write(&dir, "pyproject.toml", "[tool.ruff\nline-length = 100\n");
    fs::remove_dir_all(dir.join(".git")).unwrap();
    let migrations = dir.join("alembic");
    assert_eq!(codes(&migrations, &[]), ["AL003"]);
    assert_eq!(
        config_file(&migrations, &[]),
        outer.join("alembic-lint.toml").display().to_string()
    );
    // With its own `.git`, the service is a repository: the outer file no longer applies.
    fs::create_dir_all(dir.join(".git")).unwrap();
    assert_eq!(codes(&migrations, &[]), ["AL003", "AL202"]);
    assert_eq!(config_file(&migrations, &[]), serde_json::Value::Null);
}

#[test]
fn config_names_one_file_and_isolated_reads_none() {
    let dir = repo("flags-files");
    write(&dir, "alembic-lint.toml", "select = [\"AL0\"]\n");
    write(&dir, "ci/strict.toml", "select = [\"AL2\"]\n");
    assert_eq!(codes(&dir, &[]), ["AL003"]);
    assert_eq!(codes(&dir, &["--config", "ci/strict.toml"]), ["AL202"]);
    assert_eq!(codes(&dir, &["--isolated"]), ["AL003", "AL202"]);
    let both = lint(&dir, &["check", "--isolated", "--config", "ci/strict.toml"]);
    assert_eq!(both.code, 2);
    assert!(
        both.stderr.contains("cannot be used with"),
        "{}",
        both.stderr
    );
    let missing = lint(&dir, &["check", "--config", "nope.toml"]);
    assert_eq!(missing.code, 2);
    assert_eq!(
        missing.stderr,
        "error: cannot read `nope.toml`: no such file or directory\n"
    );
    write(&dir, "pyproject.toml", "[project]\nname = \"x\"\n");
    let untabled = lint(&dir, &["check", "--config", "pyproject.toml"]);
    assert_eq!(
        untabled.stderr,
        "error: pyproject.toml:1:1: no `[tool.alembic-lint]` table in this file\n"
    );
}

#[test]
fn flags_override_the_file() {
    let dir = repo("override");
    write(
        &dir,
        "alembic-lint.toml",
        "select = [\"AL0\"]\ndowngrade = \"optional\"\ndialect = \"sqlite\"\n",
    );
    assert_eq!(codes(&dir, &[]), Vec::<String>::new());
    // `--select` replaces the file's selection.
    assert_eq!(
        codes(&dir, &["--select", "AL2", "--dialect", "postgresql"]),
        ["AL202"]
    );
    // `--downgrade` replaces the file's policy.
    assert_eq!(codes(&dir, &["--downgrade", "required"]), ["AL003"]);
    // `--extend-select` adds to the file's selection.
    assert_eq!(
        codes(
            &dir,
            &[
                "--extend-select",
                "AL202",
                "--dialect",
                "auto",
                "--downgrade",
                "required"
            ]
        ),
        ["AL003", "AL202"]
    );
    // `--ignore` adds to the file's ignores.
    write(&dir, "alembic-lint.toml", "ignore = [\"AL003\"]\n");
    assert_eq!(codes(&dir, &[]), ["AL202"]);
    assert_eq!(codes(&dir, &["--ignore", "AL202"]), Vec::<String>::new());
}

#[test]
fn paths_under_different_files_are_checked_with_their_own_settings() {
    let top = scratch("config-groups");
    fs::create_dir_all(top.join(".git")).unwrap();
    for name in ["billing", "search", "users"] {
        let dir = top.join(name);
        fs::create_dir_all(dir.join("alembic/versions")).unwrap();
        write(&dir, "alembic/env.py", "from alembic import context\n");
        write(
            &dir,
            "alembic/versions/a1_index.py",
            &index_migration("a1", None),
        );
    }
    write(&top, "billing/alembic-lint.toml", "select = [\"AL0\"]\n");
    write(
        &top,
        "users/pyproject.toml",
        "[tool.alembic-lint]\nignore = [\"AL0\"]\n",
    );
    let run = lint(
        &top,
        &["check", "--format", "json", "users", "billing", "search"],
    );
    let expected = [
        ("billing/alembic/versions/a1_index.py", "AL003"),
        ("search/alembic/versions/a1_index.py", "AL003"),
        ("search/alembic/versions/a1_index.py", "AL202"),
        ("users/alembic/versions/a1_index.py", "AL202"),
    ]
    .map(|(p, c)| (p.to_owned(), c.to_owned()));
    assert_eq!(findings(&run), expected, "{}", run.stderr);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["summary"]["files"], 3);
}

#[test]
fn mistakes_in_the_file_stop_the_run_with_file_line_and_column() {
    let dir = repo("mistakes");
    for (file, text, line) in [
        (
            "pyproject.toml",
            "[project]\nname = \"app\"\n\n[tool.alembic-lint]\nselect = [\"AL2\"]\ntarget_version = 13\n",
            "error: pyproject.toml:6:1: unknown key `target_version`: did you mean `target-version`?\n",
        ),
        (
            "alembic-lint.toml",
            "selct = [\"AL2\"]\n",
            "error: alembic-lint.toml:1:1: unknown key `selct`: did you mean `select`?\n",
        ),
        (
            "alembic-lint.toml",
            "downgrade = true\n",
            "error: alembic-lint.toml:1:13: `downgrade` must be a string, found a boolean\n",
        ),
        (
            "alembic-lint.toml",
            "exclude = \"alembic/versions/old\"\n",
            "error: alembic-lint.toml:1:11: `exclude` must be a list of strings, found a string\n",
        ),
        (
            "alembic-lint.toml",
            "ignore = [\"AL301\", \"drop-colum\"]\n",
            "error: alembic-lint.toml:1:20: `ignore`: unknown rule selector `drop-colum`: expected a rule code (AL201), a code prefix (AL2), a rule name or ALL; `alembic-lint rules` lists them\n",
        ),
    ] {
        let _ = fs::remove_file(dir.join("pyproject.toml"));
        let _ = fs::remove_file(dir.join("alembic-lint.toml"));
        write(&dir, file, text);
        for command in ["check", "config"] {
            let run = lint(&dir, &[command]);
            assert_eq!(run.code, 2, "{text}");
            assert_eq!(run.stderr, line);
            assert_eq!(run.stdout, "");
        }
    }
}

#[test]
fn config_shows_each_setting_and_where_it_came_from() {
    let dir = repo("show");
    write(
        &dir,
        "pyproject.toml",
        "[project]\nname = \"app\"\n\n[tool.alembic-lint]\nextend-select = [\"AL211\"]\n\
         ignore = [\"AL301\"]\ndowngrade = \"optional\"\n\n\
         [tool.alembic-lint.per-file-ignores]\n\"alembic/versions/0001_*.py\" = [\"AL003\"]\n",
    );
    let run = lint(
        &dir,
        &["config", "--ignore", "drop-table", "--target-version", "16"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!(run.stdout);
    let run = lint(
        &dir,
        &["config", "--format", "json", "--ignore", "drop-table"],
    );
    let value: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(value["config_file"], "pyproject.toml");
    assert_eq!(
        value["settings"]["ignore"],
        serde_json::json!({"value": ["AL301", "drop-table"], "from": ["pyproject.toml:6", "command line"]})
    );
    assert_eq!(
        value["settings"]["start-after"],
        serde_json::json!({"value": null, "from": ["default"]})
    );
    assert!(value["enabled_rules"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("AL211")));
}

#[test]
fn every_toml_example_in_the_docs_is_a_valid_configuration() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = repo("doc-examples");
    let mut checked = 0;
    for page in ["docs/configuration.md", "README.md"] {
        let text = fs::read_to_string(root.join(page)).unwrap();
        for block in text.split("```toml\n").skip(1) {
            let example = block.split("```").next().unwrap();
            // Examples are written for `pyproject.toml` when they name the table.
            let file = if example.contains("[tool.alembic-lint") {
                "pyproject.toml"
            } else {
                "alembic-lint.toml"
            };
            let _ = fs::remove_file(dir.join("pyproject.toml"));
            let _ = fs::remove_file(dir.join("alembic-lint.toml"));
            write(&dir, file, example);
            let run = lint(&dir, &["config"]);
            assert_eq!(run.code, 0, "{page}:\n{example}\n{}", run.stderr);
            checked += 1;
        }
    }
    assert!(checked >= 10, "{checked}");
}
