use crate::diagnostic::{Finding, Severity};
use crate::model::BodyKind;
use crate::rules::{Check, FileContext, Rule};
use crate::settings::DowngradePolicy;

pub(crate) static RULE: Rule = Rule {
    code: "AL005",
    name: "irreversible-downgrade",
    severity: Severity::Warning,
    default_on: true,
    postgresql_only: false,
    summary: "migration cannot be rolled back: `downgrade()` only raises",
    doc: include_str!("../../../../rules/irreversible-downgrade.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    // A project that does not downgrade has nothing to roll back.
    if ctx.settings.downgrade != DowngradePolicy::Required {
        return;
    }
    let Some(down) = &ctx.migration.downgrade else {
        return;
    };
    if down.body == BodyKind::OnlyRaises {
        out.push(
            Finding::new(down.name_span, "`downgrade()` only raises: this revision cannot be rolled back")
                .label("`alembic downgrade` stops here")
                .help("write the inverse operations if the change can be undone; if it truly cannot, keep the `raise` with a message that says why; a project that never downgrades can say so with `--downgrade optional`"),
        );
    }
}
