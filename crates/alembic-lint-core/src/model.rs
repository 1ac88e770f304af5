//! The typed picture of one migration file. Rules read this, never the Python AST.

use std::ops::Range;

use crate::dialect::{Dialect, DialectBranch};

/// A byte range in the file's text (after any BOM was removed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// The value assigned to a module-level revision identifier variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdValue {
    /// `None`.
    None,
    /// One string: `"ae1027a6acf"`.
    One(String),
    /// A tuple, list or set of strings (a merge, several labels or dependencies).
    Many(Vec<String>),
    /// Anything that is not a literal the linter can read without running Python.
    NotLiteral,
}

impl IdValue {
    /// The ids named, in source order (empty for `None` and non-literals).
    pub fn ids(&self) -> &[String] {
        match self {
            IdValue::One(id) => std::slice::from_ref(id),
            IdValue::Many(ids) => ids,
            IdValue::None | IdValue::NotLiteral => &[],
        }
    }
}

/// A module-level assignment such as `revision = "..."` or `down_revision: str | None = None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdField {
    pub value: IdValue,
    /// The whole assignment statement.
    pub span: Span,
    /// Just the assigned value.
    pub value_span: Span,
}

/// What the module docstring says about the revision (Alembic's template writes it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocstringIds {
    /// `Revision ID: <id>`, with the span of the id.
    pub revision_id: Option<(String, Span)>,
    /// `Revises: <id>[, <id>...]`, with the span of the list (empty list when it says nothing).
    pub revises: Option<(Vec<String>, Span)>,
}

/// What a migration function's body amounts to, ignoring docstrings and comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    /// Only `pass`, `...` and docstrings.
    Empty,
    /// Nothing but a `raise` (possibly after a docstring).
    OnlyRaises,
    /// Anything else.
    Statements,
}

/// `upgrade()` or `downgrade()` (or a per-engine variant such as `upgrade_data_broker()`).
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    /// The `def` statement's whole range.
    pub span: Span,
    /// The function name's range in the `def` line.
    pub name_span: Span,
    pub body: BodyKind,
    /// Operations in execution order, helper calls followed into their bodies.
    pub ops: Vec<Operation>,
}

/// Where an operation came from in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// `op.<name>(...)`.
    Op,
    /// `batch_op.<name>(...)` inside `with op.batch_alter_table(<table>) as batch_op:`.
    Batch,
    /// A statement in raw SQL given to `op.execute`, `connection.execute`, `exec_driver_sql`.
    Sql(SqlOrigin),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SqlOrigin {
    /// The statement's text (trimmed, placeholders shown as `{…}` for dynamic SQL).
    pub text: String,
    /// How the statement was read.
    pub reading: SqlReading,
    /// Built at run time (f-string, `%`, `.format`, concatenation with names).
    pub dynamic: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SqlReading {
    /// A statement the SQL reader knows (DDL, data changes, queries, `SET`...), read from its
    /// keywords; what it could not see (dynamic names, a truncated end) is left unknown.
    Known,
    /// A statement the reader has no reading for (DO blocks, functions, grants...): its kind is
    /// [`OpKind::OtherSql`].
    Unknown,
}

/// One thing a migration function does.
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    pub kind: OpKind,
    /// The range to point at: the call, or the SQL string argument.
    pub span: Span,
    pub origin: Origin,
    /// Inside `with op.get_context().autocommit_block():`.
    pub autocommit: bool,
    /// Inside a branch on the dialect name, e.g. `if op.get_bind().dialect.name == "postgresql":`.
    pub dialect: Option<DialectBranch>,
}

impl Operation {
    /// Whether the operation can run on `dialect`: it is not inside a branch for other dialects.
    pub fn may_run_on(&self, dialect: Dialect) -> bool {
        self.dialect
            .as_ref()
            .is_none_or(|branch| branch.runs_on(dialect))
    }

