//! The `alembic-lint` command line: arguments, dispatch and exit codes.
//!
//! Exit codes: 0 nothing reported, 1 diagnostics reported, 2 the tool could not do its job
//! (bad arguments, unreadable files, no migrations where a path was given, an internal error).

use std::io::{self, BufWriter, Write};
use std::panic;
use std::path::PathBuf;
use std::process::ExitCode;

use alembic_lint_core::config::{self, Effective, Overrides, PathGroup};
use alembic_lint_core::panic_message;
use alembic_lint_core::Error;
use clap::{Args, Parser, Subcommand};

use crate::color::ColorChoice;
use crate::commands::{self, config::ConfigFormat, graph::GraphFormat};
use crate::plan_render::PlanFormat;
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
    /// Print the settings a check of PATH would use, and where each came from
    Config(ConfigArgs),
    /// Show the deploy plan: the revisions `alembic upgrade` would run, in order, with the lock
    /// each operation takes, the risk, the rollback and release notes (a report: exits 0)
    Plan(PlanArgs),
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
    /// Report file rules only on migrations added or edited since `git merge-base REF HEAD`,
    /// uncommitted and untracked files included; graph rules still check the whole history
    #[arg(long, value_name = "REF")]
    pub diff: Option<String>,
    /// Report file rules only on migrations added or edited in the git index (for pre-commit)
    #[arg(long)]
    pub staged: bool,
    /// Print where the time went, stage by stage, and the peak memory, on stderr
    #[arg(long)]
    pub timings: bool,
}

/// The flags that fill [`Settings`](alembic_lint_core::Settings); each one given overrides the configuration file.
#[derive(Args)]
pub(crate) struct SettingsArgs {
    /// Rules to enable instead of the defaults (and of the configuration file's `select`):
    /// codes, code prefixes (AL2), rule names or ALL
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Vec<String>,
    /// Rules to enable on top of the selected ones
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    extend_select: Vec<String>,
    /// Rules to disable: codes, code prefixes, rule names or ALL
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Vec<String>,
    /// The database the migrations run on: postgresql, mysql, mariadb, sqlite, oracle, mssql,
    /// or auto (per-database versions/ folders say it; otherwise it may be PostgreSQL)
    /// [default: auto]
    #[arg(long, value_name = "DIALECT")]
    dialect: Option<String>,
    /// The PostgreSQL major version the migrations run on [default: 14]
    #[arg(long, value_name = "VERSION")]
    target_version: Option<String>,
    /// Whether migrations must have a working `downgrade()`: required, optional (the project
    /// rolls forward) or forbidden [default: required]
    #[arg(long, value_name = "POLICY")]
    downgrade: Option<String>,
    /// File rules stay quiet on this revision and its ancestors (already applied history)
    #[arg(long, value_name = "REVISION")]
    start_after: Option<String>,
    /// Read this configuration file instead of searching for one
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    config: Option<PathBuf>,
    /// Read no configuration file
    #[arg(long)]
    isolated: bool,
}

impl SettingsArgs {
    fn overrides(&self) -> Overrides {
        Overrides {
            select: self.select.clone(),
            extend_select: self.extend_select.clone(),
            ignore: self.ignore.clone(),
            dialect: self.dialect.clone(),
            target_version: self.target_version.clone(),
            downgrade: self.downgrade.clone(),
            start_after: self.start_after.clone(),
        }
    }

    /// The paths grouped by the configuration file that applies to them, each group with its
    /// settings: `--config` names one file for all, `--isolated` reads none.
    pub(crate) fn groups(
        &self,
        paths: &[PathBuf],
    ) -> Result<Vec<(Vec<PathBuf>, Effective)>, Error> {
        let overrides = self.overrides();
        let groups = match &self.config {
            Some(file) => vec![PathGroup {
                config: Some(config::load(file)?),
                paths: paths.to_vec(),
            }],
            None => config::group_paths(paths, self.isolated)?,
        };
        groups
            .into_iter()
            .map(|g| Ok((g.paths, config::resolve(g.config.as_ref(), &overrides)?)))
            .collect()
    }
}

/// What `config` is asked to do.
#[derive(Args)]
pub(crate) struct ConfigArgs {
    /// The file or folder whose settings to show
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = ConfigFormat::Human)]
    pub format: ConfigFormat,
    #[command(flatten)]
    pub settings: SettingsArgs,
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

/// What `plan` is asked to do.
#[derive(Args)]
pub(crate) struct PlanArgs {
    /// Files or directories to search for Alembic script directories
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Plan the revisions after this one (a revision id, a unique prefix or a branch label), as
    /// `alembic upgrade` would run them on a database at it; default: from the base
    #[arg(long, value_name = "REV", conflicts_with = "since")]
    pub from: Option<String>,
    /// Plan the revisions whose files were added since `git merge-base GITREF HEAD`, as in a
    /// pull request
    #[arg(long, value_name = "GITREF")]
    pub since: Option<String>,
    /// Plan up to this revision; default: the heads
    #[arg(long, value_name = "REV")]
    pub to: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = PlanFormat::Human)]
    pub format: PlanFormat,
    #[command(flatten)]
    pub settings: SettingsArgs,
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
        Command::Config(args) => commands::config::run(&args),
        Command::Plan(args) => commands::plan::run(&args),
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
