//! Snapshots of every output format on `tests/fixtures/formats`: a NOT NULL column without a
//! default, an index built without CONCURRENTLY in a CRLF file whose downgrade raises, a file
//! that does not parse, and a clean one. SARIF also goes through Microsoft's validator.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

use common::tools::{require, run, sarif_multitool};
use common::{fixtures, lint, scratch};

fn check(format: &str) -> String {
    let run = lint(
        &fixtures().join("formats"),
        &["check", "--color", "never", "--format", format],
    );
    assert_eq!(
        run.code, 1,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    // Only concise output has its summary on stderr; the others keep stdout self-contained.
    let stderr = if format == "concise" {
        "Found 4 problems (3 errors, 1 warning) in 3 of 4 migration files.\n"
    } else {
        ""
    };
    assert_eq!(run.stderr, stderr);
    // The CRLF file's line endings must not leak into snippets or messages.
    assert!(!run.stdout.contains('\r'), "{format}: {:?}", run.stdout);
    run.stdout
}

#[test]
fn human() {
    insta::assert_snapshot!(check("human"));
}

#[test]
fn concise() {
    insta::assert_snapshot!(check("concise"));
}

#[test]
fn json() {
    insta::assert_snapshot!(check("json"));
}

#[test]
fn github() {
    insta::assert_snapshot!(check("github"));
}

/// The results (the rules' metadata comes from the registry and is checked below).
#[test]
fn sarif() {
    let log: serde_json::Value = serde_json::from_str(&check("sarif")).unwrap();
    let run = &log["runs"][0];
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        let name = rule["name"].as_str().unwrap();
        let doc = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../rules/{name}.md")),
        )
        .unwrap();
        assert_eq!(rule["help"]["markdown"], doc.as_str());
        assert!(rule["helpUri"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/rules/{name}.md")));
    }
    insta::assert_snapshot!(serde_json::to_string_pretty(&run["results"]).unwrap());
}

#[test]
fn gitlab() {
    insta::assert_snapshot!(check("gitlab"));
}

/// Microsoft's SARIF validator (the `validate` verb of `@microsoft/sarif-multitool`) finds no
/// error and no warning in our logs: schema, and the rules GitHub code scanning relies on. The
/// second log has files outside the working directory (`file:` URIs) and a path that cannot be
/// read (a tool notification).
#[test]
fn sarif_passes_the_sarif_multitool_validator() {
    let Some(multitool) = require(sarif_multitool()) else {
        return;
    };
    let dir = scratch("sarif-validate");
    let outside = lint(
        &dir,
        &[
            "check",
            "--format",
            "sarif",
            fixtures().join("formats").to_str().unwrap(),
            "nosuch",
        ],
    );
    assert_eq!(outside.code, 2, "stderr: {}", outside.stderr);
    assert!(outside.stdout.contains("\"file:///"), "{}", outside.stdout);
    for (name, log) in [("formats", check("sarif")), ("outside", outside.stdout)] {
        let path = dir.join(format!("{name}.sarif"));
        std::fs::write(&path, log).unwrap();
        let output = run(Command::new(&multitool).arg("validate").arg(&path)).unwrap();
        assert!(
            output.contains("Analysis completed successfully"),
            "{output}"
        );
        let problems: Vec<&str> = output
            .lines()
            .filter(|l| l.contains(": error ") || l.contains(": warning "))
            .collect();
        assert!(problems.is_empty(), "{name}: {output}");
    }
}
