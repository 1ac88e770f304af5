//! The only module that knows rustpython-parser: parse Python source, extract the [`Migration`].

mod calls;
mod module;
mod nesting;
mod sql_text;
mod values;
mod walk;

use crate::model::{Migration, Span};
use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::{lexer::lex, parse_tokens, Mode};

/// A Python syntax error at a byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// A parsed module, held only until its model is extracted.
pub(crate) struct Tree(Vec<ast::Stmt>);

/// Parses a migration file.
pub(crate) fn parse(text: &str) -> Result<Tree, SyntaxError> {
    let tokens = nesting::NestingGuard::new(lex(text, Mode::Module));
    let parsed = parse_tokens(tokens, Mode::Module, "<migration>").map_err(|err| SyntaxError {
        offset: usize::from(err.offset).min(text.len()),
        message: lowercase_first(&err.error.to_string()),
    })?;
    Ok(Tree(match parsed {
        ast::Mod::Module(module) => module.body,
        _ => Vec::new(),
    }))
}

/// Extracts the migration model; the tree is dropped here.
pub(crate) fn extract(text: &str, tree: Tree) -> Migration {
    module::extract(text, &tree.0)
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
