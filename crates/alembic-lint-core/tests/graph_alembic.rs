//! The revision graph checked against Alembic itself: needs a Python with Alembic installed,
//! named by `ALEMBIC_PYTHON` (`.ci/alembic-venv.sh` prints one); skipped when it is unset.
//!
//! - every script directory under `testdata/projects/`: the heads and bases Alembic's
//!   `ScriptDirectory` finds are the ones `summarize` finds, and where Alembic cannot load the
//!   history a graph rule reports why;
//! - random revision graphs: heads, bases, branch points, merge points, the branch labels of
//!   every revision and which revisions are depended on match Alembic's `RevisionMap`, and so
//!   does the order `alembic upgrade` runs the revisions in, from the base and from each
//!   revision (what `alembic-lint plan` lists).

#![allow(clippy::unwrap_used)]

#[path = "../../../tests/alembic_compare/harness.rs"]
mod alembic_compare;

use std::path::{Path, PathBuf};

use alembic_compare::{compare, strings};

use alembic_lint_core::graph::{summarize, GraphSummary};
use alembic_lint_core::model::{IdField, IdValue, RevisionMeta, Span};
use alembic_lint_core::plan::{upgrade_order, Range, Start};
use alembic_lint_core::{check_sources, FileReport, Settings, Sources};
use alembic_lint_synth::Rng;
use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

#[test]
fn projects_match_alembic() {
    let projects = workspace().join("testdata/projects");
    let Some(result) = compare(&["projects", projects.to_str().unwrap()], "") else {
        return;
    };
    let dirs = result["script_directories"].as_array().unwrap();
    assert!(dirs.len() >= 12, "found {} script directories", dirs.len());
    let mut compared = 0;
    for dir in dirs {
        let name = dir["path"].as_str().or(dir["config"].as_str()).unwrap();
        let files = strings(&dir["files"]);
        if files.is_empty() {
            eprintln!(
                "{name}: Alembic loaded no files ({}): nothing to compare",
                dir["error"]
            );
            continue;
        }
        let contents: Vec<Vec<u8>> = files.iter().map(|p| std::fs::read(p).unwrap()).collect();
        let sources: Vec<(&str, &[u8])> = files
            .iter()
            .zip(&contents)
            .map(|(p, bytes)| (p.as_str(), bytes.as_slice()))
            .collect();
        let sources = Sources {
            dir: name,
            files: &sources,
            dialect: None,
            complete: true,
        };
        let report = check_sources(&sources, &Settings::default());
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
        if let Some(error) = dir["error"].as_str() {
            // Alembic cannot load the history: a graph rule must say why.
            let reported = codes
                .iter()
                .any(|c| ["AL103", "AL104", "AL105", "AL106", "AL107"].contains(c));
            assert!(
                reported,
                "{name}: Alembic fails with {error}, alembic-lint reports {codes:?}"
            );
            continue;
        }
        let summary = &report.graph_summaries()[0].1;
        assert_eq!(summary.heads, strings(&dir["heads"]), "{name}: heads");
        assert_eq!(summary.bases, strings(&dir["bases"]), "{name}: bases");
        let duplicated = strings(&dir["warnings"])
            .iter()
            .any(|w| w.contains("present more than once"));
        assert_eq!(duplicated, codes.contains(&"AL103"), "{name}: {codes:?}");
        compared += 1;
    }
    assert!(compared >= 8, "compared {compared} script directories");
}

struct Rev {
    id: String,
    down: Vec<String>,
    labels: Vec<String>,
    deps: Vec<String>,
}

/// A random history: bases, merges of two or three revisions, branch labels and dependencies
/// on earlier revisions or labels, in shuffled file order.
fn random_graph(rng: &mut Rng) -> Vec<Rev> {
    let count = 2 + rng.below(24);
    let mut revs: Vec<Rev> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    for i in 0..count {
        let id = format!("r{i:02}");
        let pick = |rng: &mut Rng, revs: &[Rev]| revs[rng.below(revs.len())].id.clone();
        let down = if i == 0 || rng.chance(10, 100) {
            Vec::new()
        } else if rng.chance(78, 100) {
            vec![pick(rng, &revs)]
        } else {
            let mut parents: Vec<String> =
                (0..2 + rng.below(2)).map(|_| pick(rng, &revs)).collect();
            parents.sort();
            parents.dedup();
            parents
        };
        let mut deps = Vec::new();
        if i > 0 && rng.chance(20, 100) {
            if !labels.is_empty() && rng.chance(30, 100) {
                deps.push(labels[rng.below(labels.len())].clone());
            } else {
                deps.push(pick(rng, &revs));
            }
        }
        let mut own = Vec::new();
        if rng.chance(20, 100) {
            own.push(format!("l{i}"));
            labels.push(format!("l{i}"));
        }
        revs.push(Rev {
            id,
            down,
            labels: own,
            deps,
        });
    }
    for i in (1..revs.len()).rev() {
        let j = rng.below(i + 1);
        revs.swap(i, j);
    }
    revs
}

