//! Walks a migration function's statements in execution order and records its operations.

use super::calls::{CallSite, NOT_OPERATIONS};
use super::span_of;
use super::values::{callee_name, Scope, StrValue};
use crate::dialect::{Dialect, DialectBranch};
use crate::model::{OpKind, Operation, Origin, Span, SqlOrigin};
use crate::sql;
use ruff_python_ast::{self as ast, CmpOp, Expr, Pattern, Stmt};
use std::collections::HashMap;

/// Helper functions calling helper functions deeper than this are not followed.
const MAX_CALL_DEPTH: usize = 12;
/// Statements nested deeper than this (in `if`/`with`/`for` blocks) are not read.
const MAX_BLOCK_DEPTH: usize = 64;

pub(super) struct Walker<'a> {
    scope: &'a Scope,
    functions: &'a HashMap<&'a str, &'a ast::StmtFunctionDef>,
}

/// What surrounds a statement.
#[derive(Clone, Debug, Default)]
struct Context {
    autocommit: bool,
    dialect: Option<DialectBranch>,
    /// `with op.batch_alter_table("t") as batch_op:`: the variable and the table.
    batch: Option<(String, Option<String>)>,
    block_depth: usize,
}

/// State of one walk through a migration function and the helpers it calls.
#[derive(Default)]
struct Frame<'a> {
    ops: Vec<Operation>,
    locals: HashMap<String, StrValue>,
    table_vars: HashMap<String, String>,
    local_functions: HashMap<String, &'a ast::StmtFunctionDef>,
    /// Functions being walked, to stop at recursion.
    call_stack: Vec<String>,
    /// A raw `COMMIT` ended the migration's transaction (the pre-`autocommit_block()` idiom:
    /// the driver does not start another, so what follows runs outside a transaction).
    committed: bool,
}

impl<'a> Walker<'a> {
    pub(super) fn new(
        scope: &'a Scope,
        functions: &'a HashMap<&'a str, &'a ast::StmtFunctionDef>,
    ) -> Self {
        Walker { scope, functions }
    }

    /// The operations of `def`, following helper calls.
    pub(super) fn function_ops(&self, def: &'a ast::StmtFunctionDef) -> Vec<Operation> {
        let mut frame = Frame {
            call_stack: vec![def.name.as_str().to_owned()],
            ..Frame::default()
        };
        self.walk_body(&def.body, &Context::default(), &mut frame);
        frame.ops
    }

    fn walk_body(&self, body: &'a [Stmt], ctx: &Context, frame: &mut Frame<'a>) {
        if ctx.block_depth > MAX_BLOCK_DEPTH {
            return;
        }
        for stmt in body {
            self.walk_stmt(stmt, ctx, frame);
        }
    }

