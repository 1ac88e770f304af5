use crate::diagnostic::{Finding, Severity};
use crate::model::{IdField, IdValue, Span};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL002",
    name: "missing-revision-metadata",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "missing or non-literal `revision` / `down_revision` assignment",
    doc: include_str!("../../../../rules/missing-revision-metadata.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let m = &ctx.migration.meta;
    match (&m.revision, &m.down_revision) {
        (None, None) => out.push(
            Finding::new(Span::new(0, 0), "no module-level `revision` or `down_revision`: Alembic cannot load this file")
                .help("add `revision = \"<id>\"` and `down_revision = \"<parent id>\"` (or `None` for the first migration) at module level, or move the file out of `versions/`"),
        ),
        (None, Some(down)) => out.push(
            Finding::new(down.span, "`revision` is not assigned at module level")
                .help("add `revision = \"<id>\"` at module level; every migration needs its own id"),
        ),
        (Some(rev), None) => out.push(
            Finding::new(rev.span, "`down_revision` is not assigned at module level")
                .help("add `down_revision = \"<parent id>\"`, or `down_revision = None` for the first migration"),
        ),
        (Some(rev), Some(down)) => {
            check_revision(rev, out);
            if down.value == IdValue::NotLiteral {
                out.push(not_literal(down, "down_revision"));
            }
        }
    }
}

fn check_revision(rev: &IdField, out: &mut Vec<Finding>) {
    match &rev.value {
        IdValue::One(id) if !id.trim().is_empty() => {}
        IdValue::NotLiteral => out.push(not_literal(rev, "revision")),
        _ => out.push(
            Finding::new(rev.value_span, "`revision` must be one non-empty string id")
                .label("not a single revision id")
                .help("set `revision = \"<id>\"`; a merge lists its parents in `down_revision`, not in `revision`"),
        ),
    }
}

fn not_literal(field: &IdField, name: &str) -> Finding {
    Finding::new(field.value_span, format!("`{name}` is not a literal"))
        .label("computed at import time")
        .help(format!(
            "write `{name}` as a string literal (a tuple of strings for merges, `None` for none) so tools can read the revision graph without importing the file"
        ))
}