fn field(ids: &[String], none: bool) -> Option<IdField> {
    let value = match ids {
        [] if none => IdValue::None,
        [] => return None,
        [one] => IdValue::One(one.clone()),
        many => IdValue::Many(many.to_vec()),
    };
    Some(IdField {
        value,
        span: Span::default(),
        value_span: Span::default(),
    })
}

fn reports(revs: &[Rev]) -> Vec<FileReport> {
    revs.iter()
        .map(|r| FileReport {
            path: format!("versions/{}.py", r.id),
            text: String::new(),
            meta: Some(RevisionMeta {
                revision: field(std::slice::from_ref(&r.id), false),
                down_revision: field(&r.down, true),
                branch_labels: field(&r.labels, false),
                depends_on: field(&r.deps, false),
                ..RevisionMeta::default()
            }),
            ..FileReport::default()
        })
        .collect()
}

fn as_text(revs: &[Rev]) -> String {
    let list = |ids: &[String]| {
        if ids.is_empty() {
            "-".to_owned()
        } else {
            ids.join(",")
        }
    };
    revs.iter()
        .map(|r| {
            format!(
                "{}|{}|{}|{}\n",
                r.id,
                list(&r.down),
                list(&r.labels),
                list(&r.deps)
            )
        })
        .collect()
}

fn matches_alembic(summary: &GraphSummary, alembic: &Value) -> Result<(), String> {
    let lists = [
        ("heads", &summary.heads),
        ("bases", &summary.bases),
        ("branch_points", &summary.branch_points),
        ("merges", &summary.merges),
    ];
    for (key, ours) in lists {
        if *ours != strings(&alembic[key]) {
            return Err(format!("{key}: ours {ours:?}, Alembic {}", alembic[key]));
        }
    }
    for rev in &summary.history {
        let theirs = &alembic["revisions"][&rev.id];
        if rev.branch_labels != strings(&theirs["branch_labels"]) {
            return Err(format!(
                "labels of {}: ours {:?}, Alembic {}",
                rev.id, rev.branch_labels, theirs
            ));
        }
        if Some(rev.has_dependents) != theirs["has_dependents"].as_bool() {
            return Err(format!(
                "dependents of {}: ours {}, Alembic {}",
                rev.id, rev.has_dependents, theirs
            ));
        }
    }
    Ok(())
}

#[test]
fn random_graphs_match_alembic() {
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
    let graphs: Vec<Vec<Rev>> = (0..2000).map(|_| random_graph(&mut rng)).collect();
    let input: Vec<String> = graphs.iter().map(|g| as_text(g)).collect();
    let Some(result) = compare(&["graphs"], &input.join("---\n")) else {
        return;
    };
    let answers = result["graphs"].as_array().unwrap();
    assert_eq!(answers.len(), graphs.len());
    for (revs, alembic) in graphs.iter().zip(answers) {
        assert!(
            alembic["error"].is_null(),
            "{}: {}",
            as_text(revs),
            alembic["error"]
        );
        let files = reports(revs);
        let refs: Vec<&FileReport> = files.iter().collect();
        if let Err(why) = matches_alembic(&summarize(&refs), alembic) {
            panic!("{why}\n{}", as_text(revs));
        }
        if let Err(why) = upgrade_matches_alembic(&refs, alembic) {
            panic!("{why}\n{}", as_text(revs));
        }
    }
}

/// The upgrade order from the base and from every revision, as `alembic upgrade heads` runs it.
fn upgrade_matches_alembic(files: &[&FileReport], alembic: &Value) -> Result<(), String> {
    let from_base = Range {
        start: Start::Base,
        to: None,
    };
    let ours = upgrade_order(files, &from_base).ok_or("the history does not load")?;
    if ours != strings(&alembic["upgrade"]) {
        return Err(format!(
            "upgrade from the base: ours {ours:?}, Alembic {}",
            alembic["upgrade"]
        ));
    }
    for (rev, theirs) in alembic["upgrade_from"].as_object().unwrap() {
        let range = Range {
            start: Start::After(rev.clone()),
            to: None,
        };
        let ours = upgrade_order(files, &range).ok_or("the history does not load")?;
        if ours != strings(theirs) {
            return Err(format!(
                "upgrade from {rev}: ours {ours:?}, Alembic {theirs}"
            ));
        }
    }
    Ok(())
}
