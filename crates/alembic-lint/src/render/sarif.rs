//! `--format sarif`: a SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF
//! viewers. Rules that appear carry their metadata and documentation; results carry stable
//! `partialFingerprints`.

use std::io::{self, Write};

use alembic_lint_core::{rules, Diagnostic, Severity};
use serde_json::{json, Value};

use super::artifact::Artifact;
use super::fingerprint::fingerprints;
use super::{with_help, Report};

const TOOL: &str = "alembic-lint";
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");
/// The key GitHub stores our fingerprints under; the suffix versions how they are computed.
const FINGERPRINT_KEY: &str = "alembicLint/v1";

pub(super) fn write(w: &mut impl Write, report: &Report) -> io::Result<()> {
    let artifacts: Vec<Artifact> = report
        .diagnostics
        .iter()
        .map(|d| Artifact::new(&d.path, report.working_dir))
        .collect();
    let fingerprints = fingerprints(report, &artifacts);
    let codes = rule_codes(report.diagnostics);
    let results: Vec<Value> = report
        .diagnostics
        .iter()
        .zip(&artifacts)
        .zip(fingerprints)
        .map(|((d, artifact), fingerprint)| {
            let mut result = json!({
                "ruleId": d.code,
                "ruleIndex": codes.iter().position(|c| *c == d.code),
                "level": level(d.severity),
                "message": { "text": with_help(d) },
                "locations": [location(report, artifact, &d.path, d.span)],
                "partialFingerprints": { FINGERPRINT_KEY: fingerprint },
            });
            if !d.secondary.is_empty() {
                result["relatedLocations"] = d
                    .secondary
                    .iter()
                    .enumerate()
                    .map(|(id, label)| {
                        let artifact = Artifact::new(&label.path, report.working_dir);
                        let mut related = location(report, &artifact, &label.path, label.span);
                        related["id"] = json!(id);
                        related["message"] = json!({ "text": label.message });
                        related
                    })
                    .collect();
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": TOOL,
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": REPOSITORY,
                "rules": codes.iter().map(|code| rule(code)).collect::<Vec<_>>(),
            }},
            "invocations": [invocation(report)],
            // Columns count characters, as every other format does.
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *w, &log)?;
    writeln!(w)
}

/// The codes of the rules that appear, in code order.
fn rule_codes(diagnostics: &[Diagnostic]) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = diagnostics.iter().map(|d| d.code).collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

fn rule(code: &str) -> Value {
    let Some(rule) = rules::find(code) else {
        return json!({ "id": code });
    };
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": rule.summary },
        "help": { "text": rule.doc, "markdown": rule.doc },
        "helpUri": format!("{REPOSITORY}/blob/main/rules/{}.md", rule.name),
        "defaultConfiguration": { "level": level(rule.severity), "enabled": rule.default_on },
    })
}

/// Whether the run covered everything; tool errors become notifications.
fn invocation(report: &Report) -> Value {
    let notifications: Vec<Value> = report
        .errors
        .iter()
        .map(|error| {
            let mut notification = json!({
                "level": "error",
                "message": { "text": error.to_string() },
            });
            if let Some(path) = error.path() {
                notification["locations"] = json!([{ "physicalLocation": {
                    "artifactLocation": artifact_location(&Artifact::new(path, report.working_dir)),
                }}]);
            }
            notification
        })
        .collect();
    json!({
        "executionSuccessful": notifications.is_empty(),
        "toolExecutionNotifications": notifications,
    })
}

fn location(
    report: &Report,
    artifact: &Artifact,
    path: &str,
    span: alembic_lint_core::model::Span,
) -> Value {
    let at = report.sources.position(path, span);
    json!({ "physicalLocation": {
        "artifactLocation": artifact_location(artifact),
        "region": {
            "startLine": at.line,
            "startColumn": at.column,
            "endLine": at.end_line,
            "endColumn": at.end_column,
        },
    }})
}

/// A relative URI against the checkout root (`%SRCROOT%`, which GitHub and the SARIF viewers
/// resolve), or a `file:` URI for a file outside the working directory.
fn artifact_location(artifact: &Artifact) -> Value {
    match artifact {
        Artifact::Relative(path) => json!({ "uri": encode(path), "uriBaseId": "%SRCROOT%" }),
        Artifact::Absolute(path) => {
            let slash = if path.starts_with('/') { "" } else { "/" };
            json!({ "uri": format!("file://{slash}{}", encode(path)) })
        }
    }
}

/// Percent-encodes everything but unreserved characters and `/` (spaces and commas occur in
/// migration file names).
fn encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}
