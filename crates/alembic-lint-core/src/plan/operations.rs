//! One operation of the plan: its names resolved through the schema the earlier revisions
//! left, the lock facts on each table it touches, the findings on it and its risk.

use rustc_hash::FxHashSet as Set;

use crate::diagnostic::Diagnostic;
use crate::locks::{self, table_locks, Blocks, LockMode, TableLock};
use crate::model::{ConstraintKind, DataVerb, DefaultValue, OpKind, Operation, Origin};

use super::notes::{Notes, ReleaseNotes};
use super::schema::Schema;
use super::{OperationPlan, Risk, TablePlan};

/// Walks the plan's operations in order, keeping the schema and the new tables up to date.
pub(super) struct Planner {
    schema: Schema,
    version: u32,
    /// Tables created earlier in the plan, lowercase: empty, and unknown to running code.
    created: Set<String>,
    notes: Notes,
}

impl Planner {
    pub(super) fn new(schema: Schema, version: u32) -> Planner {
        Planner {
            schema,
            version,
            created: Set::default(),
            notes: Notes::default(),
        }
    }

    fn is_new(&self, table: Option<&str>) -> bool {
        table.is_some_and(|t| self.created.contains(&t.to_ascii_lowercase()))
    }

    /// Describes `op` (at `line` of its file, whose diagnostics are `diagnostics`), then
    /// records what it does.
    pub(super) fn operation(
        &mut self,
        op: &Operation,
        line: usize,
        diagnostics: &[&Diagnostic],
    ) -> OperationPlan {
        let kind = self.resolve(&op.kind);
        let mut locks = table_locks(&kind, self.version);
        let referenced = match &kind {
            OpKind::DropTable { table: Some(table) } => self.schema.referenced_by(table),
            _ => Vec::new(),
        };
        locks.extend(
            referenced
                .iter()
                .map(|r| locks::dropped_reference(Some(r.as_str()))),
        );
        match &kind {
            OpKind::ValidateConstraint {
                name: Some(name), ..
            } => {
                if let Some(c) = self.schema.constraint(name) {
                    if c.kind == ConstraintKind::ForeignKey {
                        locks.push(locks::validated_reference(c.references.as_deref()));
                    }
                }
            }
            OpKind::AlterColumn {
                table: Some(table),
                column: Some(column),
                nullable: Some(false),
                new_type: None,
                ..
            } if self.version >= 12 && self.schema.validated_not_null_check(table, column) => {
                // From 12 on, SET NOT NULL trusts a validated `CHECK (column IS NOT NULL)`.
                for lock in &mut locks {
                    lock.scan = false;
                }
            }
            _ => {}
        }
        let mut tables: Vec<TablePlan> = Vec::new();
        if let OpKind::CreateTable { table, .. } = &kind {
            // Nobody else sees the new table before the transaction commits.
            tables.push(TablePlan {
                name: table.clone(),
                lock: Some(LockMode::AccessExclusive),
                blocks: Blocks::ReadsAndWrites,
                rewrite: false,
                scan: false,
                new: true,
            });
        }
        tables.extend(locks.iter().map(|l| self.table(l)));
        if let OpKind::AddEnumValue {
            type_name: Some(type_name),
            ..
        } = &kind
        {
            // No table is locked, but these are the tables whose columns take the new value.
            tables.extend(
                self.schema
                    .tables_using(type_name)
                    .into_iter()
                    .map(|t| TablePlan {
                        new: self.is_new(Some(t.as_str())),
                        name: Some(t),
                        lock: None,
                        blocks: Blocks::None,
                        rewrite: false,
                        scan: false,
                    }),
            );
        }
        let on_new = tables.iter().any(|t| t.new) && tables.iter().all(|t| t.new);
        let findings = findings(op, diagnostics, on_new);
        let (risk, reason) = self.assess(op, &kind, &tables);
        let (kind_name, target) = describe(&op.kind, &kind);
        let existing = !on_new && !matches!(&kind, OpKind::CreateTable { .. });
        self.notes.record(&kind, existing);
        self.apply(&kind);
        OperationPlan {
            kind: kind_name,
            target,
            line,
            autocommit: op.autocommit,
            findings,
            tables,
            risk,
            reason,
        }
    }

    fn table(&self, lock: &TableLock) -> TablePlan {
        TablePlan {
            name: lock.table.map(str::to_owned),
            lock: lock.mode,
            blocks: lock.mode.map_or(Blocks::None, LockMode::blocks),
            rewrite: lock.rewrite,
            scan: lock.scan,
            new: self.is_new(lock.table),
        }
    }

