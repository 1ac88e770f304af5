use crate::diagnostic::{Finding, Severity};
use crate::lines::LineIndex;
use crate::model::{DataVerb, OpKind, Operation};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL402",
    name: "mixed-schema-and-data-migration",
    severity: Severity::Warning,
    default_on: false,
    postgresql_only: false,
    summary: "schema changes and changes to existing rows in one migration",
    doc: include_str!("../../../../rules/mixed-schema-and-data-migration.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let ops = ctx.upgrade_ops();
    let Some(schema) = ops
        .iter()
        .find(|op| ctx.may_run(op) && schema_change(op).is_some())
    else {
        return;
    };
    let data = ops.iter().enumerate().find_map(|(i, op)| {
        let change = data_change(op)?;
        let seeds_new_table = match change.table {
            Some(t) => ctx.table_created_before(i, t),
            // `op.bulk_insert(tables.kind, [...])`: literal rows into a table the linter cannot
            // name, most often a lookup table the migration creates.
            None => change.verb == "bulk_insert",
        };
        (ctx.may_run(op) && !seeds_new_table).then_some((op, change))
    });
    let Some((data, DataChange { verb, table })) = data else {
        return;
    };
    let of = table.map_or(String::new(), |t| format!(" of `{t}`"));
    let index = LineIndex::new(ctx.source);
    let (line, _) = index.line_col(ctx.source, schema.span.start);
    let what = schema_change(schema).unwrap_or("a schema change");
    out.push(
        Finding::new(
            data.span,
            format!(
                "`{verb}`{of} runs in the same migration as schema changes ({what} on line {line})"
            ),
        )
        .label("the data change runs while the schema change holds its locks")
        .help(
            "move the data change to a migration of its own (or a script run after the \
             deploy): a failed or slow backfill then neither holds schema locks nor rolls the \
             schema change back",
        ),
    );
}

/// A change to rows: the statement (as the message names it) and its table.
struct DataChange<'a> {
    verb: &'static str,
    table: Option<&'a str>,
}

fn data_change(op: &Operation) -> Option<DataChange<'_>> {
    match &op.kind {
        OpKind::DataChange { verb, table, .. } => Some(DataChange {
            verb: match verb {
                DataVerb::Update => "UPDATE",
                DataVerb::Delete => "DELETE",
                DataVerb::Insert => "INSERT",
                DataVerb::BulkInsert => "bulk_insert",
            },
            table: table.as_deref(),
        }),
        OpKind::Truncate { table, .. } => Some(DataChange {
            verb: "TRUNCATE",
            table: table.as_deref(),
        }),
        _ => None,
    }
}

/// What a schema-changing operation does, for the message; `None` for anything else.
fn schema_change(op: &Operation) -> Option<&'static str> {
    Some(match &op.kind {
        OpKind::CreateTable { .. } => "a table is created",
        OpKind::DropTable { .. } => "a table is dropped",
        OpKind::RenameTable { .. } => "a table is renamed",
        OpKind::AddColumn { .. } => "a column is added",
        OpKind::DropColumn { .. } => "a column is dropped",
        OpKind::AlterColumn { .. } => "a column is altered",
        OpKind::CreateIndex { .. } => "an index is created",
        OpKind::DropIndex { .. } => "an index is dropped",
        OpKind::AddConstraint { .. } => "a constraint is added",
        OpKind::DropConstraint { .. } => "a constraint is dropped",
        OpKind::ValidateConstraint { .. } => "a constraint is validated",
        OpKind::AddEnumValue { .. } => "an enum value is added",
        OpKind::CreateEnum { .. } => "an enum type is created",
        OpKind::DropType { .. } => "a type is dropped",
        _ => return None,
    })
}
