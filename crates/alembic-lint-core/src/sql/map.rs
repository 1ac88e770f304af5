//! Parsing one statement with `sqlparser` and mapping its AST onto [`OpKind`].

use super::names::{identifier, is_serial, mark_primary_key, timeout_setting, type_name};
use crate::model::{ColumnDef, ConstraintKind, DataVerb, DefaultValue, OpKind};
use sqlparser::ast::{
    self, AlterColumnOperation, AlterTableOperation, AlterTypeOperation, ColumnOption, Expr,
    FromTable, ObjectName, ObjectNamePart, ObjectType, RenameTableNameKind, Set, SetExpr,
    Statement, TableConstraint, TableFactor, TableObject, TableWithJoins, UnaryOperator, Value,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::HashSet;

/// Parses `sql` (one statement) with the PostgreSQL dialect and maps what it holds; `None` when
/// the parser cannot read it. The parser's default recursion limit stays in force.
pub(super) fn parse(sql: &str) -> Option<Vec<OpKind>> {
    // A parser bug must not take the whole run down: a panic counts as "could not parse".
    let statements = std::panic::catch_unwind(|| {
        Parser::new(&PostgreSqlDialect {})
            .try_with_sql(sql)
            .and_then(|mut parser| parser.parse_statements())
    })
    .ok()?
    .ok()?;
    let kinds: Vec<OpKind> = statements.iter().flat_map(statement).collect();
    (!kinds.is_empty()).then_some(kinds)
}

fn statement(statement: &Statement) -> Vec<OpKind> {
    match statement {
        Statement::CreateTable(create) => vec![create_table(create)],
        Statement::Drop {
            object_type, names, ..
        } => drop_objects(*object_type, names),
        Statement::AlterTable(alter) => {
            let table = object_name(&alter.name);
            alter
                .operations
                .iter()
                .map(|operation| alter_table(&table, operation))
                .collect()
        }
        Statement::CreateIndex(index) => vec![OpKind::CreateIndex {
            name: index.name.as_ref().and_then(object_name),
            table: object_name(&index.table_name),
            unique: index.unique,
            concurrently: index.concurrently,
        }],
        Statement::AlterType(alter) => vec![match alter.operation {
            AlterTypeOperation::AddValue(_) => OpKind::AddEnumValue {
                type_name: object_name(&alter.name),
            },
            _ => OpKind::OtherSql,
        }],
        Statement::Set(Set::SingleAssignment { variable, .. }) => {
            vec![object_name(variable)
                .as_deref()
                .and_then(timeout_setting)
                .map_or(OpKind::OtherSql, |setting| OpKind::SetTimeout {
                    setting: setting.to_owned(),
                })]
        }
        Statement::Query(query) => vec![match query.body.as_ref() {
            // `WITH ... UPDATE/DELETE/INSERT`
            SetExpr::Insert(inner) | SetExpr::Update(inner) | SetExpr::Delete(inner) => {
                data_change(inner).unwrap_or(OpKind::OtherSql)
            }
            _ => OpKind::OtherSql,
        }],
        other => vec![data_change(other).unwrap_or(OpKind::OtherSql)],
    }
}

fn data_change(statement: &Statement) -> Option<OpKind> {
    let (verb, table, has_where) = match statement {
        Statement::Update(update) => (
            DataVerb::Update,
            table_with_joins(&update.table),
            update.selection.is_some() || update.limit.is_some(),
        ),
        Statement::Delete(delete) => {
            let table = match (delete.tables.first(), &delete.from) {
                (Some(name), _) => object_name(name),
                (None, FromTable::WithFromKeyword(from) | FromTable::WithoutKeyword(from)) => {
                    from.first().and_then(table_with_joins)
                }
            };
            (
                DataVerb::Delete,
                table,
                delete.selection.is_some() || delete.limit.is_some(),
            )
        }
        Statement::Insert(insert) => {
            let table = match &insert.table {
                TableObject::TableName(name) => object_name(name),
                _ => None,
            };
            (DataVerb::Insert, table, false)
        }
        _ => return None,
    };
    Some(OpKind::DataChange {
        verb,
        table,
        has_where,
    })
}

fn table_with_joins(table: &TableWithJoins) -> Option<String> {
    match &table.relation {
        TableFactor::Table { name, .. } => object_name(name),
        _ => None,
    }
}

fn create_table(create: &ast::CreateTable) -> OpKind {
    let mut columns: Vec<ColumnDef> = create.columns.iter().map(column_def).collect();
    let primary_key: HashSet<String> = create
        .constraints
        .iter()
        .filter_map(|constraint| match constraint {
            TableConstraint::PrimaryKey(primary_key) => Some(&primary_key.columns),
            _ => None,
        })
        .flatten()
        .filter_map(|key| match &key.column.expr {
            Expr::Identifier(ident) => identifier(&ident.value),
            _ => None,
        })
        .collect();
    mark_primary_key(&mut columns, &primary_key);
    OpKind::CreateTable {
        table: object_name(&create.name),
        columns,
    }
}

fn drop_objects(object_type: ObjectType, names: &[ObjectName]) -> Vec<OpKind> {
    let kind = |name: &ObjectName| match object_type {
        ObjectType::Table => OpKind::DropTable {
            table: object_name(name),
        },
        ObjectType::Index => OpKind::DropIndex {
            name: object_name(name),
            table: None,
            concurrently: false,
        },
        _ => OpKind::OtherSql,
    };
    names.iter().map(kind).collect()
}

fn alter_table(table: &Option<String>, operation: &AlterTableOperation) -> OpKind {
    let table = table.clone();
    match operation {
        AlterTableOperation::AddColumn {
            column_def: added, ..
        } => OpKind::AddColumn {
            table,
            column: column_def(added),
        },
        AlterTableOperation::DropColumn { column_names, .. } => match column_names.as_slice() {
            [column] => OpKind::DropColumn {
                table,
                column: identifier(&column.value),
            },
            // PostgreSQL names one column per DROP COLUMN; other dialects may list several.
            _ => OpKind::DropColumn {
                table,
                column: None,
            },
        },
        AlterTableOperation::AlterColumn { column_name, op } => {
            let mut nullable = None;
            let mut new_type = None;
            let mut server_default = None;
            match op {
                AlterColumnOperation::SetNotNull => nullable = Some(false),
                AlterColumnOperation::DropNotNull => nullable = Some(true),
                AlterColumnOperation::SetDataType { data_type, .. } => {
                    new_type = type_name(&data_type.to_string());
                }
                AlterColumnOperation::SetDefault { value } => {
                    server_default = Some(default_value(value));
                }
                AlterColumnOperation::DropDefault => server_default = Some(DefaultValue::Null),
                AlterColumnOperation::AddGenerated { .. } => return OpKind::OtherSql,
            }
            OpKind::AlterColumn {
                table,
                column: identifier(&column_name.value),
                nullable,
                new_type,
                new_name: None,
                server_default,
            }
        }
        AlterTableOperation::RenameColumn {
            old_column_name,
            new_column_name,
        } => OpKind::AlterColumn {
            table,
            column: identifier(&old_column_name.value),
            nullable: None,
            new_type: None,
            new_name: identifier(&new_column_name.value),
            server_default: None,
        },
        AlterTableOperation::RenameTable { table_name } => {
            let (RenameTableNameKind::As(new) | RenameTableNameKind::To(new)) = table_name;
            OpKind::RenameTable {
                old: table,
                new: object_name(new),
            }
        }
        AlterTableOperation::AddConstraint {
            constraint,
            not_valid,
        } => {
            let (kind, name, using_index) = constraint_parts(constraint);
            OpKind::AddConstraint {
                name,
                table,
                constraint: kind,
                not_valid: *not_valid,
                using_index,
            }
        }
        AlterTableOperation::DropConstraint { name, .. }
        | AlterTableOperation::DropForeignKey { name, .. } => OpKind::DropConstraint {
            name: identifier(&name.value),
            table,
        },
        AlterTableOperation::DropPrimaryKey { .. } => OpKind::DropConstraint { name: None, table },
        AlterTableOperation::ValidateConstraint { name } => OpKind::ValidateConstraint {
            name: identifier(&name.value),
            table,
        },
        _ => OpKind::OtherSql,
    }
}

/// The kind, name and whether it adopts an existing index (`USING INDEX`).
fn constraint_parts(constraint: &TableConstraint) -> (ConstraintKind, Option<String>, bool) {
    let (kind, name, using_index) = match constraint {
        TableConstraint::ForeignKey(c) => (ConstraintKind::ForeignKey, &c.name, false),
        TableConstraint::Check(c) => (ConstraintKind::Check, &c.name, false),
        TableConstraint::Unique(c) => (ConstraintKind::Unique, &c.name, false),
        TableConstraint::PrimaryKey(c) => (ConstraintKind::PrimaryKey, &c.name, false),
        TableConstraint::Exclude(c) => (ConstraintKind::Exclude, &c.name, false),
        TableConstraint::UniqueUsingIndex(c) => (ConstraintKind::Unique, &c.name, true),
        TableConstraint::PrimaryKeyUsingIndex(c) => (ConstraintKind::PrimaryKey, &c.name, true),
        TableConstraint::Index(c) => (ConstraintKind::Other, &c.name, false),
        TableConstraint::FulltextOrSpatial(_) => (ConstraintKind::Other, &None, false),
    };
    (
        kind,
        name.as_ref().and_then(|n| identifier(&n.value)),
        using_index,
    )
}

fn column_def(column: &ast::ColumnDef) -> ColumnDef {
    let type_name = type_name(&column.data_type.to_string());
    let mut def = ColumnDef {
        name: identifier(&column.name.value),
        generated: type_name.as_deref().is_some_and(is_serial),
        type_name,
        ..ColumnDef::default()
    };
    for option in &column.options {
        match &option.option {
            ColumnOption::Null => def.nullable = Some(true),
            ColumnOption::NotNull => def.nullable = Some(false),
            ColumnOption::Default(value) => def.server_default = Some(default_value(value)),
            ColumnOption::PrimaryKey(_) => def.primary_key = true,
            ColumnOption::Generated { .. } | ColumnOption::Identity(_) => def.generated = true,
            _ => {}
        }
    }
    def
}

/// A `DEFAULT` expression: literals (also cast, `'{}'::jsonb`, or negated) are literal values,
/// anything else is evaluated by the server.
fn default_value(expr: &Expr) -> DefaultValue {
    let mut inner = expr;
    while let Expr::Nested(e) | Expr::Cast { expr: e, .. } = inner {
        inner = e;
    }
    match inner {
        Expr::Value(value) => value_default(&value.value),
        Expr::TypedString(typed) => value_default(&typed.value.value),
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr: operand,
        } => match operand.as_ref() {
            Expr::Value(value) if matches!(value.value, Value::Number(..)) => {
                DefaultValue::Literal(format!("-{}", value.value))
            }
            _ => DefaultValue::Expression(expr.to_string()),
        },
        Expr::Identifier(ident) if identifier(&ident.value).is_none() => DefaultValue::Unknown,
        _ => DefaultValue::Expression(expr.to_string()),
    }
}

fn value_default(value: &Value) -> DefaultValue {
    match value {
        Value::Null => DefaultValue::Null,
        Value::Placeholder(_) => DefaultValue::Unknown,
        Value::Boolean(b) => DefaultValue::Literal(b.to_string()),
        Value::Number(n, _) => DefaultValue::Literal(n.clone()),
        other => DefaultValue::Literal(
            other
                .clone()
                .into_string()
                .unwrap_or_else(|| other.to_string()),
        ),
    }
}

/// The last part of a possibly qualified name, normalised.
fn object_name(name: &ObjectName) -> Option<String> {
    match name.0.last()? {
        ObjectNamePart::Identifier(ident) => identifier(&ident.value),
        ObjectNamePart::Function(_) => None,
    }
}
