//! What the schema design rules on column types share: the columns `upgrade()` adds, by
//! `create_table`, `add_column` or SQL, each with the place to point at.

use crate::model::{ColumnDef, OpKind, Span};
use crate::rules::FileContext;

/// A column `upgrade()` defines.
pub(crate) struct NewColumn<'a> {
    pub column: &'a ColumnDef,
    pub table: Option<&'a str>,
    /// Created with its table (`create_table`, `CREATE TABLE`) rather than added to one.
    pub in_new_table: bool,
    /// The `sa.Column(...)` call, or the SQL statement.
    pub span: Span,
    /// Written in SQL rather than with SQLAlchemy types.
    pub sql: bool,
    /// The index of the operation in `upgrade_ops()`.
    pub op_index: usize,
}

/// Every column `upgrade()` creates or adds, in order, on PostgreSQL.
pub(crate) fn new_columns<'a>(ctx: &FileContext<'a>) -> Vec<NewColumn<'a>> {
    let mut out = Vec::new();
    for (op_index, op) in ctx.upgrade_ops().iter().enumerate() {
        if !ctx.may_run_on_postgresql(op) {
            continue;
        }
        let (table, columns, in_new_table): (_, &[ColumnDef], _) = match &op.kind {
            OpKind::CreateTable { table, columns, .. } => (table, columns.as_slice(), true),
            OpKind::AddColumn { table, column } => (table, std::slice::from_ref(column), false),
            _ => continue,
        };
        for column in columns {
            let sql = op.is_sql();
            out.push(NewColumn {
                column,
                table: table.as_deref(),
                in_new_table,
                span: if sql || column.span == Span::default() {
                    op.span
                } else {
                    column.span
                },
                sql,
                op_index,
            });
        }
    }
    out
}

/// The column's name in backticks, or `a column`.
pub(crate) fn column_name(column: &ColumnDef) -> String {
    column
        .name
        .as_deref()
        .map_or_else(|| "a column".to_owned(), |n| format!("column `{n}`"))
}
