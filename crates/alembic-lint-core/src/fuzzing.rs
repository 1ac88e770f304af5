//! What the fuzz targets and their regression test share: one file through the whole check,
//! and what must hold of the result whatever the input. Not part of the library's interface.

use crate::engine::{check_sources, Report, Sources};
use crate::rules::{Selection, INTERNAL_ERROR};
use crate::settings::Settings;

/// One file's bytes through every rule, file and graph, as the only file of its script
/// directory.
pub fn check_whole_file(path: &str, bytes: &[u8]) -> Report {
    let settings = Settings {
        selection: Selection::new(&["ALL".to_owned()], &[]).unwrap_or_default(),
        ..Settings::default()
    };
    let files = [(path, bytes)];
    let sources = Sources {
        dir: "migrations",
        files: &files,
        dialect: None,
        complete: true,
    };
    check_sources(&sources, &settings)
}

/// Panics unless the report is sound: no internal error, and every span inside its file.
pub fn assert_sound(report: &Report) {
    for d in &report.diagnostics {
        assert_ne!(d.code, INTERNAL_ERROR, "{d:?}");
        let file = report.files.iter().find(|f| f.path == d.path);
        let len = file.map_or(0, |f| f.text.len());
        assert!(d.span.start <= d.span.end && d.span.end <= len, "{d:?}");
        for label in &d.secondary {
            let file = report.files.iter().find(|f| f.path == label.path);
            let len = file.map_or(0, |f| f.text.len());
            assert!(
                label.span.start <= label.span.end && label.span.end <= len,
                "{label:?}"
            );
        }
    }
}
