use crate::changes::FileChange;
use crate::diagnostic::{Finding, Severity};
use crate::model::Span;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL108",
    name: "modified-migration",
    severity: Severity::Warning,
    // Only a diff (`--diff`, `--staged`) knows what was edited: without one it never fires.
    default_on: true,
    postgresql_only: false,
    summary: "a migration that already existed at the base of the diff was edited",
    doc: include_str!("../../../../rules/modified-migration.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let Some(FileChange::Modified { first_change }) = ctx.change else {
        return;
    };
    // The first edited line; the `revision` line when the file changed again on disk since git
    // was asked and the offset no longer falls on a character.
    let span = match ctx.source.get(first_change..) {
        Some(rest) => {
            let line = &rest[..rest.find(['\r', '\n']).unwrap_or(rest.len())];
            let indent = line.len() - line.trim_start().len();
            Span::new(first_change + indent, first_change + line.len())
        }
        None => ctx
            .migration
            .meta
            .revision
            .as_ref()
            .map_or(Span::new(0, 0), |r| r.span),
    };
    let what = ctx
        .migration
        .meta
        .revision_id()
        .map_or("this migration".to_owned(), |id| {
            format!("migration `{id}`")
        });
    out.push(
        Finding::new(span, format!("{what} existed before this change and was edited"))
            .label("first edited line")
            .help("a database that already ran this revision will not run it again: revert the edit and make the change in a new migration (`alembic revision`)"),
    );
}
