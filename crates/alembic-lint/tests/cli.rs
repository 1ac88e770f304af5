//! Exit codes, arguments, colour and error handling of the `alembic-lint` binary.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use alembic_lint_core::RULES;
use common::{clean_migration, command, lint, project, scratch, Run, ADD_NOT_NULL};

/// Exit code 2 comes with exactly one `error: ...` line and no backtrace.
fn assert_fails_with_one_line(run: &Run, needle: &str) {
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "stderr: {}", run.stderr);
    assert!(lines[0].starts_with("error: "), "stderr: {}", run.stderr);
    assert!(lines[0].contains(needle), "stderr: {}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "stderr: {}", run.stderr);
}

#[test]
fn version_prints_name_and_version() {
    let run = lint(Path::new("."), &["--version"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        format!("alembic-lint {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_2() {
    let no_command = lint(Path::new("."), &[]);
    assert_eq!(no_command.code, 2);
    let bad_flag = lint(Path::new("."), &["check", "--no-such-flag"]);
    assert_eq!(bad_flag.code, 2);
    assert!(
        bad_flag.stderr.contains("--no-such-flag"),
        "{}",
        bad_flag.stderr
    );
    let bad_format = lint(Path::new("."), &["check", "--format", "xml"]);
    assert_eq!(bad_format.code, 2);
    let bad_color = lint(Path::new("."), &["check", "--color", "sometimes"]);
    assert_eq!(bad_color.code, 2);
}

#[test]
fn clean_project_exits_0() {
    let dir = project(
        "clean",
        &[(
            "a1b2c3d4e5f6_notes.py",
            &clean_migration("a1b2c3d4e5f6", None),
        )],
    );
    let run = lint(&dir, &["check"]);
    assert_eq!(
        run.code, 0,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert_eq!(run.stdout, "All checks passed: 1 migration file checked.\n");
    assert_eq!(run.stderr, "");
}

#[test]
fn diagnostics_exit_1() {
    let dir = project("diagnostics", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    let run = lint(&dir, &["check", "--format", "concise"]);
    assert_eq!(
        run.code, 1,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    assert!(
        run.stdout.starts_with(
            "alembic/versions/9f8e7d6c5b4a_score.py:18:5: AL201 [add-not-null-column-without-default] "
        ),
        "{}",
        run.stdout
    );
    // Concise output is for scripts: one line per problem on stdout, the count on stderr.
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert_eq!(
        run.stderr,
        "Found 1 problem (1 error) in 1 of 1 migration file.\n"
    );
}

#[test]
fn warnings_alone_also_exit_1() {
    let text = clean_migration("b2c3d4e5f6a7", None).replace(
        "    op.drop_table(\"notes_b2c3d4e5f6a7\")",
        "    raise NotImplementedError()",
    );
    let dir = project("warnings", &[("b2c3d4e5f6a7_notes.py", &text)]);
    let run = lint(&dir, &["check", "--format", "json"]);
    assert_eq!(
        run.code, 1,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let severities: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["severity"].as_str().unwrap())
        .collect();
    assert_eq!(severities, ["warning"]);
}

#[test]
fn select_and_ignore_filter_what_is_reported() {
    let dir = project("selection", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    for args in [
        &["check", "--ignore", "AL201"][..],
        &["check", "--ignore", "add-not-null-column-without-default"],
        &["check", "--ignore", "AL2"],
        &["check", "--select", "AL0,AL1"],
        &["check", "--select", "AL0", "--select", "AL1"],
    ] {
        let run = lint(&dir, args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stdout);
    }
    let selected = lint(&dir, &["check", "--select", "ALL", "--ignore", "AL0,AL1"]);
    assert_eq!(selected.code, 1, "{}", selected.stdout);
}

#[test]
fn bad_selector_exits_2() {
    let dir = project("bad-selector", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    let select = lint(&dir, &["check", "--select", "AL201,no-such-rule"]);
    assert_fails_with_one_line(&select, "unknown rule selector `no-such-rule`");
    assert_eq!(select.stdout, "");
    let ignore = lint(&dir, &["check", "--ignore", "XY1"]);
    assert_fails_with_one_line(&ignore, "unknown rule selector `XY1`");
}

#[test]
fn nonexistent_path_exits_2() {
    let dir = scratch("nonexistent");
    let run = lint(&dir, &["check", "no/such/dir"]);
    assert_fails_with_one_line(&run, "no/such/dir");
    assert_eq!(run.stdout, "");
}

#[test]
fn directory_without_migrations_exits_2() {
    let dir = scratch("empty");
    std::fs::write(dir.join("app.py"), "print('hello')\n").unwrap();
    let run = lint(&dir, &["check", "."]);
    assert_fails_with_one_line(&run, "");
}

/// Checks the project with one unreadable entry beside a readable migration: the entry is an
/// `error:` line on stderr, the readable file is still checked, and the exit code is 2.
fn assert_unreadable_is_reported(dir: &Path, name: &str) {
    let run = lint(dir, &["check", "--format", "concise"]);
    assert_eq!(
        run.code, 2,
        "stdout: {}\nstderr: {}",
        run.stdout, run.stderr
    );
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    let path = format!("`alembic/versions/{name}`");
    assert!(errors[0].contains(&path), "{}", run.stderr);
    assert!(run.stdout.contains("AL201"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn dangling_symlink_is_reported_and_the_rest_still_checked() {
    let dir = project("dangling", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    let link = dir.join("alembic/versions/0a0b0c0d0e0f_dangling.py");
    std::os::unix::fs::symlink("gone.py", link).unwrap();
    assert_unreadable_is_reported(&dir, "0a0b0c0d0e0f_dangling.py");
}

#[test]
fn directory_named_like_a_migration_is_reported_and_the_rest_still_checked() {
    let dir = project("folder", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    std::fs::create_dir(dir.join("alembic/versions/1a1b1c1d1e1f_folder.py")).unwrap();
    assert_unreadable_is_reported(&dir, "1a1b1c1d1e1f_folder.py");
}

#[cfg(unix)]
#[test]
fn file_without_read_permission_is_reported_and_the_rest_still_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = project("permissions", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    let locked = dir.join("alembic/versions/2a2b2c2d2e2f_locked.py");
    std::fs::write(
        &locked,
        clean_migration("2a2b2c2d2e2f", Some("9f8e7d6c5b4a")),
    )
    .unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        // Permissions do not stop root; a regular file whose every read fails does:
        // `/proc/self/mem` read from offset 0, an address no process maps.
        std::fs::remove_file(&locked).unwrap();
        std::os::unix::fs::symlink("/proc/self/mem", &locked).unwrap();
    }
    assert_unreadable_is_reported(&dir, "2a2b2c2d2e2f_locked.py");
}

#[test]
fn checking_never_runs_migration_code() {
    let dir = project("no-execution", &[]);
    let marker = |name: &str| dir.join(format!("{name}-was-run"));
    let write_marker = |name: &str| {
        format!(
            "import pathlib\npathlib.Path({:?}).write_text(\"imported\")\n",
            marker(name).display().to_string()
        )
    };
    std::fs::write(
        dir.join("alembic/env.py"),
        format!("{}from alembic import context\n", write_marker("env")),
    )
    .unwrap();
    let migration = clean_migration("3a3b3c3d3e3f", None).replace(
        "from alembic import op\n",
        &format!("from alembic import op\n{}", write_marker("migration")),
    );
    std::fs::write(
        dir.join("alembic/versions/3a3b3c3d3e3f_notes.py"),
        migration,
    )
    .unwrap();
    std::fs::write(
        dir.join("alembic/versions/__init__.py"),
        write_marker("package"),
    )
    .unwrap();

    for args in [
        &["check"][..],
        &["graph"],
        &["check", "alembic/versions/3a3b3c3d3e3f_notes.py"],
    ] {
        let run = lint(&dir, args);
        assert_eq!(run.code, 0, "{args:?}: {}{}", run.stdout, run.stderr);
    }
    for name in ["env", "migration", "package"] {
        assert!(!marker(name).exists(), "{name} code was run");
    }
    // The same file does write its marker when Python runs it, so the check above can fail.
    let python = std::process::Command::new("python3")
        .arg(dir.join("alembic/env.py"))
        .output();
    if python.is_ok() {
        assert!(marker("env").exists());
    }
}

#[test]
fn rules_lists_every_rule() {
    let run = lint(Path::new("."), &["rules"]);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines.len(),
        RULES.len() + 1,
        "a header, then one line per rule"
    );
    for (line, rule) in lines[1..].iter().zip(RULES) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let default = match rule.code {
            "AL000" => "always",
            "AL108" => "diff",
            _ if rule.default_on => "on",
            _ => "opt-in",
        };
        assert_eq!(
            &words[..4],
            [rule.code, rule.name, default, rule.severity.as_str()]
        );
    }
}

#[test]
fn rule_prints_the_doc_by_name_or_code() {
    let rule = RULES[0];
    for key in [rule.name, rule.code, &rule.code.to_ascii_lowercase()] {
        let run = lint(Path::new("."), &["rule", key]);
        assert_eq!(run.code, 0);
        assert_eq!(run.stdout.trim_end(), rule.doc.trim_end());
    }
}

#[test]
fn unknown_rule_exits_2_with_a_suggestion() {
    let run = lint(Path::new("."), &["rule", "sintax-error"]);
    assert_fails_with_one_line(&run, "did you mean `syntax-error`");
    assert_eq!(run.stdout, "");
    let nonsense = lint(Path::new("."), &["rule", "qqqqqqqqqqqqqqqqqqqq"]);
    assert_fails_with_one_line(&nonsense, "`alembic-lint rules` lists every rule");
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let dir = project("colour", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    let with = |color: &str, no_color: Option<&str>| -> String {
        let mut command = command(&dir);
        command.args(["check", "--color", color]);
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        Run::from(command.output().unwrap()).stdout
    };
    assert!(with("always", None).contains('\x1b'));
    // An explicit `--color always` wins over the environment.
    assert!(with("always", Some("1")).contains('\x1b'));
    assert!(!with("never", None).contains('\x1b'));
    // Not a terminal: no colour in `auto`, whatever NO_COLOR says.
    assert!(!with("auto", None).contains('\x1b'));
    assert!(!with("auto", Some("1")).contains('\x1b'));
}

#[test]
fn json_is_the_only_thing_on_stdout() {
    let dir = project("json-only", &[("9f8e7d6c5b4a_score.py", ADD_NOT_NULL)]);
    let run = lint(&dir, &["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let diagnostic = &json["diagnostics"][0];
    let keys: Vec<&str> = diagnostic
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "code",
        "rule",
        "severity",
        "message",
        "help",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "revision",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(diagnostic["path"], "alembic/versions/9f8e7d6c5b4a_score.py");
    assert_eq!(diagnostic["revision"], "9f8e7d6c5b4a");
    assert_eq!(
        json["summary"],
        serde_json::json!({"files": 1, "revisions": 1, "diagnostics": 1})
    );
}
