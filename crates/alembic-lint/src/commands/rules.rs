//! `alembic-lint rules` (the table of rules) and `alembic-lint rule NAME` (one rule's doc).

use std::io::{self, Write};

use alembic_lint_core::rules::{self, Rule};
use alembic_lint_core::{Error, RULES};
use strsim::levenshtein;

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
            if rule.default_on { "on" } else { "opt-in" },
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
    let hint = suggest(key).map_or(String::new(), |rule| {
        format!("did you mean `{}` ({})? ", rule.name, rule.code)
    });
    Error::UnknownRule {
        key: key.to_owned(),
        hint,
    }
}

/// The rule most likely meant by a mistyped name or code: the nearest by edit distance to the
/// whole name or to its beginning (`sintax` finds `syntax-error`), if any is near enough.
fn suggest(key: &str) -> Option<&'static Rule> {
    let key = key.trim().to_ascii_lowercase();
    if key.is_empty() {
        return None;
    }
    if let Some(rule) = RULES
        .iter()
        .copied()
        .find(|r| r.name.contains(key.as_str()))
    {
        return Some(rule);
    }
    let limit = (key.chars().count() / 3).max(2);
    RULES
        .iter()
        .copied()
        .filter_map(|r| {
            let head: String = r.name.chars().take(key.chars().count()).collect();
            let by_name = levenshtein(&key, r.name).min(levenshtein(&key, &head));
            let by_code = levenshtein(&key, &r.code.to_ascii_lowercase());
            if by_name <= limit {
                Some((by_name, r))
            } else if by_code <= 1 {
                Some((by_code, r))
            } else {
                None
            }
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_get_a_suggestion_and_nonsense_does_not() {
        assert_eq!(
            suggest("sintax-error").map(|r| r.name),
            Some("syntax-error")
        );
        assert_eq!(suggest("syntax").map(|r| r.name), Some("syntax-error"));
        assert_eq!(suggest("sintax").map(|r| r.name), Some("syntax-error"));
        assert_eq!(suggest("AL0011").map(|r| r.name), Some("syntax-error"));
        assert_eq!(suggest("zzzzzzzzzzzzzzzzzz").map(|r| r.name), None);
    }
}
