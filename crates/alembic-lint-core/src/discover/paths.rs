//! Display paths: kept the way the user would type them from the working directory.

use crate::error::Error;
use std::path::{Component, Path, PathBuf};

/// Removes `.` components and folds `dir/..`, without touching the file system, so that
/// `./alembic/../alembic/versions` shows as `alembic/versions`.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                let last = out.components().next_back();
                if matches!(last, Some(Component::Normal(_))) {
                    out.pop();
                } else if !matches!(last, Some(Component::RootDir | Component::Prefix(_))) {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

/// A directory-walk problem: a symlink loop or a folder that cannot be read. `root` is the
/// folder walked, for errors that name no path.
pub(super) fn walk_error(err: &walkdir::Error, root: &Path) -> Error {
    let path = normalize(err.path().unwrap_or(root));
    if let Some(ancestor) = err.loop_ancestor() {
        return Error::Skipped {
            path: path.display().to_string(),
            reason: format!(
                "symlink loop back to `{}`, not followed",
                ancestor.display()
            ),
        };
    }
    match err.io_error() {
        Some(io) => Error::unreadable(&path, io),
        None => Error::Skipped {
            path: path.display().to_string(),
            reason: err.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_keeps_user_paths_readable() {
        assert_eq!(normalize(Path::new("./a/./b/../c")), PathBuf::from("a/c"));
        assert_eq!(normalize(Path::new(".")), PathBuf::from("."));
        assert_eq!(normalize(Path::new("../x")), PathBuf::from("../x"));
        assert_eq!(normalize(Path::new("/a/../../b")), PathBuf::from("/b"));
    }
}
