//! The only module that knows rustpython-parser: parse Python source, extract the [`Migration`].

mod calls;
mod module;
mod sql_text;
mod values;
mod walk;

use crate::model::{Migration, Span};
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::{parse, Mode};

/// A Python syntax error at a byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// Parses a migration file and extracts its model; the AST is dropped before returning.
pub(crate) fn parse_migration(text: &str) -> Result<Migration, SyntaxError> {
    let parsed = parse(text, Mode::Module, "<migration>").map_err(|err| SyntaxError {
        offset: usize::from(err.offset).min(text.len()),
        message: lowercase_first(&err.error.to_string()),
    })?;
    let body = match parsed {
        ast::Mod::Module(module) => module.body,
        _ => Vec::new(),
    };
    Ok(module::extract(text, &body))
}

fn lowercase_first(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The byte range of any AST node.
fn span_of(node: &impl Ranged) -> Span {
    let range = node.range();
    Span::new(range.start().to_usize(), range.end().to_usize())
}
