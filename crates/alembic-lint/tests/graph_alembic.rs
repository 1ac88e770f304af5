//! `alembic-lint graph --format json` against Alembic itself: for every script directory under
//! `testdata/projects/`, the heads and bases match what Alembic's `ScriptDirectory` finds, and
//! where Alembic cannot load the history, `alembic-lint check` reports a graph rule.
//!
//! Needs a Python with Alembic installed, named by `ALEMBIC_PYTHON` (`.ci/alembic-venv.sh`
//! creates one and prints its path); skipped with a note when the variable is unset.

#![allow(clippy::unwrap_used)]

#[path = "../../../tests/alembic_compare/harness.rs"]
mod alembic_compare;
mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use alembic_compare::{compare, strings};

use serde_json::Value;

/// The project folder (directly under `projects`) a path belongs to.
fn project_of(projects: &Path, path: &Path) -> Option<String> {
    let rest = path.strip_prefix(projects).ok()?;
    Some(
        rest.components()
            .next()?
            .as_os_str()
            .to_string_lossy()
            .into_owned(),
    )
}

/// What Alembic says about every script directory, grouped by project; `None` when there is
/// no Alembic to ask.
fn alembic(projects: &Path) -> Option<BTreeMap<String, Vec<Value>>> {
    let value = compare(&["projects", projects.to_str().unwrap()], "")?;
    let mut by_project: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for dir in value["script_directories"].as_array().unwrap() {
        let at = dir["path"].as_str().or(dir["config"].as_str()).unwrap();
        let project = project_of(projects, Path::new(at)).unwrap();
        by_project.entry(project).or_default().push(dir.clone());
    }
    Some(by_project)
}

/// Heads and bases of each script directory.
type HeadsAndBases = BTreeMap<PathBuf, (Vec<String>, Vec<String>)>;

/// Heads and bases by canonical script directory, from `alembic-lint graph --format json`
/// (which exits 1 when the graph has problems, such as several heads, and still prints it).
fn ours(projects: &Path, project: &str) -> Option<HeadsAndBases> {
    let run = common::lint(projects, &["graph", "--format", "json", project]);
    if run.code > 1 {
        eprintln!(
            "{project}: `alembic-lint graph` exits {}: {}",
            run.code,
            run.stderr.trim()
        );
        return None;
    }
    let value: Value = serde_json::from_str(&run.stdout).unwrap();
    let dirs = value["script_directories"].as_array().unwrap();
    Some(
        dirs.iter()
            .map(|d| {
                let path = projects
                    .join(d["path"].as_str().unwrap())
                    .canonicalize()
                    .unwrap();
                (path, (strings(&d["heads"]), strings(&d["bases"])))
            })
            .collect(),
    )
}

/// Whether `alembic-lint check` reports one of the rules for a history Alembic cannot load.
fn reports_broken_graph(projects: &Path, project: &str) -> Result<(), String> {
    let run = common::lint(
        projects,
        &["check", "--format", "json", "--select", "AL1", project],
    );
    let value: Value =
        serde_json::from_str(&run.stdout).map_err(|e| format!("{e}: {}", run.stderr))?;
    let codes: Vec<&str> = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    let broken = ["AL103", "AL104", "AL105", "AL106", "AL107"];
    if codes.iter().any(|c| broken.contains(c)) {
        Ok(())
    } else {
        Err(format!("reports {codes:?}"))
    }
}

#[test]
fn graph_json_matches_alembic() {
    let projects = common::projects().canonicalize().unwrap();
    let Some(by_project) = alembic(&projects) else {
        return;
    };
    let mut compared = 0;
    let mut failures = Vec::new();
    for (project, dirs) in by_project {
        let found = ours(&projects, &project);
        for dir in dirs {
            let name = dir["path"]
                .as_str()
                .or(dir["config"].as_str())
                .unwrap()
                .to_owned();
            if let Some(error) = dir["error"].as_str() {
                // Loading Python (a syntax error) or the configuration is not a graph matter.
                if error.starts_with("SyntaxError") || error.starts_with("CommandError") {
                    continue;
                }
                if let Err(why) = reports_broken_graph(&projects, &project) {
                    failures.push(format!(
                        "{name}: Alembic fails with {error}; alembic-lint {why}"
                    ));
                }
                continue;
            }
            if strings(&dir["files"]).is_empty() {
                continue;
            }
            let expected = (strings(&dir["heads"]), strings(&dir["bases"]));
            match found.as_ref().and_then(|f| f.get(Path::new(&name))) {
                Some(got) if *got == expected => compared += 1,
                Some(got) => failures.push(format!(
                    "{name}: Alembic heads/bases {expected:?}, alembic-lint {got:?}"
                )),
                None => failures.push(format!(
                    "{name}: not among alembic-lint's script directories {:?}",
                    found.as_ref().map(|f| f.keys().collect::<Vec<_>>())
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= 8, "compared only {compared} script directories");
}

/// The revisions of each script directory in the order `alembic-lint plan` lists them.
fn plan_orders(projects: &Path, project: &str) -> BTreeMap<PathBuf, Vec<String>> {
    let run = common::lint(projects, &["plan", "--format", "json", project]);
    let value: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{project}: {e}: {}", run.stderr));
    value["script_directories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let path = projects
                .join(d["path"].as_str().unwrap())
                .canonicalize()
                .unwrap();
            let order = d["revisions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["revision"].as_str().unwrap().to_owned())
                .collect();
            (path, order)
        })
        .collect()
}

#[test]
fn plan_order_matches_alembic_upgrade() {
    let projects = common::projects().canonicalize().unwrap();
    let Some(by_project) = alembic(&projects) else {
        return;
    };
    let mut compared = 0;
    let mut failures = Vec::new();
    for (project, dirs) in by_project {
        let orders = plan_orders(&projects, &project);
        for dir in dirs {
            if !dir["error"].is_null() || strings(&dir["files"]).is_empty() {
                continue;
            }
            let name = dir["path"].as_str().unwrap();
            let expected = strings(&dir["upgrade"]);
            match orders.get(Path::new(name)) {
                Some(got) if *got == expected => compared += 1,
                got => failures.push(format!(
                    "{name}: `alembic upgrade heads` runs {expected:?}, the plan lists {got:?}"
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= 8, "compared only {compared} script directories");
}
