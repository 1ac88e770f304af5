//! Snapshots of every output format on `tests/fixtures/formats`: a NOT NULL column without a
//! default, an index built without CONCURRENTLY in a CRLF file whose downgrade raises, a file
//! that does not parse, and a clean one.

#![allow(clippy::unwrap_used)]

mod common;

use common::{fixtures, lint};

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
