//! `alembic-lint plan`: the deploy plan of the migrations about to run. It is a report, not a
//! gate: it exits 0 whatever the risk, and 2 when it cannot be made.

use std::collections::HashSet;
use std::process::ExitCode;

use alembic_lint_core::plan::{self, Range, Start};

use crate::cli::{report_problems, with_stdout, Failure, PlanArgs};
use crate::git_since;
use crate::plan_render;

pub(crate) fn run(args: &PlanArgs) -> Result<ExitCode, Failure> {
    let groups = args.settings.groups(&args.paths)?;
    let start = match (&args.from, &args.since) {
        (Some(from), _) => Start::After(from.clone()),
        (None, Some(since)) => {
            let added: HashSet<_> = git_since::added_since(since).map_err(Failure)?;
            Start::Files(added)
        }
        (None, None) => Start::Base,
    };
    let range = Range {
        start,
        to: args.to.clone(),
    };
    // Paths under different configuration files are planned each with their own settings.
    let mut dirs = Vec::new();
    let mut errors = Vec::new();
    let mut failed = false;
    for (paths, effective) in &groups {
        let plan = plan::plan(paths, &effective.settings, &range);
        report_problems(&plan.report);
        failed |= !plan.report.errors.is_empty();
        dirs.extend(plan.dirs);
        errors.extend(plan.errors);
    }
    with_stdout(|w| plan_render::render(w, args.format, &dirs))?;
    for error in &errors {
        eprintln!("error: {error}");
    }
    Ok(if errors.is_empty() && !failed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