    /// Raw SQL rather than an `op.*` call.
    pub fn is_sql(&self) -> bool {
        matches!(self.origin, Origin::Sql(_))
    }
}

/// A column definition from `sa.Column(...)` or a SQL column definition.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnDef {
    pub name: Option<String>,
    /// The type as written: `sa.String(length=50)` gives `String`, SQL `varchar(50)` gives `varchar`.
    pub type_name: Option<String>,
    /// The type as PostgreSQL names it, with its length, precision and scale when written.
    pub column_type: Option<ColumnType>,
    /// `Some(false)` for `nullable=False` or SQL `NOT NULL`; `None` when not stated.
    pub nullable: Option<bool>,
    pub primary_key: bool,
    /// `autoincrement=`: `Some(false)` for a key the application chooses (no sequence).
    pub autoincrement: Option<bool>,
    /// `server_default=` or SQL `DEFAULT`: something existing rows get.
    pub server_default: Option<DefaultValue>,
    /// `default=`: Python-side only, never reaches existing rows.
    pub has_python_default: bool,
    /// SQL `GENERATED ... AS IDENTITY` / `serial`-like types, or `sa.Identity()`/`sa.Computed()`.
    pub generated: bool,
    /// `sa.ForeignKey("parents.id")` or SQL `REFERENCES parents (id)`: the column also adds a
    /// foreign key.
    pub references: Option<Reference>,
    /// `index=True` or `unique=True` (SQL `UNIQUE`): the column gets an index of its own.
    pub indexed: bool,
    /// The named enum type of `sa.Enum(..., name="status")` or `postgresql.ENUM(..., name=...)`,
    /// which PostgreSQL stores as a type of its own.
    pub enum_type: Option<String>,
    pub span: Span,
}

/// A key declared at table level in `create_table`: `sa.PrimaryKeyConstraint("a", "b")`,
/// `sa.UniqueConstraint(...)`, `sa.ForeignKeyConstraint([...], [...])`, or SQL
/// `PRIMARY KEY (a, b)`, `UNIQUE (...)`, `FOREIGN KEY (...) REFERENCES ...`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableKey {
    pub kind: ConstraintKind,
    /// Its columns in order, as far as they are plain names.
    pub columns: Vec<String>,
}

/// What a foreign key declared on a column points at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reference {
    /// The referenced table, without its schema; `None` when it cannot be read
    /// (`sa.ForeignKey(parents.c.id)`, a dynamic name).
    pub table: Option<String>,
}

impl ColumnDef {
    /// NOT NULL as the database will enforce it (primary keys are NOT NULL).
    pub fn is_not_null(&self) -> bool {
        self.nullable == Some(false) || (self.primary_key && self.nullable != Some(true))
    }
}

/// A column type with the parameters that decide whether changing it rewrites the table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ColumnType {
    /// PostgreSQL's name for the type, lowercase: `sa.String(50)` and SQL `character varying(50)`
    /// give `varchar`, `sa.DateTime(timezone=True)` gives `timestamptz`, `sa.Numeric` gives
    /// `numeric`; types it does not know (`sa.Enum`, an application's own types) keep their name
    /// as written (`Enum`), so they never read as one of PostgreSQL's.
    pub name: String,
    /// `varchar(n)`, `char(n)`: the length limit.
    pub length: Option<u32>,
    /// `numeric(p, s)`'s precision, or the fractional-second precision of `timestamp(p)`,
    /// `time(p)`, `interval(p)`.
    pub precision: Option<u32>,
    /// `numeric(p, s)`'s scale (`numeric(p)` has scale 0).
    pub scale: Option<u32>,
}

