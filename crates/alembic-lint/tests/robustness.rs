//! Odd and hostile input: every file gets a clear diagnostic with its path, or is skipped the
//! way Alembic skips it, and every other file is still checked.

#![allow(clippy::unwrap_used)]

mod common;

use std::fmt::Write as _;
use std::path::Path;

use common::{lint, project, Run, ADD_NOT_NULL};
use serde_json::Value;

/// Runs `check --format json` and returns the exit code, the diagnostics and stderr.
fn check_json(dir: &Path) -> (i32, Vec<Value>, String) {
    let run: Run = lint(dir, &["check", "--format", "json"]);
    let json: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|err| {
        panic!(
            "stdout is not JSON ({err}):\n{}\n{}",
            run.stdout, run.stderr
        )
    });
    let diagnostics = json["diagnostics"].as_array().unwrap().clone();
    (run.code, diagnostics, run.stderr)
}

/// `(path, code)` of each diagnostic, in output order.
fn codes(diagnostics: &[Value]) -> Vec<(String, String)> {
    diagnostics
        .iter()
        .map(|d| {
            let path = d["path"].as_str().unwrap();
            let file = path.rsplit('/').next().unwrap().to_owned();
            (file, d["code"].as_str().unwrap().to_owned())
        })
        .collect()
}

fn find<'a>(diagnostics: &'a [Value], file: &str, code: &str) -> &'a Value {
    diagnostics
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with(file) && d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} on {file} in {diagnostics:#?}"))
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(file, code)| (file.to_string(), code.to_string()))
        .collect()
}

#[test]
fn broken_files_each_get_a_diagnostic_with_their_path() {
    let dir = project(
        "broken-files",
        &[
            ("9f8e7d6c5b4a_score.py", ADD_NOT_NULL),
            ("empty.py", ""),
            ("bom_only.py", "\u{feff}"),
        ],
    );
    let versions = dir.join("alembic/versions");
    std::fs::write(versions.join("latin1.py"), b"revision = \"caf\xe9\"\n").unwrap();

    let (code, diagnostics, stderr) = check_json(&dir);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stderr, "");
    assert_eq!(
        codes(&diagnostics),
        pairs(&[
            ("9f8e7d6c5b4a_score.py", "AL201"),
            ("bom_only.py", "AL002"),
            ("empty.py", "AL002"),
            ("latin1.py", "AL001"),
        ])
    );
    let latin1 = find(&diagnostics, "latin1.py", "AL001");
    assert_eq!(
        latin1["message"],
        "file is not valid UTF-8 (byte 0xe9 at offset 15)"
    );
    assert_eq!(
        (&latin1["line"], &latin1["column"]),
        (&1.into(), &16.into())
    );
}

#[test]
fn crlf_and_cr_line_endings_give_the_same_lines_and_columns() {
    let crlf = ADD_NOT_NULL.replace('\n', "\r\n");
    let cr = ADD_NOT_NULL.replace('\n', "\r");
    let dir = project(
        "line-endings",
        &[
            ("a_lf.py", ADD_NOT_NULL),
            ("b_crlf.py", &crlf),
            ("c_cr.py", &cr),
        ],
    );
    let (_, diagnostics, stderr) = check_json(&dir);
    let positions: Vec<(String, [u64; 4])> = diagnostics
        .iter()
        .filter(|d| d["code"] == "AL201")
        .map(|d| {
            let at = |key: &str| d[key].as_u64().unwrap();
            let path = d["path"].as_str().unwrap().to_owned();
            (
                path,
                [at("line"), at("column"), at("end_line"), at("end_column")],
            )
        })
        .collect();
    assert_eq!(positions.len(), 3, "{diagnostics:#?}\n{stderr}");
    // `op.add_column(...)` on line 18 of the migration, 4 spaces in, 74 characters long.
    for (path, position) in &positions {
        assert_eq!(position, &[18, 5, 18, 79], "{path}");
    }
}

#[test]
fn five_megabyte_migration_is_checked_to_its_last_line() {
    let mut upgrade = String::new();
    let mut downgrade = String::new();
    let mut i = 0;
    while upgrade.len() < 5_000_000 {
        writeln!(
            upgrade,
            "    op.add_column(\"events\", sa.Column(\"attribute_{i:06}\", sa.Text(), nullable=True))"
        )
        .unwrap();
        writeln!(
            downgrade,
            "    op.drop_column(\"events\", \"attribute_{i:06}\")"
        )
        .unwrap();
        i += 1;
    }
    let header = "revision = \"5b5b5b5b5b5b\"\ndown_revision = \"9f8e7d6c5b4a\"\n\n\
                  from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n";
    let last =
        "    op.add_column(\"events\", sa.Column(\"score\", sa.Integer(), nullable=False))\n";
    let source =
        format!("{header}{upgrade}{last}\n\ndef downgrade():\n    op.drop_column(\"events\", \"score\")\n{downgrade}");
    let last_line = header.lines().count() + i + 1;
    let dir = project(
        "five-megabytes",
        &[
            ("5b5b5b5b5b5b_wide.py", &source),
            ("9f8e7d6c5b4a_score.py", ADD_NOT_NULL),
        ],
    );
    let (_, diagnostics, stderr) = check_json(&dir);
    assert_eq!(
        codes(&diagnostics),
        pairs(&[
            ("5b5b5b5b5b5b_wide.py", "AL201"),
            ("9f8e7d6c5b4a_score.py", "AL201")
        ]),
        "{stderr}"
    );
    let wide = find(&diagnostics, "_wide.py", "AL201");
    assert_eq!(wide["line"], last_line as u64);
}

