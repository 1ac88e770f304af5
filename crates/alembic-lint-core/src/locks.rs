//! What each operation does to the tables it touches on PostgreSQL: the lock mode it takes,
//! and whether it rewrites or scans the table. Rules and the plan read these facts from here
//! only; `tests/lock_facts.rs` checks every row against a real PostgreSQL server.
//!
//! Facts that differ by version come from PostgreSQL's documentation: before 11, adding a column
//! with a non-null default rewrites the table; `REINDEX CONCURRENTLY` exists from 12.

use std::fmt;

use crate::model::{ConstraintKind, DataVerb, DefaultValue, OpKind};

/// PostgreSQL's table lock modes, weakest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LockMode {
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
}

impl LockMode {
    /// The mode as `pg_locks.mode` prints it.
    pub fn pg_name(self) -> &'static str {
        match self {
            LockMode::AccessShare => "AccessShareLock",
            LockMode::RowShare => "RowShareLock",
            LockMode::RowExclusive => "RowExclusiveLock",
            LockMode::ShareUpdateExclusive => "ShareUpdateExclusiveLock",
            LockMode::Share => "ShareLock",
            LockMode::ShareRowExclusive => "ShareRowExclusiveLock",
            LockMode::Exclusive => "ExclusiveLock",
            LockMode::AccessExclusive => "AccessExclusiveLock",
        }
    }

    /// Reads a `pg_locks.mode` value.
    pub fn from_pg_name(name: &str) -> Option<LockMode> {
        ALL_MODES.into_iter().find(|m| m.pg_name() == name)
    }

    /// What the running application can no longer do to the table while the lock is held.
    pub fn blocks(self) -> Blocks {
        match self {
            LockMode::AccessShare | LockMode::RowShare | LockMode::RowExclusive => Blocks::None,
            // Blocks other schema changes, VACUUM and concurrent index builds, not reads or
            // writes.
            LockMode::ShareUpdateExclusive => Blocks::None,
            LockMode::Share | LockMode::ShareRowExclusive | LockMode::Exclusive => Blocks::Writes,
            LockMode::AccessExclusive => Blocks::ReadsAndWrites,
        }
    }
}

impl fmt::Display for LockMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.pg_name())
    }
}

const ALL_MODES: [LockMode; 8] = [
    LockMode::AccessShare,
    LockMode::RowShare,
    LockMode::RowExclusive,
    LockMode::ShareUpdateExclusive,
    LockMode::Share,
    LockMode::ShareRowExclusive,
    LockMode::Exclusive,
    LockMode::AccessExclusive,
];

/// What a lock keeps the application from doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blocks {
    None,
    Writes,
    ReadsAndWrites,
}

impl Blocks {
    pub fn as_str(self) -> &'static str {
        match self {
            Blocks::None => "none",
            Blocks::Writes => "writes",
            Blocks::ReadsAndWrites => "reads+writes",
        }
    }
}

/// Which table of an operation a fact is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The table the operation changes.
    Target,
    /// The table a foreign key points at.
    Referenced,
}

/// What one operation does to one table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableLock<'a> {
    /// The table's name, when the operation names it.
    pub table: Option<&'a str>,
    pub role: Role,
    /// The strongest lock taken on the table; `None` when it takes no table lock.
    pub mode: Option<LockMode>,
    /// Every row is written anew (time grows with the table's size, the lock is held
    /// throughout).
    pub rewrite: bool,
    /// Every row is read (time grows with the table's size).
    pub scan: bool,
    /// The table's storage is replaced by an empty file: every row is gone at once (the time
    /// does not grow with the table's size).
    pub empties: bool,
}

/// A fact before its table is known.
#[derive(Clone, Copy)]
struct Fact {
    mode: Option<LockMode>,
    rewrite: bool,
    scan: bool,
    empties: bool,
}

const fn fact(mode: LockMode) -> Fact {
    Fact {
        mode: Some(mode),
        rewrite: false,
        scan: false,
        empties: false,
    }
}

impl Fact {
    const fn scanning(mut self) -> Fact {
        self.scan = true;
        self
    }

    const fn rewriting(mut self) -> Fact {
        self.rewrite = true;
        self.scan = true;
        self
    }

    const fn emptying(mut self) -> Fact {
        self.empties = true;
        self
    }

    /// Two changes in one statement: the stronger lock, and either's cost.
    fn and(self, other: Fact) -> Fact {
        Fact {
            mode: self.mode.max(other.mode),
            rewrite: self.rewrite || other.rewrite,
            scan: self.scan || other.scan,
            empties: self.empties || other.empties,
        }
    }

