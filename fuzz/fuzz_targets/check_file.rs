//! One migration file's bytes through the whole check: decode, parse, extract, file rules, the
//! revision-graph rules, and every output format. An internal error is a crash.

#![no_main]

use alembic_lint::{write_report, Format};
use alembic_lint_core::fuzzing::{assert_sound, check_whole_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let report = check_whole_file("migrations/versions/fuzzed.py", bytes);
    assert_sound(&report);
    for format in Format::ALL {
        for color in [false, true] {
            let mut out = Vec::new();
            write_report(&mut out, format, &report, color).expect("writing to memory cannot fail");
        }
    }
});
