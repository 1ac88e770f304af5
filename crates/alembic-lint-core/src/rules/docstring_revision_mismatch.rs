use crate::diagnostic::{Finding, Severity};
use crate::model::IdValue;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL006",
    name: "docstring-revision-mismatch",
    severity: Severity::Warning,
    default_on: true,
    postgresql_only: false,
    summary: "docstring `Revision ID:` / `Revises:` disagree with `revision` / `down_revision`",
    doc: include_str!("../../../../rules/docstring-revision-mismatch.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let m = &ctx.migration.meta;
    let Some(doc) = &m.docstring else { return };
    if let (Some((doc_id, span)), Some(rev)) = (&doc.revision_id, m.revision_id()) {
        if doc_id != rev {
            out.push(
                Finding::new(*span, format!("docstring says `Revision ID: {doc_id}` but `revision` is `{rev}`"))
                    .label("does not match `revision`")
                    .help("update the docstring to match `revision` (a copied migration often keeps the old docstring)"),
            );
        }
    }
    let Some((listed, span)) = &doc.revises else {
        return;
    };
    let Some(down) = &m.down_revision else { return };
    if down.value == IdValue::NotLiteral {
        return;
    }
    let mut said: Vec<&str> = listed.iter().map(String::as_str).collect();
    let mut actual: Vec<&str> = down.value.ids().iter().map(String::as_str).collect();
    said.sort_unstable();
    actual.sort_unstable();
    if said != actual {
        let shown = |ids: &[&str]| {
            if ids.is_empty() {
                "nothing".to_owned()
            } else {
                format!("`{}`", ids.join(", "))
            }
        };
        out.push(
            Finding::new(*span, format!("docstring says it revises {} but `down_revision` is {}", shown(&said), shown(&actual)))
                .label("does not match `down_revision`")
                .help("make the docstring's `Revises:` line list the ids in `down_revision` (check which one is right: a rebased migration often keeps the old parent in one of them)"),
        );
    }
}
