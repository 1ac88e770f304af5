//! The `alembic-lint` command line: argument parsing, dispatch and exit codes.
//!
//! Exit codes: 0 nothing reported, 1 diagnostics reported, 2 the tool could not do its job
//! (bad arguments, unreadable files, no migrations where a path was given, an internal error).

use std::io::{self, BufWriter, Write};
use std::panic;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use alembic_lint_core::check::panic_message;
use alembic_lint_core::{Selection, INTERNAL_ERROR};
use clap::{Args, Parser, Subcommand};

use crate::color::ColorChoice;
use crate::graph_cmd::GraphFormat;
use crate::render::Format;
use crate::timings::Timings;
use crate::{graph_cmd, rules_cmd, run};

/// A fast static analyzer for Alembic database migrations.
#[derive(Parser)]
#[command(name = "alembic-lint", version, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check migrations for unsafe operations and revision graph problems
    Check(CheckArgs),
    /// List every rule: code, name, whether it is on by default, severity and summary
    Rules,
    /// Print a rule's documentation
    Rule {
        /// A rule name (`drop-column`) or code (`AL301`)
        name: String,
    },
    /// Show each script directory's revision graph: heads, bases, merge points, history
    Graph(GraphArgs),
}

#[derive(Args)]
struct CheckArgs {
    /// Files or directories to search for Alembic script directories
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// When to colour the output; `auto` also honours `NO_COLOR`
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Rules to enable instead of the defaults: codes, code prefixes (AL2), rule names or ALL
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Vec<String>,
    /// Rules to disable: codes, code prefixes, rule names or ALL
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,
    /// Print where the time went, stage by stage, and the peak memory, on stderr
    #[arg(long)]
    timings: bool,
}

#[derive(Args)]
struct GraphArgs {
    /// Files or directories to search for Alembic script directories
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = GraphFormat::Text)]
    format: GraphFormat,
}

/// Why the tool could not do its job; printed as one `error: ...` line, exit code 2.
struct Failure(String);

impl From<io::Error> for Failure {
    fn from(err: io::Error) -> Self {
        Failure(format!("cannot write output: {err}"))
    }
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    // A bug that panics gets one `error:` line with where it happened, instead of Rust's
    // message and backtrace hint. A panic while checking a file is also an `internal-error`
    // diagnostic of that file, and the other files are still checked (see `check_file`).
    panic::set_hook(Box::new(|info| {
        let message = panic_message(info.payload());
        let at = info
            .location()
            .map(|l| format!(" (at {}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("error: internal error: {message}{at}; please report it");
    }));
    let cli = Cli::parse();
    panic::catch_unwind(|| run(cli)).unwrap_or(ExitCode::from(2))
}

fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Check(args) => check(&args),
        Command::Rules => with_stdout(|w| rules_cmd::write_table(w)).map(|()| ExitCode::SUCCESS),
        Command::Rule { name } => rules_cmd::lookup(&name)
            .map_err(Failure)
            .and_then(|rule| with_stdout(|w| rules_cmd::write_doc(w, rule)))
            .map(|()| ExitCode::SUCCESS),
        Command::Graph(args) => graph(&args),
    };
    match result {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn check(args: &CheckArgs) -> Result<ExitCode, Failure> {
    let started = Instant::now();
    let selection = Selection::new(&args.select, &args.ignore).map_err(Failure)?;
    let mut loaded = run::load(&args.paths, &selection);
    report_problems(&loaded);
    if loaded.reports.is_empty() && !loaded.errors.is_empty() {
        // Nothing could be checked: the errors say why.
        return Ok(ExitCode::from(2));
    }
    let graph_started = Instant::now();
    let diagnostics = run::diagnostics(&mut loaded, &selection);
    let render_started = Instant::now();
    let color = args.color.enabled();
    with_stdout(|w| crate::write_report(w, args.format, &loaded.reports, &diagnostics, color))?;
    if args.timings {
        let timings = Timings {
            loaded: &loaded,
            graph: render_started - graph_started,
            render: render_started.elapsed(),
            total: started.elapsed(),
        };
        timings.write(&mut io::stderr().lock())?;
    }

    let internal_error = diagnostics.iter().any(|d| d.code == INTERNAL_ERROR);
    Ok(if !loaded.errors.is_empty() || internal_error {
        ExitCode::from(2)
    } else if !diagnostics.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn graph(args: &GraphArgs) -> Result<ExitCode, Failure> {
    // The graph needs only the revision metadata, not what the file rules say.
    let no_rules = Selection::new(&[], &["ALL".to_owned()]).map_err(Failure)?;
    let loaded = run::load(&args.paths, &no_rules);
    report_problems(&loaded);
    if loaded.script_dirs.is_empty() && !loaded.errors.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let dirs = graph_cmd::summarize(&loaded);
    with_stdout(|w| graph_cmd::write(w, args.format, &dirs))?;
    Ok(if loaded.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Discovery warnings, paths that could not be searched and unreadable files, on stderr.
fn report_problems(loaded: &run::Loaded) {
    for warning in &loaded.warnings {
        eprintln!("warning: {warning}");
    }
    for error in &loaded.errors {
        eprintln!("error: {error}");
    }
}

/// Runs a writer against buffered stdout. A closed pipe (`alembic-lint rules | head`) is not a
/// failure: the reader has what it wanted.
fn with_stdout(
    write: impl FnOnce(&mut BufWriter<io::StdoutLock>) -> io::Result<()>,
) -> Result<(), Failure> {
    let mut out = BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(err.into()),
        _ => Ok(()),
    }
}
