//! The deploy plan: for each script directory, the revisions `alembic upgrade` would run, in
//! its order, with what each operation does to the tables it touches (lock, rewrite, scan),
//! the findings on it, a risk level, how to roll back, and release notes. It returns data; the
//! binary renders it.

mod notes;
mod operations;
pub(crate) mod order;
mod rollback;
pub(crate) mod schema;

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::check::FileReport;
use crate::diagnostic::Diagnostic;
use crate::dialect::Dialect;
use crate::engine::{self, Report};
use crate::graph::{Analysis, Graph, Resolved};
use crate::lines::LineIndex;
use crate::locks::{Blocks, LockMode};
use crate::model::{Migration, Operation};
use crate::settings::Settings;

pub use notes::{Changes, ReleaseNotes};
use operations::Planner;
use order::Lineage;
use schema::Schema;

/// Where the plan starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    /// From the base: every revision up to the target.
    Base,
    /// After this revision (`--from`): what `alembic upgrade` runs on a database at it.
    After(String),
    /// The revisions declared in these files (`--since`: the files a branch added), given as
    /// canonical paths.
    Files(HashSet<PathBuf>),
}

/// Which revisions to plan.
#[derive(Clone, Debug)]
pub struct Range {
    pub start: Start,
    /// The target revision (`--to`); `None` for the heads.
    pub to: Option<String>,
}

/// The whole plan: the check it rests on and one plan per script directory.
#[derive(Debug)]
pub struct Plan {
    /// The check of every file: tool errors and warnings, and the diagnostics.
    pub report: Report,
    pub dirs: Vec<DirPlan>,
    /// What kept the plan from being made (an unknown revision, a history Alembic cannot load).
    pub errors: Vec<String>,
}

/// The plan of one script directory.
#[derive(Clone, Debug)]
pub struct DirPlan {
    pub path: String,
    pub risk: Risk,
    pub revisions: Vec<RevisionPlan>,
    pub release_notes: ReleaseNotes,
}

#[derive(Clone, Debug)]
pub struct RevisionPlan {
    pub revision: String,
    pub message: Option<String>,
    pub path: String,
    /// Whether its operations run inside the migration's transaction: false when every one
    /// runs in an `autocommit_block()`, or the database cannot roll back DDL (MySQL).
    pub transactional: bool,
    pub risk: Risk,
    pub risk_reason: String,
    pub operations: Vec<OperationPlan>,
    pub rollback: Rollback,
}

#[derive(Clone, Debug)]
pub struct OperationPlan {
    /// `create_table`, `add_column`, `create_index`... or `unknown` for SQL that cannot be read.
    pub kind: String,
    /// What it acts on, as people read it: `users.email`, `ix_users_email on users`.
    pub target: String,
    pub line: usize,
    /// Inside an `autocommit_block()`.
    pub autocommit: bool,
    /// Codes of the check's diagnostics on it.
    pub findings: Vec<&'static str>,
    pub tables: Vec<TablePlan>,
    pub risk: Risk,
    pub reason: String,
}

/// What one operation does to one table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TablePlan {
    /// `None` when the operation does not name it (SQL built at run time).
    pub name: Option<String>,
    pub lock: Option<LockMode>,
    pub blocks: Blocks,
    pub rewrite: bool,
    pub scan: bool,
    /// Created earlier in the plan: empty and unused, locking it costs nothing.
    pub new: bool,
}

/// How bad deploying is, least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Risk {
    /// Catalog-only changes, or new tables only.
    Safe,
    /// A brief lock that waits behind long queries unless `lock_timeout` is set, or something
    /// to read by hand.
    Review,
    /// A scan or rewrite of an existing table under a lock that blocks writes.
    Blocking,
    /// Running application code would fail.
    Breaking,
}

impl Risk {
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::Safe => "safe",
            Risk::Review => "review",
            Risk::Blocking => "blocking",
            Risk::Breaking => "breaking",
        }
    }
}

impl fmt::Display for Risk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rollback {
    pub downgrade: Downgrade,
    /// `downgrade()` undoes every change of `upgrade()` (as `downgrade-missing-inverse` reads it).
    pub undone: bool,
    /// The command that rolls this revision back: down to its parent.
    pub command: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Downgrade {
    Present,
    Empty,
    Raises,
    Missing,
}

impl Downgrade {
    pub fn as_str(self) -> &'static str {
        match self {
            Downgrade::Present => "present",
            Downgrade::Empty => "empty",
            Downgrade::Raises => "raises",
            Downgrade::Missing => "missing",
        }
    }
}

