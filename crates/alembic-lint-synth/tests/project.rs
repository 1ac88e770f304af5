//! Generated projects: valid Python, byte-for-byte reproducible, one valid history.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

use alembic_lint_synth::{write_project, Spec};

/// A directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("alembic-lint-synth-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn spec(migrations: usize, seed: u64) -> Spec {
    Spec { migrations, seed }
}

/// Every file under `dir` by relative path, in sorted order.
fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn versions(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir.join("migrations/versions"))
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The string literals on a line, in either quote style.
fn quoted(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<(char, String)> = None;
    for c in line.chars() {
        match &mut current {
            Some((quote, text)) if c == *quote => {
                out.push(std::mem::take(text));
                current = None;
            }
            Some((_, text)) => text.push(c),
            None if c == '"' || c == '\'' => current = Some((c, String::new())),
            None => {}
        }
    }
    out
}

/// The module-level value of `name = ...` or `name: T = ...`.
fn assignment<'a>(text: &'a str, name: &str) -> &'a str {
    text.lines()
        .find_map(|line| {
            let rest = line.strip_prefix(name)?;
            if !rest.starts_with([' ', ':', '=']) {
                return None;
            }
            Some(rest.split_once('=')?.1.trim())
        })
        .unwrap_or_else(|| panic!("no `{name}` assignment in:\n{text}"))
}

#[test]
fn files_parse_as_python() {
    let dir = TempDir::new("python");
    let summary = write_project(&dir.0, &spec(300, 42)).unwrap();
    assert_eq!(summary.files, 300);
    let script = "import ast, pathlib, sys\n\
        paths = sorted(pathlib.Path(sys.argv[1]).glob('versions/*.py'))\n\
        paths.append(pathlib.Path(sys.argv[1]) / 'env.py')\n\
        for p in paths:\n    ast.parse(p.read_text(), str(p))\n\
        print(len(paths))\n";
    let migrations = dir.0.join("migrations");
    let output = match Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&migrations)
        .output()
    {
        Ok(output) => output,
        Err(e) if e.kind() == ErrorKind::NotFound => {
            eprintln!("python3 is not on PATH; skipping the ast.parse check");
            return;
        }
        Err(e) => panic!("cannot run python3: {e}"),
    };
    assert!(
        output.status.success(),
        "ast.parse failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "301");
}

#[test]
fn same_seed_gives_same_bytes() {
    let (a, b, c) = (
        TempDir::new("det-a"),
        TempDir::new("det-b"),
        TempDir::new("det-c"),
    );
    let first = write_project(&a.0, &spec(300, 7)).unwrap();
    let second = write_project(&b.0, &spec(300, 7)).unwrap();
    assert_eq!(first, second);
    let tree = read_tree(&a.0);
    assert_eq!(tree, read_tree(&b.0));
    let migration_bytes: usize = tree
        .iter()
        .filter(|(path, _)| path.contains("versions"))
        .map(|(_, bytes)| bytes.len())
        .sum();
    assert_eq!(first.bytes, migration_bytes as u64);

    write_project(&c.0, &spec(300, 8)).unwrap();
    let other = read_tree(&c.0);
    assert_ne!(
        tree.keys().collect::<Vec<_>>(),
        other.keys().collect::<Vec<_>>()
    );
    assert_ne!(tree, other);
}

#[test]
fn history_has_one_base_and_one_head() {
    let dir = TempDir::new("graph");
    write_project(&dir.0, &spec(1000, 3)).unwrap();
    let mut revisions = BTreeSet::new();
    let mut parents: Vec<String> = Vec::new();
    let mut bases = 0;
    let mut merges = 0;
    for (name, text) in versions(&dir.0) {
        let revision = quoted(assignment(&text, "revision")).pop().unwrap();
        assert_eq!(revision.len(), 12, "{name}");
        assert!(revision
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
        assert!(name.contains(&revision), "{name} does not name {revision}");
        assert!(
            text.contains(&format!("Revision ID: {revision}\n")),
            "{name}"
        );
        assert!(revisions.insert(revision), "duplicate revision in {name}");
        let down = quoted(assignment(&text, "down_revision"));
        match down.len() {
            0 => bases += 1,
            1 => {}
            2 => {
                merges += 1;
                assert!(
                    text.contains("def upgrade():\n    pass\n")
                        || text.contains("def upgrade() -> None:\n    pass\n")
                );
            }
            n => panic!("{name} has {n} parents"),
        }
        parents.extend(down);
    }
    assert_eq!(revisions.len(), 1000);
    assert_eq!(bases, 1);
    assert!((10..=40).contains(&merges), "{merges} merges");
    for parent in &parents {
        assert!(revisions.contains(parent), "unknown down_revision {parent}");
    }
    let parents: BTreeSet<&String> = parents.iter().collect();
    let heads: Vec<&String> = revisions.iter().filter(|r| !parents.contains(r)).collect();
    assert_eq!(heads.len(), 1, "heads: {heads:?}");
}

#[test]
fn sizes_look_like_a_real_project() {
    let dir = TempDir::new("sizes");
    let summary = write_project(&dir.0, &Spec::default()).unwrap();
    assert_eq!(summary.files, 2000);
    let average = summary.bytes / 2000;
    assert!((1800..=2400).contains(&average), "average {average} bytes");
    let sizes: Vec<usize> = versions(&dir.0).iter().map(|(_, t)| t.len()).collect();
    let long = sizes.iter().filter(|&&s| s >= 10_000).count();
    assert!((20..=100).contains(&long), "{long} long files");
    assert!(sizes.iter().all(|&s| s <= 40_000));
    let typical = sizes.iter().filter(|&&s| (800..=2500).contains(&s)).count();
    assert!(typical > 1200, "{typical} files of 0.8–2.5 KB");
}

#[test]
fn refuses_a_directory_it_did_not_write() {
    let dir = TempDir::new("foreign");
    fs::create_dir_all(&dir.0).unwrap();
    fs::write(dir.0.join("notes.txt"), "keep me").unwrap();
    let err = write_project(&dir.0, &spec(10, 1)).unwrap_err();
    assert!(err.to_string().contains("refusing to write"), "{err}");
    assert_eq!(fs::read_dir(&dir.0).unwrap().count(), 1);
    assert_eq!(
        fs::read_to_string(dir.0.join("notes.txt")).unwrap(),
        "keep me"
    );

    let file = dir.0.join("notes.txt");
    let err = write_project(&file, &spec(10, 1)).unwrap_err();
    assert!(err.to_string().contains("not a directory"), "{err}");

    let err = write_project(&dir.0.join("new"), &spec(0, 1)).unwrap_err();
    assert!(err.to_string().contains("at least 1"), "{err}");
}

#[test]
fn regenerating_replaces_the_old_migrations() {
    let dir = TempDir::new("again");
    write_project(&dir.0, &spec(50, 1)).unwrap();
    fs::write(dir.0.join("migrations/versions/README"), "not a migration").unwrap();
    let summary = write_project(&dir.0, &spec(20, 2)).unwrap();
    assert_eq!(summary.files, 20);
    let names: Vec<String> = fs::read_dir(dir.0.join("migrations/versions"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.iter().filter(|n| n.ends_with(".py")).count(), 20);
    assert!(names.contains(&"README".to_string()));
    let ini = fs::read_to_string(dir.0.join("alembic.ini")).unwrap();
    assert_eq!(ini, "[alembic]\nscript_location = migrations\n");
}
