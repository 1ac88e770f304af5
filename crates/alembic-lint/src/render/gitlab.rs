//! `--format gitlab`: a GitLab Code Quality report, the JSON array GitLab reads from a job's
//! `artifacts:reports:codequality` and shows on merge requests.

use std::io::{self, Write};

use alembic_lint_core::Severity;
use serde::Serialize;

use super::artifact::Artifact;
use super::fingerprint::fingerprints;
use super::{with_help, Report};

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

pub(super) fn write(w: &mut impl Write, report: &Report) -> io::Result<()> {
    let artifacts: Vec<Artifact> = report
        .diagnostics
        .iter()
        .map(|d| Artifact::new(&d.path, report.working_dir))
        .collect();
    let issues: Vec<Issue> = report
        .diagnostics
        .iter()
        .zip(fingerprints(report, &artifacts))
        .zip(artifacts)
        .map(|((d, fingerprint), artifact)| {
            let at = report.sources.position(&d.path, d.span);
            Issue {
                description: format!("{} {}: {}", d.code, d.rule, with_help(d)),
                check_name: d.code,
                fingerprint,
                severity: severity(d.severity),
                location: Location {
                    path: artifact.path().to_owned(),
                    lines: Lines {
                        begin: at.line,
                        end: at.end_line,
                    },
                },
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *w, &issues)?;
    writeln!(w)
}

/// GitLab's scale is info, minor, major, critical, blocker. An error here is a migration that
/// would lock, break or lose data, which a merge request must not ignore: major; a warning is
/// worth a look: minor.
fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "major",
        Severity::Warning => "minor",
    }
}