#[test]
fn deeply_nested_expressions_are_a_syntax_error_not_a_crash() {
    let depth = 100_000;
    let shapes = [
        (
            "parentheses.py",
            format!("{}1{}", "(".repeat(depth), ")".repeat(depth)),
        ),
        ("minus_signs.py", format!("{}1", "-".repeat(depth))),
        ("additions.py", vec!["1"; depth].join(" + ")),
        ("attributes.py", format!("sa{}", ".x".repeat(depth))),
        ("calls.py", format!("f{}", "()".repeat(depth))),
        ("f_string.py", format!("f\"{{{}1}}\"", "-".repeat(depth))),
    ];
    let sources: Vec<(&str, String)> = shapes
        .iter()
        .map(|(file, expression)| {
            (
                *file,
                format!("revision = \"d\"\ndown_revision = None\n\nx = {expression}\n"),
            )
        })
        .collect();
    let mut files: Vec<(&str, &str)> = sources.iter().map(|(f, s)| (*f, s.as_str())).collect();
    files.push(("9f8e7d6c5b4a_score.py", ADD_NOT_NULL));
    let dir = project("deep-nesting", &files);

    let (code, diagnostics, stderr) = check_json(&dir);
    assert_eq!(code, 1, "{stderr}");
    for (file, _) in &shapes {
        let error = find(&diagnostics, file, "AL001");
        let message = error["message"].as_str().unwrap_or_default();
        // What CPython refuses, said as CPython's own limit: 200 open brackets, or a syntax
        // tree deeper than `ast.parse` builds.
        let expected = if *file == "parentheses.py" {
            "brackets are nested more than 200 deep, more than Python accepts"
        } else {
            "expression is nested more than 2996 levels deep (each operator, `.`, call or \
             subscript in a chain is one level), more than Python can parse"
        };
        assert_eq!(message, expected, "{file}");
        assert_eq!(error["line"], 4);
    }
    find(&diagnostics, "9f8e7d6c5b4a_score.py", "AL201");
}

#[test]
fn long_flat_sql_expression_is_read_not_a_crash() {
    let terms = 40_000;
    let sql = format!(
        "SELECT 1{}; CREATE INDEX ix_events_kind ON events (kind)",
        "+1".repeat(terms)
    );
    let source = format!(
        "revision = \"f2f2f2f2f2f2\"\ndown_revision = \"9f8e7d6c5b4a\"\n\nfrom alembic import op\n\n\n\
         def upgrade():\n    op.execute(\"{sql}\")\n\n\n\
         def downgrade():\n    op.drop_index(\"ix_events_kind\", table_name=\"events\")\n"
    );
    let dir = project(
        "long-flat-sql",
        &[
            ("f2f2f2f2f2f2_sum.py", &source),
            ("9f8e7d6c5b4a_score.py", ADD_NOT_NULL),
        ],
    );
    let (code, diagnostics, stderr) = check_json(&dir);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(stderr, "");
    assert_eq!(
        codes(&diagnostics),
        pairs(&[
            ("9f8e7d6c5b4a_score.py", "AL201"),
            ("f2f2f2f2f2f2_sum.py", "AL202"),
        ])
    );
}

#[test]
fn huge_sql_string_is_read_statement_by_statement() {
    let mut sql = String::new();
    for i in 0..20_000 {
        writeln!(sql, "UPDATE events SET kind = 'kind_{i}' WHERE id = {i};").unwrap();
    }
    sql.push_str("CREATE INDEX ix_events_kind ON events (kind);\n");
    let source = format!(
        "revision = \"e1e1e1e1e1e1\"\ndown_revision = None\n\nfrom alembic import op\n\n\n\
         def upgrade():\n    op.execute(\"\"\"\n{sql}\"\"\")\n\n\n\
         def downgrade():\n    op.drop_index(\"ix_events_kind\", table_name=\"events\")\n"
    );
    assert!(source.len() > 1_000_000);
    let dir = project("huge-sql", &[("e1e1e1e1e1e1_backfill.py", &source)]);
    let (_, diagnostics, stderr) = check_json(&dir);
    assert!(
        codes(&diagnostics).contains(&("e1e1e1e1e1e1_backfill.py".into(), "AL202".into())),
        "{diagnostics:#?}\n{stderr}"
    );
}

#[test]
fn files_alembic_does_not_load_are_skipped() {
    let dir = project("not-migrations", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    let versions = dir.join("alembic/versions");
    let skipped = [
        "README.md",
        "schema.sql",
        "9f8e7d6c5b4a_score.py~",
        "9f8e7d6c5b4a_score.py.orig",
        ".#9f8e7d6c5b4a_score.py",
        "__init__.py",
        "__pycache__/9f8e7d6c5b4a_score.cpython-311.pyc",
    ];
    for name in skipped {
        let path = versions.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "this is not Python (\n").unwrap();
    }
    let (code, diagnostics, stderr) = check_json(&dir);
    assert_eq!(
        (code, codes(&diagnostics), stderr.as_str()),
        (1, pairs(&[("9f8e7d6c5b4a_score.py", "AL201")]), "")
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_do_not_stop_the_check() {
    let dir = project("symlink-loops", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    // Alembic does not enter symlinked folders in `versions/`; neither does the check.
    std::os::unix::fs::symlink("..", dir.join("alembic/versions/parent")).unwrap();
    // Elsewhere in the project the search for script directories meets the loop and says so.
    std::fs::create_dir(dir.join("docs")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("docs/project")).unwrap();

    let (code, diagnostics, stderr) = check_json(&dir);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        codes(&diagnostics),
        pairs(&[("9f8e7d6c5b4a_score.py", "AL201")])
    );
    assert_eq!(
        stderr,
        "warning: docs/project: symlink loop back to `.`, not followed\n"
    );
}