    fn walk_stmt(&self, stmt: &'a Stmt, ctx: &Context, frame: &mut Frame<'a>) {
        let nested = Context {
            block_depth: ctx.block_depth + 1,
            ..ctx.clone()
        };
        match stmt {
            Stmt::Expr(e) => self.visit_expr(&e.value, ctx, frame),
            Stmt::Return(ast::StmtReturn {
                value: Some(value), ..
            }) => self.visit_expr(value, ctx, frame),
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    self.record_local(target, &assign.value, frame);
                }
                self.visit_expr(&assign.value, ctx, frame);
            }
            Stmt::AnnAssign(ast::StmtAnnAssign {
                target,
                value: Some(value),
                ..
            }) => {
                self.record_local(target, value, frame);
                self.visit_expr(value, ctx, frame);
            }
            Stmt::AugAssign(aug) => {
                // `sql += "..."` keeps building a local SQL string.
                if let (Expr::Name(name), ast::Operator::Add) = (aug.target.as_ref(), aug.op) {
                    let right = self.scope.string_value(&aug.value, &frame.locals);
                    if let (Some(left), Some(right)) =
                        (frame.locals.get_mut(name.id.as_str()), right)
                    {
                        left.text.push_str(&right.text);
                        left.dynamic |= right.dynamic;
                    }
                }
            }
            Stmt::With(with) => self.walk_with(&with.items, &with.body, &nested, frame),
            Stmt::If(branch) => self.walk_if(
                &branch.test,
                &branch.body,
                &branch.elif_else_clauses,
                ctx,
                frame,
            ),
            Stmt::Match(m) => self.walk_match(m, ctx, frame),
            Stmt::For(f) => {
                self.walk_body(&f.body, &nested, frame);
                self.walk_body(&f.orelse, &nested, frame);
            }
            Stmt::While(w) => {
                self.walk_body(&w.body, &nested, frame);
                self.walk_body(&w.orelse, &nested, frame);
            }
            Stmt::Try(t) => {
                self.walk_body(&t.body, &nested, frame);
                for handler in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    self.walk_body(&h.body, &nested, frame);
                }
                self.walk_body(&t.orelse, &nested, frame);
                self.walk_body(&t.finalbody, &nested, frame);
            }
            Stmt::FunctionDef(def) => {
                frame
                    .local_functions
                    .insert(def.name.as_str().to_owned(), def);
            }
            _ => {}
        }
    }

    /// An `if` and its `elif`/`else` clauses, each `elif` walked as an `if` inside the `else`
    /// of the one before, as Python's own tree has it.
    fn walk_if(
        &self,
        test: &'a Expr,
        body: &'a [Stmt],
        clauses: &'a [ast::ElifElseClause],
        ctx: &Context,
        frame: &mut Frame<'a>,
    ) {
        let nested = Context {
            block_depth: ctx.block_depth + 1,
            ..ctx.clone()
        };
        let constant = |e: &Expr| {
            self.scope
                .string_value(e, &frame.locals)
                .filter(|v| !v.dynamic)
                .map(|v| v.text)
        };
        let (then_ctx, else_ctx) = match dialect_test(test, &constant) {
            Some(branch) => {
                let else_d = branch.inverse();
                (
                    Context {
                        dialect: Some(branch),
                        ..nested.clone()
                    },
                    Context {
                        dialect: Some(else_d),
                        ..nested
                    },
                )
            }
            None => {
                self.visit_expr(test, ctx, frame);
                (nested.clone(), nested)
            }
        };
        self.walk_body(body, &then_ctx, frame);
        let Some((clause, rest)) = clauses.split_first() else {
            return;
        };
        match &clause.test {
            None => self.walk_body(&clause.body, &else_ctx, frame),
            Some(test) if else_ctx.block_depth <= MAX_BLOCK_DEPTH => {
                self.walk_if(test, &clause.body, rest, &else_ctx, frame);
            }
            Some(_) => {}
        }
    }

    /// `match`/`case`: every case is walked, like the branches of an `if`; matching a dialect
    /// name (`case "postgresql":`) makes a dialect branch.
    fn walk_match(&self, m: &'a ast::StmtMatch, ctx: &Context, frame: &mut Frame<'a>) {
        let nested = Context {
            block_depth: ctx.block_depth + 1,
            ..ctx.clone()
        };
        let on_dialect = mentions_dialect(&m.subject);
        if !on_dialect {
            self.visit_expr(&m.subject, ctx, frame);
        }
        let mut earlier: Vec<Dialect> = Vec::new();
        for case in &m.cases {
            let dialect = if on_dialect && case.guard.is_none() {
                match pattern_dialects(&case.pattern) {
                    Some(names) => {
                        earlier.extend(names.iter().cloned());
                        Some(DialectBranch {
                            dialects: names,
                            negated: false,
                        })
                    }
                    None if case.pattern.is_irrefutable() && !earlier.is_empty() => {
                        Some(DialectBranch {
                            dialects: earlier.clone(),
                            negated: true,
                        })
                    }
                    None => None,
                }
            } else {
                None
            };
            let case_ctx = match dialect {
                Some(branch) => Context {
                    dialect: Some(branch),
                    ..nested.clone()
                },
                None => nested.clone(),
            };
            self.walk_body(&case.body, &case_ctx, frame);
        }
    }

    fn walk_with(
        &self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        ctx: &Context,
        frame: &mut Frame<'a>,
    ) {
        let mut inner = ctx.clone();
        for item in items {
            let Expr::Call(call) = &item.context_expr else {
                continue;
            };
            match callee_name(&call.func) {
                Some("autocommit_block") => inner.autocommit = true,
                Some("batch_alter_table") => {
                    let table = call
                        .arguments
                        .args
                        .first()
                        .or_else(|| super::values::keyword(&call.arguments.keywords, "table_name"))
                        .and_then(|t| self.scope.literal_str(t));
                    let var = match item.optional_vars.as_deref() {
                        Some(Expr::Name(name)) => name.id.as_str().to_owned(),
                        _ => String::new(),
                    };
                    inner.batch = Some((var, table));
                }
                _ => self.visit_expr(&item.context_expr, ctx, frame),
            }
        }
        self.walk_body(body, &inner, frame);
    }

    /// Remembers string and `sa.table(...)` variables for later `execute` and `bulk_insert` calls.
    fn record_local(&self, target: &Expr, value: &Expr, frame: &mut Frame<'a>) {
        let Expr::Name(name) = target else { return };
        let key = name.id.as_str().to_owned();
        match self.scope.string_value(value, &frame.locals) {
            Some(v) => {
                frame.locals.insert(key, v);
            }
            None => {
                frame.locals.remove(&key);
                let outside = Context::default();
                if let Some(table) = self.site(&outside, &frame.table_vars).table_of(value) {
                    frame.table_vars.insert(key, table);
                }
            }
        }
    }

    fn site<'s>(
        &'s self,
        ctx: &'s Context,
        table_vars: &'s HashMap<String, String>,
    ) -> CallSite<'s> {
        CallSite {
            scope: self.scope,
            batch_table: ctx.batch.as_ref().map(|(_, t)| t),
            table_vars,
        }
    }

    fn visit_expr(&self, expr: &'a Expr, ctx: &Context, frame: &mut Frame<'a>) {
        match expr {
            Expr::Call(call) => self.visit_call(call, ctx, frame),
            Expr::Await(a) => self.visit_expr(&a.value, ctx, frame),
            _ => {}
        }
    }

    /// Visits a call and the calls it is chained onto, innermost first: the `execute` of
    /// `conn.execute("SELECT ...").fetchall()` runs before `fetchall`. Iterative, so a long
    /// chain costs no stack.
    fn visit_call(&self, call: &'a ast::ExprCall, ctx: &Context, frame: &mut Frame<'a>) {
        let mut chain = vec![call];
        let mut current = call;
        while let Expr::Attribute(attr) = current.func.as_ref() {
            let Expr::Call(inner) = attr.value.as_ref() else {
                break;
            };
            chain.push(inner);
            current = inner;
        }
        for call in chain.into_iter().rev() {
            self.visit_one_call(call, ctx, frame);
        }
    }

    fn visit_one_call(&self, call: &'a ast::ExprCall, ctx: &Context, frame: &mut Frame<'a>) {
        match call.func.as_ref() {
            Expr::Attribute(attr) => {
                let method = attr.attr.as_str();
                let receiver = match attr.value.as_ref() {
                    Expr::Name(name) => Some(name.id.as_str()),
                    _ => None,
                };
                let is_op = receiver.is_some_and(|r| self.scope.is_op(r));
                let is_batch =
                    receiver.is_some_and(|r| ctx.batch.as_ref().is_some_and(|(v, _)| v == r));
                if matches!(method, "execute" | "exec_driver_sql") {
                    let sql =
                        call.arguments.args.first().or_else(|| {
                            super::values::keyword(&call.arguments.keywords, "sqltext")
                        });
                    self.record_execute(call, sql, ctx, frame);
                } else if is_batch {
                    self.record_op(method, call, Origin::Batch, ctx, frame);
                } else if is_op && !NOT_OPERATIONS.contains(&method) {
                    let outside_batch = Context {
                        batch: None,
                        ..ctx.clone()
                    };
                    self.record_op(method, call, Origin::Op, &outside_batch, frame);
                }
            }
            Expr::Name(name) => self.follow_helper(name.id.as_str(), ctx, frame),
            // `globals()["upgrade_%s" % engine_name]()`: the multi-database template.
            Expr::Subscript(sub) if is_globals_call(&sub.value) => {
                let prefix = format!("{}_", frame.call_stack.first().map_or("", String::as_str));
                let mut names: Vec<&str> = self
                    .functions
                    .keys()
                    .copied()
                    .filter(|n| n.starts_with(&prefix))
                    .collect();
                names.sort_unstable();
                for name in names {
                    self.follow_helper(name, ctx, frame);
                }
            }
            _ => {}
        }
    }

    fn follow_helper(&self, name: &str, ctx: &Context, frame: &mut Frame<'a>) {
        if frame.call_stack.len() > MAX_CALL_DEPTH || frame.call_stack.iter().any(|n| n == name) {
            return;
        }
        let def = match frame.local_functions.get(name) {
            Some(def) => *def,
            None => match self.functions.get(name) {
                Some(def) => *def,
                None => return,
            },
        };
        // A helper's own string variables are its own; its operations are the caller's.
        let saved_locals = std::mem::take(&mut frame.locals);
        frame.call_stack.push(name.to_owned());
        let inner = Context {
            block_depth: ctx.block_depth + 1,
            ..ctx.clone()
        };
        self.walk_body(&def.body, &inner, frame);
        frame.call_stack.pop();
        frame.locals = saved_locals;
    }

    fn record_op(
        &self,
        name: &str,
        call: &ast::ExprCall,
        origin: Origin,
        ctx: &Context,
        frame: &mut Frame<'a>,
    ) {
        let kind = self.site(ctx, &frame.table_vars).op_kind(name, call);
        push_op(frame, kind, span_of(call), origin, ctx);
    }

    fn record_execute(
        &self,
        call: &ast::ExprCall,
        sql: Option<&Expr>,
        ctx: &Context,
        frame: &mut Frame<'a>,
    ) {
        let Some(arg) = sql else {
            push_op(frame, OpKind::OpaqueExecute, span_of(call), Origin::Op, ctx);
            return;
        };
        let Some(value) = self.scope.string_value(arg, &frame.locals) else {
            let kind = self
                .site(ctx, &frame.table_vars)
                .expression_kind(arg)
                .unwrap_or(OpKind::OpaqueExecute);
            push_op(frame, kind, span_of(call), Origin::Op, ctx);
            return;
        };
        let span = span_of(arg);
        for statement in sql::read_sql(&value.text) {
            if let Some(committed) = transaction_control(&statement.text) {
                frame.committed = committed;
            }
            let origin = Origin::Sql(SqlOrigin {
                text: statement.text,
                reading: statement.reading,
                dynamic: value.dynamic,
            });
            push_op(frame, statement.kind, span, origin, ctx);
        }
    }
}

