//! The graph rules on the whole projects under `testdata/projects/graph-*`: each broken project
//! fires its rule once, with labels in every file involved, and the healthy ones stay quiet.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use alembic_lint_core::graph::GraphSummary;
use alembic_lint_core::{
    check_sources, Diagnostic, FileReport, Report, Selection, Settings, Sources,
};

/// Each project and the graph-rule codes it must report, in order.
const EXPECTED: &[(&str, &[&str])] = &[
    ("graph-duplicate-branch-label", &["AL107"]),
    ("graph-duplicate-revision-id", &["AL103"]),
    ("graph-expand-contract", &[]),
    ("graph-labelled-bases", &[]),
    ("graph-linear", &[]),
    ("graph-long-history", &[]),
    ("graph-merges", &[]),
    ("graph-multiple-bases", &["AL102"]),
    ("graph-multiple-heads", &["AL101"]),
    ("graph-revision-cycle", &["AL105"]),
    ("graph-unknown-dependency", &["AL106", "AL106"]),
    ("graph-unknown-down-revision", &["AL104"]),
];

fn projects_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/projects")
}

/// The migrations of a project (every `.py` file but `env.py`) checked as one script
/// directory by the graph rules, with paths relative to the project.
fn load(project: &str) -> Report {
    let root = projects_dir().join(project);
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(&root)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && !p.ends_with("env.py"))
        .collect();
    paths.sort();
    let contents: Vec<(String, Vec<u8>)> = paths
        .iter()
        .map(|p| {
            let display = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (display, std::fs::read(p).unwrap())
        })
        .collect();
    let files: Vec<(&str, &[u8])> = contents
        .iter()
        .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
        .collect();
    let settings = Settings {
        selection: Selection::new(&["AL1".to_owned()], &[]).unwrap(),
        ..Settings::default()
    };
    let sources = Sources {
        dir: "",
        files: &files,
        dialect: None,
        complete: true,
    };
    check_sources(&sources, &settings)
}

fn check(project: &str) -> (Vec<FileReport>, Vec<Diagnostic>) {
    let report = load(project);
    (report.files, report.diagnostics)
}

fn summary(project: &str) -> GraphSummary {
    let report = load(project);
    report.graph_summaries().remove(0).1
}

#[test]
fn every_graph_project_has_its_expectation() {
    let mut found: Vec<String> = std::fs::read_dir(projects_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("graph-"))
        .collect();
    found.sort();
    let listed: Vec<&str> = EXPECTED.iter().map(|(name, _)| *name).collect();
    assert_eq!(found, listed);
}

#[test]
fn each_rule_fires_on_its_project_and_only_there() {
    for (project, expected) in EXPECTED {
        let (files, diagnostics) = check(project);
        assert!(
            files.iter().all(|f| f.meta.is_some()),
            "{project}: every file parses"
        );
        let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(&codes, expected, "{project}: {diagnostics:#?}");
        for d in &diagnostics {
            assert!(d.help.is_some(), "{project}: {} has a help", d.code);
            assert!(
                d.span.end > d.span.start,
                "{project}: {} points at something",
                d.code
            );
            for label in &d.secondary {
                assert!(label.span.end > label.span.start, "{project}: {label:?}");
            }
        }
    }
}

fn paths(d: &Diagnostic) -> Vec<&str> {
    let mut paths = vec![d.path.as_str()];
    paths.extend(d.secondary.iter().map(|l| l.path.as_str()));
    paths
}

fn text_at<'a>(
    files: &'a [FileReport],
    path: &str,
    span: alembic_lint_core::model::Span,
) -> &'a str {
    let file = files.iter().find(|f| f.path == path).unwrap();
    &file.text[span.range()]
}

#[test]
fn multiple_heads_names_both_heads_and_the_merge_command() {
    let (files, d) = check("graph-multiple-heads");
    let s = summary("graph-multiple-heads");
    assert_eq!(s.heads.len(), 2);
    let heads = format!("`{}`, `{}`", s.heads[0], s.heads[1]);
    assert_eq!(d[0].message, format!("several heads: {heads}"));
    assert_eq!(
        d[0].help.as_deref().unwrap(),
        format!(
            "run `alembic merge -m \"merge heads\" {} {}`",
            s.heads[0], s.heads[1]
        )
    );
    assert!(text_at(&files, &d[0].path, d[0].span).starts_with("revision = "));
    assert_eq!(paths(&d[0]).len(), 2);
}

