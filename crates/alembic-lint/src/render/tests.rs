//! Snapshots of every format on hand-built diagnostics, independent of what the rules report:
//! a label in another file, a multi-line span in a CRLF file, no help, unknown revision, and
//! characters GitHub's workflow commands must escape.

#![allow(clippy::unwrap_used)]

use std::path::Path;

use alembic_lint_core::model::Span;
use alembic_lint_core::{Diagnostic, Label, Severity};

use super::{render_view, Format, Report};
use crate::sources::Sources;

const ADD_AGE_PATH: &str = "migrations/versions/1a2b3c4d5e6f_add_age.py";
const ADD_AGE: &str = r#""""add age

Revision ID: 1a2b3c4d5e6f
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "1a2b3c4d5e6f"
down_revision = None


def upgrade():
    op.add_column("users", sa.Column("âge", sa.Integer(), nullable=False))


def downgrade():
    op.drop_column("users", "âge")
"#;

const INDEX_PATH: &str = "migrations/versions/2b3c4d5e6f7a_index, email.py";

fn index_text() -> String {
    [
        r#""""index email"#,
        "",
        "Revision ID: 2b3c4d5e6f7a",
        "Revises: 1a2b3c4d5e6f",
        r#"""""#,
        "from alembic import op",
        "",
        r#"revision = "2b3c4d5e6f7a""#,
        r#"down_revision = "1a2b3c4d5e6f""#,
        "",
        "",
        "def upgrade():",
        r#"    op.create_index("ix_users_email", "users", ["email"])"#,
        "",
        "",
        "def downgrade():",
        r#"    raise NotImplementedError("100% one-way")"#,
        "",
    ]
    .join("\r\n")
}

fn span_of(text: &str, needle: &str) -> Span {
    let start = text.find(needle).unwrap();
    Span::new(start, start + needle.len())
}

/// Sorted as the pipeline sorts them: by path, then position.
fn diagnostics(index: &str) -> Vec<Diagnostic> {
    let add_column = r#"op.add_column("users", sa.Column("âge", sa.Integer(), nullable=False))"#;
    let downgrade_start = index.find("def downgrade").unwrap();
    vec![
        Diagnostic {
            code: "AL201",
            rule: "add-not-null-column-without-default",
            severity: Severity::Error,
            message: "column `âge` is added as NOT NULL without a server default".into(),
            help: Some("add `server_default=...`, or add the column nullable and backfill".into()),
            path: ADD_AGE_PATH.into(),
            span: span_of(ADD_AGE, add_column),
            label: Some("fails on a table that has rows".into()),
            secondary: Vec::new(),
            revision: Some("1a2b3c4d5e6f".into()),
            unless: None,
        },
        Diagnostic {
            code: "AL101",
            rule: "multiple-heads",
            severity: Severity::Error,
            message: "the revision graph has 2 heads: `1a2b3c4d5e6f`, `2b3c4d5e6f7a`".into(),
            help: Some("merge them with `alembic merge heads`".into()),
            path: INDEX_PATH.into(),
            span: span_of(index, r#"revision = "2b3c4d5e6f7a""#),
            label: Some("one head".into()),
            secondary: vec![Label {
                path: ADD_AGE_PATH.into(),
                span: span_of(ADD_AGE, r#"revision = "1a2b3c4d5e6f""#),
                message: "another head".into(),
            }],
            revision: Some("2b3c4d5e6f7a".into()),
            unless: None,
        },
        Diagnostic {
            code: "AL005",
            rule: "irreversible-downgrade",
            severity: Severity::Warning,
            message: "`downgrade()` only raises: 100% one-way, step: back, fails".into(),
            help: None,
            path: INDEX_PATH.into(),
            span: Span::new(downgrade_start, index.trim_end().len()),
            label: None,
            secondary: Vec::new(),
            revision: None,
            unless: None,
        },
    ]
}

fn rendered(format: Format, color: bool) -> String {
    let index = index_text();
    let mut sources = Sources::default();
    sources.add(ADD_AGE_PATH, ADD_AGE);
    sources.add(INDEX_PATH, &index);
    let diagnostics = diagnostics(&index);
    let report = Report {
        diagnostics: &diagnostics,
        sources: &sources,
        files: 2,
        revisions: 1,
        errors: &[],
        working_dir: Path::new("/srv/app"),
    };
    let mut out = Vec::new();
    render_view(&mut out, format, &report, color).unwrap();
    String::from_utf8(out).unwrap()
}

fn rendered_clean(format: Format) -> String {
    let sources = Sources::default();
    let report = Report {
        diagnostics: &[],
        sources: &sources,
        files: 3,
        revisions: 3,
        errors: &[],
        working_dir: Path::new("/srv/app"),
    };
    let mut out = Vec::new();
    render_view(&mut out, format, &report, false).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn human() {
    let out = rendered(Format::Human, false);
    assert!(!out.contains('\r'), "CRLF must not leak into the snippet");
    insta::assert_snapshot!(out);
}

#[test]
fn human_in_colour_uses_ansi_escapes() {
    let plain = rendered(Format::Human, false);
    let colour = rendered(Format::Human, true);
    assert!(colour.contains("\x1b["));
    assert!(!plain.contains('\x1b'));
}

#[test]
fn concise() {
    insta::assert_snapshot!(rendered(Format::Concise, false));
}

#[test]
fn json() {
    let out = rendered(Format::Json, false);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["summary"]["diagnostics"], 3);
    insta::assert_snapshot!(out);
}

#[test]
fn github() {
    insta::assert_snapshot!(rendered(Format::Github, false));
}

#[test]
fn sarif() {
    let out = rendered(Format::Sarif, false);
    let mut value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let run = &mut value["runs"][0];
    // Each rule that appears is described once, with its whole doc; results point at it.
    let rules = run["tool"]["driver"]["rules"].as_array_mut().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["AL005", "AL101", "AL201"]);
    for rule in rules.iter_mut() {
        let doc = alembic_lint_core::rules::find(rule["id"].as_str().unwrap())
            .unwrap()
            .doc;
        assert_eq!(rule["help"]["markdown"], doc);
        assert_eq!(rule["help"]["text"], doc);
        // The docs change on their own; the snapshot is about the shape.
        rule["help"] = "<the rule's doc>".into();
    }
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(
            run["tool"]["driver"]["rules"][index]["id"],
            result["ruleId"]
        );
    }
    assert_eq!(run["tool"]["driver"]["version"], env!("CARGO_PKG_VERSION"));
    run["tool"]["driver"]["version"] = "<version>".into();
    insta::assert_snapshot!(serde_json::to_string_pretty(&value).unwrap());
}

