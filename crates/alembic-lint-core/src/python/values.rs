//! Reading Python expressions as values: strings, booleans, column definitions, defaults.

use super::span_of;
use crate::model::{ColumnDef, ColumnType, DefaultValue, Reference};
use ruff_python_ast::{self as ast, Expr, Keyword};
use std::collections::HashMap;

/// String text as the linter can know it without running Python.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct StrValue {
    /// The text, with [`crate::sql::DYNAMIC_PLACEHOLDER`] for every run-time value.
    pub text: String,
    /// Built at run time (f-string, `%`, `.format`, `+` with a name).
    pub dynamic: bool,
}

/// Names bound at module level that the extractor can read.
#[derive(Debug)]
pub(super) struct Scope {
    /// Module-level string constants (`ADD_INDEX = "CREATE INDEX ..."`).
    constants: HashMap<String, StrValue>,
    /// Names that refer to `alembic.op`.
    op_names: Vec<String>,
}

impl Default for Scope {
    fn default() -> Self {
        Scope {
            constants: HashMap::new(),
            op_names: vec!["op".to_owned()],
        }
    }
}

impl Scope {
    pub(super) fn record_import(&mut self, module: &str, names: &[ast::Alias]) {
        if module == "alembic" {
            for alias in names.iter().filter(|a| a.name.as_str() == "op") {
                if let Some(asname) = &alias.asname {
                    self.op_names.push(asname.as_str().to_owned());
                }
            }
        }
    }

    pub(super) fn record_constant(&mut self, name: &str, value: &Expr) {
        match self.string_value(value, &HashMap::new()) {
            Some(v) => {
                self.constants.insert(name.to_owned(), v);
            }
            // A later non-string assignment shadows an earlier string.
            None => {
                self.constants.remove(name);
            }
        }
    }

    pub(super) fn is_op(&self, name: &str) -> bool {
        self.op_names.iter().any(|n| n == name)
    }

    /// A string the linter can know exactly: literals, constants, `+` of those.
    pub(super) fn literal_str(&self, expr: &Expr) -> Option<String> {
        self.string_value(expr, &HashMap::new())
            .filter(|v| !v.dynamic)
            .map(|v| v.text)
    }

    /// Any string expression, with run-time parts replaced by the placeholder. `locals` are
    /// the string variables assigned earlier in the enclosing function.
    pub(super) fn string_value(
        &self,
        expr: &Expr,
        locals: &HashMap<String, StrValue>,
    ) -> Option<StrValue> {
        super::sql_text::string_value(self, expr, locals, 0)
    }

    pub(super) fn constant(&self, name: &str) -> Option<&StrValue> {
        self.constants.get(name)
    }
}

/// The last name of a callee: `sa.Column` and `Column` give `Column`.
pub(super) fn callee_name(func: &Expr) -> Option<&str> {
    match func {
        Expr::Name(name) => Some(name.id.as_str()),
        Expr::Attribute(attr) => Some(attr.attr.as_str()),
        _ => None,
    }
}

pub(super) fn keyword<'a>(keywords: &'a [Keyword], name: &str) -> Option<&'a Expr> {
    keywords
        .iter()
        .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name))
        .map(|k| &k.value)
}

pub(super) fn bool_value(expr: &Expr) -> Option<bool> {
    match expr {
        Expr::BooleanLiteral(b) => Some(b.value),
        _ => None,
    }
}

/// Reads `sa.Column(...)` / `Column(...)` / `sqlalchemy.Column(...)` / `db.Column(...)`.
pub(super) fn column_def(scope: &Scope, expr: &Expr) -> Option<ColumnDef> {
    let Expr::Call(call) = expr else { return None };
    if callee_name(&call.func) != Some("Column") {
        return None;
    }
    let mut column = ColumnDef {
        span: span_of(expr),
        ..ColumnDef::default()
    };
    let mut positional = call.arguments.args.iter();
    if let Some(first) = call.arguments.args.first() {
        if let Some(name) = scope.literal_str(first) {
            column.name = Some(name);
            positional.next();
        }
    }
    for arg in positional {
        match arg {
            Expr::Call(c) if matches!(callee_name(&c.func), Some("Identity" | "Computed")) => {
                column.generated = true
            }
            Expr::Call(c) if callee_name(&c.func) == Some("ForeignKey") => {
                column.references = Some(foreign_key_reference(scope, c));
            }
            Expr::Call(c) if callee_name(&c.func) == Some("Sequence") => {}
            Expr::Call(_) | Expr::Name(_) | Expr::Attribute(_) if column.type_name.is_none() => {
                column.type_name = type_name(arg);
                column.column_type = column_type(arg);
                column.enum_type = enum_type(scope, arg);
            }
            _ => {}
        }
    }
    if let Some(name) = keyword(&call.arguments.keywords, "name").and_then(|e| scope.literal_str(e))
    {
        column.name = Some(name);
    }
    if let Some(t) = keyword(&call.arguments.keywords, "type_") {
        column.type_name = type_name(t);
        column.column_type = column_type(t);
        column.enum_type = enum_type(scope, t);
    }
    column.nullable = keyword(&call.arguments.keywords, "nullable").and_then(bool_value);
    column.primary_key =
        keyword(&call.arguments.keywords, "primary_key").and_then(bool_value) == Some(true);
    column.server_default =
        keyword(&call.arguments.keywords, "server_default").map(|e| default_value(scope, e));
    column.has_python_default = keyword(&call.arguments.keywords, "default").is_some();
    column.autoincrement = keyword(&call.arguments.keywords, "autoincrement").and_then(bool_value);
    column.indexed = ["index", "unique"]
        .iter()
        .any(|flag| keyword(&call.arguments.keywords, flag).and_then(bool_value) == Some(true));
    if keyword(&call.arguments.keywords, "server_default")
        .is_some_and(|e| is_call_named(e, &["Identity", "Computed"]))
    {
        column.generated = true;
    }
    Some(column)
}

