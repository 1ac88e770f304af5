use crate::diagnostic::{Finding, HistoryFact, Severity};
use crate::model::{ConstraintKind, OpKind, Operation};
use crate::rules::locking::{lock_label, on_existing_table, same_transaction, table_name};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL205",
    name: "set-not-null-on-existing-column",
    severity: Severity::Error,
    default_on: true,
    postgresql_only: true,
    summary: "column set NOT NULL on an existing table, which reads every row while reads and writes are blocked",
    doc: include_str!("../../../../rules/set-not-null-on-existing-column.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let ops = ctx.upgrade_ops();
    let version = ctx.settings.target_version;
    for (i, op) in ops.iter().enumerate() {
        let OpKind::AlterColumn {
            table,
            column,
            nullable: Some(false),
            existing_nullable,
            ..
        } = &op.kind
        else {
            continue;
        };
        // Already NOT NULL: PostgreSQL has nothing to check.
        if *existing_nullable == Some(false)
            || !ctx.may_run_on_postgresql(op)
            || !on_existing_table(ctx, i, table.as_deref())
        {
            continue;
        }
        let Some(name) = column.as_deref() else {
            continue;
        };
        if table
            .as_deref()
            .is_some_and(|t| ctx.column_new_before(i, t, name))
        {
            continue;
        }
        let on = table_name(table.as_deref());
        let head = format!("setting column `{name}` of {on} NOT NULL reads every row under an ACCESS EXCLUSIVE lock");
        let finding = match validated_check(ops, i, table.as_deref(), name) {
            Some(Validated {
                check,
                validate,
                added: Some(add),
            }) if same_transaction(add, validate) || same_transaction(add, op) => {
                Finding::new(
                    op.span,
                    format!("{head}: the check `{check}` it relies on is added in the same transaction, so its lock is held through the validating scan"),
                )
                .help(format!(
                    "add `{check}` NOT VALID in an earlier migration (or inside `with op.get_context().autocommit_block():`), then validate it and set NOT NULL in a later one"
                ))
            }
            Some(Validated { check, .. }) if version < 12 => Finding::new(
                op.span,
                format!("{head}: PostgreSQL {version} does not use the validated check `{check}` and reads the rows anyway"),
            )
            .help(format!(
                "from PostgreSQL 12 on, SET NOT NULL trusts a validated `CHECK ({name} IS NOT NULL)` and skips its scan; before 12 the validated check enforces the same rule, so keep it instead of setting NOT NULL, or set NOT NULL when the table can be locked for a whole scan"
            )),
            Some(_) => continue,
            None => {
                let finding = Finding::new(op.span, head).help(recipe(table.as_deref(), name));
                // From 12 on, a check validated by an earlier migration spares the scan,
                // unless this one drops a constraint of the table first.
                let drops_one = ops[..i].iter().any(|o| {
                    matches!(&o.kind, OpKind::DropConstraint { table: t, .. } if *t == *table)
                });
                match table {
                    Some(table) if version >= 12 && !drops_one => {
                        finding.unless(HistoryFact::ValidatedNotNullCheck {
                            table: table.clone(),
                            column: name.to_owned(),
                        })
                    }
                    _ => finding,
                }
            }
        };
        out.push(finding.label(lock_label(ctx, op, table.as_deref())));
    }
}

fn recipe(table: Option<&str>, column: &str) -> String {
    let table = table.unwrap_or("the_table");
    let check = format!("ck_{table}_{column}_not_null");
    format!(
        "add `op.create_check_constraint(\"{check}\", \"{table}\", \"{column} IS NOT NULL\", postgresql_not_valid=True)` in one migration; in a later one run `ALTER TABLE {table} VALIDATE CONSTRAINT {check}` (it reads the rows without blocking writes), then set NOT NULL (PostgreSQL 12 and later trust the validated check and skip their own scan), then drop the check"
    )
}

/// A `CHECK (column IS NOT NULL)` validated before `ops[index]`.
struct Validated<'a> {
    check: &'a str,
    /// Its `VALIDATE CONSTRAINT`.
    validate: &'a Operation,
    /// Its `ADD CONSTRAINT`, when this file adds it.
    added: Option<&'a Operation>,
}

fn validated_check<'a>(
    ops: &'a [Operation],
    index: usize,
    table: Option<&str>,
    column: &str,
) -> Option<Validated<'a>> {
    let column = column.to_ascii_lowercase();
    let same_table = |t: &Option<String>| {
        t.as_deref()
            .zip(table)
            .is_none_or(|(a, b)| a.eq_ignore_ascii_case(b))
    };
    ops[..index].iter().rev().find_map(|op| {
        let OpKind::ValidateConstraint {
            name: Some(check),
            table: t,
        } = &op.kind
        else {
            return None;
        };
        if !same_table(t) {
            return None;
        }
        let added = ops[..index].iter().find(|a| {
            matches!(&a.kind, OpKind::AddConstraint { name: Some(n), constraint: ConstraintKind::Check, .. } if n.eq_ignore_ascii_case(check))
        });
        let condition = added.and_then(|a| match &a.kind {
            OpKind::AddConstraint { condition, .. } => condition.as_deref(),
            _ => None,
        });
        let about_column = match condition {
            Some(condition) => says_not_null(condition, &column),
            None => check.to_ascii_lowercase().contains(&column),
        };
        about_column.then_some(Validated {
            check: check.as_str(),
            validate: op,
            added,
        })
    })
}

/// Whether a check's condition says `column IS NOT NULL` (`column` lowercase).
pub(crate) fn says_not_null(condition: &str, column: &str) -> bool {
    let lower = condition.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    words.contains(&column) && words.windows(3).any(|w| w == ["is", "not", "null"])
}
