//! The one git question `plan --since` asks: which files were added since the branch left
//! `GITREF`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Canonical paths of the files added between `git merge-base GITREF HEAD` and the work tree
/// (committed or not, untracked included).
pub(crate) fn added_since(gitref: &str) -> Result<HashSet<PathBuf>, String> {
    let base = git(&["merge-base", gitref, "HEAD"])?;
    let base = base.trim();
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let top = Path::new(top.trim());
    let mut added = git(&["diff", "--name-only", "--diff-filter=A", "-z", base])?;
    added.push_str(&git(&[
        "ls-files",
        "--others",
        "--exclude-standard",
        "-z",
        "--full-name",
    ])?);
    Ok(added
        .split('\0')
        .filter(|p| !p.is_empty())
        .filter_map(|p| top.join(p).canonicalize().ok())
        .collect())
}

fn git(args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(|err| format!("cannot run `git`: {err}"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!(
            "`git {}` failed: {}",
            args.join(" "),
            stderr.lines().next().unwrap_or("").trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
