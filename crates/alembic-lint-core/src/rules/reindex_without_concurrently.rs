use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
use crate::rules::locking::lock_label;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL214",
    name: "reindex-without-concurrently",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "REINDEX without CONCURRENTLY, blocking writes while the index is rebuilt",
    doc: include_str!("../../../../rules/reindex-without-concurrently.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for op in ctx.upgrade_ops() {
        let OpKind::Reindex {
            target,
            concurrently: false,
        } = &op.kind
        else {
            continue;
        };
        if !ctx.may_run_on_postgresql(op) {
            continue;
        }
        let what = target
            .as_deref()
            .map_or(String::new(), |t| format!(" of `{t}`"));
        let help = if ctx.settings.target_version >= 12 {
            "REINDEX holds a SHARE lock on the table (and an ACCESS EXCLUSIVE lock on the index) for the whole rebuild: write `REINDEX ... CONCURRENTLY` and run it inside `with op.get_context().autocommit_block():`".to_owned()
        } else {
            format!(
                "REINDEX holds a SHARE lock on the table for the whole rebuild, and PostgreSQL {} has no REINDEX CONCURRENTLY: build a new index with `CREATE INDEX CONCURRENTLY`, then drop the old one with `DROP INDEX CONCURRENTLY`, each inside `with op.get_context().autocommit_block():`",
                ctx.settings.target_version
            )
        };
        out.push(
            Finding::new(
                op.span,
                format!("the rebuild{what} runs without CONCURRENTLY"),
            )
            .label(lock_label(ctx, op, None))
            .help(help),
        );
    }
}
