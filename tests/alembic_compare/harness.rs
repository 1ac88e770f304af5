//! Running `compare.py` (beside this file) with the Python named by `ALEMBIC_PYTHON`, for the
//! tests of both crates that check the revision graph against Alembic itself. Included in
//! those tests with `#[path]`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

/// `compare.py ARGS` fed `stdin`, as JSON; `None` (with a note) when `ALEMBIC_PYTHON` is unset,
/// which CI never allows.
pub fn compare(args: &[&str], stdin: &str) -> Option<Value> {
    let Some(python) = std::env::var_os("ALEMBIC_PYTHON") else {
        // CI must never skip it: `.ci/run` sets the variable.
        assert!(
            std::env::var_os("CI").is_none(),
            "ALEMBIC_PYTHON is not set under CI: run the tests as `.ci/run` does"
        );
        eprintln!("ALEMBIC_PYTHON is not set: skipping the comparison with Alembic");
        return None;
    };
    // Every crate sits at `crates/<name>/`.
    let script =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/alembic_compare/compare.py");
    let mut child = Command::new(python)
        .arg(script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "compare.py failed");
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

/// A JSON array of strings.
pub fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}
