//! The schema as the migrations before an operation left it, replayed from their operations:
//! tables, columns with their types, indexes and constraints. It names what an
//! operation leaves unsaid (the table of `DROP INDEX ix`, the old type of a column); what the
//! migrations do not say (SQL built at run time, changes made outside them) stays unknown.

use rustc_hash::{FxHashMap as Map, FxHashSet as Set};

use crate::model::{ColumnDef, ColumnType, ConstraintKind, OpKind};
use crate::rules::foreign_key_without_index::{indexed_columns, leads};
use crate::rules::set_not_null_on_existing_column::says_not_null;

/// Names are kept lowercase, as PostgreSQL folds unquoted names.
#[derive(Debug, Default)]
pub(crate) struct Schema {
    tables: Map<String, Table>,
    /// Index name -> its table.
    indexes: Map<String, String>,
    constraints: Map<String, Constraint>,
    /// Column lists with an index: indexes, primary and unique keys.
    indexed: Vec<Indexed>,
    /// Enum types, by name.
    enums: Set<String>,
}

/// An index, or a key backed by one.
#[derive(Debug)]
struct Indexed {
    /// The index's or constraint's name, when it has one (a drop names it).
    name: Option<String>,
    table: String,
    columns: Vec<String>,
}

#[derive(Debug, Default)]
struct Table {
    /// Column -> its type, when known.
    columns: Map<String, Option<ColumnType>>,
    /// Tables its columns reference with an unnamed foreign key (`sa.ForeignKey(...)`).
    references: Vec<String>,
    /// Column -> the enum type it takes.
    enums: Map<String, String>,
}

#[derive(Clone, Debug)]
pub(crate) struct Constraint {
    pub table: Option<String>,
    pub kind: ConstraintKind,
    /// The table a foreign key points at.
    pub references: Option<String>,
    /// Checked against every row: added without `NOT VALID`, or validated since.
    pub validated: bool,
    pub condition: Option<String>,
}

/// The tables the columns' foreign keys reference, lowercase.
fn columns_references(columns: &[ColumnDef]) -> Vec<String> {
    columns
        .iter()
        .filter_map(|c| key(&c.references.as_ref()?.table))
        .collect()
}

fn key(name: &Option<String>) -> Option<String> {
    name.as_deref().map(str::to_ascii_lowercase)
}

impl Schema {
    /// The table an index belongs to.
    pub(crate) fn index_table(&self, index: &str) -> Option<&str> {
        self.indexes
            .get(&index.to_ascii_lowercase())
            .map(String::as_str)
    }

    /// Whether an index of `table` has `columns`, in any order, as its leading columns.
    pub(crate) fn has_index_leading(&self, table: &str, columns: &[String]) -> bool {
        self.indexed
            .iter()
            .any(|i| i.table.eq_ignore_ascii_case(table) && leads(&i.columns, columns))
    }

    pub(crate) fn constraint(&self, name: &str) -> Option<&Constraint> {
        self.constraints.get(&name.to_ascii_lowercase())
    }

    /// A column's type, when a migration stated it.
    pub(crate) fn column_type(&self, table: &str, column: &str) -> Option<&ColumnType> {
        self.tables
            .get(&table.to_ascii_lowercase())?
            .columns
            .get(&column.to_ascii_lowercase())?
            .as_ref()
    }

    /// The tables `table`'s foreign keys reference, named or declared on a column.
    pub(crate) fn referenced_by(&self, table: &str) -> Vec<String> {
        let table = table.to_ascii_lowercase();
        let mut out: Vec<String> = self
            .tables
            .get(&table)
            .map(|t| t.references.clone())
            .unwrap_or_default();
        out.extend(self.constraints.values().filter_map(|c| {
            let own = c.kind == ConstraintKind::ForeignKey && c.table.as_deref() == Some(&table);
            own.then(|| c.references.clone()).flatten()
        }));
        // A key to the table itself is dropped with it.
        out.retain(|r| *r != table);
        out.sort();
        out.dedup();
        out
    }

