//! What changed since the base of a diff (`check --diff REF`, `check --staged`): file rules
//! report only on migrations added or edited since then, and a table created by a migration
//! added earlier in the same change is new. The binary asks git; the core compares paths and
//! texts and never runs a process.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::model::RevisionMeta;

/// The files a change added or edited, by canonical path (the binary canonicalises what git
/// prints so that it matches the discovered files).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChangeSet {
    /// New since the base: added, renamed, or not yet known to git.
    pub added: Vec<PathBuf>,
    /// Existed at the base and edited since.
    pub modified: Vec<Modified>,
}

/// A file that existed at the base and was edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Modified {
    pub path: PathBuf,
    /// Byte offset, in the current text (without a BOM), of the first line that differs from
    /// the base ([`first_change`]).
    pub first_change: usize,
}

/// How one file changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileChange {
    Added,
    Modified { first_change: usize },
}

impl ChangeSet {
    /// How the file at `path` changed; `None` when it did not. `path` is canonicalised first when
    /// it exists, and compared as given otherwise (files given as bytes).
    pub fn get(&self, path: &Path) -> Option<FileChange> {
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        if self.added.contains(&canonical) {
            return Some(FileChange::Added);
        }
        self.modified
            .iter()
            .find(|m| m.path == canonical)
            .map(|m| FileChange::Modified {
                first_change: m.first_change,
            })
    }
}

/// The byte offset in `new` of the first line that differs from `old`, both read without a BOM;
/// `None` when they are the same. When `new` only drops lines at the end, its last line.
pub fn first_change(old: &[u8], new: &[u8]) -> Option<usize> {
    let strip = |b: &'_ [u8]| -> usize {
        if b.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        }
    };
    let (old, new) = (&old[strip(old)..], &new[strip(new)..]);
    if old == new {
        return None;
    }
    let mut offset = 0;
    let mut last_line = 0;
    let mut old_lines = old.split_inclusive(|&b| b == b'\n');
    for line in new.split_inclusive(|&b| b == b'\n') {
        if old_lines.next() != Some(line) {
            return Some(offset);
        }
        last_line = offset;
        offset += line.len();
    }
    Some(last_line)
}

/// For each added migration, the tables created by the added migrations it descends from
/// (through `down_revision` and `depends_on`), lowercase: they are new and empty when it runs.
/// `added` holds each added file's revision metadata and the tables its `upgrade()` creates.
pub(crate) fn tables_created_by_ancestors(
    added: &[(RevisionMeta, Vec<String>)],
) -> Vec<Vec<String>> {
    let by_revision: HashMap<&str, usize> = added
        .iter()
        .enumerate()
        .filter_map(|(i, (meta, _))| Some((meta.revision_id()?, i)))
        .collect();
    let parents = |i: usize| -> Vec<usize> {
        let meta = &added[i].0;
        [&meta.down_revision, &meta.depends_on]
            .into_iter()
            .flatten()
            .flat_map(|field| field.value.ids())
            .filter_map(|id| by_revision.get(id.as_str()).copied())
            .collect()
    };
    (0..added.len())
        .map(|start| {
            let mut seen = HashSet::from([start]);
            let mut stack = parents(start);
            let mut tables: Vec<String> = Vec::new();
            while let Some(i) = stack.pop() {
                if !seen.insert(i) {
                    continue;
                }
                for table in &added[i].1 {
                    if !tables.contains(table) {
                        tables.push(table.clone());
                    }
                }
                stack.extend(parents(i));
            }
            tables.sort();
            tables
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IdField, IdValue, Span};

    #[test]
    fn the_first_change_is_the_start_of_the_first_differing_line() {
        let old = b"a = 1\nb = 2\nc = 3\n";
        assert_eq!(first_change(old, old), None);
        assert_eq!(first_change(old, b"a = 1\nb = 20\nc = 3\n"), Some(6));
        assert_eq!(first_change(old, b"a = 1\nb = 2\nc = 3\nd = 4\n"), Some(18));
        assert_eq!(first_change(old, b"a = 1\nb = 2\n"), Some(6));
        assert_eq!(first_change(old, b"a = 1\r\nb = 2\r\nc = 3\r\n"), Some(0));
        assert_eq!(first_change(b"\xEF\xBB\xBFa = 1\n", b"a = 1\n"), None);
    }

    fn meta(revision: &str, down: &[&str]) -> RevisionMeta {
        let field = |value| IdField {
            value,
            span: Span::new(0, 0),
            value_span: Span::new(0, 0),
        };
        RevisionMeta {
            revision: Some(field(IdValue::One(revision.to_owned()))),
            down_revision: Some(field(IdValue::Many(
                down.iter().map(|d| (*d).to_owned()).collect(),
            ))),
            ..RevisionMeta::default()
        }
    }

    #[test]
    fn ancestors_in_the_change_lend_their_tables() {
        let added = [
            (meta("b", &["old"]), vec!["orders".to_owned()]),
            (meta("c", &["b"]), vec!["items".to_owned()]),
            (meta("d", &["c"]), Vec::new()),
            (meta("e", &["old"]), Vec::new()),
        ];
        let tables = tables_created_by_ancestors(&added);
        assert_eq!(tables[0], Vec::<String>::new());
        assert_eq!(tables[1], ["orders"]);
        assert_eq!(tables[2], ["items", "orders"]);
        // A sibling branch of the change does not run before `e`.
        assert_eq!(tables[3], Vec::<String>::new());
    }
}
