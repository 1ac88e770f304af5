//! `alembic-lint check`: run the check, print the report, set the exit code.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use alembic_lint_core::error::io_message;
use alembic_lint_core::Report;

use crate::cli::{report_problems, with_stdout, CheckArgs, Failure};
use crate::color::ColorChoice;
use crate::commands::timings::Timings;
use crate::git::{self, Base};
use crate::render::{self, Format};

pub(crate) fn run(args: &CheckArgs) -> Result<ExitCode, Failure> {
    let started = Instant::now();
    let base = match (&args.diff, args.staged) {
        (Some(_), true) => {
            return Err(Failure(
                "`--diff` and `--staged` cannot be used together: `--diff REF` compares with a branch, `--staged` with `HEAD`".to_owned(),
            ))
        }
        (Some(reference), false) => Some(Base::MergeBase(reference)),
        (None, true) => Some(Base::Index),
        (None, false) => None,
    };
    let changes = match base {
        Some(base) => Some(git::change_set(&base, &args.paths)?),
        None => None,
    };
    let groups: Vec<_> = args
        .settings
        .groups(&args.paths)?
        .into_iter()
        .map(|(paths, effective)| {
            let mut settings = effective.settings;
            settings.changes.clone_from(&changes);
            (paths, settings)
        })
        .collect();
    let report = alembic_lint_core::check_groups(&groups);
    report_problems(&report);
    let render_started = Instant::now();
    // `auto` colours a terminal; a report file gets colour only when asked for.
    let color = match (&args.output_file, args.color) {
        (Some(_), ColorChoice::Auto) => false,
        (_, choice) => choice.enabled(),
    };
    let write = |mut w: &mut dyn Write| render::render(&mut w, args.format, &report, color);
    match &args.output_file {
        Some(path) => write_file(path, write)?,
        None => with_stdout(|w| write(w))?,
    }
    if args.format == Format::Concise {
        // Concise output is one line per problem on stdout, for scripts; the count is for people.
        if let Some(summary) = render::summary(&report) {
            eprintln!("{summary}");
        }
    }
    if args.timings {
        let timings = Timings {
            report: &report,
            render: render_started.elapsed(),
            total: started.elapsed(),
        };
        timings.write(&mut io::stderr().lock())?;
    }
    Ok(exit_code(&report, args.exit_zero))
}

fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Failure> {
    let written = File::create(path).and_then(|file| {
        let mut out = BufWriter::new(file);
        write(&mut out)?;
        out.flush()
    });
    written.map_err(|err| {
        Failure(format!(
            "cannot write `{}`: {}",
            path.display(),
            io_message(&err)
        ))
    })
}

/// 2 when the check could not run in full, 1 when it reported something (unless `exit_zero`),
/// 0 otherwise.
fn exit_code(report: &Report, exit_zero: bool) -> ExitCode {
    if !report.errors.is_empty() || report.has_internal_error() {
        ExitCode::from(2)
    } else if !report.diagnostics.is_empty() && !exit_zero {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