impl ColumnType {
    /// Whether PostgreSQL changes a column from `self` to `new` without rewriting the table:
    /// the old values are binary coercible to the new type and fit its limits (the cases its
    /// `ALTER TABLE` documentation and the types' length-coercion support functions name).
    pub fn changes_without_rewrite(&self, new: &ColumnType) -> bool {
        fn widens(old: Option<u32>, new: Option<u32>) -> bool {
            match (old, new) {
                (_, None) => true,
                (Some(o), Some(n)) => n >= o,
                (None, Some(_)) => false,
            }
        }
        if self == new {
            // Only where the name and parameters say all there is: two `enum`s or `array`s
            // may differ in what the name does not tell.
            return SCALAR_TYPES.contains(&self.name.as_str());
        }
        match (self.name.as_str(), new.name.as_str()) {
            // Widening or removing a varchar limit, or varchar to text and back without a limit.
            ("varchar", "varchar") => widens(self.length, new.length),
            ("varchar", "text") => true,
            ("text", "varchar") => new.length.is_none(),
            // More digits before the point, same scale; or no limit at all.
            ("numeric", "numeric") => {
                (new.precision.is_none() && new.scale.is_none())
                    || (self.precision.is_some()
                        && widens(self.precision, new.precision)
                        && self.scale.unwrap_or(0) == new.scale.unwrap_or(0))
            }
            // More fractional-second digits, or the default (the most).
            (old, new_name)
                if old == new_name
                    && matches!(old, "timestamp" | "timestamptz" | "time" | "interval") =>
            {
                // No precision is the most PostgreSQL keeps: 6 digits.
                widens(self.precision.or(Some(6)), new.precision)
            }
            ("cidr", "inet") => true,
            _ => false,
        }
    }
}

/// Types whose name and parameters say everything about them.
const SCALAR_TYPES: &[&str] = &[
    "varchar",
    "text",
    "char",
    "numeric",
    "integer",
    "bigint",
    "smallint",
    "double precision",
    "real",
    "boolean",
    "date",
    "timestamp",
    "timestamptz",
    "time",
    "timetz",
    "interval",
    "json",
    "jsonb",
    "uuid",
    "bytea",
    "inet",
    "cidr",
];

impl std::fmt::Display for ColumnType {
    /// `varchar(50)`, `numeric(10, 2)`, `timestamptz(3)`, `bigint`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)?;
        match (self.length, self.precision, self.scale) {
            (Some(length), _, _) => write!(f, "({length})"),
            (None, Some(p), Some(s)) => write!(f, "({p}, {s})"),
            (None, Some(p), None) => write!(f, "({p})"),
            _ => Ok(()),
        }
    }
}

/// A server-side default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DefaultValue {
    /// A literal value: `'0'`, `sa.text("false")`, `DEFAULT 0`.
    Literal(String),
    /// An expression evaluated by the server: `sa.func.now()`, `now()`, `gen_random_uuid()`.
    Expression(String),
    /// `None` given explicitly (no default).
    Null,
    /// Something the linter cannot read (a name, a call it does not know).
    Unknown,
}

