//! `alembic-lint plan`: the deploy plan of the migrations about to run. It is a report, not a
//! gate: it exits 0 whatever the risk, and 2 when it cannot be made.

use std::collections::HashSet;
use std::process::ExitCode;

use alembic_lint_core::plan::{self, Range, Start};

use crate::cli::{report_problems, with_stdout, Failure, PlanArgs};
use crate::git_since;
use crate::plan_render;

pub(crate) fn run(args: &PlanArgs) -> Result<ExitCode, Failure> {
    let settings = args.settings.settings()?;
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
    let plan = plan::plan(&args.paths, &settings, &range);
    report_problems(&plan.report);
    with_stdout(|w| plan_render::render(w, args.format, &plan.dirs))?;
    for error in &plan.errors {
        eprintln!("error: {error}");
    }
    Ok(if plan.errors.is_empty() && plan.report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
