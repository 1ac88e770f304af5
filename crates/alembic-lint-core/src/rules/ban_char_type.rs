use crate::diagnostic::{Finding, Severity};
use crate::rules::column_types::{column_name, new_columns};
use crate::rules::{Check, FileContext, Rule};

pub(crate) static RULE: Rule = Rule {
    code: "AL603",
    name: "ban-char-type",
    severity: Severity::Warning,
    default_on: false,
    postgresql_only: true,
    summary: "new column uses the blank-padded `char(n)` type",
    doc: include_str!("../../../../rules/ban-char-type.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    for new in new_columns(ctx) {
        let Some(t) = new.column.column_type.as_ref().filter(|t| t.name == "char") else {
            continue;
        };
        let fix = if new.sql {
            "declare it `text` or `varchar(n)`"
        } else {
            "use `sa.String(length=n)` or `sa.Text()`"
        };
        out.push(
            Finding::new(
                new.span,
                format!("{} is `{t}`, which pads values with spaces", column_name(new.column)),
            )
            .help(format!("{fix} (with a `CHECK (length(...) = n)` constraint if the length is fixed): `char(n)` is no faster in PostgreSQL, stores the padding, and ignores trailing spaces when comparing")),
        );
    }
}
