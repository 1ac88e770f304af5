//! The `alembic-lint` command line: arguments, dispatch and exit codes.
//!
//! Exit codes: 0 nothing reported, 1 diagnostics reported, 2 the tool could not do its job
//! (bad arguments, unreadable files, no migrations where a path was given, an internal error).

use std::io::{self, BufWriter, Write};
use std::panic;
use std::path::PathBuf;
use std::process::ExitCode;

use alembic_lint_core::panic_message;
use alembic_lint_core::settings::{self, Settings};
use alembic_lint_core::{Error, Selection};
use clap::{Args, Parser, Subcommand};

use crate::color::ColorChoice;
use crate::commands::{self, graph::GraphFormat};
use crate::render::Format;

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

/// What `check` is asked to do.
#[derive(Args)]
pub(crate) struct CheckArgs {
    /// Files or directories to search for Alembic script directories
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// When to colour the output; `auto` also honours `NO_COLOR`
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Write the report to this file instead of stdout (problems with the run still go to
    /// stderr)
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Exit with 0 even when diagnostics are reported (still 2 when the check could not run)
    #[arg(long)]
    pub exit_zero: bool,
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Print where the time went, stage by stage, and the peak memory, on stderr
    #[arg(long)]
    pub timings: bool,
}

/// The flags that fill [`Settings`].
#[derive(Args)]
pub(crate) struct SettingsArgs {
    /// Rules to enable instead of the defaults: codes, code prefixes (AL2), rule names or ALL
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Vec<String>,
    /// Rules to disable: codes, code prefixes, rule names or ALL
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,
    /// The database the migrations run on: postgresql, mysql, mariadb, sqlite, oracle, mssql,
    /// or auto (per-database versions/ folders say it; otherwise it may be PostgreSQL)
    #[arg(long, value_name = "DIALECT", default_value = "auto")]
    dialect: String,
    /// The PostgreSQL major version the migrations run on
    #[arg(long, value_name = "VERSION", default_value_t = settings::DEFAULT_TARGET_VERSION.to_string())]
    target_version: String,
    /// Whether migrations must have a working `downgrade()`: required, optional (the project
    /// rolls forward) or forbidden
    #[arg(long, value_name = "POLICY", default_value = "required")]
    downgrade: String,
}

impl SettingsArgs {
    pub(crate) fn settings(&self) -> Result<Settings, Error> {
        Ok(Settings {
            selection: Selection::new(&self.select, &self.ignore)?,
            dialect: self.dialect.parse()?,
            target_version: settings::parse_target_version(&self.target_version)?,
            downgrade: self.downgrade.parse()?,
        })
    }
}

/// What `graph` is asked to do.
#[derive(Args)]
pub(crate) struct GraphArgs {
    /// Files or directories to search for Alembic script directories
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = GraphFormat::Text)]
    pub format: GraphFormat,
}

/// Why the tool could not do its job; printed as one `error: ...` line, exit code 2.
pub(crate) struct Failure(pub String);

impl From<io::Error> for Failure {
    fn from(err: io::Error) -> Self {
        Failure(format!("cannot write output: {err}"))
    }
}

impl From<Error> for Failure {
    fn from(err: Error) -> Self {
        Failure(err.to_string())
    }
}

/// Runs the command line and returns the exit code.
pub fn main() -> ExitCode {
    // A bug that panics gets one `error:` line with where it happened, instead of Rust's
    // message and backtrace hint. A panic while checking a file is also an `internal-error`
    // diagnostic of that file, and the other files are still checked.
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
        Command::Check(args) => commands::check::run(&args),
        Command::Rules => {
            with_stdout(|w| commands::rules::write_table(w)).map(|()| ExitCode::SUCCESS)
        }
        Command::Rule { name } => commands::rules::lookup(&name)
            .map_err(Failure::from)
            .and_then(|rule| with_stdout(|w| commands::rules::write_doc(w, rule)))
            .map(|()| ExitCode::SUCCESS),
        Command::Graph(args) => commands::graph::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Runs a writer against buffered stdout. A closed pipe (`alembic-lint rules | head`) is not a
/// failure: the reader has what it wanted.
pub(crate) fn with_stdout(
    write: impl FnOnce(&mut BufWriter<io::StdoutLock>) -> io::Result<()>,
) -> Result<(), Failure> {
    let mut out = BufWriter::new(io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(err.into()),
        _ => Ok(()),
    }
}

/// Tool errors and warnings, one line each on stderr.
pub(crate) fn report_problems(report: &alembic_lint_core::Report) {
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    for error in &report.errors {
        eprintln!("error: {error}");
    }
}