/// The table of `sa.ForeignKey("parents.id")` (`"app.parents.id"` gives `parents` too).
fn foreign_key_reference(scope: &Scope, call: &ast::ExprCall) -> Reference {
    let column = call
        .arguments
        .args
        .first()
        .or_else(|| keyword(&call.arguments.keywords, "column"))
        .and_then(|e| scope.literal_str(e));
    let table = column.and_then(|c| {
        let (table, _) = c.rsplit_once('.')?;
        let table = table.rsplit('.').next().unwrap_or(table);
        (!table.is_empty()).then(|| table.to_owned())
    });
    Reference { table }
}

/// The name of the PostgreSQL type `sa.Enum(..., name="status")` or
/// `postgresql.ENUM(..., name="status")` stands for.
fn enum_type(scope: &Scope, expr: &Expr) -> Option<String> {
    let Expr::Call(call) = expr else { return None };
    if !matches!(callee_name(&call.func), Some("Enum" | "ENUM")) {
        return None;
    }
    keyword(&call.arguments.keywords, "name").and_then(|n| scope.literal_str(n))
}

/// `sa.String(50)` gives `String`, `postgresql.UUID` gives `UUID`, `sa.ARRAY(sa.Integer)` gives `ARRAY`.
pub(super) fn type_name(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Call(call) => callee_name(&call.func).map(str::to_owned),
        other => callee_name(other).map(str::to_owned),
    }
}

/// The type an expression such as `sa.String(50)`, `sa.String(length=50)`, `sa.Numeric(10, 2)`,
/// `sa.DateTime(timezone=True)` or `postgresql.TIMESTAMP(timezone=True)` makes on PostgreSQL.
pub(super) fn column_type(expr: &Expr) -> Option<ColumnType> {
    let written = type_name(expr)?;
    if !is_sqlalchemy_type(expr) {
        // An application's own type (a `TypeDecorator`): whatever it maps to is unknown.
        return Some(ColumnType {
            name: written,
            ..ColumnType::default()
        });
    }
    let (args, keywords): (&[Expr], &[Keyword]) = match expr {
        Expr::Call(call) => (&call.arguments.args, &call.arguments.keywords),
        _ => (&[], &[]),
    };
    let number = |position: usize, name: &str| {
        keyword(keywords, name)
            .or_else(|| args.get(position))
            .and_then(int_value)
    };
    let timezone = keyword(keywords, "timezone").and_then(bool_value) == Some(true);
    let name = match written.as_str() {
        "String" | "VARCHAR" | "Unicode" | "NVARCHAR" => "varchar",
        "Text" | "TEXT" | "UnicodeText" | "CLOB" => "text",
        "CHAR" | "NCHAR" => "char",
        "Numeric" | "NUMERIC" | "DECIMAL" => "numeric",
        "Integer" | "INTEGER" | "INT" => "integer",
        "BigInteger" | "BIGINT" => "bigint",
        "SmallInteger" | "SMALLINT" => "smallint",
        "Float" | "FLOAT" | "Double" | "DOUBLE" | "DOUBLE_PRECISION" => "double precision",
        "REAL" => "real",
        "Boolean" | "BOOLEAN" => "boolean",
        "Date" | "DATE" => "date",
        "DateTime" | "TIMESTAMP" | "DATETIME" if timezone => "timestamptz",
        "DateTime" | "TIMESTAMP" | "DATETIME" => "timestamp",
        "Time" | "TIME" if timezone => "timetz",
        "Time" | "TIME" => "time",
        "Interval" | "INTERVAL" => "interval",
        "JSON" => "json",
        "JSONB" => "jsonb",
        "Uuid" | "UUID" => "uuid",
        "LargeBinary" | "BYTEA" | "BLOB" => "bytea",
        "INET" => "inet",
        "CIDR" => "cidr",
        // Kept as written, so it never reads as one of the names above.
        other => {
            return Some(ColumnType {
                name: other.to_owned(),
                ..ColumnType::default()
            })
        }
    };
    let mut column_type = ColumnType {
        name: name.to_owned(),
        ..ColumnType::default()
    };
    match name {
        "varchar" | "char" => column_type.length = number(0, "length"),
        "numeric" => {
            column_type.precision = number(0, "precision");
            column_type.scale = number(1, "scale");
        }
        "timestamp" | "timestamptz" | "time" | "timetz" | "interval" => {
            column_type.precision = keyword(keywords, "precision").and_then(int_value);
        }
        _ => {}
    }
    Some(column_type)
}

