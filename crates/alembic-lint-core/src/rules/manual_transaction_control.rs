use crate::diagnostic::{Finding, Severity};
use crate::model::{OpKind, Operation, Origin};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL215",
    name: "manual-transaction-control",
    severity: Severity::Warning,
    default_on: true,
    postgresql_only: false,
    summary: "raw COMMIT, BEGIN or ROLLBACK ends or starts transactions behind Alembic's back",
    doc: include_str!("../../../../rules/manual-transaction-control.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let ops = ctx.upgrade_ops();
    for (i, op) in ops.iter().enumerate() {
        let (OpKind::OtherSql, Origin::Sql(sql)) = (&op.kind, &op.origin) else {
            continue;
        };
        let Some(statement) = transaction_statement(&sql.text) else {
            continue;
        };
        if !ctx.may_run(op) || (statement == "END" && ends_a_body(&ops[..i], op)) {
            continue;
        }
        let (message, label) = match statement {
            "COMMIT" | "END" => (
                format!("`{statement}` ends the migration's transaction"),
                "what ran before is committed apart from the rest of the migration",
            ),
            "ROLLBACK" | "ABORT" => (
                format!("`{statement}` rolls back the migration's transaction"),
                "what ran before is undone while Alembic goes on as if it had run",
            ),
            _ => (
                format!("`{statement}` starts a transaction Alembic does not manage"),
                "Alembic commits or rolls back only the transaction it started itself",
            ),
        };
        out.push(Finding::new(op.span, message).label(label).help(
            "leave transactions to Alembic: run statements that cannot run in a \
                     transaction inside `with op.get_context().autocommit_block():`, ideally \
                     in a migration of their own",
        ));
    }
}

/// Whether an `END` closes the `BEGIN ... END` body of a trigger or routine created earlier in
/// the same SQL string (SQLite and MySQL bodies hold `;`, so the body reads as statements).
fn ends_a_body(before: &[Operation], end: &Operation) -> bool {
    before
        .iter()
        .rev()
        .take_while(|op| op.span == end.span)
        .any(|op| match &op.origin {
            Origin::Sql(sql) => {
                let upper = sql.text.to_ascii_uppercase();
                upper.starts_with("CREATE") && upper.split_whitespace().any(|w| w == "BEGIN")
            }
            _ => false,
        })
}

/// The transaction statement `text` is, by its leading keywords: `COMMIT`, `BEGIN`,
/// `START TRANSACTION`... `None` for anything else.
fn transaction_statement(text: &str) -> Option<&'static str> {
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ';')
        .filter(|w| !w.is_empty());
    let first = words.next()?;
    let second = words.next();
    let upper = first.to_ascii_uppercase();
    let statement = match upper.as_str() {
        "COMMIT" => "COMMIT",
        "END" => "END",
        "ROLLBACK" => "ROLLBACK",
        "ABORT" => "ABORT",
        "BEGIN" => "BEGIN",
        "START" if second.is_some_and(|w| w.eq_ignore_ascii_case("TRANSACTION")) => {
            "START TRANSACTION"
        }
        _ => return None,
    };
    // `ROLLBACK TO SAVEPOINT` and `COMMIT PREPARED` work inside a transaction or on another
    // one; `END IF` / `END LOOP` are pieces of a procedural body, not statements.
    let next = second.map(str::to_ascii_uppercase);
    let other = match statement {
        "ROLLBACK" => matches!(next.as_deref(), Some("TO" | "PREPARED")),
        "COMMIT" => next.as_deref() == Some("PREPARED"),
        "END" => next
            .as_deref()
            .is_some_and(|w| !matches!(w, "TRANSACTION" | "WORK")),
        "BEGIN" => next.as_deref().is_some_and(|w| {
            !matches!(
                w,
                "TRANSACTION" | "WORK" | "ISOLATION" | "READ" | "DEFERRABLE" | "NOT"
            )
        }),
        _ => false,
    };
    (!other).then_some(statement)
}

#[cfg(test)]
mod tests {
    use super::transaction_statement;

    #[test]
    fn reads_transaction_statements() {
        assert_eq!(transaction_statement("COMMIT"), Some("COMMIT"));
        assert_eq!(transaction_statement("commit;"), Some("COMMIT"));
        assert_eq!(transaction_statement("COMMIT WORK"), Some("COMMIT"));
        assert_eq!(transaction_statement("END"), Some("END"));
        assert_eq!(transaction_statement("BEGIN"), Some("BEGIN"));
        assert_eq!(
            transaction_statement("BEGIN ISOLATION LEVEL SERIALIZABLE"),
            Some("BEGIN")
        );
        assert_eq!(
            transaction_statement("start transaction"),
            Some("START TRANSACTION")
        );
        assert_eq!(transaction_statement("ROLLBACK"), Some("ROLLBACK"));
        assert_eq!(transaction_statement("ROLLBACK TO SAVEPOINT s1"), None);
        assert_eq!(transaction_statement("COMMIT PREPARED 'x'"), None);
        assert_eq!(transaction_statement("END IF"), None);
        assert_eq!(transaction_statement("BEGIN UPDATE t SET a = 1"), None);
        assert_eq!(transaction_statement("START SLAVE"), None);
        assert_eq!(transaction_statement("SELECT 1"), None);
    }
}
