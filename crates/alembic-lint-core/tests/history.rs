//! Findings that the earlier revisions of a script directory settle: a check validated by an
//! earlier migration spares `SET NOT NULL` its scan (PostgreSQL 12 and later), an index built by
//! an earlier migration serves a new foreign key.

use alembic_lint_core::{check_sources, Selection, Settings, Sources};

fn migration(revision: &str, down: Option<&str>, body: &str) -> String {
    let down = down.map_or("None".to_owned(), |d| format!("\"{d}\""));
    format!(
        "\"\"\"{revision}\n\nRevision ID: {revision}\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = \"{revision}\"\ndown_revision = {down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n{body}\n\n\ndef downgrade():\n    pass\n"
    )
}

const ADD_CHECK: &str = "    op.create_check_constraint(\"ck_users_email_not_null\", \"users\", \"email IS NOT NULL\", postgresql_not_valid=True)";
const VALIDATE: &str =
    "    op.execute(\"ALTER TABLE users VALIDATE CONSTRAINT ck_users_email_not_null\")";
const SET_NOT_NULL: &str =
    "    op.alter_column(\"users\", \"email\", existing_type=sa.Text(), nullable=False)";

/// AL205 diagnostics, as `(file, line)`, for the migrations given in file order.
fn set_not_null(files: &[(&str, String)], version: u32, complete: bool) -> Vec<(String, usize)> {
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, t)| (*p, t.as_bytes())).collect();
    let settings = Settings {
        selection: Selection::new(&["AL205".to_owned()], &[]).expect("a known code"),
        target_version: version,
        ..Settings::default()
    };
    let sources = Sources {
        dir: "versions",
        files: &files,
        dialect: None,
        complete,
    };
    let report = check_sources(&sources, &settings);
    report
        .diagnostics
        .iter()
        .map(|d| {
            let text = &files.iter().find(|(p, _)| *p == d.path).expect("a file").1;
            let line = text[..d.span.start].iter().filter(|&&b| b == b'\n').count() + 1;
            (d.path.clone(), line)
        })
        .collect()
}

fn history(validate: bool) -> Vec<(&'static str, String)> {
    vec![
        ("versions/a1.py", migration("a1", None, ADD_CHECK)),
        (
            "versions/b2.py",
            migration(
                "b2",
                Some("a1"),
                if validate { VALIDATE } else { "    pass" },
            ),
        ),
        ("versions/c3.py", migration("c3", Some("b2"), SET_NOT_NULL)),
    ]
}

#[test]
fn a_check_validated_by_an_earlier_migration_spares_the_scan() {
    assert_eq!(set_not_null(&history(true), 14, true), []);
    // The same when only some files are named: what they show still holds.
    assert_eq!(set_not_null(&history(true), 14, false), []);
}

#[test]
fn a_check_never_validated_spares_nothing() {
    assert_eq!(
        set_not_null(&history(false), 14, true),
        [("versions/c3.py".to_owned(), 15)]
    );
}

#[test]
fn before_postgresql_12_set_not_null_scans_anyway() {
    let found = set_not_null(&history(true), 11, true);
    assert_eq!(found, [("versions/c3.py".to_owned(), 15)]);
}

#[test]
fn only_the_revisions_before_count() {
    // The check is added and validated by a later revision than the one setting NOT NULL.
    let files = vec![
        ("versions/a1.py", migration("a1", None, SET_NOT_NULL)),
        ("versions/b2.py", migration("b2", Some("a1"), ADD_CHECK)),
        ("versions/c3.py", migration("c3", Some("b2"), VALIDATE)),
    ];
    assert_eq!(
        set_not_null(&files, 14, true),
        [("versions/a1.py".to_owned(), 15)]
    );
}

#[test]
fn a_dropped_check_spares_nothing() {
    let mut files = history(true);
    files[2].1 = migration(
        "c3",
        Some("b2"),
        &format!("    op.drop_constraint(\"ck_users_email_not_null\", \"users\", type_=\"check\")\n{SET_NOT_NULL}"),
    );
    assert_eq!(
        set_not_null(&files, 14, true),
        [("versions/c3.py".to_owned(), 16)]
    );
}

/// AL605 diagnostics, as file names, for the migrations given in file order.
fn unindexed_keys(files: &[(&str, String)]) -> Vec<String> {
    let files: Vec<(&str, &[u8])> = files.iter().map(|(p, t)| (*p, t.as_bytes())).collect();
    let settings = Settings {
        selection: Selection::new(&["AL605".to_owned()], &[]).expect("a known code"),
        ..Settings::default()
    };
    let sources = Sources {
        dir: "versions",
        files: &files,
        dialect: None,
        complete: true,
    };
    check_sources(&sources, &settings)
        .diagnostics
        .into_iter()
        .map(|d| d.path)
        .collect()
}

const CREATE_ORDERS: &str = "    op.create_table(\"orders\", sa.Column(\"id\", sa.BigInteger(), primary_key=True), sa.Column(\"customer_id\", sa.BigInteger()))";
const INDEX_CUSTOMER: &str =
    "    op.create_index(\"ix_orders_customer_id\", \"orders\", [\"customer_id\", \"id\"])";
const KEY_CUSTOMER: &str = "    op.create_foreign_key(\"fk_orders_customer\", \"orders\", \"customers\", [\"customer_id\"], [\"id\"], postgresql_not_valid=True)";

#[test]
fn an_index_built_by_an_earlier_migration_serves_a_new_foreign_key() {
    let files = vec![
        (
            "versions/a1.py",
            migration("a1", None, &format!("{CREATE_ORDERS}\n{INDEX_CUSTOMER}")),
        ),
        ("versions/b2.py", migration("b2", Some("a1"), KEY_CUSTOMER)),
    ];
    assert_eq!(unindexed_keys(&files), Vec::<String>::new());
}

#[test]
fn an_index_dropped_since_or_built_later_serves_nothing() {
    let dropped = vec![
        (
            "versions/a1.py",
            migration("a1", None, &format!("{CREATE_ORDERS}\n{INDEX_CUSTOMER}")),
        ),
        (
            "versions/b2.py",
            migration(
                "b2",
                Some("a1"),
                "    op.drop_index(\"ix_orders_customer_id\", table_name=\"orders\")",
            ),
        ),
        ("versions/c3.py", migration("c3", Some("b2"), KEY_CUSTOMER)),
    ];
    assert_eq!(unindexed_keys(&dropped), ["versions/c3.py"]);
    let later = vec![
        ("versions/a1.py", migration("a1", None, CREATE_ORDERS)),
        ("versions/b2.py", migration("b2", Some("a1"), KEY_CUSTOMER)),
        (
            "versions/c3.py",
            migration("c3", Some("b2"), INDEX_CUSTOMER),
        ),
    ];
    assert_eq!(unindexed_keys(&later), ["versions/b2.py"]);
}