/// Plans the migrations under `paths`: runs the check (with `settings`), then orders and
/// describes the revisions of `range` in each script directory.
pub fn plan(paths: &[PathBuf], settings: &Settings, range: &Range) -> Plan {
    let report = engine::check_keeping_models(paths, settings);
    let mut dirs = Vec::new();
    let mut errors = Vec::new();
    // A revision named by `--from`/`--to` need only exist in one script directory.
    let mut unknown: Vec<(String, &str)> = Vec::new();
    for (dir, files) in report.script_dir_files() {
        let files = load_order(files, &dir.version_locations);
        match plan_dir(&report, dir.dialect, &dir.path, &files, settings, range) {
            Ok(plan) => dirs.push(plan),
            Err(DirError::Unknown(name, flag)) => unknown.push((name, flag)),
            Err(DirError::Unloadable) => errors.push(format!(
                "cannot plan `{}`: Alembic cannot load its revision history; `alembic-lint check --select AL1 {}` says why",
                dir.path, dir.path
            )),
        }
    }
    if dirs.is_empty() {
        if let Some((name, flag)) = unknown.first() {
            errors.push(format!(
                "unknown revision `{name}` in `{flag}`: no script directory has it; `alembic-lint graph` lists the revisions"
            ));
        }
    }
    Plan {
        report,
        dirs,
        errors,
    }
}

enum DirError {
    /// A revision named by a flag is not in this directory.
    Unknown(String, &'static str),
    Unloadable,
}

fn plan_dir(
    report: &Report,
    dialect: Option<Dialect>,
    path: &str,
    files: &[&FileReport],
    settings: &Settings,
    range: &Range,
) -> Result<DirPlan, DirError> {
    let analysis = Analysis::new(files);
    if !analysis.loadable() {
        return Err(DirError::Unloadable);
    }
    let graph = &analysis.graph;
    let lineage = Lineage::new(graph);
    let heads = heads(graph);
    let (order, before) = select(graph, &lineage, range)?;
    let planned: HashSet<u32> = order.iter().copied().collect();
    let model = |n: u32| report.models.get(&graph.file_of(n).report.path);

    // The schema as the revisions before the plan leave it, in the order Alembic ran them.
    let earlier = lineage.ancestors(&order);
    let mut schema = Schema::default();
    for n in lineage.upgrade(&heads, &[]) {
        if earlier.contains(&n) && !planned.contains(&n) {
            for op in upgrade_ops(model(n)) {
                if dialect.is_none_or(|d| op.may_run_on(d)) {
                    schema.apply(&op.kind);
                }
            }
        }
    }

    let mut planner = Planner::new(schema, settings.target_version);
    let mut revisions = Vec::new();
    for &n in &order {
        let file = graph.file_of(n);
        let diagnostics: Vec<&Diagnostic> = report
            .diagnostics
            .iter()
            .filter(|d| d.path == file.report.path)
            .collect();
        let migration = model(n);
        let lines = LineIndex::new(&file.report.text);
        let ops: Vec<OperationPlan> = upgrade_ops(migration)
            .iter()
            .filter(|op| dialect.is_none_or(|d| op.may_run_on(d)))
            .map(|op| {
                let line = lines.line_col(&file.report.text, op.span.start).0;
                planner.operation(op, line, &diagnostics)
            })
            .collect();
        // The first operation of the highest risk gives the reason.
        let worst = ops.iter().rev().max_by_key(|op| op.risk);
        let (risk, risk_reason) = match worst {
            Some(op) if op.risk > Risk::Safe => {
                (op.risk, format!("line {}: {}", op.line, op.reason))
            }
            Some(_) if ops.iter().all(|op| op.tables.iter().all(|t| t.new)) => {
                (Risk::Safe, "new tables only".to_owned())
            }
            Some(_) => (
                Risk::Safe,
                "nothing blocks reads or writes of an existing table".to_owned(),
            ),
            None => (Risk::Safe, "no operations".to_owned()),
        };
        let transactional = !matches!(dialect, Some(Dialect::Mysql | Dialect::Mariadb))
            && (ops.is_empty() || ops.iter().any(|op| !op.autocommit));
        revisions.push(RevisionPlan {
            revision: graph.node(n).id.to_owned(),
            message: file.meta.and_then(|m| m.message.clone()),
            path: file.report.path.clone(),
            transactional,
            risk,
            risk_reason,
            operations: ops,
            rollback: rollback::of(migration, graph, n),
        });
    }
    let risk = revisions.iter().map(|r| r.risk).max().unwrap_or(Risk::Safe);
    let release_notes = planner.into_notes(format!("alembic downgrade {before}"));
    Ok(DirPlan {
        path: path.to_owned(),
        risk,
        revisions,
        release_notes,
    })
}

/// The files in the order Alembic loads them, which orders revisions on separate lines: by
/// version location as configured, then folder by folder from the top, each folder's files by
/// name.
fn load_order<'a>(mut files: Vec<&'a FileReport>, locations: &[String]) -> Vec<&'a FileReport> {
    files.sort_by_cached_key(|f| {
        let path = Path::new(&f.path);
        let location = locations
            .iter()
            .position(|l| path.starts_with(l))
            .unwrap_or(locations.len());
        (
            location,
            path.parent().map(Path::to_path_buf),
            path.file_name().map(|n| n.to_os_string()),
        )
    });
    files
}

