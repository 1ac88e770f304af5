//! `plan --format markdown`: a pull-request comment. A summary table, one collapsible section
//! per revision, the release notes. GitHub refuses comments over 65,536 characters: past
//! [`LIMIT`] the sections are left out and the comment says so.

use std::fmt::Write as _;
use std::io::{self, Write};

use alembic_lint_core::plan::{Changes, DirPlan, ReleaseNotes, RevisionPlan};

use super::{op_title, rollback_phrase, table_phrase};

/// The most characters a comment may take.
pub(super) const LIMIT: usize = 65_000;

pub(super) fn write(w: &mut impl Write, dirs: &[DirPlan]) -> io::Result<()> {
    let full = document(dirs, true);
    let text = if full.chars().count() <= LIMIT {
        full
    } else {
        let mut short = document(dirs, false);
        let note = format!(
            "\n_The per-revision details are left out: with them this comment would take {} characters, more than a pull-request comment holds. Run `alembic-lint plan` to see them._\n",
            full.chars().count()
        );
        short.push_str(&note);
        if short.chars().count() > LIMIT {
            let cut: String = short.chars().take(LIMIT - 200).collect();
            short = format!("{cut}\n\n_The plan is cut here: it is longer than a pull-request comment holds. Run `alembic-lint plan` to see all of it._\n");
        }
        short
    };
    w.write_all(text.as_bytes())
}

/// Text for a table cell: no line breaks, no column separators, no HTML.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
        .replace('<', "&lt;")
        .replace(['\n', '\r'], " ")
}

fn document(dirs: &[DirPlan], details: bool) -> String {
    let mut s = String::new();
    for dir in dirs {
        let count = dir.revisions.len();
        let plural = if count == 1 { "" } else { "s" };
        let _ = writeln!(s, "### Deploy plan for `{}`\n", dir.path);
        let _ = writeln!(
            s,
            "**Risk: {}**, {count} revision{plural} to run, in this order.\n",
            dir.risk
        );
        if count > 0 {
            let _ = writeln!(s, "| # | revision | message | risk | why | rollback |");
            let _ = writeln!(s, "|---|---|---|---|---|---|");
            for (n, r) in dir.revisions.iter().enumerate() {
                let undone = if r.rollback.undone {
                    "undone"
                } else {
                    "not undone"
                };
                let _ = writeln!(
                    s,
                    "| {} | `{}` | {} | **{}** | {} | {}, {undone} |",
                    n + 1,
                    r.revision,
                    cell(r.message.as_deref().unwrap_or("")),
                    r.risk,
                    cell(&r.risk_reason),
                    r.rollback.downgrade.as_str()
                );
            }
            s.push('\n');
        }
        if details {
            for (n, r) in dir.revisions.iter().enumerate() {
                revision(&mut s, n + 1, r);
            }
        }
        notes(&mut s, &dir.release_notes);
    }
    s
}

fn revision(s: &mut String, n: usize, r: &RevisionPlan) {
    let _ = writeln!(
        s,
        "<details><summary>{n}. <code>{}</code>{}: <b>{}</b></summary>\n",
        r.revision,
        r.message
            .as_deref()
            .map(|m| format!(" {}", cell(m)))
            .unwrap_or_default(),
        r.risk
    );
    let transaction = if r.transactional {
        "in a transaction"
    } else {
        "outside a transaction"
    };
    let _ = writeln!(s, "`{}`, runs {transaction}.\n", r.path);
    if !r.operations.is_empty() {
        let _ = writeln!(s, "| line | operation | tables | findings | risk |");
        let _ = writeln!(s, "|---|---|---|---|---|");
        for op in &r.operations {
            let tables: Vec<String> = op.tables.iter().map(table_phrase).collect();
            let autocommit = if op.autocommit { " (autocommit)" } else { "" };
            let risk = if op.risk > alembic_lint_core::plan::Risk::Safe {
                format!("{}: {}", op.risk, op.reason)
            } else {
                op.risk.to_string()
            };
            let _ = writeln!(
                s,
                "| {} | `{}`{autocommit} | {} | {} | {} |",
                op.line,
                cell(&op_title(op)),
                cell(&tables.join("; ")),
                op.findings.join(", "),
                cell(&risk)
            );
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "Rollback: `{}`; {}.\n\n</details>\n",
        r.rollback.command,
        rollback_phrase(&r.rollback)
    );
}

fn changes(s: &mut String, what: &str, c: &Changes) {
    let code = |v: &[String]| {
        v.iter()
            .map(|x| format!("`{x}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !c.added.is_empty() {
        let _ = writeln!(s, "- {what} added: {}", code(&c.added));
    }
    if !c.dropped.is_empty() {
        let _ = writeln!(s, "- {what} dropped: {}", code(&c.dropped));
    }
    if !c.renamed.is_empty() {
        let renamed: Vec<String> = c
            .renamed
            .iter()
            .map(|(from, to)| format!("`{from}` to `{to}`"))
            .collect();
        let _ = writeln!(s, "- {what} renamed: {}", renamed.join(", "));
    }
}

fn notes(s: &mut String, notes: &ReleaseNotes) {
    let _ = writeln!(s, "#### Release notes\n");
    if notes.is_empty() {
        let _ = writeln!(s, "No schema changes.");
    }
    changes(s, "Tables", &notes.tables);
    changes(s, "Columns", &notes.columns);
    changes(s, "Indexes", &notes.indexes);
    changes(s, "Constraints", &notes.constraints);
    if !notes.before_deploy.is_empty() {
        let _ = writeln!(s, "\n**Before the deploy, running code must:**\n");
        for line in &notes.before_deploy {
            let _ = writeln!(s, "- {}", cell(line));
        }
    }
    if !notes.manual_steps.is_empty() {
        let _ = writeln!(s, "\n**By hand:**\n");
        for line in &notes.manual_steps {
            let _ = writeln!(s, "- {}", cell(line));
        }
    }
    let _ = writeln!(s, "\nTo roll back the whole plan: `{}`\n", notes.rollback);
}
