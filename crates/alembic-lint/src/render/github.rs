//! GitHub Actions workflow commands: each diagnostic becomes an annotation on the pull request.

use std::io::{self, Write};

use super::{with_help, Report};

pub(super) fn write(w: &mut impl Write, report: &Report) -> io::Result<()> {
    for d in report.diagnostics {
        let at = report.sources.position(&d.path, d.span);
        let title = format!("{} {}", d.code, d.rule);
        let message = with_help(d);
        writeln!(
            w,
            "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            d.severity.as_str(),
            escape_property(&d.path),
            at.line,
            at.column,
            at.end_line,
            at.end_column,
            escape_property(&title),
            escape_data(&message),
        )?;
    }
    Ok(())
}

/// Escapes a command's message, as GitHub's runner unescapes it.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property value, which additionally ends at `,` and `:`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}
