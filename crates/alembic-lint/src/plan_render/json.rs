//! `plan --format json`: the "Plan JSON" contract of DESIGN.md.

use std::io::{self, Write};

use alembic_lint_core::plan::{Changes, DirPlan, ReleaseNotes};
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    script_directories: Vec<Dir<'a>>,
}

#[derive(Serialize)]
struct Dir<'a> {
    path: &'a str,
    risk: &'a str,
    revisions: Vec<Revision<'a>>,
    release_notes: Notes<'a>,
}

#[derive(Serialize)]
struct Revision<'a> {
    revision: &'a str,
    message: Option<&'a str>,
    path: &'a str,
    transactional: bool,
    risk: &'a str,
    risk_reason: &'a str,
    operations: Vec<Operation<'a>>,
    rollback: Rollback<'a>,
}

#[derive(Serialize)]
struct Operation<'a> {
    kind: &'a str,
    line: usize,
    autocommit: bool,
    findings: &'a [&'static str],
    tables: Vec<Table<'a>>,
}

#[derive(Serialize)]
struct Table<'a> {
    name: Option<&'a str>,
    lock: Option<&'static str>,
    blocks: &'static str,
    rewrite: bool,
    scan: bool,
    new: bool,
}

#[derive(Serialize)]
struct Rollback<'a> {
    downgrade: &'static str,
    undone: bool,
    command: &'a str,
}

#[derive(Serialize)]
struct Notes<'a> {
    tables: NameChanges<'a>,
    columns: NameChanges<'a>,
    indexes: NameChanges<'a>,
    constraints: NameChanges<'a>,
    before_deploy: &'a [String],
    manual_steps: &'a [String],
    rollback: &'a str,
}

#[derive(Serialize)]
struct NameChanges<'a> {
    added: &'a [String],
    dropped: &'a [String],
    renamed: Vec<Renamed<'a>>,
}

#[derive(Serialize)]
struct Renamed<'a> {
    from: &'a str,
    to: &'a str,
}

fn changes(c: &Changes) -> NameChanges<'_> {
    NameChanges {
        added: &c.added,
        dropped: &c.dropped,
        renamed: c
            .renamed
            .iter()
            .map(|(from, to)| Renamed { from, to })
            .collect(),
    }
}

fn notes(n: &ReleaseNotes) -> Notes<'_> {
    Notes {
        tables: changes(&n.tables),
        columns: changes(&n.columns),
        indexes: changes(&n.indexes),
        constraints: changes(&n.constraints),
        before_deploy: &n.before_deploy,
        manual_steps: &n.manual_steps,
        rollback: &n.rollback,
    }
}

pub(super) fn write(w: &mut impl Write, dirs: &[DirPlan]) -> io::Result<()> {
    let output = Output {
        script_directories: dirs
            .iter()
            .map(|d| Dir {
                path: &d.path,
                risk: d.risk.as_str(),
                revisions: d
                    .revisions
                    .iter()
                    .map(|r| Revision {
                        revision: &r.revision,
                        message: r.message.as_deref(),
                        path: &r.path,
                        transactional: r.transactional,
                        risk: r.risk.as_str(),
                        risk_reason: &r.risk_reason,
                        operations: r
                            .operations
                            .iter()
                            .map(|op| Operation {
                                kind: &op.kind,
                                line: op.line,
                                autocommit: op.autocommit,
                                findings: &op.findings,
                                tables: op
                                    .tables
                                    .iter()
                                    .map(|t| Table {
                                        name: t.name.as_deref(),
                                        lock: t.lock.map(|l| l.pg_name()),
                                        blocks: t.blocks.as_str(),
                                        rewrite: t.rewrite,
                                        scan: t.scan,
                                        new: t.new,
                                    })
                                    .collect(),
                            })
                            .collect(),
                        rollback: Rollback {
                            downgrade: r.rollback.downgrade.as_str(),
                            undone: r.rollback.undone,
                            command: &r.rollback.command,
                        },
                    })
                    .collect(),
                release_notes: notes(&d.release_notes),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &output)?;
    writeln!(w)
}
