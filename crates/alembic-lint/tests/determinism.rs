//! The output is the same bytes whatever the thread count and however often it runs.

#![allow(clippy::unwrap_used)]

mod common;

use alembic_lint_synth::{write_project, Spec};
use common::{command, scratch, Run};

#[test]
fn json_output_is_identical_on_one_and_eight_threads_over_repeated_runs() {
    let dir = scratch("determinism");
    let spec = Spec {
        migrations: 1500,
        seed: 7,
    };
    write_project(&dir, &spec).unwrap();

    let run = |threads: &str| {
        let mut command = command(&dir);
        command
            .args(["check", "--format", "json"])
            .env("RAYON_NUM_THREADS", threads);
        let run = Run::from(command.output().unwrap());
        assert_eq!(run.code, 1, "{}", run.stderr);
        run.stdout
    };
    let first = run("1");
    let json: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(json["summary"]["files"], 1500);
    assert!(json["summary"]["diagnostics"].as_u64().unwrap() > 100);
    for threads in ["8", "1", "8"] {
        assert!(run(threads) == first, "output differs on {threads} threads");
    }
}
