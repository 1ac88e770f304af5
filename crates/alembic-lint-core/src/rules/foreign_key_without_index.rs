use crate::diagnostic::{Finding, HistoryFact, Severity};
use crate::model::{ColumnDef, ConstraintKind, OpKind, Span};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL605",
    name: "foreign-key-without-index",
    severity: Severity::Warning,
    default_on: false,
    postgresql_only: true,
    summary: "foreign key added without an index on its columns",
    doc: include_str!("../../../../rules/foreign-key-without-index.md"),
    check: Check::File(check),
};

/// A foreign key `upgrade()` adds.
struct ForeignKey<'a> {
    table: &'a str,
    columns: Vec<&'a str>,
    references: Option<&'a str>,
    span: Span,
}

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let mut keys = Vec::new();
    // Column lists that lead an index, by table: indexes, primary and unique keys.
    let mut indexes: Vec<(&str, Vec<&str>)> = Vec::new();
    // Tables that lose a constraint before a key is added: a foreign key dropped and created
    // again (to change `ON DELETE`, or its schema) leaves its columns indexed as they were.
    let mut redefined: Vec<(&str, usize)> = Vec::new();
    for op in ctx.upgrade_ops() {
        if !ctx.may_run_on_postgresql(op) {
            continue;
        }
        if let OpKind::DropConstraint {
            table: Some(table), ..
        } = &op.kind
        {
            redefined.push((table, keys.len()));
        }
        foreign_keys(&op.kind, op.span, &mut keys);
        indexes.extend(indexed_columns(&op.kind));
    }
    for (i, key) in keys.into_iter().enumerate() {
        let recreated = redefined
            .iter()
            .any(|(table, before)| *before <= i && table.eq_ignore_ascii_case(key.table));
        let covered = indexes.iter().any(|(table, index)| {
            table.eq_ignore_ascii_case(key.table) && leads(index, &key.columns)
        });
        if covered || recreated {
            continue;
        }
        let columns = key
            .columns
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let referenced = key
            .references
            .map_or_else(|| "the referenced table".to_owned(), |t| format!("`{t}`"));
        let list = key
            .columns
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let fact = HistoryFact::IndexLeading {
            table: key.table.to_owned(),
            columns: key.columns.iter().map(|c| (*c).to_owned()).collect(),
        };
        out.push(
            Finding::new(
                key.span,
                format!("foreign key on `{}` ({columns}) has no index", key.table),
            )
            .unless(fact)
            .label(format!(
                "deleting from {referenced} scans `{}` for referencing rows",
                key.table
            ))
            .help(format!(
                "PostgreSQL indexes the referenced key, not the referencing columns: add `op.create_index(..., \"{}\", [{list}])` (built with `postgresql_concurrently=True` inside an `autocommit_block()` when the table has rows)",
                key.table
            )),
        );
    }
}

/// The foreign keys one operation adds.
fn foreign_keys<'a>(kind: &'a OpKind, span: Span, keys: &mut Vec<ForeignKey<'a>>) {
    match kind {
        OpKind::CreateTable {
            table: Some(table),
            columns,
            keys: table_keys,
        } => {
            for column in columns {
                let Some(name) = column.name.as_deref() else {
                    continue;
                };
                // Columns of a table-level `ForeignKeyConstraint` are judged as one key below.
                let in_table_key = table_keys.iter().any(|k| {
                    k.kind == ConstraintKind::ForeignKey && k.columns.iter().any(|c| c == name)
                });
                if let Some(reference) = column.references.as_ref().filter(|_| !in_table_key) {
                    keys.push(ForeignKey {
                        table,
                        columns: vec![name],
                        references: reference.table.as_deref(),
                        span: if column.span == Span::default() {
                            span
                        } else {
                            column.span
                        },
                    });
                }
            }
            for key in table_keys
                .iter()
                .filter(|k| k.kind == ConstraintKind::ForeignKey && !k.columns.is_empty())
            {
                keys.push(ForeignKey {
                    table,
                    columns: names(&key.columns),
                    // Reading the constraint marked its columns with the referenced table.
                    references: columns
                        .iter()
                        .find(|c| c.name.as_ref() == key.columns.first())
                        .and_then(|c| c.references.as_ref()?.table.as_deref()),
                    span,
                });
            }
        }
        OpKind::AddColumn {
            table: Some(table),
            column,
        } => {
            if let (Some(name), Some(reference)) = (column.name.as_deref(), &column.references) {
                keys.push(ForeignKey {
                    table,
                    columns: vec![name],
                    references: reference.table.as_deref(),
                    span,
                });
            }
        }
        OpKind::AddConstraint {
            table: Some(table),
            constraint: ConstraintKind::ForeignKey,
            references,
            columns,
            ..
        } if !columns.is_empty() => keys.push(ForeignKey {
            table,
            columns: names(columns),
            references: references.as_deref(),
            span,
        }),
        _ => {}
    }
}

/// The column lists one operation gives an index, by table: indexes, primary and unique keys
/// (and MySQL's `ADD INDEX`), `index=True` and `unique=True` columns.
pub(crate) fn indexed_columns(kind: &OpKind) -> Vec<(&str, Vec<&str>)> {
    let mut out = Vec::new();
    match kind {
        OpKind::CreateTable {
            table: Some(table),
            columns,
            keys,
        } => {
            for name in columns.iter().filter(|c| c.indexed).filter_map(named) {
                out.push((table.as_str(), vec![name]));
            }
            for key in keys.iter().filter(|k| k.kind != ConstraintKind::ForeignKey) {
                out.push((table, names(&key.columns)));
            }
            if !keys.iter().any(|k| k.kind == ConstraintKind::PrimaryKey) {
                let primary_key = columns.iter().filter(|c| c.primary_key).filter_map(named);
                out.push((table, primary_key.collect()));
            }
        }
        OpKind::AddColumn {
            table: Some(table),
            column,
        } => {
            if let Some(name) = column
                .name
                .as_deref()
                .filter(|_| column.indexed || column.primary_key)
            {
                out.push((table.as_str(), vec![name]));
            }
        }
        OpKind::AddConstraint {
            table: Some(table),
            constraint: ConstraintKind::PrimaryKey | ConstraintKind::Unique | ConstraintKind::Other,
            columns,
            ..
        }
        | OpKind::CreateIndex {
            table: Some(table),
            columns,
            ..
        } => out.push((table.as_str(), names(columns))),
        _ => {}
    }
    out.retain(|(_, columns)| !columns.is_empty());
    out
}

fn names(columns: &[String]) -> Vec<&str> {
    columns.iter().map(String::as_str).collect()
}

fn named(column: &ColumnDef) -> Option<&str> {
    column.name.as_deref()
}

/// Whether an index on `index` serves lookups on `key`: the key's columns, in any order, are
/// its leading columns.
pub(crate) fn leads(index: &[impl AsRef<str>], key: &[impl AsRef<str>]) -> bool {
    index.len() >= key.len()
        && key.iter().all(|k| {
            index[..key.len()]
                .iter()
                .any(|i| i.as_ref().eq_ignore_ascii_case(k.as_ref()))
        })
}