    /// `kind` with what the history knows filled in: the table of an index or a constraint,
    /// the old type of a column.
    fn resolve(&self, kind: &OpKind) -> OpKind {
        let mut kind = kind.clone();
        match &mut kind {
            OpKind::DropIndex {
                name: Some(name),
                table: table @ None,
                ..
            } => *table = self.schema.index_table(name).map(str::to_owned),
            // `REINDEX INDEX ix` locks the index's table.
            OpKind::Reindex {
                target: Some(target),
                ..
            } => {
                if let Some(table) = self.schema.index_table(target) {
                    *target = table.to_owned();
                }
            }
            OpKind::ValidateConstraint {
                name: Some(name),
                table: table @ None,
            } => *table = self.schema.constraint(name).and_then(|c| c.table.clone()),
            OpKind::DropConstraint {
                name: Some(name),
                table: table @ None,
            } => *table = self.schema.constraint(name).and_then(|c| c.table.clone()),
            OpKind::AlterColumn {
                table: Some(table),
                column: Some(column),
                new_type: Some(_),
                existing_type: existing @ None,
                ..
            } => *existing = self.schema.column_type(table, column).cloned(),
            _ => {}
        }
        kind
    }

    fn apply(&mut self, kind: &OpKind) {
        match kind {
            OpKind::CreateTable { table: Some(t), .. } => {
                self.created.insert(t.to_ascii_lowercase());
            }
            OpKind::DropTable { table: Some(t) } => {
                self.created.remove(&t.to_ascii_lowercase());
            }
            OpKind::RenameTable {
                old: Some(old),
                new: Some(new),
            } if self.created.remove(&old.to_ascii_lowercase()) => {
                self.created.insert(new.to_ascii_lowercase());
            }
            _ => {}
        }
        self.schema.apply(kind);
    }

    pub(super) fn into_notes(self, rollback: String) -> ReleaseNotes {
        self.notes.finish(rollback)
    }

    /// The risk of one operation and why, in one line.
    fn assess(&self, op: &Operation, kind: &OpKind, tables: &[TablePlan]) -> (Risk, String) {
        let existing = |t: &Option<String>| !self.is_new(t.as_deref());
        let quoted = |t: &Option<String>| format!("`{}`", t.as_deref().unwrap_or("?"));
        let breaking = match kind {
            OpKind::DropTable { table } if existing(table) => Some(format!(
                "drops table {}: running code that still uses it fails",
                quoted(table)
            )),
            OpKind::RenameTable { old, new } if existing(old) => Some(format!(
                "renames table {} to {}: running code that uses the old name fails",
                quoted(old),
                quoted(new)
            )),
            OpKind::DropColumn { table, column } if existing(table) => Some(format!(
                "drops column `{}.{}`: running code that still reads or writes it fails",
                table.as_deref().unwrap_or("?"),
                column.as_deref().unwrap_or("?")
            )),
            OpKind::AlterColumn {
                table,
                column,
                new_name: Some(new),
                ..
            } if existing(table) => Some(format!(
                "renames column `{}.{}` to `{new}`: running code that uses the old name fails",
                table.as_deref().unwrap_or("?"),
                column.as_deref().unwrap_or("?")
            )),
            OpKind::AddColumn { table, column }
                if existing(table)
                    && column.is_not_null()
                    && matches!(column.server_default, None | Some(DefaultValue::Null))
                    && !column.generated =>
            {
                Some(format!(
                    "adds NOT NULL column `{}.{}` without a server default: running code that inserts rows without it fails",
                    table.as_deref().unwrap_or("?"),
                    column.name.as_deref().unwrap_or("?")
                ))
            }
            _ => None,
        };
        if let Some(reason) = breaking {
            return (Risk::Breaking, reason);
        }
        let dynamic = matches!(&op.origin, Origin::Sql(sql) if sql.dynamic);
        match kind {
            OpKind::OtherSql | OpKind::OpaqueExecute => {
                return (
                    Risk::Review,
                    "unknown: SQL alembic-lint cannot read, review by hand".to_owned(),
                )
            }
            OpKind::OtherOp { name } => {
                return (
                    Risk::Review,
                    format!(
                        "unknown: alembic-lint has no lock facts for `op.{name}`, review by hand"
                    ),
                )
            }
            _ if dynamic => {
                return (
                    Risk::Review,
                    "SQL built at run time: its names are unknown, review by hand".to_owned(),
                )
            }
            _ => {}
        }
        let old: Vec<&TablePlan> = tables.iter().filter(|t| !t.new).collect();
        let name = |t: &TablePlan| format!("`{}`", t.name.as_deref().unwrap_or("?"));
        for t in &old {
            let Some(lock) = t.lock else { continue };
            if lock.blocks() != Blocks::None && (t.scan || t.rewrite) {
                let what = if t.rewrite {
                    "rewrites"
                } else {
                    "reads every row of"
                };
                let blocks = if lock.blocks() == Blocks::Writes {
                    "writes"
                } else {
                    "reads and writes"
                };
                return (
                    Risk::Blocking,
                    format!(
                        "{what} {} under {lock}, which blocks {blocks} for as long as that takes",
                        name(t)
                    ),
                );
            }
        }
        if let OpKind::DataChange {
            verb: verb @ (DataVerb::Update | DataVerb::Delete),
            table,
            has_where: false,
        } = kind
        {
            if existing(table) {
                let verb = if *verb == DataVerb::Update {
                    "updates"
                } else {
                    "deletes"
                };
                return (
                    Risk::Review,
                    format!(
                        "{verb} every row of {} in one transaction: they stay locked until it commits",
                        quoted(table)
                    ),
                );
            }
        }
        if let OpKind::Truncate { table, .. } = kind {
            return (
                Risk::Review,
                format!("empties {}: every row is deleted", quoted(table)),
            );
        }
        if let Some(t) = old
            .iter()
            .find(|t| t.lock.is_some_and(|l| l.blocks() != Blocks::None))
        {
            let lock = t.lock.unwrap_or(LockMode::AccessExclusive);
            return (
                Risk::Review,
                format!(
                    "takes {lock} on {} briefly: it waits behind long queries, and everything queued behind it waits too, unless `lock_timeout` is set",
                    name(t)
                ),
            );
        }
        let reason = match old.iter().find_map(|t| Some((t, t.lock?))) {
            _ if old.is_empty() && !tables.is_empty() => "new tables only".to_owned(),
            Some((t, lock)) if t.scan => format!(
                "reads every row of {} under {lock}, which blocks neither reads nor writes",
                name(t)
            ),
            Some((t, lock)) => format!(
                "takes {lock} on {}, which blocks neither reads nor writes",
                name(t)
            ),
            None => "takes no table lock".to_owned(),
        };
        (Risk::Safe, reason)
    }
}