/// Whether a type expression names a SQLAlchemy type: a bare name (`String`, imported from
/// `sqlalchemy`), or an attribute of a SQLAlchemy module as migrations import it (`sa.String`,
/// `postgresql.JSONB`, `sqlalchemy.dialects.postgresql.UUID`, `db.String`), not of the
/// application's own modules (`myapp.types.JSON`).
fn is_sqlalchemy_type(expr: &Expr) -> bool {
    let func = match expr {
        Expr::Call(call) => call.func.as_ref(),
        other => other,
    };
    let Expr::Attribute(attr) = func else {
        return true;
    };
    let module = match attr.value.as_ref() {
        Expr::Name(name) => name.id.as_str(),
        Expr::Attribute(inner) => inner.attr.as_str(),
        _ => return false,
    };
    matches!(
        module,
        "sa" | "sqlalchemy"
            | "db"
            | "types"
            | "sqltypes"
            | "postgresql"
            | "postgres"
            | "pg"
            | "psql"
            | "mysql"
            | "sqlite"
            | "dialects"
    )
}

fn int_value(expr: &Expr) -> Option<u32> {
    match expr {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_u64().and_then(|v| u32::try_from(v).ok()),
            _ => None,
        },
        _ => None,
    }
}

fn is_call_named(expr: &Expr, names: &[&str]) -> bool {
    matches!(expr, Expr::Call(c) if callee_name(&c.func).is_some_and(|n| names.contains(&n)))
}

/// Reads a `server_default=` value.
pub(super) fn default_value(scope: &Scope, expr: &Expr) -> DefaultValue {
    match expr {
        Expr::NoneLiteral(_) => DefaultValue::Null,
        Expr::Call(call) => match callee_name(&call.func) {
            Some("text" | "literal_column") => {
                match call
                    .arguments
                    .args
                    .first()
                    .and_then(|a| scope.literal_str(a))
                {
                    Some(sql) => sql_default(&sql),
                    None => DefaultValue::Unknown,
                }
            }
            Some(value @ ("true" | "false")) => DefaultValue::Literal(value.to_owned()),
            Some("null") => DefaultValue::Null,
            // `sa.func.now()`, `func.gen_random_uuid()`.
            Some(name) if is_func_call(&call.func) => DefaultValue::Expression(format!("{name}()")),
            _ => DefaultValue::Unknown,
        },
        other => match scope.literal_str(other) {
            Some(s) => DefaultValue::Literal(s),
            None => DefaultValue::Unknown,
        },
    }
}

/// A SQL default expression: literal when it is a quoted string, a number or a keyword value.
pub(super) fn sql_default(sql: &str) -> DefaultValue {
    let s = sql.trim();
    let lower = s.to_ascii_lowercase();
    let literal = (s.starts_with('\'') && s.ends_with('\'') && s.len() >= 2)
        || s.parse::<f64>().is_ok()
        || matches!(lower.as_str(), "true" | "false" | "null" | "'{}'" | "'[]'")
        || (s.starts_with('\'') && lower.contains("'::"));
    if lower == "null" {
        DefaultValue::Null
    } else if literal {
        DefaultValue::Literal(s.to_owned())
    } else {
        DefaultValue::Expression(s.to_owned())
    }
}

fn is_func_call(func: &Expr) -> bool {
    matches!(func, Expr::Attribute(attr) if matches!(attr.value.as_ref(),
        Expr::Name(n) if n.id.as_str() == "func")
        || matches!(attr.value.as_ref(), Expr::Attribute(inner) if inner.attr.as_str() == "func"))
}