#[test]
fn multiple_bases_points_at_both_roots() {
    let (files, d) = check("graph-multiple-bases");
    assert_eq!(paths(&d[0]).len(), 2);
    assert_eq!(
        text_at(&files, &d[0].path, d[0].span),
        "down_revision = None"
    );
    let label = &d[0].secondary[0];
    assert_eq!(
        text_at(&files, &label.path, label.span),
        "down_revision = None"
    );
}

#[test]
fn duplicate_revision_id_labels_both_files() {
    let (_, d) = check("graph-duplicate-revision-id");
    let p = paths(&d[0]);
    assert_eq!(p.len(), 2);
    assert!(p[1].ends_with("_copy_of_previous.py"));
}

#[test]
fn unknown_down_revision_gives_the_full_id() {
    let (files, d) = check("graph-unknown-down-revision");
    let written = text_at(&files, &d[0].path, d[0].span).trim_matches('\'');
    assert_eq!(written.len(), 8);
    let help = d[0].help.as_deref().unwrap();
    assert!(
        help.starts_with(&format!(
            "`down_revision` needs the full revision id: write `{written}"
        )),
        "{help}"
    );
}

#[test]
fn revision_cycle_lists_its_members_in_order() {
    let (_, d) = check("graph-revision-cycle");
    assert!(
        d[0].message.starts_with("revisions form a cycle: `"),
        "{}",
        d[0].message
    );
    assert_eq!(d[0].message.matches(" -> ").count(), 3);
    assert_eq!(paths(&d[0]).len(), 3);
}

#[test]
fn unknown_dependency_reports_partial_ids_and_missing_labels() {
    let (_, d) = check("graph-unknown-dependency");
    let messages: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.ends_with("a partial revision id")),
        "{messages:?}"
    );
    let missing = "`depends_on` names `expnad`, which is neither a revision nor a branch label";
    assert!(
        messages.iter().any(|m| m.starts_with(missing)),
        "{messages:?}"
    );
}

#[test]
fn duplicate_branch_label_labels_both_declarations() {
    let (_, d) = check("graph-duplicate-branch-label");
    assert!(d[0]
        .message
        .starts_with("branch label `expand` is declared by 2 revisions"));
    assert_eq!(paths(&d[0]).len(), 2);
}

#[test]
fn healthy_projects_summaries() {
    let s = summary("graph-expand-contract");
    assert_eq!(s.heads.len(), 2);
    assert_eq!(s.bases.len(), 1);
    assert_eq!(s.branch_points, s.bases);
    let labels: Vec<&str> = s.branch_labels.keys().map(String::as_str).collect();
    assert_eq!(labels, ["contract", "expand"]);
    for r in &s.history {
        let expected = if s.bases.contains(&r.id) { 0 } else { 1 };
        assert_eq!(r.branch_labels.len(), expected, "{r:?}");
    }

    let s = summary("graph-merges");
    assert_eq!(
        (
            s.revisions,
            s.heads.len(),
            s.merges.len(),
            s.branch_points.len()
        ),
        (11, 1, 2, 2)
    );
    assert!(s.history[0].is_head);
    assert!(s.history.last().unwrap().is_base);

    let s = summary("graph-labelled-bases");
    assert_eq!((s.heads.len(), s.bases.len()), (3, 3));

    let s = summary("graph-long-history");
    assert!(s.revisions >= 150);
    assert_eq!(s.heads.len(), 2);
    assert!(s.merges.len() >= 5);
    // Newest first: every revision comes before the revisions it names.
    let at = |id: &str| s.history.iter().position(|r| r.id == id).unwrap();
    for (i, r) in s.history.iter().enumerate() {
        for parent in r.down_revisions.iter().chain(&r.depends_on) {
            assert!(at(parent) > i, "{} before {parent}", r.id);
        }
    }
}