    fn on(self, table: Option<&str>, role: Role) -> TableLock<'_> {
        TableLock {
            table,
            role,
            mode: self.mode,
            rewrite: self.rewrite,
            scan: self.scan,
            empties: self.empties,
        }
    }
}

/// The tables `kind` locks on PostgreSQL `version` (a major version), with the mode and cost on
/// each. Empty for operations that lock no table (raw SQL alembic-lint cannot read, a new enum
/// value, `SET lock_timeout`).
pub fn table_locks(kind: &OpKind, version: u32) -> Vec<TableLock<'_>> {
    fn target(fact: Fact, table: &Option<String>) -> Vec<TableLock<'_>> {
        vec![fact.on(table.as_deref(), Role::Target)]
    }
    use LockMode::*;
    match kind {
        // A new table is empty: creating it locks nothing anyone else uses, but the tables its
        // foreign keys point at (briefly: there are no rows to check).
        OpKind::CreateTable { table, columns, .. } => columns
            .iter()
            .filter_map(|column| column.references.as_ref())
            // A foreign key to the new table itself locks nothing else.
            .filter(|r| match (&r.table, table) {
                (Some(referenced), Some(new)) => !referenced.eq_ignore_ascii_case(new),
                _ => true,
            })
            .map(|r| fact(ShareRowExclusive).on(r.table.as_deref(), Role::Referenced))
            .collect(),
        OpKind::DropTable { table } => target(fact(AccessExclusive), table),
        OpKind::RenameTable { old, .. } => target(fact(AccessExclusive), old),
        OpKind::AddColumn { table, column } => {
            let rewrite = match &column.server_default {
                None | Some(DefaultValue::Null) => false,
                // Before 11 every default is written into every row.
                Some(_) if version < 11 => true,
                Some(DefaultValue::Expression(expr)) => is_volatile(expr),
                Some(DefaultValue::Literal(_) | DefaultValue::Unknown) => false,
            } || column.generated;
            let add = fact(AccessExclusive);
            let add = if rewrite { add.rewriting() } else { add };
            let Some(reference) = &column.references else {
                return target(add, table);
            };
            // The new column's foreign key locks the referenced table too. Its rows are checked
            // against it only when they get a value: without a default every one is NULL, and
            // PostgreSQL reads neither table.
            let filled = !matches!(column.server_default, None | Some(DefaultValue::Null));
            let check = |f: Fact| if filled { f.scanning() } else { f };
            vec![
                check(add).on(table.as_deref(), Role::Target),
                check(fact(ShareRowExclusive)).on(reference.table.as_deref(), Role::Referenced),
            ]
        }
        OpKind::DropColumn { table, .. } => target(fact(AccessExclusive), table),
        OpKind::AlterColumn {
            table,
            nullable,
            new_type,
            new_column_type,
            existing_type,
            using,
            new_name,
            server_default,
            ..
        } => {
            let mut f = Fact {
                mode: None,
                rewrite: false,
                scan: false,
                empties: false,
            };
            if *nullable == Some(false) {
                // SET NOT NULL reads every row to check it.
                f = f.and(fact(AccessExclusive).scanning());
            }
            if *nullable == Some(true) || new_name.is_some() || server_default.is_some() {
                f = f.and(fact(AccessExclusive));
            }
            if new_type.is_some() {
                // Without both types (or with `USING`), assume the rewrite.
                let in_place = match (existing_type, new_column_type) {
                    (Some(old), Some(new)) => !*using && old.changes_without_rewrite(new),
                    _ => false,
                };
                let change = fact(AccessExclusive);
                f = f.and(if in_place { change } else { change.rewriting() });
            }
            target(f, table)
        }
        OpKind::CreateIndex {
            table,
            concurrently,
            ..
        } => {
            let mode = if *concurrently {
                ShareUpdateExclusive
            } else {
                Share
            };
            target(fact(mode).scanning(), table)
        }
        OpKind::DropIndex {
            table,
            concurrently,
            ..
        } => {
            let mode = if *concurrently {
                ShareUpdateExclusive
            } else {
                AccessExclusive
            };
            target(fact(mode), table)
        }
        OpKind::Reindex {
            target: name,
            concurrently,
        } => {
            // The index's table (or the table named); the index itself is locked harder.
            let mode = if *concurrently && version >= 12 {
                ShareUpdateExclusive
            } else {
                Share
            };
            target(fact(mode).scanning(), name)
        }
        OpKind::AddConstraint {
            table,
            constraint,
            not_valid,
            using_index,
            references,
            ..
        } => {
            let checks_rows = !*not_valid && !*using_index;
            match constraint {
                ConstraintKind::ForeignKey => {
                    let f = fact(ShareRowExclusive);
                    let f = if checks_rows { f.scanning() } else { f };
                    vec![
                        f.on(table.as_deref(), Role::Target),
                        // The referenced table is locked too (its rows are read to validate).
                        f.on(references.as_deref(), Role::Referenced),
                    ]
                }
                ConstraintKind::Check if checks_rows => {
                    target(fact(AccessExclusive).scanning(), table)
                }
                // UNIQUE, PRIMARY KEY and EXCLUDE build their index under the lock.
                ConstraintKind::Unique | ConstraintKind::PrimaryKey | ConstraintKind::Exclude
                    if !*using_index =>
                {
                    target(fact(AccessExclusive).scanning(), table)
                }
                _ => target(fact(AccessExclusive), table),
            }
        }
        OpKind::DropConstraint { table, .. } => target(fact(AccessExclusive), table),
        // Reads every row, but lets reads and writes through.
        OpKind::ValidateConstraint { table, .. } => {
            target(fact(ShareUpdateExclusive).scanning(), table)
        }
        OpKind::DataChange {
            verb,
            table,
            has_where,
            ..
        } => {
            let f = fact(RowExclusive);
            let whole_table = matches!(verb, DataVerb::Update | DataVerb::Delete) && !*has_where;
            target(if whole_table { f.scanning() } else { f }, table)
        }
        // New, empty storage for the table (and, with CASCADE, for the tables whose foreign
        // keys point at it, which the statement does not name); no row is read.
        OpKind::Truncate { table, .. } => target(fact(AccessExclusive).emptying(), table),
        // A query takes ACCESS SHARE, which blocks nothing but a drop or rewrite.
        OpKind::Query
        | OpKind::AddEnumValue { .. }
        | OpKind::CreateEnum { .. }
        | OpKind::DropType { .. }
        | OpKind::SetTimeout { .. }
        | OpKind::OtherSql
        | OpKind::OpaqueExecute
        | OpKind::OtherOp { .. } => Vec::new(),
    }
}

