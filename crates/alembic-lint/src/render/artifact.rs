//! Where a diagnostic's file is, as SARIF and GitLab want it: relative to the working directory
//! (the repository root in CI) with forward slashes, whatever path the user typed.

use std::path::{Component, Path, PathBuf};

/// A file's location for machine-read reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Artifact {
    /// Inside the working directory: `migrations/versions/x.py`.
    Relative(String),
    /// Outside it (`../other/x.py`, `/srv/app/x.py`): the absolute path, forward slashes.
    Absolute(String),
}

impl Artifact {
    pub(super) fn new(path: &str, working_dir: &Path) -> Artifact {
        let absolute = normalize(&working_dir.join(path));
        match absolute.strip_prefix(normalize(working_dir)) {
            Ok(relative) if !working_dir.as_os_str().is_empty() => {
                Artifact::Relative(forward_slashes(relative))
            }
            _ if Path::new(path).is_relative() && !path.starts_with("..") => {
                Artifact::Relative(forward_slashes(&normalize(Path::new(path))))
            }
            _ => Artifact::Absolute(forward_slashes(&absolute)),
        }
    }

    /// The path as text: relative, or absolute when outside the working directory.
    pub(super) fn path(&self) -> &str {
        match self {
            Artifact::Relative(path) | Artifact::Absolute(path) => path,
        }
    }
}

/// Drops `.` and folds `..` without touching the file system: the file may be a symlink target
/// the user never typed, and the report must say the path they gave.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn forward_slashes(path: &Path) -> String {
    let text = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_the_working_directory_are_relative() {
        let cwd = Path::new("/srv/app");
        let relative = |p: &str| Artifact::Relative(p.to_owned());
        assert_eq!(
            Artifact::new("a/versions/x.py", cwd),
            relative("a/versions/x.py")
        );
        assert_eq!(Artifact::new("./a/./x.py", cwd), relative("a/x.py"));
        assert_eq!(Artifact::new("/srv/app/a/x.py", cwd), relative("a/x.py"));
        assert_eq!(Artifact::new("../app/a/x.py", cwd), relative("a/x.py"));
    }

    #[test]
    fn paths_outside_it_are_absolute() {
        let cwd = Path::new("/srv/app");
        let absolute = |p: &str| Artifact::Absolute(p.to_owned());
        assert_eq!(
            Artifact::new("../other/x.py", cwd),
            absolute("/srv/other/x.py")
        );
        assert_eq!(Artifact::new("/opt/x.py", cwd), absolute("/opt/x.py"));
    }
}
