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
    /// `Some(false)` for `nullable=False` or SQL `NOT NULL`; `None` when not stated.
    pub nullable: Option<bool>,
    pub primary_key: bool,
    /// `server_default=` or SQL `DEFAULT`: something existing rows get.
    pub server_default: Option<DefaultValue>,
    /// `default=`: Python-side only, never reaches existing rows.
    pub has_python_default: bool,
    /// SQL `GENERATED ... AS IDENTITY` / `serial`-like types, or `sa.Identity()`/`sa.Computed()`.
    pub generated: bool,
    /// `sa.ForeignKey("parents.id")` or SQL `REFERENCES parents (id)`: the column also adds a
    /// foreign key.
    pub references: Option<Reference>,
    pub span: Span,
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
        /// `new_column_name=` / RENAME COLUMN.
        new_name: Option<String>,
        /// `server_default=` / SET|DROP DEFAULT.
        server_default: Option<DefaultValue>,
    },
    CreateIndex {
        name: Option<String>,
        table: Option<String>,
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
        /// The table a foreign key points at (`referent_table`, SQL `REFERENCES parents`);
        /// `None` for other constraints and when it cannot be read.
        references: Option<String>,
    },
    DropConstraint {
        name: Option<String>,
        table: Option<String>,
    },
    ValidateConstraint {
        name: Option<String>,
        table: Option<String>,
    },
    /// `ALTER TYPE ... ADD VALUE` (or `sync_enum_values` style helpers).
    AddEnumValue {
        type_name: Option<String>,
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
