//! `--output-file` and `--exit-zero`: where the report goes and what the exit code says.

#![allow(clippy::unwrap_used)]

mod common;

use common::{clean_migration, lint, project, ADD_NOT_NULL};

#[test]
fn output_file_holds_the_report_and_stdout_stays_empty() {
    let dir = project(
        "output-file",
        &[("9f8e7d6c5b4a_add_score.py", ADD_NOT_NULL)],
    );
    let run = lint(
        &dir,
        &["check", "--format", "json", "--output-file", "report.json"],
    );
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["diagnostics"][0]["code"], "AL201");

    // The same bytes as on stdout, and no colour in a file unless asked for.
    let stdout = lint(&dir, &["check", "--format", "json"]).stdout;
    assert_eq!(
        std::fs::read_to_string(dir.join("report.json")).unwrap(),
        stdout
    );
    let human = lint(&dir, &["check", "--output-file", "report.txt"]);
    assert_eq!(human.code, 1);
    let text = std::fs::read_to_string(dir.join("report.txt")).unwrap();
    assert!(text.contains("AL201"), "{text}");
    assert!(!text.contains('\x1b'), "{text:?}");
}

#[test]
fn unwritable_output_file_exits_2_with_the_path() {
    let dir = project(
        "output-file-unwritable",
        &[("9f8e7d6c5b4a_add_score.py", ADD_NOT_NULL)],
    );
    let run = lint(
        &dir,
        &["check", "--output-file", "no/such/dir/report.sarif"],
    );
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    assert!(
        run.stderr
            .starts_with("error: cannot write `no/such/dir/report.sarif`: "),
        "stderr: {}",
        run.stderr
    );
    assert_eq!(run.stderr.lines().count(), 1, "stderr: {}", run.stderr);
}

#[test]
fn exit_zero_reports_but_exits_0() {
    let dir = project("exit-zero", &[("9f8e7d6c5b4a_add_score.py", ADD_NOT_NULL)]);
    let run = lint(&dir, &["check", "--exit-zero", "--format", "concise"]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert!(run.stdout.contains("AL201"), "stdout: {}", run.stdout);

    let clean = project(
        "exit-zero-clean",
        &[("a1_notes.py", &clean_migration("a1", None))],
    );
    assert_eq!(lint(&clean, &["check", "--exit-zero"]).code, 0);
}

#[test]
fn exit_zero_still_exits_2_when_the_check_cannot_run() {
    let dir = project(
        "exit-zero-error",
        &[("9f8e7d6c5b4a_add_score.py", ADD_NOT_NULL)],
    );
    let run = lint(&dir, &["check", "--exit-zero", ".", "no/such/dir"]);
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    assert!(run.stderr.contains("no/such/dir"), "stderr: {}", run.stderr);
}