/// Records an operation with what surrounds it; after a raw `COMMIT` everything runs outside the
/// migration's transaction, as inside `autocommit_block()`.
fn push_op(frame: &mut Frame, kind: OpKind, span: Span, origin: Origin, ctx: &Context) {
    frame.ops.push(Operation {
        kind,
        span,
        origin,
        autocommit: ctx.autocommit || frame.committed,
        dialect: ctx.dialect.clone(),
    });
}

/// `Some(true)` for a statement that ends the transaction (`COMMIT`, `END`), `Some(false)` for
/// one that starts one (`BEGIN`, `START TRANSACTION`).
fn transaction_control(statement: &str) -> Option<bool> {
    let first = statement
        .split_whitespace()
        .next()?
        .trim_end_matches(';')
        .to_ascii_uppercase();
    match first.as_str() {
        "COMMIT" | "END" => Some(true),
        "BEGIN" | "START" => Some(false),
        _ => None,
    }
}

fn is_globals_call(expr: &Expr) -> bool {
    matches!(expr, Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "globals"))
}

/// `bind.dialect.name == "postgresql"` and the like: the databases the `if` branch runs on.
/// `constant` reads a name bound to a string (`MYSQL_ENGINE = "mysql"`).
fn dialect_test(test: &Expr, constant: &dyn Fn(&Expr) -> Option<String>) -> Option<DialectBranch> {
    match test {
        Expr::Compare(cmp) if cmp.ops.len() == 1 => {
            let right = cmp.comparators.first()?;
            let names = |e: &Expr| dialect_names(e, constant);
            let (subject, names) = match (names(right), names(&cmp.left)) {
                (Some(names), _) => (cmp.left.as_ref(), names),
                (None, Some(names)) => (right, names),
                (None, None) => return None,
            };
            if !mentions_dialect(subject) {
                return None;
            }
            let negated = matches!(cmp.ops[0], CmpOp::NotEq | CmpOp::NotIn | CmpOp::IsNot);
            Some(DialectBranch {
                dialects: names,
                negated,
            })
        }
        Expr::BoolOp(b) => b.values.iter().find_map(|v| dialect_test(v, constant)),
        _ => None,
    }
}