/// The kinds of operation, shared by `op.*` calls and raw SQL.
#[derive(Clone, Debug, PartialEq)]
pub enum OpKind {
    CreateTable {
        table: Option<String>,
        columns: Vec<ColumnDef>,
        /// Table-level primary, unique and foreign keys.
        keys: Vec<TableKey>,
    },
    DropTable {
        table: Option<String>,
    },
    RenameTable {
        old: Option<String>,
        new: Option<String>,
    },
    AddColumn {
        table: Option<String>,
        column: ColumnDef,
    },
    DropColumn {
        table: Option<String>,
        column: Option<String>,
    },
    AlterColumn {
        table: Option<String>,
        column: Option<String>,
        /// `nullable=` / SET|DROP NOT NULL.
        nullable: Option<bool>,
        /// `type_=` / ALTER ... TYPE.
        new_type: Option<String>,
        /// The new type with its length, precision and scale, when they can be read.
        new_column_type: Option<ColumnType>,
        /// `existing_type=`: the column's type before the change.
        existing_type: Option<ColumnType>,
        /// `existing_nullable=`: whether the column allowed NULL before the change.
        existing_nullable: Option<bool>,
        /// SQL `USING expr` or `postgresql_using=`: the type change computes new values.
        using: bool,
        /// `new_column_name=` / RENAME COLUMN.
        new_name: Option<String>,
        /// `server_default=` / SET|DROP DEFAULT.
        server_default: Option<DefaultValue>,
    },
    CreateIndex {
        name: Option<String>,
        table: Option<String>,
        /// The leading columns the index is on, up to the first that is an expression rather
        /// than a plain column name.
        columns: Vec<String>,
        unique: bool,
        concurrently: bool,
    },
    DropIndex {
        name: Option<String>,
        table: Option<String>,
        concurrently: bool,
    },
    /// `REINDEX [(...)] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name`.
    Reindex {
        target: Option<String>,
        concurrently: bool,
    },
    AddConstraint {
        name: Option<String>,
        table: Option<String>,
        constraint: ConstraintKind,
        /// Added `NOT VALID` (`postgresql_not_valid=True`).
        not_valid: bool,
        /// Added by `USING INDEX` an index built beforehand.
        using_index: bool,
        /// A check constraint's condition as written (`create_check_constraint`'s condition,
        /// SQL `CHECK (...)` without the parentheses).
        condition: Option<String>,
        /// The table a foreign key points at (`referent_table`, SQL `REFERENCES parents`);
        /// `None` for other constraints and when it cannot be read.
        references: Option<String>,
        /// The constraint's own columns (a foreign key's local columns), as far as they are
        /// plain names.
        columns: Vec<String>,
    },
    DropConstraint {
        name: Option<String>,
        table: Option<String>,
    },
    ValidateConstraint {
        name: Option<String>,
        table: Option<String>,
    },
    /// `CREATE TYPE name AS ENUM (...)`.
    CreateEnum {
        type_name: Option<String>,
    },
    /// `DROP TYPE name`.
    DropType {
        type_name: Option<String>,
    },
    /// `ALTER TYPE ... ADD VALUE` (or `sync_enum_values` style helpers).
    AddEnumValue {
        type_name: Option<String>,
        /// The new value, unquoted: `ADD VALUE 'shipped'` gives `shipped`.
        value: Option<String>,
    },
    /// `UPDATE`, `DELETE`, `INSERT ... SELECT` on existing rows, or `op.bulk_insert`.
    DataChange {
        verb: DataVerb,
        table: Option<String>,
        /// The statement has a WHERE clause (or a LIMIT/batching pattern).
        has_where: bool,
    },
    /// `TRUNCATE [TABLE] a, b [CASCADE]`: one operation per table named. Every row goes at
    /// once (the table gets new, empty storage); `cascade` also empties the tables whose foreign
    /// keys point at it.
    Truncate {
        table: Option<String>,
        cascade: bool,
    },
    /// `SET lock_timeout` / `SET statement_timeout` (also `SET LOCAL`).
    SetTimeout {
        setting: String,
    },
    /// A statement that only reads: `SELECT` (no `INTO`, no data-modifying `WITH`, no call to a
    /// function that may write, such as `setval`), `SHOW`, `EXPLAIN` without `ANALYZE`,
    /// `VALUES`, `TABLE`. It leaves nothing to undo.
    Query,
    /// Raw SQL with no more specific kind (comments, grants, functions, DO blocks...).
    OtherSql,
    /// `op.execute(...)`/`connection.execute(...)` with an argument that is not SQL text
    /// the linter can read (a SQLAlchemy expression, a variable computed at run time).
    OpaqueExecute,
    /// Any other `op.*` / `batch_op.*` call, by name.
    OtherOp {
        name: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstraintKind {
    ForeignKey,
    Check,
    Unique,
    PrimaryKey,
    Exclude,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataVerb {
    Update,
    Delete,
    Insert,
    BulkInsert,
}

/// What a migration file says about its place in the history: all the revision graph reads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RevisionMeta {
    pub revision: Option<IdField>,
    pub down_revision: Option<IdField>,
    pub branch_labels: Option<IdField>,
    pub depends_on: Option<IdField>,
    pub docstring: Option<DocstringIds>,
    /// The first line of the module docstring (Alembic's `-m` message).
    pub message: Option<String>,
}

impl RevisionMeta {
    /// The revision id when it is a literal string.
    pub fn revision_id(&self) -> Option<&str> {
        match &self.revision.as_ref()?.value {
            IdValue::One(id) => Some(id),
            _ => None,
        }
    }

    /// A merge revision: `down_revision` names two or more parents.
    pub fn is_merge(&self) -> bool {
        matches!(&self.down_revision, Some(IdField { value: IdValue::Many(ids), .. }) if ids.len() > 1)
    }
}

/// One parsed migration file: its revision metadata and what its functions do. File rules read
/// all of it; once they have run, only the [`RevisionMeta`] is kept.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Migration {
    pub meta: RevisionMeta,
    /// `None` when the file defines no `upgrade()`.
    pub upgrade: Option<Function>,
    /// `None` when the file defines no `downgrade()`.
    pub downgrade: Option<Function>,
    /// Every module-level import: the module named (`myapp.models` for
    /// `from myapp.models import User`) and the import statement's span.
    pub imports: Vec<(String, Span)>,
}

#[cfg(test)]
mod tests {
    use super::ColumnType;

