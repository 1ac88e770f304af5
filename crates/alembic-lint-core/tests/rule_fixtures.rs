//! Runs every fixture in `testdata/rules/<rule-name>/` and compares the diagnostics with its
//! `# expect: <rule-name>` annotations, and keeps the registry, `rules/*.md` and the fixture
//! folders in step.
//!
//! `modified-migration` only fires on a change: its fixtures and doc examples are checked as
//! part of one. A fixture with a `<name>.py.base` beside it was edited from that text; one
//! without was added.

use alembic_lint_core::changes::{first_change, ChangeSet, Modified};
use alembic_lint_core::lines::LineIndex;
use alembic_lint_core::rules::{self, Check, Rule};
use alembic_lint_core::{
    check_sources, Report, Selection, Settings, Sources, INTERNAL_ERROR, RULES,
};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One file checked alone with the default rules plus `rule` (which may be opt-in); for
/// `modified-migration`, as a file the change added, or edited from `base`.
fn check_with(path: &str, bytes: &[u8], rule: &Rule, base: Option<&[u8]>) -> Report {
    let settings = Settings {
        selection: selection_with(rule),
        changes: (rule.name == "modified-migration").then(|| change(path, bytes, base)),
        ..Settings::default()
    };
    let files = [(path, bytes)];
    let sources = Sources {
        dir: "",
        files: &files,
        dialect: None,
        complete: false,
    };
    check_sources(&sources, &settings)
}

/// A change that adds the file at `path`, or edits it from `base`.
fn change(path: &str, bytes: &[u8], base: Option<&[u8]>) -> ChangeSet {
    let path = Path::new(path);
    let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
    match base {
        None => ChangeSet {
            added: vec![path],
            ..ChangeSet::default()
        },
        Some(base) => ChangeSet {
            modified: vec![Modified {
                path,
                first_change: first_change(base, bytes).expect("the file differs from its base"),
            }],
            ..ChangeSet::default()
        },
    }
}

/// The default rules plus `rule` (which may be opt-in).
fn selection_with(rule: &Rule) -> Selection {
    let mut select: Vec<String> = RULES
        .iter()
        .filter(|r| r.default_on)
        .map(|r| r.code.to_owned())
        .collect();
    select.push(rule.code.to_owned());
    Selection::new(&select, &[]).expect("codes from the registry are valid")
}

/// `(line, rule-name)` pairs from `# expect:` comments. A trailing comment marks its own line; a
/// comment alone on its line marks the next line that is not itself an expectation.
fn expectations(text: &str) -> BTreeSet<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = BTreeSet::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(at) = line.find("# expect:") else {
            continue;
        };
        let names = line[at + "# expect:".len()..]
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty());
        let target = if line[..at].trim().is_empty() {
            (i + 1..lines.len())
                .find(|&j| !lines[j].trim_start().starts_with("# expect:"))
                .unwrap_or(i)
        } else {
            i
        };
        for name in names {
            out.insert((target + 1, name.to_owned()));
        }
    }
    out
}

fn actual(path: &Path, rule: &Rule) -> BTreeSet<(usize, String)> {
    let bytes = fs::read(path).expect("fixture is readable");
    let base = fs::read(path.with_extension("py.base")).ok();
    let report = check_with(&path.display().to_string(), &bytes, rule, base.as_deref());
    let text = &report.files[0].text;
    let index = LineIndex::new(text);
    report
        .diagnostics
        .iter()
        .map(|d| (index.line_col(text, d.span.start).0, d.rule.to_owned()))
        .collect()
}

fn fixture_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .expect("fixture folder is readable")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// A rule a single file can trigger: a file rule or `syntax-error`.
fn is_file_rule(rule: &Rule) -> bool {
    rule.code != INTERNAL_ERROR && !matches!(rule.check, Check::Graph(_))
}

