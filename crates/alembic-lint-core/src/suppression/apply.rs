//! Applies each file's suppressions to the diagnostics of a check and reports the comments that
//! suppressed nothing (AL901) or could not be read (AL902).

use std::collections::HashMap;

use crate::check::diagnostic;
use crate::diagnostic::{Diagnostic, Finding};
use crate::rules::{invalid_suppression, unused_suppression, Rule};
use crate::settings::Settings;

use super::{Scope, Suppression, Suppressions};

/// Drops every diagnostic a suppression covers, then adds AL902 for each malformed comment and
/// AL901 for each rule a suppression names that ran and reported nothing where it applies. A
/// file's `ignore-file[AL901]` / `ignore-file[AL902]` suppress those in turn.
pub(crate) fn apply(
    diagnostics: &mut Vec<Diagnostic>,
    files: &[Suppressions],
    settings: &Settings,
) {
    if files.is_empty() {
        return;
    }
    let by_path: HashMap<&str, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.path.as_str(), i))
        .collect();
    let mut used: Vec<Used> = files.iter().map(Used::new).collect();
    diagnostics.retain(|d| match by_path.get(d.path.as_str()) {
        Some(&i) => !used[i].suppress(&files[i], d),
        None => true,
    });
    for (file, used) in files.iter().zip(&mut used) {
        let mut found = Vec::new();
        if settings
            .selection
            .is_enabled(invalid_suppression::RULE.code)
        {
            found.extend(invalid(file));
        }
        found.retain(|d| !used.suppress(file, d));
        if settings.selection.is_enabled(unused_suppression::RULE.code) {
            let mut unused = unused(file, used);
            unused.retain(|d| !used.suppress(file, d));
            found.extend(unused);
        }
        diagnostics.extend(found);
    }
}

/// Which rule of which suppression of a file has suppressed something.
struct Used(Vec<Vec<bool>>);

impl Used {
    fn new(file: &Suppressions) -> Self {
        Used(
            file.directives
                .iter()
                .map(|d| match &d.reading {
                    Ok(s) => vec![false; s.ignore.rules.len()],
                    Err(_) => Vec::new(),
                })
                .collect(),
        )
    }

    /// Whether a suppression of `file` covers `d`; every one that does is marked used, so
    /// that a line suppression inside an `ignore-file` of the same rule is not called unused.
    fn suppress(&mut self, file: &Suppressions, d: &Diagnostic) -> bool {
        let mut suppressed = false;
        for (directive, used) in file.directives.iter().zip(&mut self.0) {
            let Ok(suppression) = &directive.reading else {
                continue;
            };
            if !covers(suppression, d) {
                continue;
            }
            for (rule, used) in suppression.ignore.rules.iter().zip(used.iter_mut()) {
                if rule.code == d.code {
                    *used = true;
                    suppressed = true;
                }
            }
        }
        suppressed
    }
}

fn covers(suppression: &Suppression, d: &Diagnostic) -> bool {
    match suppression.scope {
        Scope::File => true,
        Scope::Statement(s) => s.start <= d.span.start && d.span.start < s.end,
        Scope::Nothing => false,
    }
}

/// AL902 for each comment that means to be a suppression and is not one.
fn invalid(file: &Suppressions) -> Vec<Diagnostic> {
    file.directives
        .iter()
        .filter_map(|d| {
            let problem = d.reading.as_ref().err()?;
            let finding = invalid_suppression::finding(d.span, problem);
            Some(report(file, &invalid_suppression::RULE, finding))
        })
        .collect()
}

/// AL901 for each suppression naming rules that ran on the file and reported nothing where it
/// applies. A suppression of AL901 itself is never judged: it would report itself.
fn unused(file: &Suppressions, used: &Used) -> Vec<Diagnostic> {
    file.directives
        .iter()
        .zip(&used.0)
        .filter_map(|(directive, used)| {
            let suppression = directive.reading.as_ref().ok()?;
            let unused: Vec<&Rule> = suppression
                .ignore
                .rules
                .iter()
                .zip(used)
                .filter(|&(rule, &used)| {
                    !used
                        && file.ran.contains(&rule.code)
                        && rule.code != unused_suppression::RULE.code
                })
                .map(|(&rule, _)| rule)
                .collect();
            if unused.is_empty() {
                return None;
            }
            let finding = unused_suppression::finding(directive.span, &unused, suppression.scope);
            Some(report(file, &unused_suppression::RULE, finding))
        })
        .collect()
}

fn report(file: &Suppressions, rule: &Rule, finding: Finding) -> Diagnostic {
    diagnostic(rule, &file.path, finding, file.revision.clone())
}

#[cfg(test)]
mod tests {
    use crate::dialect::Dialect;
    use crate::engine::{check_sources, Sources};
    use crate::settings::{DowngradePolicy, Settings};

    /// The codes reported for `upgrade()` holding `body`, in a directory targeting `dialect`
    /// (downgrades optional: the file has none).
    fn codes(body: &str, dialect: Option<Dialect>) -> Vec<&'static str> {
        let text = format!("revision = \"a1\"\ndown_revision = None\n\n\ndef upgrade():\n{body}\n");
        let files = [("versions/a1.py", text.as_bytes())];
        let sources = Sources {
            dir: "versions",
            files: &files,
            dialect,
            complete: true,
        };
        let settings = Settings {
            downgrade: DowngradePolicy::Optional,
            ..Settings::default()
        };
        let report = check_sources(&sources, &settings);
        report.diagnostics.iter().map(|d| d.code).collect()
    }

    #[test]
    fn a_postgresql_only_rule_is_not_judged_where_it_does_not_run() {
        let body = "    op.create_index(\"ix\", \"t\", [\"a\"])  # alembic-lint: ignore[AL202]";
        assert_eq!(codes(body, Some(Dialect::Mysql)), Vec::<&str>::new());
        assert_eq!(codes(body, Some(Dialect::Postgresql)), Vec::<&str>::new());
        let unused =
            "    op.add_column(\"t\", sa.Column(\"a\", sa.Text()))  # alembic-lint: ignore[AL202]";
        assert_eq!(codes(unused, Some(Dialect::Mysql)), Vec::<&str>::new());
        assert_eq!(codes(unused, None), ["AL901"]);
    }

    #[test]
    fn a_line_suppression_inside_a_file_one_is_used_too() {
        let body = concat!(
            "    # alembic-lint: ignore-file[AL302]\n",
            "    op.drop_table(\"t\")  # alembic-lint: ignore[AL302]",
        );
        assert_eq!(codes(body, None), Vec::<&str>::new());
    }

    #[test]
    fn ignore_file_of_the_suppression_rules() {
        let invalid = "    op.drop_table(\"t\")  # alembic-lint: ignore[drop-tabel]";
        assert_eq!(codes(invalid, None), ["AL302", "AL902"]);
        let ignored = format!("    # alembic-lint: ignore-file[AL902]\n{invalid}");
        assert_eq!(codes(&ignored, None), ["AL302"]);
        // With nothing invalid left, the file suppression of AL902 is itself unused.
        let fixed = "    # alembic-lint: ignore-file[AL902]\n    x = 1";
        assert_eq!(codes(fixed, None), ["AL901"]);
        // A suppression of AL901 is never reported unused: it would report itself.
        let quiet = "    # alembic-lint: ignore-file[AL901]\n    x = 1";
        assert_eq!(codes(quiet, None), Vec::<&str>::new());
    }
}
