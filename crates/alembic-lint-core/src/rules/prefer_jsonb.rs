use crate::diagnostic::{Finding, Severity};
use crate::rules::column_types::{column_name, new_columns};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL604",
    name: "prefer-jsonb",
    severity: Severity::Warning,
    default_on: false,
    postgresql_only: true,
    summary: "new column uses `json` rather than `jsonb`",
    doc: include_str!("../../../../rules/prefer-jsonb.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for new in new_columns(ctx) {
        if new.column.column_type.as_ref().map(|t| t.name.as_str()) != Some("json") {
            continue;
        }
        let fix = if new.sql {
            "declare it `jsonb`"
        } else {
            "use `postgresql.JSONB()` (from `sqlalchemy.dialects import postgresql`)"
        };
        out.push(
            Finding::new(new.span, format!("{} is `json`", column_name(new.column)))
                .help(format!("{fix}: `jsonb` is stored parsed, so it is faster to query, can be indexed with GIN and compared for equality (`DISTINCT`, `GROUP BY`, `UNIQUE`); keep `json` only to preserve key order, duplicate keys and whitespace")),
        );
    }
}
