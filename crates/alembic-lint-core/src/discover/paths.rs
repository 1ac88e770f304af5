//! Display paths: kept the way the user would type them from the working directory.

use std::path::{Component, Path, PathBuf};

/// Removes `.` components and folds `dir/..`, without touching the file system, so that
/// `./alembic/../alembic/versions` shows as `alembic/versions`.
pub(super) fn normalize(path: &Path) -> PathBuf {
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

/// An I/O error as a message like every other: lowercase start, without Rust's
/// `(os error N)` suffix.
pub(super) fn io_message(err: &std::io::Error) -> String {
    let text = err.to_string();
    let text = text.split(" (os error").next().unwrap_or_default();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A directory-walk problem as `path: what happened`.
pub(super) fn walk_error(err: &walkdir::Error) -> String {
    let path = err
        .path()
        .map_or_else(String::new, |p| normalize(p).display().to_string());
    if let Some(ancestor) = err.loop_ancestor() {
        return format!(
            "{path}: symlink loop back to `{}`, not followed",
            ancestor.display()
        );
    }
    match err.io_error() {
        Some(io) => format!("{path}: {}", io_message(io)),
        None => format!("{path}: {err}"),
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

    #[test]
    fn io_messages_read_like_the_others() {
        let err = std::io::Error::from_raw_os_error(2);
        assert_eq!(io_message(&err), "no such file or directory");
    }
}