/// What `alembic upgrade heads` aims at: Alembic's "real" heads, the revisions nothing builds
/// on, neither by `down_revision` nor by `depends_on`.
fn heads(graph: &Graph) -> Vec<u32> {
    (0..graph.nodes.len() as u32)
        .filter(|&n| graph.node(n).is_head() && graph.node(n).dependents.is_empty())
        .collect()
}

/// The revisions of `range`, in the order `alembic upgrade` runs them, and the revision the
/// database is at before them.
fn select(graph: &Graph, lineage: &Lineage, range: &Range) -> Result<(Vec<u32>, String), DirError> {
    let targets = match &range.to {
        Some(name) if !is_heads(name) => {
            vec![find(graph, name).ok_or(DirError::Unknown(name.clone(), "--to"))?]
        }
        _ => heads(graph),
    };
    Ok(match &range.start {
        Start::Base => (lineage.upgrade(&targets, &[]), "base".to_owned()),
        Start::After(name) if name == "base" => (lineage.upgrade(&targets, &[]), name.clone()),
        Start::After(name) => {
            let from = find(graph, name).ok_or(DirError::Unknown(name.clone(), "--from"))?;
            let id = graph.node(from).id.to_owned();
            (lineage.upgrade(&targets, &[from]), id)
        }
        Start::Files(added) => {
            let order: Vec<u32> = lineage
                .upgrade(&targets, &[])
                .into_iter()
                .filter(|&n| {
                    let file = &graph.file_of(n).report.path;
                    Path::new(file)
                        .canonicalize()
                        .is_ok_and(|p| added.contains(&p))
                })
                .collect();
            let before = revision_before(graph, lineage, &order);
            (order, before)
        }
    })
}

/// The revision ids of `range` in the order `alembic upgrade` runs them, for files already
/// read (in the order Alembic lists them); `None` when Alembic could not load the history or a
/// revision of the range is unknown.
pub fn upgrade_order(files: &[&FileReport], range: &Range) -> Option<Vec<String>> {
    let analysis = Analysis::new(files);
    if !analysis.loadable() {
        return None;
    }
    let graph = &analysis.graph;
    let (order, _) = select(graph, &Lineage::new(graph), range).ok()?;
    Some(order.iter().map(|&n| graph.node(n).id.to_owned()).collect())
}

fn upgrade_ops(migration: Option<&Migration>) -> &[Operation] {
    migration
        .and_then(|m| m.upgrade.as_ref())
        .map_or(&[], |f| f.ops.as_slice())
}

fn is_heads(name: &str) -> bool {
    matches!(name, "head" | "heads")
}

/// A revision as the command line names it: its id, a branch label, or a unique partial id.
fn find(graph: &Graph, name: &str) -> Option<u32> {
    match graph.resolve(name) {
        Resolved::Revision(n) | Resolved::Label(n) | Resolved::Prefix(n) => Some(n),
        Resolved::Ambiguous(_) | Resolved::Missing => None,
    }
}

/// The revision a database is at before `order` runs: the newest revision outside it that it
/// builds on, or `base`.
fn revision_before(graph: &Graph, lineage: &Lineage, order: &[u32]) -> String {
    let planned: HashSet<u32> = order.iter().copied().collect();
    let outside: Vec<u32> = order
        .iter()
        .flat_map(|&n| lineage.parents(n).iter().copied())
        .filter(|p| !planned.contains(p))
        .collect();
    // The one that is not an ancestor of another.
    outside
        .iter()
        .find(|&&p| {
            outside
                .iter()
                .all(|&q| q == p || !lineage.ancestors(&[q]).contains(&p))
        })
        .map_or_else(|| "base".to_owned(), |&p| graph.node(p).id.to_owned())
}
