//! Module-level facts: the docstring, the revision variables, string constants, functions.

use super::span_of;
use super::values::Scope;
use super::walk::Walker;
use crate::model::{BodyKind, Function, IdField, IdValue, Migration, Span};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::HashMap;

/// Extracts the model from a parsed module.
pub(super) fn extract(text: &str, body: &[Stmt]) -> Migration {
    let mut scope = Scope::default();
    let mut functions: HashMap<&str, &ast::StmtFunctionDef> = HashMap::new();
    let mut migration = Migration::default();

    if let Some((doc, span)) = docstring(body) {
        // Alembic's template writes the message first; with an empty message the first line
        // is one of its headers, which is no message.
        migration.meta.message = doc
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .filter(|l| {
                !["Revision ID:", "Revises:", "Create Date:"]
                    .iter()
                    .any(|header| l.starts_with(header))
            })
            .map(str::to_owned);
        migration.meta.docstring = Some(crate::docstring::read_ids(text, span));
    }

    for stmt in body {
        match stmt {
            Stmt::FunctionDef(def) => {
                // `async def upgrade()` is the migration function too.
                functions.insert(def.name.as_str(), def);
            }
            Stmt::Import(import) => {
                for alias in &import.names {
                    migration
                        .imports
                        .push((alias.name.as_str().to_owned(), span_of(stmt)));
                }
            }
            Stmt::ImportFrom(import) => {
                let module = import.module.as_ref().map_or("", |m| m.as_str());
                let dots = ".".repeat(import.level as usize);
                migration
                    .imports
                    .push((format!("{dots}{module}"), span_of(stmt)));
                scope.record_import(module, &import.names);
            }
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    assign_module_name(&mut migration, &mut scope, target, &assign.value, stmt);
                }
            }
            Stmt::AnnAssign(assign) => {
                if let Some(value) = &assign.value {
                    assign_module_name(&mut migration, &mut scope, &assign.target, value, stmt);
                }
            }
            _ => {}
        }
    }

    let walker = Walker::new(&scope, &functions);
    migration.upgrade = migration_function(&walker, &functions, "upgrade");
    migration.downgrade = migration_function(&walker, &functions, "downgrade");
    migration
}

/// `revision = ...` and friends, plus string constants that SQL may refer to.
fn assign_module_name(
    migration: &mut Migration,
    scope: &mut Scope,
    target: &Expr,
    value: &Expr,
    stmt: &Stmt,
) {
    let Expr::Name(name) = target else { return };
    let slot = match name.id.as_str() {
        "revision" => &mut migration.meta.revision,
        "down_revision" => &mut migration.meta.down_revision,
        "branch_labels" => &mut migration.meta.branch_labels,
        "depends_on" => &mut migration.meta.depends_on,
        other => {
            scope.record_constant(other, value);
            return;
        }
    };
    *slot = Some(IdField {
        value: id_value(scope, value),
        span: span_of(stmt),
        value_span: span_of(value),
    });
}

/// Reads `None`, a string, or a tuple/list/set of strings; names of module-level string
/// constants defined above are resolved the way Python would.
fn id_value(scope: &Scope, value: &Expr) -> IdValue {
    let one = |e: &Expr| scope.literal_str(e);
    match value {
        Expr::NoneLiteral(_) => IdValue::None,
        Expr::Tuple(ast::ExprTuple { elts, .. })
        | Expr::List(ast::ExprList { elts, .. })
        | Expr::Set(ast::ExprSet { elts, .. }) => elts
            .iter()
            .map(one)
            .collect::<Option<Vec<_>>>()
            .map_or(IdValue::NotLiteral, IdValue::Many),
        other => one(other).map_or(IdValue::NotLiteral, IdValue::One),
    }
}

/// The module docstring's text and the span of its literal.
fn docstring(body: &[Stmt]) -> Option<(&str, Span)> {
    let Stmt::Expr(expr) = body.first()? else {
        return None;
    };
    match expr.value.as_ref() {
        Expr::StringLiteral(s) => Some((s.value.to_str(), span_of(expr.value.as_ref()))),
        _ => None,
    }
}

fn migration_function(
    walker: &Walker,
    functions: &HashMap<&str, &ast::StmtFunctionDef>,
    name: &str,
) -> Option<Function> {
    let def = functions.get(name)?;
    let name_start = span_of(&def.name).start;
    Some(Function {
        name: name.to_owned(),
        span: span_of(*def),
        name_span: Span::new(name_start, name_start + name.len()),
        body: body_kind(&def.body),
        ops: walker.function_ops(def),
    })
}

/// Classifies a body, ignoring docstrings, `pass` and `...`.
fn body_kind(body: &[Stmt]) -> BodyKind {
    let meaningful: Vec<&Stmt> = body.iter().filter(|s| !is_filler(s)).collect();
    match meaningful.as_slice() {
        [] => BodyKind::Empty,
        [Stmt::Raise(_)] => BodyKind::OnlyRaises,
        _ => BodyKind::Statements,
    }
}

fn is_filler(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Pass(_) => true,
        Stmt::Expr(e) => matches!(
            e.value.as_ref(),
            Expr::StringLiteral(_) | Expr::EllipsisLiteral(_)
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract, parse};

    fn message(source: &str) -> Option<String> {
        extract(source, parse(source).expect("parses")).meta.message
    }

    #[test]
    fn the_message_is_the_docstring_first_line_not_a_header() {
        let with = "\"\"\"add status to orders\n\nRevision ID: a1\nRevises:\n\"\"\"\n";
        assert_eq!(message(with).as_deref(), Some("add status to orders"));
        // `alembic revision` without `-m`: the template's first line is empty.
        let without = "\"\"\"\n\nRevision ID: a1\nRevises: 0a\nCreate Date: 2024-01-01\n\"\"\"\n";
        assert_eq!(message(without), None);
        assert_eq!(message("\"\"\"Create Date: 2024-01-01\"\"\"\n"), None);
    }
}