#[test]
fn gitlab() {
    insta::assert_snapshot!(rendered(Format::Gitlab, false));
}

/// Moving a finding down the file keeps its fingerprint; another file or text changes it.
#[test]
fn fingerprints_do_not_depend_on_line_numbers() {
    let fingerprint = |path: &str, text: &str, needle: &str| {
        let mut sources = Sources::default();
        sources.add(path, text);
        let diagnostic = Diagnostic {
            code: "AL301",
            rule: "drop-column",
            severity: Severity::Error,
            message: "column `a` is dropped".into(),
            help: None,
            path: path.into(),
            span: span_of(text, needle),
            label: None,
            secondary: Vec::new(),
            revision: None,
            unless: None,
        };
        let report = Report {
            diagnostics: std::slice::from_ref(&diagnostic),
            sources: &sources,
            files: 1,
            revisions: 1,
            errors: &[],
            working_dir: Path::new("/srv/app"),
        };
        let mut out = Vec::new();
        render_view(&mut out, Format::Gitlab, &report, false).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        value[0]["fingerprint"].as_str().unwrap().to_owned()
    };
    let drop = r#"op.drop_column("t", "a")"#;
    let before = fingerprint("v/x.py", &format!("def upgrade():\n    {drop}\n"), drop);
    let moved = format!("# a comment\n\n\ndef upgrade():\n    {drop}\n");
    assert_eq!(fingerprint("v/x.py", &moved, drop), before);
    assert_eq!(fingerprint("/srv/app/v/x.py", &moved, drop), before);
    assert_ne!(fingerprint("v/y.py", &moved, drop), before);
    let other = r#"op.drop_column("t", "b")"#;
    assert_ne!(
        fingerprint("v/x.py", &format!("def upgrade():\n    {other}\n"), other),
        before
    );
}

/// The same statement flagged twice in one file gets two fingerprints.
#[test]
fn repeated_findings_get_distinct_fingerprints() {
    let index = index_text();
    let mut sources = Sources::default();
    sources.add(ADD_AGE_PATH, ADD_AGE);
    let twice = [
        diagnostics(&index)[0].clone(),
        diagnostics(&index)[0].clone(),
    ];
    let report = Report {
        diagnostics: &twice,
        sources: &sources,
        files: 1,
        revisions: 1,
        errors: &[],
        working_dir: Path::new("/srv/app"),
    };
    let mut out = Vec::new();
    render_view(&mut out, Format::Gitlab, &report, false).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_ne!(value[0]["fingerprint"], value[1]["fingerprint"]);
}

#[test]
fn clean_runs() {
    insta::assert_snapshot!("clean_human", rendered_clean(Format::Human));
    assert_eq!(rendered_clean(Format::Concise), "");
    insta::assert_snapshot!("clean_json", rendered_clean(Format::Json));
    assert_eq!(rendered_clean(Format::Github), "");
    let clean: serde_json::Value = serde_json::from_str(&rendered_clean(Format::Sarif)).unwrap();
    assert_eq!(clean["runs"][0]["results"], serde_json::json!([]));
    assert_eq!(
        clean["runs"][0]["tool"]["driver"]["rules"],
        serde_json::json!([])
    );
    assert_eq!(rendered_clean(Format::Gitlab), "[]\n");
}
