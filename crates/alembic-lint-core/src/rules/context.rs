//! What a rule sees: the migration or the revision graph, the settings, and facts computed once
//! for every rule.

use crate::changes::FileChange;
use crate::dialect::Dialect;
use crate::env::EnvFacts;
use crate::graph::Analysis;
use crate::model::{Function, Migration, OpKind, Operation};
use crate::settings::Settings;

/// What a file rule sees.
pub struct FileContext<'a> {
    pub migration: &'a Migration,
    pub source: &'a str,
    pub settings: &'a Settings,
    /// The database the script directory targets; `None` when unknown (it may be PostgreSQL).
    pub dialect: Option<Dialect>,
    /// What the script directory's `env.py` does to every migration (read once per directory).
    pub env: EnvFacts,
    /// How the file changed since the base of a diff; `None` outside a diff or when unchanged.
    pub change: Option<FileChange>,
    /// Tables created by `upgrade()`, lowercase, each with the index of the first operation
    /// that creates it.
    created: Vec<(String, usize)>,
    /// Tables created by migrations added earlier in the same change, lowercase: not deployed
    /// yet, so as new as the ones `upgrade()` creates.
    created_earlier: &'a [String],
}

impl<'a> FileContext<'a> {
    pub fn new(
        migration: &'a Migration,
        source: &'a str,
        settings: &'a Settings,
        dialect: Option<Dialect>,
        env: EnvFacts,
    ) -> Self {
        FileContext {
            migration,
            source,
            settings,
            dialect,
            env,
            change: None,
            created: tables_created(migration),
            created_earlier: &[],
        }
    }

    /// The same file seen as part of a change: how it changed, and the tables created by the
    /// migrations added before it in the change.
    pub(crate) fn in_change(mut self, change: FileChange, created_earlier: &'a [String]) -> Self {
        self.change = Some(change);
        self.created_earlier = created_earlier;
        self
    }

    /// `upgrade()`'s operations in execution order; empty without an `upgrade()`.
    pub fn upgrade_ops(&self) -> &'a [Operation] {
        upgrade_ops(self.migration)
    }

    /// Whether `table` is created by an operation of `upgrade()` that runs before
    /// `upgrade_ops()[index]`, or by a migration added before this one in the same change: it
    /// is new and empty, so locking it costs nothing.
    pub fn table_created_before(&self, index: usize, table: &str) -> bool {
        self.created
            .iter()
            .any(|(t, at)| *at < index && t.eq_ignore_ascii_case(table))
            || self
                .created_earlier
                .iter()
                .any(|t| t.eq_ignore_ascii_case(table))
    }

    /// Whether `op` may run on PostgreSQL: the directory is not known to target another
    /// database, and the operation is not inside a branch for other dialects.
    pub fn may_run_on_postgresql(&self, op: &Operation) -> bool {
        self.dialect.is_none_or(|d| d == Dialect::Postgresql) && op.may_run_on(Dialect::Postgresql)
    }

    /// Whether `op` may run on the directory's database: it is not inside a branch for other
    /// dialects (any branch may run when the database is unknown).
    pub fn may_run(&self, op: &Operation) -> bool {
        self.dialect.is_none_or(|d| op.may_run_on(d))
    }

    /// Whether an operation of `upgrade()` before `upgrade_ops()[index]` renames a table to
    /// `table`: the name is new to the running application (the rename is reported itself).
    pub fn table_renamed_to_before(&self, index: usize, table: &str) -> bool {
        self.upgrade_ops()[..index.min(self.upgrade_ops().len())]
            .iter()
            .any(|op| {
                matches!(&op.kind, OpKind::RenameTable { new: Some(t), .. } if t.eq_ignore_ascii_case(table))
            })
    }

    /// Whether the column (or, unnamed, its table) is new to the running application before
    /// `upgrade_ops()[index]`; an unnamed table may be in use.
    pub fn column_is_new(&self, index: usize, table: Option<&str>, column: Option<&str>) -> bool {
        table.is_some_and(|t| match column {
            Some(c) => self.column_new_before(index, t, c),
            None => self.table_created_before(index, t) || self.table_renamed_to_before(index, t),
        })
    }

    /// Whether `column` of `table` is added (or renamed to) by an operation of `upgrade()` that
    /// runs before `upgrade_ops()[index]`, or its table is created or renamed to before it: the
    /// running application does not read it by that name yet.
    pub fn column_new_before(&self, index: usize, table: &str, column: &str) -> bool {
        self.table_created_before(index, table)
            || self.table_renamed_to_before(index, table)
            || self.upgrade_ops()[..index.min(self.upgrade_ops().len())]
                .iter()
                .any(|op| match &op.kind {
                    OpKind::AddColumn {
                        table: Some(t),
                        column: added,
                    } => {
                        t.eq_ignore_ascii_case(table)
                            && added
                                .name
                                .as_deref()
                                .is_some_and(|c| c.eq_ignore_ascii_case(column))
                    }
                    OpKind::AlterColumn {
                        table: Some(t),
                        new_name: Some(renamed),
                        ..
                    } => t.eq_ignore_ascii_case(table) && renamed.eq_ignore_ascii_case(column),
                    _ => false,
                })
    }
}

/// The tables `upgrade()` creates, lowercase, each with the index of the first operation that
/// creates it.
pub(crate) fn tables_created(migration: &Migration) -> Vec<(String, usize)> {
    let mut created: Vec<(String, usize)> = Vec::new();
    for (i, op) in upgrade_ops(migration).iter().enumerate() {
        if let OpKind::CreateTable { table: Some(t), .. } = &op.kind {
            let t = t.to_ascii_lowercase();
            if !created.iter().any(|(c, _)| *c == t) {
                created.push((t, i));
            }
        }
    }
    created
}

fn upgrade_ops(migration: &Migration) -> &[Operation] {
    migration
        .upgrade
        .as_ref()
        .map_or(&[], |f: &Function| f.ops.as_slice())
}

/// What a graph rule sees.
pub struct GraphContext<'a> {
    pub analysis: &'a Analysis<'a>,
    pub settings: &'a Settings,
}

/// `` column `email` of `users` `` as messages name it, with what is known.
pub(crate) fn column_phrase(table: Option<&str>, column: Option<&str>) -> String {
    let what = column.map_or("a column".to_owned(), |c| format!("column `{c}`"));
    let of = table.map_or(String::new(), |t| format!(" of `{t}`"));
    format!("{what}{of}")
}
