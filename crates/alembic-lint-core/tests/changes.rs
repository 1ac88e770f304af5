//! The engine given a change set: file rules only on the files it adds or edits, the revision
//! graph over every file, and tables created by added ancestors counted as new.

use std::path::PathBuf;

use alembic_lint_core::changes::{ChangeSet, Modified};
use alembic_lint_core::settings::DowngradePolicy;
use alembic_lint_core::{check_sources, Report, Settings, Sources};

fn migration(revision: &str, down: &str, upgrade: &str) -> String {
    format!(
        "revision = \"{revision}\"\ndown_revision = {down}\n\n\ndef upgrade():\n    {upgrade}\n\n\ndef downgrade():\n    pass\n"
    )
}

fn check(files: &[(&str, String)], changes: Option<ChangeSet>) -> Report {
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, t)| (*p, t.as_bytes())).collect();
    let settings = Settings {
        changes,
        downgrade: DowngradePolicy::Optional,
        ..Settings::default()
    };
    let sources = Sources {
        dir: "versions",
        files: &files,
        dialect: None,
        complete: true,
    };
    check_sources(&sources, &settings)
}

fn codes(report: &Report) -> Vec<(&str, &str)> {
    report
        .diagnostics
        .iter()
        .map(|d| (d.path.as_str(), d.code))
        .collect()
}

#[test]
fn a_change_is_checked_against_the_whole_history() {
    let files = [
        (
            "versions/a.py",
            migration("a", "None", "op.create_table(\"users\")"),
        ),
        (
            "versions/b.py",
            migration("b", "\"a\"", "op.create_index(\"ix_u\", \"users\", [\"x\"])"),
        ),
        (
            "versions/c.py",
            migration("c", "\"b\"", "op.create_table(\"orders\")"),
        ),
        (
            "versions/d.py",
            migration(
                "d",
                "\"c\"",
                "op.create_index(\"ix_o\", \"orders\", [\"x\"]); op.create_index(\"ix_u2\", \"users\", [\"y\"])",
            ),
        ),
        // A second child of `a`: two heads, whichever files the change holds.
        ("versions/e.py", migration("e", "\"a\"", "pass")),
    ];
    let everything = check(&files, None);
    assert_eq!(
        codes(&everything)
            .into_iter()
            .filter(|(_, c)| *c == "AL202")
            .count(),
        3
    );

    let added = |names: &[&str]| ChangeSet {
        added: names.iter().map(PathBuf::from).collect(),
        ..ChangeSet::default()
    };
    let report = check(
        &files,
        Some(added(&["versions/c.py", "versions/d.py", "versions/e.py"])),
    );
    // `b` is old; `orders` is created by `c`, added before `d`; `users` is old; the heads `d`
    // and `e` are found in the whole graph.
    assert_eq!(
        codes(&report),
        [("versions/d.py", "AL101"), ("versions/d.py", "AL202")],
        "{:?}",
        report.diagnostics
    );
    assert!(report.diagnostics[1].message.contains("`users`"));

    // Edited rather than added, `c`'s table may already hold rows in a database.
    let edited = ChangeSet {
        added: vec![PathBuf::from("versions/d.py")],
        modified: vec![Modified {
            path: PathBuf::from("versions/c.py"),
            first_change: 0,
        }],
    };
    let report = check(&files, Some(edited));
    assert_eq!(
        codes(&report),
        [
            ("versions/c.py", "AL108"),
            ("versions/d.py", "AL101"),
            ("versions/d.py", "AL202"),
            ("versions/d.py", "AL202")
        ]
    );
}