    fn ty(
        name: &str,
        length: Option<u32>,
        precision: Option<u32>,
        scale: Option<u32>,
    ) -> ColumnType {
        ColumnType {
            name: name.to_owned(),
            length,
            precision,
            scale,
        }
    }

    /// Each case was checked on PostgreSQL 15: the table's `relfilenode` before and after
    /// `ALTER COLUMN ... TYPE`.
    #[test]
    fn changes_without_rewrite_match_postgresql() {
        let varchar = |n| ty("varchar", n, None, None);
        let text = ty("text", None, None, None);
        let numeric = |p, s| ty("numeric", None, p, s);
        let no_rewrite = [
            (varchar(Some(10)), varchar(Some(20))),
            (varchar(Some(10)), text.clone()),
            (text.clone(), varchar(None)),
            (numeric(Some(10), Some(2)), numeric(Some(12), Some(2))),
            (numeric(Some(10), Some(2)), numeric(None, None)),
            (
                ty("timestamp", None, Some(3), None),
                ty("timestamp", None, Some(6), None),
            ),
            (
                ty("timestamp", None, None, None),
                ty("timestamp", None, Some(6), None),
            ),
            (ty("cidr", None, None, None), ty("inet", None, None, None)),
        ];
        for (old, new) in no_rewrite {
            assert!(old.changes_without_rewrite(&new), "{old} -> {new}");
        }
        let rewrite = [
            (
                ty("char", Some(8), None, None),
                ty("char", Some(12), None, None),
            ),
            (ty("char", Some(3), None, None), varchar(Some(20))),
            (varchar(Some(10)), ty("char", Some(30), None, None)),
            (text.clone(), varchar(Some(300))),
            (numeric(Some(10), Some(2)), numeric(Some(14), Some(4))),
            (
                ty("integer", None, None, None),
                ty("bigint", None, None, None),
            ),
            (ty("json", None, None, None), ty("jsonb", None, None, None)),
            // No rewrite only when the session time zone is UTC.
            (
                ty("timestamp", None, None, None),
                ty("timestamptz", None, None, None),
            ),
            // Two enums (or arrays) may differ in what the name does not say.
            (ty("Enum", None, None, None), ty("Enum", None, None, None)),
        ];
        for (old, new) in rewrite {
            assert!(!old.changes_without_rewrite(&new), "{old} -> {new}");
        }
    }
}
