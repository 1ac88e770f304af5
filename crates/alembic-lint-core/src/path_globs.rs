//! The globs of `exclude` and `per-file-ignores`: relative to the folder of the configuration
//! file that sets them, matched against a file's path below that folder and against each folder
//! above the file, so `versions/legacy` excludes everything in it. A glob without `/` matches at
//! any depth, as in `.gitignore`; `*` stays within one folder, `**` crosses folders.

use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::discover::paths::normalize;

/// Compiled globs and the folder they are relative to.
#[derive(Clone, Debug)]
pub struct PathGlobs {
    /// Absolute, without `.` or `..`.
    root: PathBuf,
    patterns: Vec<String>,
    set: GlobSet,
}

/// A glob that does not compile: its index among the patterns and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadGlob {
    pub index: usize,
    pub reason: String,
}

impl PathGlobs {
    pub fn new(root: &Path, patterns: &[String]) -> Result<Self, BadGlob> {
        let mut builder = GlobSetBuilder::new();
        for (index, pattern) in patterns.iter().enumerate() {
            let trimmed = pattern.trim_end_matches('/');
            let trimmed = trimmed.strip_prefix("./").unwrap_or(trimmed);
            let anchored = trimmed.contains('/');
            let full = if anchored {
                trimmed.to_owned()
            } else {
                format!("**/{trimmed}")
            };
            let glob = GlobBuilder::new(&full)
                .literal_separator(true)
                .build()
                .map_err(|err| BadGlob {
                    index,
                    reason: err.kind().to_string(),
                })?;
            builder.add(glob);
        }
        let set = builder.build().map_err(|err| BadGlob {
            index: 0,
            reason: err.to_string(),
        })?;
        Ok(PathGlobs {
            root: absolute(root),
            patterns: patterns.to_vec(),
            set,
        })
    }

    /// The globs as written.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Whether `path` (as the user typed it from the working directory) or a folder above it,
    /// below the root, matches one of the globs.
    pub fn matches(&self, path: &Path) -> bool {
        let path = absolute(path);
        let Ok(relative) = path.strip_prefix(&self.root) else {
            return false;
        };
        relative
            .ancestors()
            .filter(|p| !p.as_os_str().is_empty())
            .any(|p| self.set.is_match(p))
    }
}

/// The absolute form of a path without `.` or `..`, without touching the file system: the
/// same spelling for a path typed by the user and for a configuration file found above it.
pub(crate) fn absolute(path: &Path) -> PathBuf {
    normalize(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globs(patterns: &[&str]) -> PathGlobs {
        let patterns: Vec<String> = patterns.iter().map(|p| (*p).to_owned()).collect();
        PathGlobs::new(Path::new("/repo"), &patterns).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn globs_are_relative_to_their_root() {
        let g = globs(&["migrations/versions/0001_*.py"]);
        assert!(g.matches(Path::new("/repo/migrations/versions/0001_init.py")));
        assert!(!g.matches(Path::new("/repo/migrations/versions/0002_more.py")));
        assert!(!g.matches(Path::new("/other/migrations/versions/0001_init.py")));
    }

    #[test]
    fn a_folder_glob_covers_everything_below_it() {
        let g = globs(&["migrations/versions/legacy/"]);
        assert!(g.matches(Path::new("/repo/migrations/versions/legacy/a/b.py")));
        assert!(!g.matches(Path::new("/repo/migrations/versions/b.py")));
    }

    #[test]
    fn a_glob_without_slash_matches_at_any_depth_and_star_stays_in_one_folder() {
        let g = globs(&["*_initial.py"]);
        assert!(g.matches(Path::new("/repo/a/versions/0001_initial.py")));
        let g = globs(&["a/*.py"]);
        assert!(g.matches(Path::new("/repo/a/x.py")));
        assert!(!g.matches(Path::new("/repo/a/versions/x.py")));
        let g = globs(&["a/**/x.py"]);
        assert!(g.matches(Path::new("/repo/a/versions/deep/x.py")));
    }

    #[test]
    fn a_bad_glob_says_which_one() {
        let patterns = vec!["ok/*.py".to_owned(), "bad/[".to_owned()];
        let err = PathGlobs::new(Path::new("/repo"), &patterns).expect_err("`[` is unclosed");
        assert_eq!(err.index, 1);
        assert!(err.reason.contains("unclosed"), "{}", err.reason);
    }
}
