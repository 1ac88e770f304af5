//! One line per diagnostic: `path:line:col: CODE [rule-name] message`, and nothing else on
//! stdout, so the output can be read line by line; the summary goes to stderr.

use std::io;

use alembic_lint_core::Severity;
use codespan_reporting::term::termcolor::{Color, ColorSpec, WriteColor};

use super::Report;

pub(super) fn write(w: &mut dyn WriteColor, report: &Report) -> io::Result<()> {
    for d in report.diagnostics {
        let at = report.sources.position(&d.path, d.span);
        w.set_color(ColorSpec::new().set_bold(true))?;
        write!(w, "{}:{}:{}:", d.path, at.line, at.column)?;
        w.reset()?;
        write!(w, " ")?;
        let code_color = match d.severity {
            Severity::Error => Color::Red,
            Severity::Warning => Color::Yellow,
        };
        w.set_color(ColorSpec::new().set_bold(true).set_fg(Some(code_color)))?;
        write!(w, "{}", d.code)?;
        w.reset()?;
        writeln!(w, " [{}] {}", d.rule, d.message)?;
    }
    Ok(())
}