#[test]
fn fixtures_report_exactly_what_they_expect() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in RULES.iter().filter(|r| is_file_rule(r)) {
        let dir = repo_root().join("testdata/rules").join(rule.name);
        let (mut fires, mut quiet) = (0, 0);
        for file in fixture_files(&dir) {
            let text = String::from_utf8_lossy(&fs::read(&file).expect("readable")).into_owned();
            let expected = expectations(&text);
            let got = actual(&file, rule);
            if expected.iter().any(|(_, name)| name == rule.name) {
                fires += 1;
            } else {
                quiet += 1;
            }
            if expected != got {
                failures.push(format!(
                    "{}:\n  expected {:?}\n  got      {:?}",
                    file.display(),
                    expected,
                    got
                ));
            }
            checked += 1;
        }
        if fires == 0 || quiet == 0 {
            failures.push(format!(
                "testdata/rules/{}: needs fixtures that fire and fixtures that stay quiet ({fires} fire, {quiet} quiet)",
                rule.name
            ));
        }
    }
    assert!(checked > 0, "no fixtures were checked");
    assert!(
        failures.is_empty(),
        "{} fixture problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn registry_docs_and_fixtures_are_in_step() {
    let root = repo_root();
    let names: BTreeSet<&str> = RULES.iter().map(|r| r.name).collect();
    let docs: BTreeSet<String> = fs::read_dir(root.join("rules"))
        .expect("rules/ exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| p.file_stem().expect("stem").to_string_lossy().into_owned())
        .collect();
    let fixture_dirs: BTreeSet<String> = fs::read_dir(root.join("testdata/rules"))
        .expect("testdata/rules exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    for doc in &docs {
        assert!(
            names.contains(doc.as_str()),
            "rules/{doc}.md has no rule in the registry"
        );
    }
    for dir in &fixture_dirs {
        assert!(
            names.contains(dir.as_str()),
            "testdata/rules/{dir}/ has no rule in the registry"
        );
    }
    for rule in RULES {
        assert!(
            docs.contains(rule.name),
            "{} has no rules/{}.md",
            rule.code,
            rule.name
        );
        match rule.check {
            _ if rule.code == INTERNAL_ERROR => {}
            Check::Graph(_) => assert!(
                root.join("testdata/projects")
                    .join(format!("graph-{}", rule.name))
                    .is_dir(),
                "{} has no testdata/projects/graph-{}/",
                rule.code,
                rule.name
            ),
            _ => assert!(
                fixture_dirs.contains(rule.name),
                "{} has no testdata/rules/{}/",
                rule.code,
                rule.name
            ),
        }
    }
}

#[test]
fn registry_codes_and_names_are_unique_and_well_formed() {
    let mut codes = BTreeSet::new();
    let mut names = BTreeSet::new();
    let mut previous = "";
    for rule in RULES {
        assert!(codes.insert(rule.code), "duplicate code {}", rule.code);
        assert!(names.insert(rule.name), "duplicate name {}", rule.name);
        assert!(
            rule.code > previous,
            "registry is not in code order at {}",
            rule.code
        );
        previous = rule.code;
        assert!(
            rule.code.len() == 5 && rule.code.starts_with("AL"),
            "bad code {}",
            rule.code
        );
        assert!(
            rule.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'),
            "rule names are kebab-case: {}",
            rule.name
        );
        assert_eq!(rules::find(rule.code).map(|r| r.name), Some(rule.name));
        assert_eq!(rules::find(rule.name).map(|r| r.code), Some(rule.code));
    }
}

/// The first ```python block under a `## heading`.
fn code_block<'a>(doc: &'a str, heading: &str) -> Option<&'a str> {
    code_blocks(doc, heading).next()
}

/// The ```python blocks under a `## heading`, up to the next heading.
fn code_blocks<'a>(doc: &'a str, heading: &str) -> impl Iterator<Item = &'a str> {
    let section = doc
        .find(&format!("\n## {heading}\n"))
        .map_or("", |at| &doc[at + heading.len() + 5..]);
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    section
        .split("```python\n")
        .skip(1)
        .filter_map(|block| Some(&block[..block.find("```")?]))
}

/// The doc example of `modified-migration` is the migration at the base, then as the change
/// leaves it; every other rule's is its first block.
fn example(rule: &Rule, doc: &str, heading: &str) -> Option<(String, Option<String>)> {
    let with_header = |block: &str| {
        if block.lines().any(|l| l.starts_with("revision")) {
            block.to_owned()
        } else {
            format!("{DOC_HEADER}{block}")
        }
    };
    if rule.name == "modified-migration" && heading == "Example" {
        let mut blocks = code_blocks(doc, heading);
        let base = with_header(blocks.next()?);
        return Some((with_header(blocks.next()?), Some(base)));
    }
    Some((with_header(code_block(doc, heading)?), None))
}

const DOC_HEADER: &str = "from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"1a2b3c4d5e6f\"\ndown_revision = \"0f9e8d7c6b5a\"\n";

#[test]
fn rule_docs_have_the_shape_and_their_examples_behave() {
    let mut failures = Vec::new();
    for rule in RULES {
        let doc = rule.doc;
        let mut lines = doc.lines();
        let title = format!("# {} ({})", rule.name, rule.code);
        if lines.next() != Some(title.as_str()) {
            failures.push(format!("{}: first line must be `{title}`", rule.name));
        }
        if lines.nth(1) != Some(rule.summary) {
            failures.push(format!(
                "{}: the summary line must be the registry's `{}`",
                rule.name, rule.summary
            ));
        }
        // Nothing a user writes triggers `internal-error`: its doc has no example.
        let headings: &[&str] = if rule.code == INTERNAL_ERROR {
            &["What it does", "Why is this a problem"]
        } else {
            &[
                "What it does",
                "Why is this a problem",
                "Example",
                "Use instead",
            ]
        };
        for heading in headings {
            if !doc.contains(&format!("\n## {heading}\n")) {
                failures.push(format!("{}: missing `## {heading}`", rule.name));
            }
        }
        if !is_file_rule(rule) {
            continue;
        }
        for (heading, should_fire) in [("Example", true), ("Use instead", false)] {
            let Some((source, base)) = example(rule, doc, heading) else {
                failures.push(format!(
                    "{}: no ```python block under `## {heading}`",
                    rule.name
                ));
                continue;
            };
            let base = base.as_deref().map(str::as_bytes);
            let report = check_with("example.py", source.as_bytes(), rule, base);
            let fired = report.diagnostics.iter().any(|d| d.code == rule.code);
            if fired != should_fire {
                failures.push(format!(
                    "{}: the `## {heading}` block {} the rule",
                    rule.name,
                    if fired { "fires" } else { "does not fire" }
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn expectation_comments_are_read_as_documented() {
    let text = "a = 1  # expect: x\n# expect: y\n# expect: z\nb = 2\n";
    let got: Vec<_> = expectations(text).into_iter().collect();
    assert_eq!(
        got,
        vec![
            (1, "x".to_owned()),
            (4, "y".to_owned()),
            (4, "z".to_owned())
        ]
    );
}
