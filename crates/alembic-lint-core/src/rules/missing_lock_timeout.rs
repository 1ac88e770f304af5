use crate::diagnostic::{Finding, Severity};
use crate::env::{sets_lock_timeout, EnvLockTimeout};
use crate::locks::{table_locks, LockMode, Role};
use crate::model::{OpKind, Operation, Origin};
use crate::rules::locking::{lock_label, on_existing_table, table_name};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL211",
    name: "missing-lock-timeout",
    severity: Severity::Warning,
    default_on: false,
    postgresql_only: true,
    summary: "a lock that blocks writes taken on an existing table with no `lock_timeout` set",
    doc: include_str!("../../../../rules/missing-lock-timeout.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    if ctx.env.lock_timeout == EnvLockTimeout::Sets {
        return;
    }
    let version = ctx.settings.target_version;
    let mut timeout_set = false;
    for (i, op) in ctx.upgrade_ops().iter().enumerate() {
        if let Some(sets) = lock_timeout_change(op) {
            timeout_set = sets;
            continue;
        }
        if timeout_set || !ctx.may_run_on_postgresql(op) {
            continue;
        }
        let strong = table_locks(&op.kind, version).into_iter().find(|lock| {
            lock.mode >= Some(LockMode::ShareRowExclusive) && on_existing_table(ctx, i, lock.table)
        });
        let Some(lock) = strong else {
            continue;
        };
        let Some(mode) = lock.mode else {
            continue;
        };
        let label = match lock.role {
            Role::Target => lock_label(ctx, op, lock.table),
            Role::Referenced => format!(
                "{mode} on {}, the table the foreign key references: writes wait",
                table_name(lock.table)
            ),
        };
        let env = match ctx.env.lock_timeout {
            EnvLockTimeout::NotSet => "; `env.py` sets none either",
            _ => "; `env.py` could not be read, so a timeout it sets is not seen",
        };
        out.push(
            Finding::new(
                op.span,
                format!(
                    "`{mode}` is taken on {} with no `lock_timeout` set",
                    table_name(lock.table)
                ),
            )
            .label(label)
            .help(format!(
                "while it waits for the queries already running on the table, every later query \
                 that conflicts with the lock waits behind it: set `op.execute(\"SET lock_timeout = '5s'\")` before it in \
                 `upgrade()`, or once for every migration in `env.py` \
                 (`connection.execute(text(\"SET lock_timeout = '5s'\"))` before \
                 `context.configure(...)`, or `connect_args={{\"options\": \"-c lock_timeout=5s\"}}`), \
                 and run the migration again when it times out{env}"
            )),
        );
        // Once per migration: the one `SET` fixes every operation after it.
        return;
    }
}

/// `Some(true)` when `op` sets a `lock_timeout`, `Some(false)` when it turns it off
/// (`SET lock_timeout = 0`, `TO DEFAULT`), `None` when it does neither.
fn lock_timeout_change(op: &Operation) -> Option<bool> {
    let Origin::Sql(sql) = &op.origin else {
        return None;
    };
    match &op.kind {
        OpKind::SetTimeout { setting } if setting == "lock_timeout" => {
            Some(sets_lock_timeout(&sql.text))
        }
        // `SELECT set_config('lock_timeout', '5s', false)`
        OpKind::OtherSql if sets_lock_timeout(&sql.text) => Some(true),
        _ => None,
    }
}
