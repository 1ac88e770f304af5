//! Output formats for `plan`. Each writes to any `io::Write` so it can be tested.

mod human;
mod json;
mod markdown;

use std::io::{self, Write};

use alembic_lint_core::plan::{DirPlan, Downgrade, OperationPlan, Rollback, TablePlan};

/// How `plan` prints the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum PlanFormat {
    /// For the terminal.
    Human,
    /// For a pull-request comment: a summary table, then a collapsible section per revision.
    Markdown,
    /// One JSON object, the shape documented in DESIGN.md ("Plan JSON").
    Json,
}

pub(crate) fn render(w: &mut impl Write, format: PlanFormat, dirs: &[DirPlan]) -> io::Result<()> {
    match format {
        PlanFormat::Human => human::write(w, dirs),
        PlanFormat::Markdown => markdown::write(w, dirs),
        PlanFormat::Json => json::write(w, dirs),
    }
}

/// One table's facts as a short phrase: `users AccessExclusiveLock (blocks reads+writes), rewrite`.
fn table_phrase(t: &TablePlan) -> String {
    let mut out = t
        .name
        .clone()
        .unwrap_or_else(|| "(unknown table)".to_owned());
    match t.lock {
        Some(lock) => out.push_str(&format!(" {lock} (blocks {})", t.blocks.as_str())),
        None => out.push_str(" no table lock"),
    }
    if t.rewrite {
        out.push_str(", rewrite");
    } else if t.scan {
        out.push_str(", scan");
    }
    if t.new {
        out.push_str(", new table");
    }
    out
}

/// `add_column users.nickname`.
fn op_title(op: &OperationPlan) -> String {
    if op.target.is_empty() {
        op.kind.clone()
    } else {
        format!("{} {}", op.kind, op.target)
    }
}

/// What rolling the revision back does, as a sentence without its end.
fn rollback_phrase(r: &Rollback) -> &'static str {
    match (r.downgrade, r.undone) {
        (Downgrade::Present, true) => "`downgrade()` undoes `upgrade()`",
        (Downgrade::Present, false) => "`downgrade()` does not undo all of `upgrade()`",
        (Downgrade::Empty, true) => "`downgrade()` is empty, with nothing to undo",
        (Downgrade::Empty, false) => "`downgrade()` is empty: nothing is undone",
        (Downgrade::Raises, _) => "`downgrade()` raises: the revision cannot be rolled back",
        (Downgrade::Missing, _) => "there is no `downgrade()`: the revision cannot be rolled back",
    }
}
