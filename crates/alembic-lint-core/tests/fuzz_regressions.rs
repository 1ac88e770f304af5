//! Inputs kept in `testdata/fuzz/`: hostile files and anything the fuzz targets ever found. Each
//! goes through the same checks as its fuzz target (see `fuzz/README.md`).

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use alembic_lint_core::fuzzing::{assert_sound, check_whole_file};
use alembic_lint_core::read_sql_statements;

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    files
}

#[test]
fn check_file_inputs_are_checked_without_internal_errors() {
    for path in inputs("check_file") {
        let bytes = std::fs::read(&path).unwrap();
        let report = check_whole_file(&path.display().to_string(), &bytes);
        assert_sound(&report);
        let diagnostics = &report.diagnostics;
        let name = path.file_name().unwrap().to_string_lossy();
        if name.starts_with("deep_") {
            assert!(
                diagnostics
                    .iter()
                    .any(|d| d.code == "AL001" && d.message.contains("nested more than")),
                "{name}: {diagnostics:#?}"
            );
        }
    }
}

#[test]
fn sql_inputs_give_statement_ranges_inside_the_text() {
    for path in inputs("sql") {
        let text = std::fs::read_to_string(&path).unwrap();
        for (_, range) in read_sql_statements(&text) {
            assert!(
                text.get(range.clone()).is_some(),
                "{}: {range:?}",
                path.display()
            );
        }
    }
}
