//! The revision graph of one script directory and the checks on it.

use crate::check::FileReport;
use crate::diagnostic::Diagnostic;

/// Checks the revision graph of one script directory's migrations.
pub fn check_script_dir(files: &[&FileReport]) -> Vec<Diagnostic> {
    let _ = files;
    Vec::new()
}
