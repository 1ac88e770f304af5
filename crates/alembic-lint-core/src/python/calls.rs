//! Maps `op.<name>(...)` and `batch_op.<name>(...)` calls onto [`OpKind`].

use super::values::{
    bool_value, callee_name, column_def, column_type, default_value, keyword, type_name, Scope,
};
use crate::model::{ConstraintKind, DataVerb, OpKind, TableKey};
use ruff_python_ast::{self as ast, Expr};
use std::collections::HashMap;

/// Calls on `op` that read state or build values rather than change the schema.
pub(super) const NOT_OPERATIONS: &[&str] = &[
    "get_bind",
    "get_context",
    "f",
    "inline_literal",
    "implementation_for",
    "invoke",
    "run_async",
    "batch_alter_table",
    "register_operation",
];

/// The arguments of one call, addressed by Alembic's parameter names.
pub(super) struct Args<'a> {
    call: &'a ast::ExprCall,
    /// Positional parameter names of the operation, `table_name` removed for batch operations.
    params: Vec<&'static str>,
}

impl<'a> Args<'a> {
    fn new(call: &'a ast::ExprCall, name: &str, batch: bool) -> Self {
        let params: &[&'static str] = match name {
            "add_column" => &["table_name", "column"],
            "drop_column" | "alter_column" => &["table_name", "column_name"],
            "create_table" | "drop_table" => &["table_name"],
            "rename_table" => &["old_table_name", "new_table_name"],
            "create_index" => &["index_name", "table_name", "columns"],
            "drop_index" => &["index_name", "table_name"],
            "create_foreign_key" => &[
                "constraint_name",
                "source_table",
                "referent_table",
                "local_cols",
            ],
            "create_check_constraint" => &["constraint_name", "table_name", "condition"],
            "create_unique_constraint" | "create_primary_key" | "create_exclude_constraint" => {
                &["constraint_name", "table_name", "columns"]
            }
            "drop_constraint" => &["constraint_name", "table_name", "type_"],
            "bulk_insert" => &["table", "rows"],
            _ => &[],
        };
        let params = params
            .iter()
            .copied()
            .filter(|p| !(batch && matches!(*p, "table_name" | "source_table")))
            .collect();
        Args { call, params }
    }

    fn get(&self, name: &str) -> Option<&'a Expr> {
        keyword(&self.call.arguments.keywords, name).or_else(|| {
            let index = self.params.iter().position(|p| *p == name)?;
            self.call.arguments.args.get(index)
        })
    }

    fn flag(&self, name: &str) -> bool {
        self.get(name).and_then(bool_value) == Some(true)
    }
}

/// Where a call sits: the table of the enclosing `batch_alter_table`, and the function's
/// `name = sa.table("...")` variables.
pub(super) struct CallSite<'a> {
    pub scope: &'a Scope,
    pub batch_table: Option<&'a Option<String>>,
    pub table_vars: &'a HashMap<String, String>,
}

