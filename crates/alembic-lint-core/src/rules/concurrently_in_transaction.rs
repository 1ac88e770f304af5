use crate::diagnostic::{Finding, Severity};
use crate::model::OpKind;
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL203",
    name: "concurrently-in-transaction",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "concurrent index operation run inside the migration's transaction",
    doc: include_str!("../../../../rules/concurrently-in-transaction.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for op in ctx.upgrade_ops() {
        let what = match &op.kind {
            OpKind::CreateIndex {
                concurrently: true, ..
            } => "CREATE INDEX CONCURRENTLY",
            OpKind::DropIndex {
                concurrently: true, ..
            } => "DROP INDEX CONCURRENTLY",
            OpKind::Reindex {
                concurrently: true, ..
            } => "REINDEX CONCURRENTLY",
            _ => continue,
        };
        if op.autocommit || !ctx.may_run_on_postgresql(op) {
            continue;
        }
        out.push(
            Finding::new(op.span, format!("`{what}` runs inside the migration's transaction"))
                .label("PostgreSQL refuses this inside a transaction block")
                .help("Alembic runs each migration in a transaction: wrap this in `with op.get_context().autocommit_block():` so it runs outside it"),
        );
    }
}
