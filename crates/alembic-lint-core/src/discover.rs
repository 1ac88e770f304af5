//! Finding Alembic script directories and their migration files.

use std::path::PathBuf;

/// One Alembic script directory: its own revision graph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScriptDir {
    /// The script directory (the folder holding `env.py`), as the user would type it.
    pub path: PathBuf,
    /// Migration files, sorted, as the user would type them.
    pub files: Vec<PathBuf>,
}

/// What discovery found.
#[derive(Clone, Debug, Default)]
pub struct Discovery {
    pub script_dirs: Vec<ScriptDir>,
    /// Problems that did not stop discovery (a symlink loop, an unreadable folder), each
    /// `path: what happened`.
    pub warnings: Vec<String>,
}

/// Finds the script directories under each path. An error (one line, with the path) when a path
/// does not exist or holds no migrations.
pub fn discover(paths: &[PathBuf]) -> Result<Discovery, String> {
    let _ = paths;
    Ok(Discovery::default())
}