impl CallSite<'_> {
    fn name(&self, expr: Option<&Expr>) -> Option<String> {
        let expr = expr?;
        match expr {
            // `op.f("ix_users_email")` marks a name as already conventional.
            Expr::Call(call) if callee_name(&call.func) == Some("f") => call
                .arguments
                .args
                .first()
                .and_then(|a| self.scope.literal_str(a)),
            other => self.scope.literal_str(other),
        }
    }

    fn table(&self, args: &Args) -> Option<String> {
        match self.batch_table {
            Some(table) => table.clone(),
            None => self.name(args.get("table_name")),
        }
    }

    /// The operation kind of `op.<name>(...)` (or `batch_op.<name>(...)`).
    pub(super) fn op_kind(&self, name: &str, call: &ast::ExprCall) -> OpKind {
        let args = Args::new(call, name, self.batch_table.is_some());
        let scope = self.scope;
        match name {
            "add_column" => match args.get("column").and_then(|c| column_def(scope, c)) {
                Some(column) => OpKind::AddColumn {
                    table: self.table(&args),
                    column,
                },
                None => OpKind::OtherOp {
                    name: name.to_owned(),
                },
            },
            "drop_column" => OpKind::DropColumn {
                table: self.table(&args),
                column: self.name(args.get("column_name")),
            },
            "alter_column" => OpKind::AlterColumn {
                table: self.table(&args),
                column: self.name(args.get("column_name")),
                nullable: args.get("nullable").and_then(bool_value),
                new_type: args.get("type_").and_then(type_name),
                new_column_type: args.get("type_").and_then(column_type),
                existing_type: args.get("existing_type").and_then(column_type),
                existing_nullable: args.get("existing_nullable").and_then(bool_value),
                using: args.get("postgresql_using").is_some(),
                new_name: self.name(args.get("new_column_name")),
                server_default: args.get("server_default").and_then(|e| {
                    // `server_default=False` is Alembic's "leave the default alone".
                    (bool_value(e) != Some(false)).then(|| default_value(scope, e))
                }),
            },
            "create_table" => {
                let (columns, keys) = create_table_columns(scope, call);
                OpKind::CreateTable {
                    table: self.name(args.get("table_name")),
                    columns,
                    keys,
                }
            }
            "drop_table" => OpKind::DropTable {
                table: self.name(args.get("table_name")),
            },
            "rename_table" => OpKind::RenameTable {
                old: self.name(args.get("old_table_name")),
                new: self.name(args.get("new_table_name")),
            },
            "create_index" => OpKind::CreateIndex {
                name: self.name(args.get("index_name")),
                table: self.table(&args),
                columns: args
                    .get("columns")
                    .map_or_else(Vec::new, |c| name_list(scope, c)),
                unique: args.flag("unique"),
                concurrently: args.flag("postgresql_concurrently"),
            },
            "drop_index" => OpKind::DropIndex {
                name: self.name(args.get("index_name")),
                table: self.table(&args),
                concurrently: args.flag("postgresql_concurrently"),
            },
            "create_foreign_key"
            | "create_check_constraint"
            | "create_unique_constraint"
            | "create_primary_key"
            | "create_exclude_constraint" => OpKind::AddConstraint {
                name: self.name(args.get("constraint_name")),
                table: match self.batch_table {
                    Some(table) => table.clone(),
                    None => self.name(args.get("table_name").or_else(|| args.get("source_table"))),
                },
                constraint: match name {
                    "create_foreign_key" => ConstraintKind::ForeignKey,
                    "create_check_constraint" => ConstraintKind::Check,
                    "create_unique_constraint" => ConstraintKind::Unique,
                    "create_primary_key" => ConstraintKind::PrimaryKey,
                    _ => ConstraintKind::Exclude,
                },
                not_valid: args.flag("postgresql_not_valid"),
                using_index: false,
                condition: (name == "create_check_constraint")
                    .then(|| args.get("condition"))
                    .flatten()
                    .and_then(|c| check_condition(scope, c)),
                references: (name == "create_foreign_key")
                    .then(|| self.name(args.get("referent_table")))
                    .flatten(),
                columns: args
                    .get("local_cols")
                    .or_else(|| args.get("columns"))
                    .map_or_else(Vec::new, |c| name_list(scope, c)),
            },
            "drop_constraint" => OpKind::DropConstraint {
                name: self.name(args.get("constraint_name")),
                table: self.table(&args),
            },
            "bulk_insert" => OpKind::DataChange {
                verb: DataVerb::BulkInsert,
                table: args.get("table").and_then(|t| self.table_of(t)),
                has_where: false,
            },
            other => OpKind::OtherOp {
                name: other.to_owned(),
            },
        }
    }

    /// The table a `sa.table("users", ...)` expression or variable names.
    pub(super) fn table_of(&self, expr: &Expr) -> Option<String> {
        match expr {
            Expr::Name(name) => self.table_vars.get(name.id.as_str()).cloned(),
            Expr::Call(call) if matches!(callee_name(&call.func), Some("table" | "Table")) => call
                .arguments
                .args
                .first()
                .and_then(|a| self.scope.literal_str(a)),
            _ => None,
        }
    }

    /// A SQLAlchemy Core statement such as `users.update().where(...).values(...)`.
    pub(super) fn expression_kind(&self, expr: &Expr) -> Option<OpKind> {
        let mut methods = Vec::new();
        let mut current = expr;
        let mut root = None;
        while let Expr::Call(call) = current {
            let Expr::Attribute(attr) = call.func.as_ref() else {
                // `sa.update(users)`, `delete(users)`: the table is the first argument.
                methods.push(callee_name(&call.func)?);
                root = call.arguments.args.first();
                break;
            };
            methods.push(attr.attr.as_str());
            current = attr.value.as_ref();
            root = Some(current);
        }
        let verb = methods.iter().rev().find_map(|m| match *m {
            "update" => Some(DataVerb::Update),
            "delete" => Some(DataVerb::Delete),
            "insert" => Some(DataVerb::Insert),
            _ => None,
        })?;
        Some(OpKind::DataChange {
            verb,
            table: root.and_then(|r| self.table_of(r)),
            has_where: methods
                .iter()
                .any(|m| matches!(*m, "where" | "filter" | "filter_by")),
        })
    }
}