/// What `VALIDATE CONSTRAINT` of a foreign key does to the table the key references, besides
/// what [`table_locks`] says it does to its own table.
pub fn validated_reference(table: Option<&str>) -> TableLock<'_> {
    // Its rows are read to find the keys without a match.
    fact(LockMode::RowShare)
        .scanning()
        .on(table, Role::Referenced)
}

/// What dropping a table does to each table its foreign keys reference: their triggers there
/// are dropped too.
pub fn dropped_reference(table: Option<&str>) -> TableLock<'_> {
    fact(LockMode::AccessExclusive).on(table, Role::Referenced)
}

/// Server-side defaults PostgreSQL evaluates once per row: adding a column with one rewrites
/// the table. `now()` and `CURRENT_TIMESTAMP` are stable within a transaction, so they do not.
pub const VOLATILE_FUNCTIONS: &[&str] = &[
    "random",
    "gen_random_uuid",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "clock_timestamp",
    "timeofday",
    "nextval",
    "statement_timestamp",
];

/// Whether a default expression calls a volatile function.
pub fn is_volatile(expression: &str) -> bool {
    let lower = expression.to_ascii_lowercase();
    VOLATILE_FUNCTIONS.iter().any(|f| {
        lower.match_indices(f).any(|(at, _)| {
            let before = lower[..at].chars().next_back();
            let after = lower[at + f.len()..].trim_start().chars().next();
            !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') && after == Some('(')
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volatile_defaults_are_told_from_stable_ones() {
        assert!(is_volatile("gen_random_uuid()"));
        assert!(is_volatile("nextval('orders_id_seq'::regclass)"));
        assert!(is_volatile("sa.text(\"uuid_generate_v4 ()\")"));
        assert!(!is_volatile("now()"));
        assert!(!is_volatile("CURRENT_TIMESTAMP"));
        assert!(!is_volatile("my_random()"));
    }

    #[test]
    fn lock_names_round_trip() {
        for mode in ALL_MODES {
            assert_eq!(LockMode::from_pg_name(mode.pg_name()), Some(mode));
        }
        assert!(LockMode::Share.blocks() == Blocks::Writes);
        assert!(LockMode::AccessExclusive.blocks() == Blocks::ReadsAndWrites);
    }
}