    /// Whether a validated check of `table` says `column IS NOT NULL`: its condition says so,
    /// or, when the condition cannot be read (a SQLAlchemy expression), its name holds the
    /// column's, as `set-not-null-on-existing-column` reads a check in the same file.
    pub(crate) fn validated_not_null_check(&self, table: &str, column: &str) -> bool {
        let column = column.to_ascii_lowercase();
        self.constraints.iter().any(|(name, c)| {
            c.kind == ConstraintKind::Check
                && c.validated
                && c.table
                    .as_deref()
                    .is_some_and(|t| t.eq_ignore_ascii_case(table))
                && match c.condition.as_deref() {
                    Some(condition) => says_not_null(condition, &column),
                    None => name.contains(&column),
                }
        })
    }

    /// The tables with a column of enum type `type_name`, in name order.
    pub(crate) fn tables_using(&self, type_name: &str) -> Vec<String> {
        let type_name = type_name.to_ascii_lowercase();
        let mut out: Vec<String> = self
            .tables
            .iter()
            .filter(|(_, t)| t.enums.values().any(|e| *e == type_name))
            .map(|(name, _)| name.clone())
            .collect();
        out.sort();
        out
    }

    /// The enum type a new column takes: named by `sa.Enum(name=...)` (which creates it with
    /// the table), or a SQL column type that is a known enum. Recorded as known.
    fn enum_of(&mut self, column: &ColumnDef) -> Option<String> {
        if let Some(named) = key(&column.enum_type) {
            self.enums.insert(named.clone());
            return Some(named);
        }
        key(&column.type_name).filter(|t| self.enums.contains(t))
    }