/// The dialects `"postgresql"`, `("mysql", "mariadb")` or a constant holding one name; names
/// of databases alembic-lint does not know are left out.
fn dialect_names(expr: &Expr, constant: &dyn Fn(&Expr) -> Option<String>) -> Option<Vec<Dialect>> {
    let one = |e: &Expr| match e {
        Expr::StringLiteral(s) => Some(Dialect::from_name(s.value.to_str())),
        Expr::Name(_) => constant(e).map(|name| Dialect::from_name(&name)),
        _ => None,
    };
    let names = match expr {
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            elts.iter().map(one).collect::<Option<Vec<_>>>()?
        }
        other => vec![one(other)?],
    };
    Some(names.into_iter().flatten().collect())
}

/// Whether an expression reads a dialect name: `op.get_bind().dialect.name`, `dialect_name`,
/// or the engine's name (`bind.engine.name`, `engine.name`).
fn mentions_dialect(expr: &Expr) -> bool {
    if let Expr::Attribute(attr) = expr {
        let owner = match attr.value.as_ref() {
            Expr::Attribute(inner) => Some(inner.attr.as_str()),
            Expr::Name(name) => Some(name.id.as_str()),
            _ => None,
        };
        if attr.attr.as_str() == "name" && owner.is_some_and(|o| o.contains("engine")) {
            return true;
        }
    }
    let mut current = expr;
    for _ in 0..16 {
        match current {
            Expr::Attribute(attr) => {
                if attr.attr.as_str().contains("dialect") {
                    return true;
                }
                current = &attr.value;
            }
            Expr::Call(call) => current = &call.func,
            Expr::Name(name) => return name.id.as_str().contains("dialect"),
            _ => return false,
        }
    }
    false
}

