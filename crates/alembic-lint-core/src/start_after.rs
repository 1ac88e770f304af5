//! `start-after`: a revision already applied everywhere, with its ancestors. File rules stay
//! quiet on them, so an old repository can adopt alembic-lint for new migrations only; which
//! revisions are ancestors comes from the revision graph, never from file names or dates.

use crate::check::FileReport;
use crate::graph::{Graph, Resolved};
use crate::plan::order::Lineage;

/// The paths of the files that declare `revision` and its ancestors (`down_revision` and
/// `depends_on`, as `alembic upgrade` applies them first), or `None` when this script
/// directory has no such revision. A unique partial id works as it does for Alembic.
pub(crate) fn applied_files<'a>(files: &[&'a FileReport], revision: &str) -> Option<Vec<&'a str>> {
    let graph = Graph::build(files);
    let start = match graph.resolve(revision) {
        Resolved::Revision(n) | Resolved::Prefix(n) => n,
        _ => return None,
    };
    let ancestors = Lineage::new(&graph).ancestors(&[start]);
    Some(
        ancestors
            .into_iter()
            .map(|n| graph.file_of(n).report.path.as_str())
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use crate::engine::{check_sources, Sources};
    use crate::settings::Settings;
    use crate::Selection;

    /// A migration whose `upgrade()` drops a column (`drop-column` fires on every one).
    fn migration(revision: &str, down: &str, depends_on: &str) -> String {
        format!(
            "from alembic import op\n\nrevision = \"{revision}\"\ndown_revision = {down}\n\
             depends_on = {depends_on}\n\n\ndef upgrade():\n    op.drop_column(\"t\", \"c_{revision}\")\n\n\n\
             def downgrade():\n    pass\n"
        )
    }

    /// The files `drop-column` still reports on when starting after `revision`, and the errors.
    fn reported(revision: &str) -> (Vec<String>, Vec<String>) {
        // base -> b1 -> (c2, d2); d2 -> e3; m4 merges c2 and e3; o1 is a second base that
        // depends on c2.
        let texts = [
            ("v/base.py", migration("base0001", "None", "None")),
            ("v/b1.py", migration("b1000001", "\"base0001\"", "None")),
            ("v/c2.py", migration("c2000002", "\"b1000001\"", "None")),
            ("v/d2.py", migration("d2000002", "\"b1000001\"", "None")),
            ("v/e3.py", migration("e3000003", "\"d2000002\"", "None")),
            (
                "v/m4.py",
                migration("m4000004", "(\"c2000002\", \"e3000003\")", "None"),
            ),
            ("v/o1.py", migration("o1000001", "None", "\"c2000002\"")),
        ];
        let files: Vec<(&str, &[u8])> = texts.iter().map(|(p, t)| (*p, t.as_bytes())).collect();
        let settings = Settings {
            selection: Selection::new(&["drop-column".to_owned(), "AL1".to_owned()], &[])
                .unwrap_or_else(|e| panic!("{e}")),
            start_after: Some(revision.to_owned()),
            ..Settings::default()
        };
        let sources = Sources {
            dir: "v",
            files: &files,
            dialect: None,
            complete: true,
        };
        let report = check_sources(&sources, &settings);
        let mut paths: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "drop-column")
            .map(|d| d.path.clone())
            .collect();
        paths.dedup();
        let errors = report.errors.iter().map(ToString::to_string).collect();
        (paths, errors)
    }

    #[test]
    fn file_rules_skip_the_revision_and_its_ancestors_by_graph() {
        // d2's ancestors are b1 and base; its sibling c2 and everything after stay checked.
        let (paths, errors) = reported("d2000002");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(paths, ["v/c2.py", "v/e3.py", "v/m4.py", "v/o1.py"]);
        // A merge's ancestors are both branches.
        assert_eq!(reported("m4000004").0, ["v/o1.py"]);
        // `depends_on` counts as an ancestor, as `alembic upgrade` applies it first.
        assert_eq!(reported("o1000001").0, ["v/d2.py", "v/e3.py", "v/m4.py"]);
        // A unique partial id works as it does for Alembic.
        assert_eq!(reported("e3000").0, ["v/c2.py", "v/m4.py", "v/o1.py"]);
    }

    #[test]
    fn graph_rules_still_see_the_whole_graph() {
        let texts = [
            ("v/a.py", migration("a0000001", "None", "None")),
            ("v/b.py", migration("b0000001", "\"a0000001\"", "None")),
            ("v/c.py", migration("c0000001", "\"a0000001\"", "None")),
        ];
        let files: Vec<(&str, &[u8])> = texts.iter().map(|(p, t)| (*p, t.as_bytes())).collect();
        let settings = Settings {
            start_after: Some("b0000001".to_owned()),
            ..Settings::default()
        };
        let sources = Sources {
            dir: "v",
            files: &files,
            dialect: None,
            complete: true,
        };
        let report = check_sources(&sources, &settings);
        let codes: Vec<(&str, &str)> = report
            .diagnostics
            .iter()
            .map(|d| (d.path.as_str(), d.rule))
            .collect();
        // Two heads (b and c): the graph rule reports on b although b is skipped by file rules.
        assert!(codes.contains(&("v/b.py", "multiple-heads")), "{codes:?}");
        assert!(!codes.contains(&("v/b.py", "drop-column")), "{codes:?}");
        assert!(codes.contains(&("v/c.py", "drop-column")), "{codes:?}");
    }

    #[test]
    fn an_unknown_revision_is_an_error_naming_it() {
        let (paths, errors) = reported("nosuch");
        assert_eq!(paths.len(), 7);
        assert_eq!(
            errors,
            ["invalid value `nosuch` for start-after: no checked script directory has this revision"]
        );
    }
}
