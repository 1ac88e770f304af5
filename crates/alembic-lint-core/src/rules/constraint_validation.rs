//! What add-foreign-key-without-not-valid and add-check-constraint-without-not-valid share: a
//! constraint added to an existing table is either checked against every row under the lock
//! the `ADD` takes, or added `NOT VALID` and validated in the same transaction, which holds that
//! lock through the validating scan all the same.

use crate::diagnostic::Finding;
use crate::model::{ConstraintKind, OpKind, Operation};
use crate::rules::locking::{lock_label, on_existing_table, same_transaction, table_name};
use crate::rules::FileContext;

/// How one rule words its findings.
pub(crate) struct Wording {
    pub constraint: ConstraintKind,
    /// `foreign key`, `check constraint`.
    pub what: &'static str,
    /// Said after the lock in the help: what else the validation costs.
    pub also: &'static str,
}

pub(crate) fn check(ctx: &FileContext, wording: &Wording, out: &mut Vec<Finding>) {
    let ops = ctx.upgrade_ops();
    for (i, op) in ops.iter().enumerate() {
        let OpKind::AddConstraint {
            name,
            table,
            constraint,
            not_valid,
            references,
            ..
        } = &op.kind
        else {
            continue;
        };
        if *constraint != wording.constraint
            || !ctx.may_run_on_postgresql(op)
            || !on_existing_table(ctx, i, table.as_deref())
        {
            continue;
        }
        let named = name.as_deref().map_or(String::new(), |n| format!(" `{n}`"));
        let on = table_name(table.as_deref());
        let to = references
            .as_deref()
            .map_or(String::new(), |r| format!(" to `{r}`"));
        let finding = if !*not_valid {
            let fix = if op.is_sql() {
                "add it with `NOT VALID`"
            } else {
                "pass `postgresql_not_valid=True`"
            };
            Finding::new(
                op.span,
                format!(
                    "{}{named}{to} is added to {on} without NOT VALID",
                    wording.what
                ),
            )
            .label(lock_label(ctx, op, table.as_deref()))
            .help(format!(
                "adding it checks every existing row while the lock is held{}: {fix}, then run `ALTER TABLE ... VALIDATE CONSTRAINT` in a later migration (or inside `with op.get_context().autocommit_block():`), which reads the rows without blocking writes",
                wording.also
            ))
        } else if let Some(validate) = validated_in_same_transaction(ops, i, op, name.as_deref()) {
            Finding::new(
                validate.span,
                format!(
                    "{}{named}{to} is added NOT VALID and validated in the same transaction",
                    wording.what
                ),
            )
            .label(format!(
                "the lock the ADD took on {on} is held until this validation has read every row"
            ))
            .help("commit between the two: move `VALIDATE CONSTRAINT` to a later migration, or run it inside `with op.get_context().autocommit_block():`")
        } else {
            continue;
        };
        out.push(finding);
    }
}

/// The `VALIDATE CONSTRAINT` of the constraint `ops[index]` adds, when it runs in the same
/// transaction after it.
fn validated_in_same_transaction<'a>(
    ops: &'a [Operation],
    index: usize,
    added: &Operation,
    name: Option<&str>,
) -> Option<&'a Operation> {
    let name = name?;
    ops[index + 1..].iter().find(|op| {
        matches!(&op.kind, OpKind::ValidateConstraint { name: Some(n), .. } if n.eq_ignore_ascii_case(name))
            && same_transaction(added, op)
    })
}
