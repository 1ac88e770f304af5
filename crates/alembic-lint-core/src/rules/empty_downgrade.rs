use crate::diagnostic::{Finding, Severity};
use crate::model::{BodyKind, OpKind};
use crate::rules::{Check, FileContext, Rule};
use crate::settings::DowngradePolicy;

pub(crate) static RULE: Rule = Rule {
    code: "AL004",
    name: "empty-downgrade",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "empty `downgrade()` while `upgrade()` changes the database",
    doc: include_str!("../../../../rules/empty-downgrade.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    // A project that does not downgrade has nothing to roll back.
    if ctx.settings.downgrade != DowngradePolicy::Required {
        return;
    }
    let m = ctx.migration;
    let (Some(up), Some(down)) = (&m.upgrade, &m.downgrade) else {
        return;
    };
    // A merge revision has nothing to undo.
    if m.meta.is_merge() || up.body != BodyKind::Statements || down.body != BodyKind::Empty {
        return;
    }
    // An upgrade that only reads (a `SELECT` and an `assert`) has nothing to undo.
    if !up.ops.is_empty() && up.ops.iter().all(|op| op.kind == OpKind::Query) {
        return;
    }
    out.push(
        Finding::new(down.name_span, "`downgrade()` is empty but `upgrade()` is not")
            .label("rolling back this revision silently does nothing")
            .help("write the inverse of each `upgrade()` operation in `downgrade()`; if it cannot be undone, raise an error that says why; a project that never downgrades can say so with `--downgrade optional`"),
    );
}