/// A check constraint's condition: a SQL string (`"age >= 0"`, `sa.text(...)`), or a
/// SQLAlchemy expression written as source such as `sa.column("email").isnot(None)`, read as
/// text only far enough to name its columns.
fn check_condition(scope: &Scope, expr: &Expr) -> Option<String> {
    match expr {
        Expr::Call(call) if matches!(callee_name(&call.func), Some("text")) => call
            .arguments
            .args
            .first()
            .and_then(|a| scope.literal_str(a)),
        other => scope.literal_str(other),
    }
}

/// Columns and table-level keys of `op.create_table(name, sa.Column(...), ...,
/// sa.PrimaryKeyConstraint("id"))`.
fn create_table_columns(
    scope: &Scope,
    call: &ast::ExprCall,
) -> (Vec<crate::model::ColumnDef>, Vec<TableKey>) {
    let mut columns: Vec<_> = call
        .arguments
        .args
        .iter()
        .skip(1)
        .filter_map(|a| column_def(scope, a))
        .collect();
    let mut keys = Vec::new();
    for arg in call.arguments.args.iter().skip(1) {
        let Expr::Call(c) = arg else { continue };
        let kind = match callee_name(&c.func) {
            Some("ForeignKeyConstraint") => {
                mark_foreign_key(scope, c, &mut columns);
                ConstraintKind::ForeignKey
            }
            Some("PrimaryKeyConstraint") => ConstraintKind::PrimaryKey,
            Some("UniqueConstraint") => ConstraintKind::Unique,
            _ => continue,
        };
        let key_columns = match kind {
            ConstraintKind::ForeignKey => keyword(&c.arguments.keywords, "columns")
                .or(c.arguments.args.first())
                .map_or_else(Vec::new, |list| name_list(scope, list)),
            _ => c
                .arguments
                .args
                .iter()
                .map_while(|a| scope.literal_str(a))
                .collect(),
        };
        if kind == ConstraintKind::PrimaryKey {
            for column in columns
                .iter_mut()
                .filter(|col| col.name.as_ref().is_some_and(|n| key_columns.contains(n)))
            {
                column.primary_key = true;
            }
        }
        keys.push(TableKey {
            kind,
            columns: key_columns,
        });
    }
    (columns, keys)
}

/// Column names given as a list or tuple (or one string): the leading ones that are plain
/// names; an expression (`sa.text("lower(email)")`) ends them.
fn name_list(scope: &Scope, expr: &Expr) -> Vec<String> {
    match expr {
        Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
            elts.iter().map_while(|e| scope.literal_str(e)).collect()
        }
        other => scope.literal_str(other).into_iter().collect(),
    }
}

/// `sa.ForeignKeyConstraint(["org_id"], ["orgs.id"])` in `create_table`: its columns reference
/// the table of the first remote column.
fn mark_foreign_key(scope: &Scope, call: &ast::ExprCall, columns: &mut [crate::model::ColumnDef]) {
    let list = |index: usize, name: &str| -> Vec<String> {
        keyword(&call.arguments.keywords, name)
            .or(call.arguments.args.get(index))
            .map_or_else(Vec::new, |list| name_list(scope, list))
    };
    let table = list(1, "refcolumns").first().and_then(|remote| {
        let (table, _) = remote.rsplit_once('.')?;
        Some(table.rsplit('.').next().unwrap_or(table).to_owned())
    });
    for local in list(0, "columns") {
        for column in columns
            .iter_mut()
            .filter(|col| col.name.as_deref() == Some(local.as_str()))
        {
            column.references = Some(crate::model::Reference {
                table: table.clone(),
            });
        }
    }
}
