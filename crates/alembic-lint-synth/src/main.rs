//! `alembic-lint-synth [--migrations N] [--seed S] DIR`: writes a synthetic Alembic project.
//!
//! Exit codes: 0 written, 2 bad arguments or the project could not be written.

use std::path::PathBuf;
use std::process::ExitCode;

use alembic_lint_synth::{write_project, Spec};

const USAGE: &str = "usage: alembic-lint-synth [--migrations N] [--seed S] DIR

Writes a synthetic Alembic project with N migrations (default 2000) generated from seed S
(default 42) into DIR. DIR must be missing, empty, or an earlier generated project.";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let Some((spec, dir)) = parse(std::env::args().skip(1))? else {
        println!("{USAGE}");
        return Ok(());
    };
    let summary = write_project(&dir, &spec).map_err(|e| e.to_string())?;
    println!(
        "wrote {} migrations ({:.1} MB) to {}",
        summary.files,
        summary.bytes as f64 / 1e6,
        dir.display()
    );
    Ok(())
}

/// Parses the arguments; `None` means help was asked for.
fn parse(args: impl Iterator<Item = String>) -> Result<Option<(Spec, PathBuf)>, String> {
    let mut spec = Spec::default();
    let mut dir = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag.to_string(), Some(value.into())),
            _ => (arg.clone(), None),
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(None),
            "--migrations" | "--seed" => {
                let value = match inline.or_else(|| args.next()) {
                    Some(value) => value,
                    None => return Err(format!("`{flag}` needs a value")),
                };
                let number = value.parse::<u64>().map_err(|_| {
                    format!("`{flag}` expects a non-negative integer, got `{value}`")
                })?;
                if flag == "--seed" {
                    spec.seed = number;
                } else {
                    spec.migrations =
                        usize::try_from(number)
                            .ok()
                            .filter(|&n| n > 0)
                            .ok_or_else(|| {
                                format!("`--migrations` must be at least 1, got `{value}`")
                            })?;
                }
            }
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(format!("unknown option `{arg}` (see --help)"))
            }
            _ if dir.is_some() => return Err(format!("unexpected argument `{arg}`: give one DIR")),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    match dir {
        Some(dir) => Ok(Some((spec, dir))),
        None => Err("missing DIR (see --help)".to_string()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::parse;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn parses_options_and_dir() {
        let (spec, dir) = parse(args(&["--migrations", "20", "--seed=7", "out"]))
            .unwrap()
            .unwrap();
        assert_eq!((spec.migrations, spec.seed), (20, 7));
        assert_eq!(dir.to_str(), Some("out"));
        let (spec, _) = parse(args(&["out"])).unwrap().unwrap();
        assert_eq!((spec.migrations, spec.seed), (2000, 42));
        assert!(parse(args(&["-h"])).unwrap().is_none());
    }

    #[test]
    fn rejects_bad_arguments() {
        for (list, message) in [
            (
                &["--migrations", "0", "out"][..],
                "`--migrations` must be at least 1, got `0`",
            ),
            (
                &["--seed", "x", "out"][..],
                "`--seed` expects a non-negative integer, got `x`",
            ),
            (&["--seed"][..], "`--seed` needs a value"),
            (
                &["--fast", "out"][..],
                "unknown option `--fast` (see --help)",
            ),
            (&["a", "b"][..], "unexpected argument `b`: give one DIR"),
            (&[][..], "missing DIR (see --help)"),
        ] {
            assert_eq!(
                parse(args(list)).err().as_deref(),
                Some(message),
                "{list:?}"
            );
        }
    }
}
