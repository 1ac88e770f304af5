//! `plan --format human`: the plan for the terminal.

use std::io::{self, Write};

use alembic_lint_core::plan::{Changes, DirPlan, ReleaseNotes, RevisionPlan};

use super::{op_title, rollback_phrase, table_phrase};

pub(super) fn write(w: &mut impl Write, dirs: &[DirPlan]) -> io::Result<()> {
    for (i, dir) in dirs.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        let count = dir.revisions.len();
        let plural = if count == 1 { "" } else { "s" };
        writeln!(
            w,
            "plan for {}: {count} revision{plural} to run, risk {}",
            dir.path, dir.risk
        )?;
        for (n, revision) in dir.revisions.iter().enumerate() {
            writeln!(w)?;
            write_revision(w, n + 1, revision)?;
        }
        write_notes(w, &dir.release_notes)?;
    }
    Ok(())
}

fn write_revision(w: &mut impl Write, n: usize, r: &RevisionPlan) -> io::Result<()> {
    let message = r.message.as_deref().unwrap_or("(no message)");
    writeln!(w, "{n}. {} {message}", r.revision)?;
    writeln!(w, "   file: {}", r.path)?;
    writeln!(w, "   risk: {} ({})", r.risk, r.risk_reason)?;
    let transaction = if r.transactional {
        "in a transaction"
    } else {
        "outside a transaction"
    };
    writeln!(
        w,
        "   runs {transaction}; {}; roll back: {}",
        rollback_phrase(&r.rollback).replace('`', ""),
        r.rollback.command
    )?;
    for op in &r.operations {
        let autocommit = if op.autocommit { " (autocommit)" } else { "" };
        let findings = if op.findings.is_empty() {
            String::new()
        } else {
            format!(" [{}]", op.findings.join(", "))
        };
        writeln!(
            w,
            "   line {}: {}{autocommit}: {}{findings}",
            op.line,
            op_title(op),
            op.risk
        )?;
        for table in &op.tables {
            writeln!(w, "      {}", table_phrase(table))?;
        }
        if op.risk > alembic_lint_core::plan::Risk::Safe {
            writeln!(w, "      {}", op.reason)?;
        }
    }
    Ok(())
}

fn write_changes(w: &mut impl Write, what: &str, c: &Changes) -> io::Result<()> {
    if !c.added.is_empty() {
        writeln!(w, "  {what} added: {}", c.added.join(", "))?;
    }
    if !c.dropped.is_empty() {
        writeln!(w, "  {what} dropped: {}", c.dropped.join(", "))?;
    }
    if !c.renamed.is_empty() {
        let renamed: Vec<String> = c
            .renamed
            .iter()
            .map(|(from, to)| format!("{from} -> {to}"))
            .collect();
        writeln!(w, "  {what} renamed: {}", renamed.join(", "))?;
    }
    Ok(())
}

fn write_notes(w: &mut impl Write, notes: &ReleaseNotes) -> io::Result<()> {
    writeln!(w)?;
    writeln!(w, "release notes")?;
    if notes.is_empty() {
        writeln!(w, "  no schema changes")?;
    }
    write_changes(w, "tables", &notes.tables)?;
    write_changes(w, "columns", &notes.columns)?;
    write_changes(w, "indexes", &notes.indexes)?;
    write_changes(w, "constraints", &notes.constraints)?;
    if !notes.before_deploy.is_empty() {
        writeln!(w, "  before the deploy, running code must:")?;
        for line in &notes.before_deploy {
            writeln!(w, "    - {line}")?;
        }
    }
    if !notes.manual_steps.is_empty() {
        writeln!(w, "  by hand:")?;
        for line in &notes.manual_steps {
            writeln!(w, "    - {line}")?;
        }
    }
    writeln!(w, "  roll back the whole plan: {}", notes.rollback)
}
