//! `alembic-lint rules` (the table of rules) and `alembic-lint rule NAME` (one rule's doc).

use std::io::{self, Write};

use alembic_lint_core::rules::{self, Rule};
use alembic_lint_core::{Error, RULES};

/// One line per rule: code, name, default, severity, summary, in aligned columns.
pub(crate) fn write_table(w: &mut impl Write) -> io::Result<()> {
    let width = RULES.iter().map(|r| r.name.len()).max().unwrap_or(0);
    writeln!(
        w,
        "{:<5}  {:<width$}  {:<7}  {:<8}  summary",
        "code", "name", "default", "severity"
    )?;
    for rule in RULES {
        writeln!(
            w,
            "{:<5}  {:<width$}  {:<7}  {:<8}  {}",
            rule.code,
            rule.name,
            rule.default_label(),
            rule.severity.as_str(),
            rule.summary,
        )?;
    }
    Ok(())
}

/// The rule a name or code names; `Err` is the one-line message for an unknown rule.
pub(crate) fn lookup(key: &str) -> Result<&'static Rule, Error> {
    rules::find(key.trim()).ok_or_else(|| unknown_rule(key))
}

/// Prints a rule's Markdown doc.
pub(crate) fn write_doc(w: &mut impl Write, rule: &Rule) -> io::Result<()> {
    w.write_all(rule.doc.as_bytes())?;
    if !rule.doc.ends_with('\n') {
        writeln!(w)?;
    }
    Ok(())
}

fn unknown_rule(key: &str) -> Error {
    let hint = rules::suggest(key).map_or(String::new(), |rule| {
        format!("did you mean `{}` ({})? ", rule.name, rule.code)
    });
    Error::UnknownRule {
        key: key.to_owned(),
        hint,
    }
}
