//! Rules whose advice depends on the PostgreSQL version given with `--target-version`.

use alembic_lint_core::{check_sources, Selection, Settings, Sources};
use std::fs;
use std::path::Path;

/// The messages `code` reports for one fixture file checked for PostgreSQL `version`.
fn messages(fixture: &str, code: &str, version: u32) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/rules")
        .join(fixture);
    let bytes = fs::read(&path).expect("fixture is readable");
    let settings = Settings {
        selection: Selection::new(&[code.to_owned()], &[]).expect("a known code"),
        target_version: version,
        ..Settings::default()
    };
    let name = path.display().to_string();
    let files = [(name.as_str(), bytes.as_slice())];
    let sources = Sources {
        dir: "",
        files: &files,
        dialect: None,
        complete: false,
    };
    check_sources(&sources, &settings)
        .diagnostics
        .into_iter()
        .map(|d| d.message)
        .collect()
}

#[test]
fn a_validated_check_does_not_spare_the_scan_before_postgresql_12() {
    let fixture =
        "set-not-null-on-existing-column/quiet_check_validated_after_earlier_migration.py";
    assert!(messages(fixture, "AL205", 12).is_empty());
    let before = messages(fixture, "AL205", 11);
    assert_eq!(before.len(), 1, "{before:?}");
    assert!(
        before[0].contains("PostgreSQL 11 does not use the validated check"),
        "{before:?}"
    );
}

#[test]
fn an_enum_value_in_a_transaction_is_refused_before_postgresql_12() {
    let fixture = "enum-value-added-in-transaction/quiet_autocommit_block_and_unused_value.py";
    assert!(messages(fixture, "AL212", 12).is_empty());
    let before = messages(fixture, "AL212", 11);
    assert_eq!(
        before,
        ["value `CANCELLING` is added to enum type `state_type` inside the migration's transaction, which PostgreSQL 11 refuses"]
    );
}
