//! Applies each file's suppressions to the diagnostics of a check and reports the comments that
//! suppressed nothing (AL901) or could not be read (AL902).

use std::collections::HashMap;

use crate::check::diagnostic;
use crate::diagnostic::Diagnostic;
use crate::rules::{invalid_suppression, unused_suppression, Rule};
use crate::settings::Settings;

use super::{Directive, Scope, Suppression, Suppressions};

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
        .filter_map(|(directive, used): (&Directive, _)| {
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

fn report(file: &Suppressions, rule: &Rule, finding: crate::diagnostic::Finding) -> Diagnostic {
    diagnostic(rule, &file.path, finding, file.revision.clone())
}