/// The codes of the diagnostics inside the operation's span; none of the locking rules on a
/// table created earlier in the plan, which is empty.
fn findings(op: &Operation, diagnostics: &[&Diagnostic], on_new: bool) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = diagnostics
        .iter()
        .filter(|d| {
            d.span == op.span || (op.span.start <= d.span.start && d.span.start < op.span.end)
        })
        .map(|d| d.code)
        .filter(|code| !(on_new && code.starts_with("AL2")))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// The operation's kind as the plan names it, and what it acts on.
fn describe(written: &OpKind, kind: &OpKind) -> (String, String) {
    let n = |v: &Option<String>| v.clone().unwrap_or_else(|| "?".to_owned());
    let col = |t: &Option<String>, c: &Option<String>| format!("{}.{}", n(t), n(c));
    let on = |i: &Option<String>, t: &Option<String>| match t {
        Some(t) => format!("{} on {t}", n(i)),
        None => n(i),
    };
    let (kind_name, target) = match kind {
        OpKind::CreateTable { table, .. } => ("create_table", n(table)),
        OpKind::DropTable { table } => ("drop_table", n(table)),
        OpKind::RenameTable { old, new } => ("rename_table", format!("{} to {}", n(old), n(new))),
        OpKind::AddColumn { table, column } => ("add_column", col(table, &column.name)),
        OpKind::DropColumn { table, column } => ("drop_column", col(table, column)),
        OpKind::AlterColumn { table, column, .. } => ("alter_column", col(table, column)),
        OpKind::CreateIndex { name, table, .. } => ("create_index", on(name, table)),
        OpKind::DropIndex { name, table, .. } => ("drop_index", on(name, table)),
        OpKind::Reindex { target, .. } => {
            let written = match written {
                OpKind::Reindex { target: w, .. } if w != target => on(w, target),
                _ => n(target),
            };
            ("reindex", written)
        }
        OpKind::AddConstraint { name, table, .. } => ("add_constraint", on(name, table)),
        OpKind::DropConstraint { name, table } => ("drop_constraint", on(name, table)),
        OpKind::ValidateConstraint { name, table } => ("validate_constraint", on(name, table)),
        OpKind::CreateEnum { type_name } => ("create_enum", n(type_name)),
        OpKind::DropType { type_name } => ("drop_type", n(type_name)),
        OpKind::AddEnumValue { type_name, value } => (
            "add_enum_value",
            format!("{} += {}", n(type_name), n(value)),
        ),
        OpKind::DataChange { verb, table, .. } => {
            let verb = match verb {
                DataVerb::Update => "update",
                DataVerb::Delete => "delete",
                DataVerb::Insert => "insert",
                DataVerb::BulkInsert => "bulk_insert",
            };
            (verb, n(table))
        }
        OpKind::Truncate { table, .. } => ("truncate", n(table)),
        OpKind::SetTimeout { setting } => ("set_timeout", setting.clone()),
        OpKind::Query => ("query", String::new()),
        OpKind::OtherSql | OpKind::OpaqueExecute => ("unknown", String::new()),
        OpKind::OtherOp { name } => ("unknown", format!("op.{name}")),
    };
    (kind_name.to_owned(), target)
}
