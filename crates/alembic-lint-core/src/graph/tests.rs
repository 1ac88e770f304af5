#![allow(clippy::unwrap_used)]

use super::*;
use crate::model::{IdField, IdValue, RevisionMeta};
use crate::settings::Settings;

/// A migration file in `versions/` whose identifier variables sit on consecutive lines.
struct Rev {
    id: &'static str,
    down: IdValue,
    labels: Option<IdValue>,
    deps: Option<IdValue>,
}

fn rev(id: &'static str, down: &[&str]) -> Rev {
    let down = match down {
        [] => IdValue::None,
        [one] => IdValue::One((*one).to_owned()),
        many => IdValue::Many(many.iter().map(|s| (*s).to_owned()).collect()),
    };
    Rev {
        id,
        down,
        labels: None,
        deps: None,
    }
}

impl Rev {
    fn labels(mut self, labels: &[&str]) -> Rev {
        self.labels = Some(IdValue::Many(
            labels.iter().map(|s| (*s).to_owned()).collect(),
        ));
        self
    }

    fn computed_labels(mut self) -> Rev {
        self.labels = Some(IdValue::NotLiteral);
        self
    }

    fn deps(mut self, deps: &[&str]) -> Rev {
        self.deps = Some(IdValue::Many(
            deps.iter().map(|s| (*s).to_owned()).collect(),
        ));
        self
    }
}

fn field(value: IdValue, line: usize) -> Option<IdField> {
    let start = line * 100;
    Some(IdField {
        value,
        span: Span::new(start, start + 40),
        value_span: Span::new(start + 20, start + 40),
    })
}

fn files(revs: Vec<Rev>) -> Vec<FileReport> {
    revs.into_iter()
        .map(|r| {
            let meta = RevisionMeta {
                revision: field(IdValue::One(r.id.to_owned()), 1),
                down_revision: field(r.down, 2),
                branch_labels: r.labels.and_then(|l| field(l, 3)),
                depends_on: r.deps.and_then(|d| field(d, 4)),
                message: Some(format!("revision {}", r.id)),
                ..RevisionMeta::default()
            };
            FileReport {
                path: format!("versions/{}.py", r.id),
                text: String::new(),
                meta: Some(meta),
                ..FileReport::default()
            }
        })
        .collect()
}

fn unreadable(path: &str, text: &str) -> FileReport {
    FileReport {
        path: path.to_owned(),
        text: text.to_owned(),
        meta: None,
        ..FileReport::default()
    }
}

/// Every graph rule on the files.
fn check(reports: &[FileReport]) -> Vec<Diagnostic> {
    let refs: Vec<&FileReport> = reports.iter().collect();
    crate::engine::check_graph(&refs, &Settings::default())
}

fn summary(reports: &[FileReport]) -> GraphSummary {
    let refs: Vec<&FileReport> = reports.iter().collect();
    summarize(&refs)
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
    diagnostics.iter().map(|d| d.code).collect()
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| (*s).to_owned()).collect()
}

fn history_labels(s: &GraphSummary) -> Vec<(String, Vec<String>)> {
    let mut labels: Vec<_> = s
        .history
        .iter()
        .map(|r| (r.id.clone(), r.branch_labels.clone()))
        .collect();
    labels.sort();
    labels
}

#[test]
fn linear_history_is_healthy() {
    let f = files(vec![rev("a1", &[]), rev("b2", &["a1"]), rev("c3", &["b2"])]);
    assert!(check(&f).is_empty());
    let s = summary(&f);
    assert_eq!(s.revisions, 3);
    assert_eq!(s.heads, strings(&["c3"]));
    assert_eq!(s.bases, strings(&["a1"]));
    let ids: Vec<&str> = s.history.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["c3", "b2", "a1"]);
    assert!(s.history[0].is_head && s.history[2].is_base);
}

