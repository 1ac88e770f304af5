//! One migration file's bytes through the whole check: decode, parse, extract, file rules, the
//! revision-graph rules, and every output format. An internal error is a crash.

#![no_main]

use alembic_lint::{write_report, Format};
use alembic_lint_core::{check_file, graph, Selection, INTERNAL_ERROR};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let all_rules = Selection::new(&["ALL".to_owned()], &[]).expect("`ALL` is a valid selection");
    let report = check_file("migrations/versions/fuzzed.py", bytes, &all_rules);
    let mut diagnostics = report.diagnostics.clone();
    assert!(diagnostics.iter().all(|d| d.code != INTERNAL_ERROR));
    diagnostics.extend(graph::check_script_dir(&[&report]));
    for d in &diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= report.text.len(), "{d:?}");
    }
    diagnostics.sort_by(|a, b| (a.span.start, a.code).cmp(&(b.span.start, b.code)));
    let reports = [report];
    for format in Format::ALL {
        for color in [false, true] {
            let mut out = Vec::new();
            write_report(&mut out, format, &reports, &diagnostics, color)
                .expect("writing to memory cannot fail");
        }
    }
});
