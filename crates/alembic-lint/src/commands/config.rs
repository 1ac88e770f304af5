//! `alembic-lint config`: the settings a check of one path would use, and where each came from
//! (the default, a line of the configuration file, or the command line).

use std::io::{self, Write};
use std::process::ExitCode;

use alembic_lint_core::config::{Effective, Entry, Origin, Value};
use serde_json::json;

use crate::cli::{with_stdout, ConfigArgs, Failure};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ConfigFormat {
    /// The settings as the keys of a configuration file, each commented with where it came from.
    Human,
    /// One JSON object: the file read, each key's value and origins, the enabled rules.
    Json,
}

pub(crate) fn run(args: &ConfigArgs) -> Result<ExitCode, Failure> {
    let groups = args.settings.groups(std::slice::from_ref(&args.path))?;
    let Some((_, effective)) = groups.first() else {
        return Err(Failure("no settings to show".to_owned()));
    };
    with_stdout(|w| match args.format {
        ConfigFormat::Human => write_human(w, effective),
        ConfigFormat::Json => write_json(w, effective),
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Each key as a configuration file would set it, its origin in a comment aligned after it.
pub(crate) fn write_human(w: &mut impl Write, effective: &Effective) -> io::Result<()> {
    match &effective.file {
        Some(path) => writeln!(w, "# configuration file: {path}")?,
        None => writeln!(w, "# configuration file: none (defaults and command line)")?,
    }
    let lines: Vec<(String, String)> = effective
        .entries
        .iter()
        .map(|entry| (assignment(entry), origins(&entry.origins).join(", ")))
        .collect();
    let width = lines.iter().map(|(text, _)| text.len()).max().unwrap_or(0);
    for (text, origin) in lines {
        writeln!(w, "{text:width$}  # {origin}")?;
    }
    let codes = effective.settings.selection.codes();
    writeln!(w, "# enabled rules ({}): {}", codes.len(), codes.join(", "))
}

/// `key = value` in TOML; a key that is not set is a comment.
fn assignment(entry: &Entry) -> String {
    match &entry.value {
        Value::Unset => format!("# {} is not set", entry.key),
        value => format!("{} = {}", entry.key, toml_value(value)),
    }
}

fn toml_value(value: &Value) -> String {
    let list = |items: &[String]| {
        let quoted: Vec<String> = items.iter().map(|i| quote(i)).collect();
        format!("[{}]", quoted.join(", "))
    };
    match value {
        Value::Text(text) => quote(text),
        Value::Number(n) => n.to_string(),
        Value::List(items) => list(items),
        Value::Table(entries) if entries.is_empty() => "{}".to_owned(),
        Value::Table(entries) => {
            let pairs: Vec<String> = entries
                .iter()
                .map(|(glob, rules)| format!("{} = {}", quote(glob), list(rules)))
                .collect();
            format!("{{ {} }}", pairs.join(", "))
        }
        Value::Unset => String::new(),
    }
}

/// A TOML basic string: JSON's escapes are valid TOML.
fn quote(text: &str) -> String {
    serde_json::Value::from(text).to_string()
}

fn origins(origins: &[Origin]) -> Vec<String> {
    if origins.is_empty() {
        return vec!["default".to_owned()];
    }
    origins
        .iter()
        .map(|origin| match origin {
            Origin::File { path, line } => format!("{path}:{line}"),
            Origin::CommandLine => "command line".to_owned(),
        })
        .collect()
}

pub(crate) fn write_json(w: &mut impl Write, effective: &Effective) -> io::Result<()> {
    let settings: serde_json::Map<String, serde_json::Value> = effective
        .entries
        .iter()
        .map(|entry| {
            let value = match &entry.value {
                Value::Text(text) => json!(text),
                Value::Number(n) => json!(n),
                Value::List(items) => json!(items),
                Value::Table(entries) => json!(entries
                    .iter()
                    .map(|(glob, rules)| (glob.clone(), json!(rules)))
                    .collect::<serde_json::Map<_, _>>()),
                Value::Unset => serde_json::Value::Null,
            };
            (
                entry.key.to_owned(),
                json!({"value": value, "from": origins(&entry.origins)}),
            )
        })
        .collect();
    let output = json!({
        "config_file": effective.file,
        "settings": settings,
        "enabled_rules": effective.settings.selection.codes(),
    });
    serde_json::to_writer_pretty(&mut *w, &output)?;
    writeln!(w)
}
