//! The text of every checked file, for turning byte spans into lines and columns and for
//! showing source snippets.

use std::collections::HashMap;
use std::ops::Range;

use alembic_lint_core::lines::LineIndex;
use alembic_lint_core::model::Span;
use codespan_reporting::files::{Error as FilesError, Files};

struct Source<'a> {
    path: &'a str,
    text: &'a str,
    lines: LineIndex,
}

/// Checked files by display path. Implements codespan's [`Files`] with the same line rules as
/// [`LineIndex`] (`\n`, `\r\n` and lone `\r`), so snippets and JSON positions agree.
#[derive(Default)]
pub(crate) struct Sources<'a> {
    files: Vec<Source<'a>>,
    by_path: HashMap<&'a str, usize>,
}

/// A 1-based start and end position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Position {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl<'a> Sources<'a> {
    /// Registers a file; a path registered twice keeps its first text.
    pub(crate) fn add(&mut self, path: &'a str, text: &'a str) -> usize {
        if let Some(&id) = self.by_path.get(path) {
            return id;
        }
        let id = self.files.len();
        self.files.push(Source {
            path,
            text,
            lines: LineIndex::new(text),
        });
        self.by_path.insert(path, id);
        id
    }

    pub(crate) fn id(&self, path: &str) -> Option<usize> {
        self.by_path.get(path).copied()
    }

    /// The byte range of a span clamped to the file and to character boundaries.
    pub(crate) fn range(&self, id: usize, span: Span) -> Range<usize> {
        let Some(source) = self.files.get(id) else {
            return 0..0;
        };
        let start = floor_char_boundary(source.text, span.start);
        let end = floor_char_boundary(source.text, span.end.max(span.start));
        start..end
    }

    /// The text a span covers; empty for an unknown file.
    pub(crate) fn text(&self, path: &str, span: Span) -> &'a str {
        self.id(path)
            .and_then(|id| Some((self.files.get(id)?.text, self.range(id, span))))
            .and_then(|(text, range)| text.get(range))
            .unwrap_or("")
    }

    /// Line and column of a span's start and end; line 1, column 1 for an unknown file.
    pub(crate) fn position(&self, path: &str, span: Span) -> Position {
        let Some(source) = self.id(path).and_then(|id| self.files.get(id)) else {
            return Position {
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
            };
        };
        let (line, column) = source.lines.line_col(source.text, span.start);
        let (end_line, end_column) = source.lines.line_col(source.text, span.end.max(span.start));
        Position {
            line,
            column,
            end_line,
            end_column,
        }
    }
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl<'a> Files<'a> for Sources<'_> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, FilesError> {
        Ok(self.files.get(id).ok_or(FilesError::FileMissing)?.path)
    }

    fn source(&'a self, id: usize) -> Result<&'a str, FilesError> {
        Ok(self.files.get(id).ok_or(FilesError::FileMissing)?.text)
    }

    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, FilesError> {
        let source = self.files.get(id).ok_or(FilesError::FileMissing)?;
        Ok(source.lines.line_col(source.text, byte_index).0 - 1)
    }

    fn line_range(&'a self, id: usize, line_index: usize) -> Result<Range<usize>, FilesError> {
        let source = self.files.get(id).ok_or(FilesError::FileMissing)?;
        let count = source.lines.line_count();
        let start = source
            .lines
            .line_start(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: count - 1,
            })?;
        let end = source
            .lines
            .line_start(line_index + 1)
            .unwrap_or(source.text.len());
        Ok(start..end)
    }
}