#[test]
fn two_heads_give_one_diagnostic_with_the_merge_command() {
    let f = files(vec![
        rev("ae10", &[]),
        rev("27c6", &["ae10"]),
        rev("9f3b", &["ae10"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL101"]);
    assert_eq!(d[0].message, "several heads: `27c6`, `9f3b`");
    assert_eq!(
        d[0].help.as_deref(),
        Some("run `alembic merge -m \"merge heads\" 27c6 9f3b`")
    );
    assert_eq!(d[0].path, "versions/27c6.py");
    assert_eq!(d[0].revision.as_deref(), Some("27c6"));
    assert_eq!(d[0].span, Span::new(100, 140));
    assert_eq!(d[0].secondary.len(), 1);
    assert_eq!(d[0].secondary[0].path, "versions/9f3b.py");
    let s = summary(&f);
    assert_eq!(s.branch_points, strings(&["ae10"]));
}

#[test]
fn merged_branches_are_healthy() {
    let f = files(vec![
        rev("a1", &[]),
        rev("b2", &["a1"]),
        rev("c3", &["a1"]),
        rev("d4", &["b2", "c3"]),
    ]);
    assert!(check(&f).is_empty());
    let s = summary(&f);
    assert_eq!(s.heads, strings(&["d4"]));
    assert_eq!(s.merges, strings(&["d4"]));
    assert_eq!(s.branch_points, strings(&["a1"]));
    let ids: Vec<&str> = s.history.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["d4", "b2", "c3", "a1"]);
}

#[test]
fn labelled_expand_and_contract_heads_are_on_purpose() {
    let f = files(vec![
        rev("base0", &[]),
        rev("exp1", &["base0"]).labels(&["expand"]),
        rev("exp2", &["exp1"]),
        rev("con1", &["base0"]).labels(&["contract"]),
        rev("con2", &["con1"]).deps(&["exp2"]),
    ]);
    assert!(check(&f).is_empty());
    let s = summary(&f);
    assert_eq!(s.heads, strings(&["con2", "exp2"]));
    let expected = [
        ("base0", vec![]),
        ("con1", vec!["contract"]),
        ("con2", vec!["contract"]),
        ("exp1", vec!["expand"]),
        ("exp2", vec!["expand"]),
    ];
    let expected: Vec<(String, Vec<String>)> = expected
        .iter()
        .map(|(id, l)| ((*id).to_owned(), strings(l)))
        .collect();
    assert_eq!(history_labels(&s), expected);
    // exp2 is depended on, so it is an "effective head" and comes after con2.
    let exp2 = s.history.iter().find(|r| r.id == "exp2").unwrap();
    assert!(exp2.is_head && exp2.has_dependents);
    let at = |id: &str| s.history.iter().position(|r| r.id == id).unwrap();
    assert!(at("con2") < at("exp2"));
    assert_eq!(
        s.branch_labels.get("expand").map(String::as_str),
        Some("exp1")
    );
}

#[test]
fn computed_labels_still_tell_branches_apart() {
    let f = files(vec![
        rev("base0", &[]),
        rev("exp1", &["base0"]).computed_labels(),
        rev("con1", &["base0"]).computed_labels(),
        rev("con2", &["con1"]).deps(&["unknownlabel"]),
    ]);
    // The dependency may be one of the computed labels.
    assert!(check(&f).is_empty());
}

#[test]
fn two_heads_on_one_labelled_branch() {
    let f = files(vec![
        rev("base0", &[]),
        rev("exp1", &["base0"]).labels(&["expand"]),
        rev("exp2", &["exp1"]),
        rev("exp3", &["exp1"]),
        rev("con1", &["base0"]).labels(&["contract"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL101"]);
    assert_eq!(
        d[0].message,
        "several heads on branch `expand`: `exp2`, `exp3`"
    );
}

#[test]
fn a_head_depended_on_is_still_a_head() {
    // As `alembic heads` shows it: `depends_on` does not make its target a non-head.
    let f = files(vec![
        rev("a1", &[]),
        rev("b2", &["a1"]),
        rev("c3", &["a1"]).deps(&["b2"]),
    ]);
    assert_eq!(summary(&f).heads, strings(&["b2", "c3"]));
    assert_eq!(codes(&check(&f)), ["AL101"]);
}

#[test]
fn labels_spread_down_a_plain_line_to_the_branch_point() {
    let f = files(vec![
        rev("r0", &[]),
        rev("r1", &["r0"]),
        rev("r2", &["r1"]).labels(&["l"]),
        rev("r3", &["r2"]),
    ]);
    let s = summary(&f);
    assert!(s.history.iter().all(|r| r.branch_labels == strings(&["l"])));

    let f = files(vec![
        rev("r0", &[]),
        rev("r1", &["r0"]),
        rev("e1", &["r1"]).labels(&["ex"]),
        rev("e2", &["e1"]),
        rev("c1", &["r1"]),
        rev("c2", &["c1"]).labels(&["co"]),
    ]);
    let labels = history_labels(&summary(&f));
    let get = |id: &str| labels.iter().find(|(i, _)| i == id).unwrap().1.clone();
    assert_eq!(get("r0"), Vec::<String>::new());
    assert_eq!(get("r1"), Vec::<String>::new());
    assert_eq!(get("c1"), strings(&["co"]));
    assert_eq!(get("e2"), strings(&["ex"]));

    // Revisions after a branch point below the label do not pass it down.
    let f = files(vec![
        rev("r0", &[]),
        rev("r1", &["r0"]).labels(&["l"]),
        rev("r2", &["r1"]),
        rev("r3", &["r1"]),
        rev("r4", &["r2", "r3"]),
    ]);
    let labels = history_labels(&summary(&f));
    assert_eq!(labels[0], ("r0".to_owned(), Vec::new()));
    assert!(labels[1..].iter().all(|(_, l)| *l == strings(&["l"])));
}

#[test]
fn separate_unlabelled_bases_are_reported_once() {
    let f = files(vec![
        rev("a1", &[]),
        rev("a2", &["a1"]),
        rev("b1", &[]),
        rev("b2", &["b1"]),
        rev("m3", &["a2", "b2"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL102"]);
    assert_eq!(d[0].message, "several base revisions: `a1`, `b1`");
    assert_eq!(d[0].span, Span::new(200, 240));
    assert_eq!(d[0].secondary[0].path, "versions/b1.py");
}

#[test]
fn labelled_bases_are_on_purpose() {
    let f = files(vec![
        rev("a1", &[]).labels(&["core"]),
        rev("a2", &["a1"]),
        rev("b1", &[]).labels(&["plugin"]).deps(&["core"]),
        rev("b2", &["b1"]),
        rev("c1", &[]).labels(&["audit"]),
    ]);
    assert!(check(&f).is_empty());
    let s = summary(&f);
    assert_eq!(s.bases, strings(&["a1", "b1", "c1"]));
    assert_eq!(s.heads, strings(&["a2", "b2", "c1"]));
}

#[test]
fn duplicate_ids_are_reported_once_with_every_file() {
    let mut f = files(vec![
        rev("a1", &[]),
        rev("b2", &["a1"]),
        rev("b2", &["a1"]),
        rev("b2", &["a1"]),
    ]);
    f[2].path = "versions/b2_copy.py".to_owned();
    f[3].path = "versions/b2_other.py".to_owned();
    let d = check(&f);
    assert_eq!(codes(&d), ["AL103"]);
    assert_eq!(d[0].message, "revision id `b2` is declared by 3 files");
    assert_eq!(d[0].secondary.len(), 2);
    assert_eq!(summary(&f).heads, strings(&["b2"]));
}

#[test]
fn unknown_down_revisions_are_grouped_and_hinted() {
    let f = files(vec![
        rev("a1b2c3d4e5f6", &[]).labels(&["core"]),
        rev("b2", &["zzzz"]),
        rev("c3", &["zzzz"]),
        rev("d4", &["a1b2"]),
        rev("e5", &["core"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL104", "AL104", "AL104"]);
    assert_eq!(
        d[0].message,
        "`down_revision` names `zzzz`, which is not a revision in this script directory"
    );
    assert_eq!(d[0].span, Span::new(220, 240));
    assert_eq!(d[0].secondary.len(), 1);
    assert_eq!(
        d[1].help.as_deref(),
        Some("`down_revision` needs the full revision id: write `a1b2c3d4e5f6`")
    );
    assert!(d[2]
        .help
        .as_deref()
        .unwrap()
        .contains("write `a1b2c3d4e5f6`, the revision that declares it"));
}

#[test]
fn an_unreadable_file_may_hold_the_missing_revision() {
    let mut f = files(vec![
        rev("a1", &[]),
        rev("b2", &["a1"]),
        rev("c3", &["a1"]),
        rev("d4", &["x9"]),
    ]);
    f.push(unreadable(
        "versions/x9_broken.py",
        "revision = 'x9'\ndown_revision = ('b2', 'c3'\n",
    ));
    // The broken file may be the merge of `b2` and `c3`, and declares `x9`.
    assert!(check(&f).is_empty());
}

#[test]
fn a_module_without_revision_variables_is_not_a_revision() {
    let mut f = files(vec![rev("a1", &[]), rev("b2", &["a1"]), rev("c3", &["a1"])]);
    let init = RevisionMeta {
        message: Some("helpers".to_owned()),
        ..RevisionMeta::default()
    };
    f.push(FileReport {
        path: "versions/__init__.py".to_owned(),
        text: String::new(),
        meta: Some(init),
        ..FileReport::default()
    });
    assert_eq!(codes(&check(&f)), ["AL101"]);
    assert_eq!(summary(&f).revisions, 3);
}

#[test]
fn a_cycle_is_reported_once_in_order() {
    let f = files(vec![
        rev("r0", &[]),
        rev("r1", &["r0", "r3"]),
        rev("r2", &["r1"]),
        rev("r3", &["r2"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL105"]);
    assert_eq!(
        d[0].message,
        "revisions form a cycle: `r1` -> `r2` -> `r3` -> `r1`"
    );
    assert_eq!(d[0].path, "versions/r1.py");
    assert_eq!(d[0].label.as_deref(), Some("`down_revision` names `r3`"));
    let labels: Vec<(&str, &str)> = d[0]
        .secondary
        .iter()
        .map(|l| (l.path.as_str(), l.message.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            ("versions/r3.py", "`down_revision` names `r2`"),
            ("versions/r2.py", "`down_revision` names `r1`")
        ]
    );
}

#[test]
fn a_revision_naming_itself_is_a_cycle() {
    let f = files(vec![
        rev("r0", &[]),
        rev("r1", &["r1"]),
        rev("r2", &["r0"]).deps(&["r2"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL105", "AL105"]);
    assert_eq!(
        d[0].message,
        "revision `r1` names itself in `down_revision`"
    );
    assert_eq!(d[1].message, "revision `r2` names itself in `depends_on`");
    assert_eq!(d[1].span, Span::new(420, 440));
}

#[test]
fn dependency_cycles_are_cycles() {
    let f = files(vec![
        rev("r0", &[]),
        rev("r1", &["r0"]).deps(&["r2"]),
        rev("r2", &["r1"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL105"]);
    assert_eq!(d[0].message, "revisions form a cycle: `r1` -> `r2` -> `r1`");
    assert_eq!(d[0].label.as_deref(), Some("`depends_on` names `r2`"));
}

#[test]
fn unresolved_dependencies() {
    let f = files(vec![
        rev("aaaa1111", &[]).labels(&["core"]),
        rev("dddd1111", &["aaaa1111"]),
        rev("aaaa2222", &["dddd1111"]),
        rev("bbbb1111", &["aaaa2222"]).deps(&["core", "aaaa2222", "dddd", "aaaa", "nothing"]),
        rev("cccc1111", &["bbbb1111"]).deps(&["nothing"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL106", "AL106", "AL106"]);
    assert_eq!(
        d[0].message,
        "`depends_on` names `dddd`, a partial revision id"
    );
    assert!(d[0]
        .help
        .as_deref()
        .unwrap()
        .starts_with("write the full revision id `dddd1111`"));
    assert_eq!(
        d[1].message,
        "`depends_on` names `aaaa`, which starts several revision ids: `aaaa1111`, `aaaa2222`"
    );
    assert_eq!(
        d[2].message,
        "`depends_on` names `nothing`, which is neither a revision nor a branch label in this script directory"
    );
    assert_eq!(d[2].secondary.len(), 1);
    assert_eq!(d[2].secondary[0].path, "versions/cccc1111.py");
}

#[test]
fn duplicate_branch_labels() {
    let f = files(vec![
        rev("a1", &[]).labels(&["core"]),
        rev("b1", &[]).labels(&["core", "a1"]),
        rev("c1", &["a1"]).labels(&["core"]),
    ]);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL107", "AL107"]);
    assert_eq!(
        d[0].message,
        "branch label `core` is declared by 3 revisions: `a1`, `b1`, `c1`"
    );
    assert_eq!(d[0].secondary.len(), 2);
    assert_eq!(d[1].message, "branch label `a1` is also a revision id");
    assert_eq!(d[1].path, "versions/b1.py");
    assert_eq!(d[1].secondary[0].path, "versions/a1.py");
}

#[test]
fn a_very_long_chain_needs_no_deep_recursion() {
    const LEN: usize = 100_000;
    let ids: Vec<&'static str> = (0..LEN)
        .map(|i| &*Box::leak(format!("{i:012x}").into_boxed_str()))
        .collect();
    let mut revs = vec![rev(ids[0], &[])];
    revs.extend((1..LEN).map(|i| rev(ids[i], &[ids[i - 1]])));
    let f = files(revs);
    assert!(check(&f).is_empty());
    let s = summary(&f);
    assert_eq!(s.history.len(), LEN);
    assert_eq!(s.heads, strings(&[ids[LEN - 1]]));

    // The same chain closed into one big cycle.
    let mut f = f;
    f[0].meta.as_mut().unwrap().down_revision = field(IdValue::One(ids[LEN - 1].to_owned()), 2);
    let d = check(&f);
    assert_eq!(codes(&d), ["AL105"]);
    assert_eq!(d[0].secondary.len(), LEN - 1);
}
