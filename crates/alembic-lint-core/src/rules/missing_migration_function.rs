use crate::diagnostic::{Finding, Severity};
use crate::model::Span;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL003",
    name: "missing-migration-function",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: false,
    summary: "migration defines `upgrade()` without `downgrade()`, or the other way round",
    doc: include_str!("../../../../rules/missing-migration-function.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let m = ctx.migration;
    // A file with no revision id is not a migration; missing-revision-metadata says so.
    if m.revision.is_none() && m.down_revision.is_none() {
        return;
    }
    let finding = match (&m.upgrade, &m.downgrade) {
        (Some(_), Some(_)) => return,
        (Some(up), None) => Finding::new(up.name_span, "the migration has no `downgrade()` function")
            .label("`upgrade()` is here")
            .help("add `def downgrade():` that undoes `upgrade()`; `alembic downgrade` fails with an AttributeError without it"),
        (None, Some(down)) => Finding::new(down.name_span, "the migration has no `upgrade()` function")
            .label("`downgrade()` is here")
            .help("add `def upgrade():`; `alembic upgrade` fails with an AttributeError without it"),
        (None, None) => Finding::new(Span::new(0, 0), "the migration has neither `upgrade()` nor `downgrade()`")
            .help("define `def upgrade():` and `def downgrade():` at module level"),
    };
    out.push(finding);
}
