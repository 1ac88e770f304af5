//! Text as SQL: statement splitting and reading directly, then the same text passed to
//! `op.execute` in a migration, through extraction and every rule.

#![no_main]

use alembic_lint_core::fuzzing::{assert_sound, check_whole_file};
use alembic_lint_core::read_sql_statements;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for (_, range) in read_sql_statements(text) {
        assert!(range.start <= range.end && text.get(range.clone()).is_some(), "{range:?}");
    }
    let source = format!(
        "revision = \"a1\"\ndown_revision = None\n\nfrom alembic import op\n\n\n\
         def upgrade():\n    op.execute({})\n\n\ndef downgrade():\n    op.execute({0})\n",
        python_literal(text)
    );
    let report = check_whole_file("versions/a1.py", source.as_bytes());
    assert!(report.files[0].meta.is_some(), "the literal must parse:\n{source}");
    assert_sound(&report);
});

/// A Python string literal holding exactly `text`.
fn python_literal(text: &str) -> String {
    let mut literal = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => literal.push_str("\\\""),
            '\\' => literal.push_str("\\\\"),
            ' '..='~' => literal.push(c),
            _ => literal.push_str(&format!("\\U{:08x}", u32::from(c))),
        }
    }
    literal.push('"');
    literal
}
