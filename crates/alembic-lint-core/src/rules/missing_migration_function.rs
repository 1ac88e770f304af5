use crate::diagnostic::{Finding, Severity};
use crate::model::Span;
use crate::rules::{Check, FileContext, Rule};
use crate::settings::DowngradePolicy;

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
    if m.meta.revision.is_none() && m.meta.down_revision.is_none() {
        return;
    }
    let policy = ctx.settings.downgrade;
    let finding = match (&m.upgrade, &m.downgrade) {
        (Some(_), Some(down)) if policy == DowngradePolicy::Forbidden => {
            Finding::new(down.name_span, "the migration defines `downgrade()`, which this project forbids")
                .label("`downgrade()` is here")
                .help("remove `downgrade()`: the project's `downgrade` setting is `forbidden` (it rolls forward instead); if this project does downgrade, set `downgrade = \"required\"`")
        }
        (Some(_), _) if policy != DowngradePolicy::Required => return,
        (Some(_), Some(_)) => return,
        (Some(up), None) => Finding::new(up.name_span, "the migration has no `downgrade()` function")
            .label("`upgrade()` is here")
            .help("add `def downgrade():` that undoes `upgrade()`; `alembic downgrade` fails with an AttributeError without it; a project that never downgrades can say so with `--downgrade optional`"),
        (None, Some(down)) => Finding::new(down.name_span, "the migration has no `upgrade()` function")
            .label("`downgrade()` is here")
            .help("add `def upgrade():`; `alembic upgrade` fails with an AttributeError without it"),
        (None, None) if policy == DowngradePolicy::Required => Finding::new(Span::new(0, 0), "the migration has neither `upgrade()` nor `downgrade()`")
            .help("define `def upgrade():` and `def downgrade():` at module level"),
        (None, None) => Finding::new(Span::new(0, 0), "the migration has no `upgrade()` function")
            .help("define `def upgrade():` at module level; `alembic upgrade` fails with an AttributeError without it"),
    };
    out.push(finding);
}