/// The dialects a `case` pattern names: `case "postgresql":`, `case "mysql" | "mariadb":`.
fn pattern_dialects(pattern: &Pattern) -> Option<Vec<Dialect>> {
    match pattern {
        Pattern::MatchValue(value) => dialect_names(&value.value, &|_| None),
        Pattern::MatchOr(or) => {
            let mut names = Vec::new();
            for p in &or.patterns {
                names.extend(pattern_dialects(p)?);
            }
            Some(names)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract, parse};
    use crate::dialect::{Dialect, DialectBranch};
    use crate::model::{Migration, OpKind};

    fn migration(source: &str) -> Migration {
        extract(source, parse(source).expect("parses"))
    }

    #[test]
    fn named_enum_types_are_kept_on_their_columns() {
        let source = r#"
def upgrade():
    op.add_column("orders", sa.Column("status", sa.Enum("new", "paid", name="order_status")))
    op.add_column("orders", sa.Column("state", postgresql.ENUM(name="state", create_type=False)))
    op.add_column("orders", sa.Column("kind", type_=sa.Enum("a", "b", name="order_kind")))
    op.add_column("orders", sa.Column("plain", sa.Enum("a", "b")))
"#;
        let types: Vec<Option<String>> = migration(source)
            .upgrade
            .expect("upgrade")
            .ops
            .iter()
            .map(|op| match &op.kind {
                OpKind::AddColumn { column, .. } => column.enum_type.clone(),
                other => panic!("{other:?}"),
            })
            .collect();
        let named = |n: &str| Some(n.to_owned());
        assert_eq!(
            types,
            [
                named("order_status"),
                named("state"),
                named("order_kind"),
                None
            ]
        );
    }

    #[test]
    fn foreign_keys_name_the_table_they_reference() {
        let source = r#"
import sqlalchemy as sa
from alembic import op

def upgrade():
    op.add_column("signal", sa.Column("project_id", sa.Integer(), sa.ForeignKey("core.project.id")))
    op.add_column("signal", sa.Column("case_id", sa.Integer(), sa.ForeignKey(case.c.id)))
    op.add_column("signal", sa.Column("note", sa.Text()))
    op.create_foreign_key("fk_a", "signal", "project", ["project_id"], ["id"])
    op.create_foreign_key(None, source_table="signal", referent_table="case", local_cols=["case_id"], remote_cols=["id"])
    with op.batch_alter_table("signal") as batch_op:
        batch_op.create_foreign_key("fk_b", "entity", ["entity_id"], ["id"])
    op.create_unique_constraint("uq_a", "signal", ["name"])
"#;
        let ops = migration(source).upgrade.expect("upgrade").ops;
        let seen: Vec<Option<Option<String>>> = ops
            .iter()
            .map(|op| match &op.kind {
                OpKind::AddColumn { column, .. } => {
                    column.references.as_ref().map(|r| r.table.clone())
                }
                OpKind::AddConstraint { references, .. } => Some(references.clone()),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        let table = |t: &str| Some(Some(t.to_owned()));
        assert_eq!(
            seen,
            vec![
                table("project"),
                Some(None),
                None,
                table("project"),
                table("case"),
                table("entity"),
                Some(None),
            ]
        );
    }

    #[test]
    fn create_table_foreign_key_constraints_mark_their_columns() {
        let source = r#"
import sqlalchemy as sa
from alembic import op

def upgrade():
    op.create_table(
        "membership",
        sa.Column("id", sa.Integer()),
        sa.Column("org_id", sa.Integer()),
        sa.Column("user_id", sa.Integer()),
        sa.ForeignKeyConstraint(["org_id"], ["core.orgs.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(columns=("user_id",), refcolumns=("users.id",)),
        sa.PrimaryKeyConstraint("id"),
    )
"#;
        let ops = migration(source).upgrade.expect("upgrade").ops;
        let [op] = ops.as_slice() else {
            panic!("{ops:?}")
        };
        let OpKind::CreateTable { columns, .. } = &op.kind else {
            panic!("{op:?}")
        };
        let references: Vec<Option<&str>> = columns
            .iter()
            .map(|c| c.references.as_ref().and_then(|r| r.table.as_deref()))
            .collect();
        assert_eq!(references, [None, Some("orgs"), Some("users")]);
    }

    #[test]
    fn async_def_upgrade_is_the_upgrade_function() {
        let source = "from alembic import op\n\n\
                      async def upgrade():\n    op.drop_table(\"users\")\n\n\
                      async def downgrade():\n    pass\n";
        let m = migration(source);
        let upgrade = m.upgrade.expect("an async upgrade() is found");
        assert_eq!(&source[upgrade.name_span.range()], "upgrade");
        assert!(matches!(
            upgrade.ops.as_slice(),
            [op] if matches!(&op.kind, OpKind::DropTable { table: Some(t) } if t == "users")
        ));
        assert!(m.downgrade.is_some());
    }

    #[test]
    fn operations_inside_match_cases_are_seen() {
        let source = r#"
from alembic import op

def upgrade():
    bind = op.get_bind()
    match bind.dialect.name:
        case "postgresql":
            op.drop_table("a")
        case "mysql" | "mariadb":
            op.drop_table("b")
        case _:
            op.drop_table("c")
    match mode:
        case 1 if op:
            op.drop_table("d")
"#;
        let ops = migration(source).upgrade.expect("upgrade").ops;
        let seen: Vec<(String, Option<DialectBranch>)> = ops
            .iter()
            .map(|op| match &op.kind {
                OpKind::DropTable { table: Some(t) } => (t.clone(), op.dialect.clone()),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        let branch = |dialects: &[Dialect], negated| {
            Some(DialectBranch {
                dialects: dialects.to_vec(),
                negated,
            })
        };
        let all = [Dialect::Postgresql, Dialect::Mysql, Dialect::Mariadb];
        assert_eq!(
            seen,
            vec![
                ("a".to_owned(), branch(&all[..1], false)),
                ("b".to_owned(), branch(&all[1..], false)),
                ("c".to_owned(), branch(&all, true)),
                ("d".to_owned(), None),
            ]
        );
    }

    #[test]
    fn elif_chains_keep_their_dialect_branches() {
        let source = r#"
def upgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.drop_table("a")
    elif op.get_bind().dialect.name == "mysql":
        op.drop_table("b")
    else:
        op.drop_table("c")
"#;
        let ops = migration(source).upgrade.expect("upgrade").ops;
        let dialects: Vec<_> = ops.iter().map(|op| op.dialect.clone()).collect();
        assert_eq!(
            dialects,
            vec![
                Some(DialectBranch {
                    dialects: vec![Dialect::Postgresql],
                    negated: false
                }),
                Some(DialectBranch {
                    dialects: vec![Dialect::Mysql],
                    negated: false
                }),
                Some(DialectBranch {
                    dialects: vec![Dialect::Mysql],
                    negated: true
                }),
            ]
        );
    }

    #[test]
    fn an_engine_name_is_a_dialect_name() {
        let source = r#"
def upgrade(op, tables, tester):
    bind = op.get_bind()
    if bind.engine.name == "mysql":
        op.drop_table("a")
"#;
        let ops = migration(source).upgrade.expect("upgrade").ops;
        assert_eq!(
            ops[0].dialect,
            Some(DialectBranch {
                dialects: vec![Dialect::Mysql],
                negated: false
            })
        );
    }
}
