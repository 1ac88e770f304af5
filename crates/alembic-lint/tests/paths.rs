//! Every PATH given to `check` is resolved on its own: a bad one is an `error:` line with its
//! reason, the others are still checked, and the exit code is 2 at the end.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{lint, project, projects, scratch, Run, ADD_NOT_NULL};
use serde_json::Value;

/// `check --format json` from `dir`: the exit code, `(file name, code)` of each diagnostic, the
/// number of files checked and stderr.
fn check_json(dir: &Path, paths: &[&str]) -> (i32, Vec<(String, String)>, u64, String) {
    let mut args = vec!["check", "--format", "json"];
    args.extend(paths);
    let run: Run = lint(dir, &args);
    if run.stdout.is_empty() {
        return (run.code, Vec::new(), 0, run.stderr);
    }
    let json: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("not JSON ({err}): {}\n{}", run.stdout, run.stderr));
    let codes = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let path = d["path"].as_str().unwrap();
            let file = path.rsplit('/').next().unwrap().to_owned();
            (file, d["code"].as_str().unwrap().to_owned())
        })
        .collect();
    let files = json["summary"]["files"].as_u64().unwrap();
    (run.code, codes, files, run.stderr)
}

fn errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect()
}

#[test]
fn a_missing_path_does_not_stop_the_others() {
    let dir = project(
        "missing-and-good",
        &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)],
    );
    let (code, codes, files, stderr) = check_json(&dir, &["no/such/dir", "."]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        errors(&stderr),
        ["error: cannot read `no/such/dir`: no such file or directory"]
    );
    assert_eq!(files, 1);
    assert_eq!(codes, [("9f8e7d6c5b4a_score.py".into(), "AL201".into())]);
}

#[test]
fn overlapping_paths_are_checked_once() {
    let root = projects().join("ini-script-location");
    let (code, alone, files, stderr) = check_json(&root, &["."]);
    assert_eq!((code, files, stderr.as_str()), (1, 5, ""));
    assert_eq!(alone.len(), 2);
    for paths in [
        &[".", "."][..],
        &[".", "migrations"],
        &["migrations", "."],
        &[".", "migrations/versions"],
        &[
            "migrations/versions",
            "migrations/versions/dc6ebd718b8c_add_status_to_orders.py",
        ],
    ] {
        let (code, codes, files, stderr) = check_json(&root, paths);
        assert_eq!(stderr, "", "{paths:?}");
        assert_eq!(code, 1, "{paths:?}");
        assert_eq!(files, 5, "{paths:?}");
        assert_eq!(codes, alone, "{paths:?}");
    }
}

#[test]
fn a_sub_folder_of_versions_is_checked_as_part_of_its_script_directory() {
    // OpenStack-style release folders below versions/.
    let root = projects().join("recursive-versions");
    let (code, codes, files, stderr) =
        check_json(&root, &["inventory/db/migrations/versions/2024"]);
    assert_eq!((code, files, stderr.as_str()), (0, 2, ""));
    assert!(codes.is_empty(), "{codes:?}");

    // Per-dialect histories, also from inside the folder itself.
    let root = projects().join("dialect-folders");
    for (dir, path) in [
        (root.clone(), "tasks/migrations/versions/sqlite"),
        (root.clone(), "tasks/migrations/versions/postgresql"),
        (root.join("tasks/migrations/versions/sqlite"), "."),
    ] {
        let (code, codes, files, stderr) = check_json(&dir, &[path]);
        assert_eq!((code, files, stderr.as_str()), (0, 2, ""), "{path}");
        assert!(codes.is_empty(), "{path}: {codes:?}");
    }
}

#[test]
fn files_named_one_by_one_keep_their_directory_dialect() {
    let root = projects().join("dialect-folders");
    let versions = root.join("tasks/migrations/versions/sqlite");
    let mut files: Vec<String> = std::fs::read_dir(&versions)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .collect();
    files.sort();
    // The SQLite history builds an index without CONCURRENTLY, which SQLite does not have.
    for named in [&files[..], &files[1..]] {
        let paths: Vec<&str> = named.iter().map(String::as_str).collect();
        let (code, codes, checked, stderr) = check_json(&root, &paths);
        assert_eq!((code, stderr.as_str()), (0, ""), "{codes:?}");
        assert_eq!(checked, named.len() as u64);
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_is_not_a_migration() {
    let dir = project("fifo", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    let status = std::process::Command::new("mkfifo")
        .arg(dir.join("pipe.py"))
        .status()
        .unwrap();
    assert!(status.success());
    let (code, codes, _, stderr) = check_json(&dir, &["pipe.py", "."]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        errors(&stderr),
        ["error: `pipe.py` is not a migration file: not a regular file or folder"]
    );
    assert_eq!(codes.len(), 1);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_named_alone_is_reported() {
    let dir = project("unreadable-alone", &[]);
    // Permissions do not stop root; every read of `/proc/self/mem` from offset 0 fails.
    let locked = dir.join("alembic/versions/2a2b2c2d2e2f_locked.py");
    std::os::unix::fs::symlink("/proc/self/mem", &locked).unwrap();
    let run = lint(&dir, &["check", "alembic/versions/2a2b2c2d2e2f_locked.py"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: cannot read `alembic/versions/2a2b2c2d2e2f_locked.py`: input/output error\n"
    );
    assert!(!run.stdout.contains("passed"), "{}", run.stdout);
}

/// A folder that cannot be read: mode 000 for a normal user; as root, which reads anything,
/// a symlink to `/proc/1/map_files`, which needs a capability containers do not grant.
#[cfg(unix)]
fn make_unreadable_folder(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir(path).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Opening may succeed where listing fails.
    let unreadable = |path: &Path| {
        std::fs::read_dir(path)
            .and_then(|mut entries| entries.next().transpose())
            .is_err()
    };
    if unreadable(path) {
        return true;
    }
    std::fs::remove_dir(path).unwrap();
    std::os::unix::fs::symlink("/proc/1/map_files", path).unwrap();
    unreadable(path)
}

#[cfg(unix)]
#[test]
fn an_unreadable_versions_folder_is_reported_with_its_reason() {
    let dir = scratch("unreadable-versions");
    std::fs::create_dir_all(dir.join("alembic")).unwrap();
    std::fs::write(dir.join("alembic/env.py"), "from alembic import context\n").unwrap();
    if !make_unreadable_folder(&dir.join("alembic/versions")) {
        eprintln!("skipped: no folder this user cannot read");
        return;
    }
    let run = lint(&dir, &["check", "."]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: cannot read `alembic/versions`: permission denied\n"
    );
}

#[test]
fn a_broken_pyproject_is_a_warning_with_its_position_even_when_nothing_is_found() {
    let dir = scratch("broken-pyproject");
    std::fs::write(
        dir.join("pyproject.toml"),
        "[project]\nname = \"shop\"\n\n[tool.alembic]\nscript_location = \"%(here)s/db\nversion_locations = []\n",
    )
    .unwrap();
    let run = lint(&dir, &["check", "."]);
    assert_eq!(run.code, 2);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stderr);
    assert!(
        lines[0].starts_with("warning: pyproject.toml:5:31: invalid TOML: "),
        "{}",
        run.stderr
    );
    assert!(lines[1].starts_with("error: no Alembic migrations found in `.`"));
}
