//! Module-level facts: the docstring, the revision variables, string constants, functions.

use super::span_of;
use super::values::Scope;
use super::walk::Walker;
use crate::model::{BodyKind, DocstringIds, Function, IdField, IdValue, Migration, Span};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::HashMap;

/// Extracts the model from a parsed module.
pub(super) fn extract(text: &str, body: &[Stmt]) -> Migration {
    let mut scope = Scope::default();
    let mut functions: HashMap<&str, &ast::StmtFunctionDef> = HashMap::new();
    let mut migration = Migration::default();

    if let Some((doc, span)) = docstring(body) {
        migration.message = doc
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(str::to_owned);
        migration.docstring = Some(docstring_ids(text, span));
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
        "revision" => &mut migration.revision,
        "down_revision" => &mut migration.down_revision,
        "branch_labels" => &mut migration.branch_labels,
        "depends_on" => &mut migration.depends_on,
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

/// Finds `Revision ID:` and `Revises:` in the docstring's source text, keeping exact spans.
fn docstring_ids(text: &str, span: Span) -> DocstringIds {
    let mut ids = DocstringIds::default();
    let Some(raw) = text.get(span.range()) else {
        return ids;
    };
    let mut offset = span.start;
    for line in raw.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        for (key, is_revises) in [("Revision ID:", false), ("Revises:", true)] {
            let Some(rest) = trimmed.strip_prefix(key) else {
                continue;
            };
            let value = rest.trim_end_matches(['\n', '\r', '"', '\'']).trim_end();
            let value_trimmed = value.trim_start();
            let start = offset + indent + key.len() + (value.len() - value_trimmed.len());
            let value_span = Span::new(start, start + value_trimmed.len());
            if is_revises {
                let list = value_trimmed
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned)
                    .collect();
                ids.revises = Some((list, value_span));
            } else {
                let id = value_trimmed
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_owned();
                ids.revision_id = Some((id, value_span));
            }
        }
        offset += line.len();
    }
    ids
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
