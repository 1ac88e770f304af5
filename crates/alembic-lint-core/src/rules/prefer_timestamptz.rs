use crate::diagnostic::{Finding, Severity};
use crate::rules::column_types::{column_name, new_columns};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL601",
    name: "prefer-timestamptz",
    severity: Severity::Warning,
    default_on: false,
    postgresql_only: true,
    summary: "new column stores a timestamp without time zone",
    doc: include_str!("../../../../rules/prefer-timestamptz.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for new in new_columns(ctx) {
        if new.column.column_type.as_ref().map(|t| t.name.as_str()) != Some("timestamp") {
            continue;
        }
        let fix = if new.sql {
            "declare it `timestamptz` (`timestamp with time zone`)"
        } else {
            "use `sa.DateTime(timezone=True)`"
        };
        out.push(
            Finding::new(
                new.span,
                format!("{} is a `timestamp without time zone`", column_name(new.column)),
            )
            .help(format!("{fix}: it stores an instant, shown in each session's time zone; a timestamp without time zone means whatever clock the writer assumed, and breaks across daylight saving changes and servers in other zones")),
        );
    }
}