    /// Records what `kind` does to the schema.
    pub(crate) fn apply(&mut self, kind: &OpKind) {
        let name = match kind {
            OpKind::CreateIndex { name, .. } | OpKind::AddConstraint { name, .. } => key(name),
            _ => None,
        };
        for (table, columns) in indexed_columns(kind) {
            self.indexed.push(Indexed {
                name: name.clone(),
                table: table.to_ascii_lowercase(),
                columns: columns.iter().map(|c| c.to_ascii_lowercase()).collect(),
            });
        }
        match kind {
            OpKind::CreateTable { table, columns, .. } => {
                let Some(table) = key(table) else { return };
                let references = columns_references(columns);
                let enums = columns
                    .iter()
                    .filter_map(|c| Some((key(&c.name)?, self.enum_of(c)?)))
                    .collect();
                let columns = columns
                    .iter()
                    .filter_map(|c| Some((key(&c.name)?, c.column_type.clone())))
                    .collect();
                self.tables.insert(
                    table,
                    Table {
                        columns,
                        references,
                        enums,
                    },
                );
            }
            OpKind::DropTable { table } => {
                let Some(table) = key(table) else { return };
                self.tables.remove(&table);
                self.indexes.retain(|_, t| *t != table);
                self.indexed.retain(|i| i.table != table);
                self.constraints
                    .retain(|_, c| c.table.as_deref() != Some(table.as_str()));
            }
            OpKind::RenameTable { old, new } => {
                let (Some(old), Some(new)) = (key(old), key(new)) else {
                    return;
                };
                if let Some(t) = self.tables.remove(&old) {
                    self.tables.insert(new.clone(), t);
                }
                for t in self.indexes.values_mut().filter(|t| **t == old) {
                    t.clone_from(&new);
                }
                for i in self.indexed.iter_mut().filter(|i| i.table == old) {
                    i.table.clone_from(&new);
                }
                for c in self.constraints.values_mut() {
                    for t in [&mut c.table, &mut c.references].into_iter().flatten() {
                        if *t == old {
                            t.clone_from(&new);
                        }
                    }
                }
            }
            OpKind::AddColumn { table, column } => {
                if let (Some(t), Some(c)) = (key(table), key(&column.name)) {
                    let enum_type = self.enum_of(column);
                    let table = self.tables.entry(t).or_default();
                    if let Some(e) = enum_type {
                        table.enums.insert(c.clone(), e);
                    }
                    table.columns.insert(c, column.column_type.clone());
                    table
                        .references
                        .extend(columns_references(std::slice::from_ref(column)));
                }
            }
            OpKind::DropColumn { table, column } => {
                if let (Some(t), Some(c)) = (key(table), key(column)) {
                    if let Some(table) = self.tables.get_mut(&t) {
                        table.columns.remove(&c);
                        table.enums.remove(&c);
                    }
                }
            }
            OpKind::AlterColumn {
                table,
                column,
                new_column_type,
                new_type,
                new_name,
                ..
            } => {
                let (Some(t), Some(c)) = (key(table), key(column)) else {
                    return;
                };
                let table = self.tables.entry(t).or_default();
                let mut ty = table.columns.remove(&c).flatten();
                let mut enum_type = table.enums.remove(&c);
                if new_type.is_some() {
                    // A type it cannot read is unknown from here on.
                    ty.clone_from(new_column_type);
                    enum_type = None;
                }
                let name = key(new_name).unwrap_or(c);
                if let Some(e) = enum_type {
                    table.enums.insert(name.clone(), e);
                }
                table.columns.insert(name, ty);
            }
            OpKind::CreateIndex { name, table, .. } => {
                if let (Some(name), Some(table)) = (key(name), key(table)) {
                    self.indexes.insert(name, table);
                }
            }
            OpKind::DropIndex { name, .. } => {
                if let Some(name) = key(name) {
                    self.indexes.remove(&name);
                    self.indexed.retain(|i| i.name.as_ref() != Some(&name));
                }
            }
            OpKind::AddConstraint {
                name,
                table,
                constraint,
                not_valid,
                condition,
                references,
                ..
            } => {
                if let Some(name) = key(name) {
                    let constraint = Constraint {
                        table: key(table),
                        kind: *constraint,
                        references: key(references),
                        validated: !*not_valid,
                        condition: condition.clone(),
                    };
                    self.constraints.insert(name, constraint);
                }
            }
            OpKind::DropConstraint { name, .. } => {
                if let Some(name) = key(name) {
                    self.constraints.remove(&name);
                    self.indexed.retain(|i| i.name.as_ref() != Some(&name));
                }
            }
            OpKind::ValidateConstraint { name, .. } => {
                if let Some(c) = key(name).and_then(|n| self.constraints.get_mut(&n)) {
                    c.validated = true;
                }
            }
            OpKind::CreateEnum { type_name } => {
                if let Some(t) = key(type_name) {
                    self.enums.insert(t);
                }
            }
            OpKind::DropType { type_name } => {
                if let Some(t) = key(type_name) {
                    self.enums.remove(&t);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(name: &str) -> Option<String> {
        Some(name.to_owned())
    }

    #[test]
    fn names_follow_creates_renames_and_drops() {
        let mut schema = Schema::default();
        let column = ColumnDef {
            name: s("email"),
            column_type: Some(ColumnType {
                name: "varchar".to_owned(),
                length: Some(50),
                ..ColumnType::default()
            }),
            ..ColumnDef::default()
        };
        schema.apply(&OpKind::CreateTable {
            table: s("Users"),
            columns: vec![column],
            keys: Vec::new(),
        });
        schema.apply(&OpKind::CreateIndex {
            name: s("ix_users_email"),
            table: s("users"),
            columns: vec!["email".to_owned()],
            unique: false,
            concurrently: false,
        });
        schema.apply(&OpKind::AddConstraint {
            name: s("fk_users_org"),
            table: s("users"),
            constraint: ConstraintKind::ForeignKey,
            not_valid: true,
            using_index: false,
            condition: None,
            references: s("orgs"),
            columns: vec!["org_id".to_owned()],
        });
        schema.apply(&OpKind::RenameTable {
            old: s("users"),
            new: s("members"),
        });
        assert!(schema.column_type("users", "email").is_none());
        assert_eq!(schema.index_table("IX_USERS_EMAIL"), Some("members"));
        let fk = schema.constraint("fk_users_org").expect("the key is kept");
        assert_eq!(
            (fk.table.as_deref(), fk.validated),
            (Some("members"), false)
        );
        schema.apply(&OpKind::ValidateConstraint {
            name: s("fk_users_org"),
            table: None,
        });
        assert!(
            schema
                .constraint("fk_users_org")
                .expect("the key is kept")
                .validated
        );
        assert_eq!(
            schema
                .column_type("members", "email")
                .map(ToString::to_string),
            Some("varchar(50)".to_owned())
        );
        schema.apply(&OpKind::DropTable {
            table: s("members"),
        });
        assert_eq!(schema.index_table("ix_users_email"), None);
        assert!(schema.constraint("fk_users_org").is_none());
    }
}
