//! The only module that knows the Python parser (`ruff_python_parser`): parse Python source,
//! hand out its comments, extract the [`Migration`]. No parser type leaves this module.

mod calls;
mod errors;
mod limits;
mod module;
mod sql_text;
mod statements;
mod values;
mod walk;

use crate::model::{Migration, Span};
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Mod, ModModule, PythonVersion};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use ruff_text_size::Ranged;

/// A Python syntax error at a byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// A `#` comment: its text (from the `#` to the end of the line, without the line break) and its
/// byte range in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Comment {
    pub text: String,
    pub span: Span,
}

/// A parsed module, held only until its model is extracted, the file's comments and where its
/// statements lie.
pub(crate) struct Tree {
    module: ModModule,
    comments: Vec<Comment>,
    statements: Vec<Span>,
    /// For a deep tree, a bound on its depth in nodes, to drop it on a stack that fits.
    deep: Option<usize>,
}

impl Tree {
    /// The file's comments in source order, read from the parser's tokens: a `#` inside a string
    /// is not one.
    pub(crate) fn comments(&self) -> &[Comment] {
        &self.comments
    }

    /// The byte range of each logical line (a simple statement, or a compound statement's
    /// header), in source order.
    pub(crate) fn statements(&self) -> &[Span] {
        &self.statements
    }
}

/// Parses a migration file: the whole file, or the first syntax error in it. Syntax that only
/// newer Pythons accept is accepted; alembic-lint is not a Python version checker.
pub(crate) fn parse(text: &str) -> Result<Tree, SyntaxError> {
    // CPython refuses a source with a NUL byte anywhere, even inside a string literal.
    if let Some(offset) = text.find('\0') {
        return Err(SyntaxError {
            offset,
            message: "the file contains a NUL byte (U+0000), which Python does not accept"
                .to_owned(),
        });
    }
    // The parser recurses once per level of nesting and grows its own stack as it goes, so a
    // deep file cannot overflow it; `limits` then refuses what CPython refuses before anything
    // else walks or drops the tree.
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::latest());
    let parsed = parse_unchecked(text, options);
    // Version-specific "unsupported syntax" findings are not errors here.
    let first_error = parsed
        .errors()
        .iter()
        .min_by_key(|err| err.location.start())
        .map(|err| errors::syntax_error(text, err));
    let limit_error = limits::check_tokens(parsed.tokens());
    let error = match (first_error, limit_error) {
        (Some(a), Some(b)) => Some(if b.offset < a.offset { b } else { a }),
        (a, b) => a.or(b),
    };
    let tokens = parsed.tokens().len();
    let comments = parsed
        .tokens()
        .iter()
        .filter(|token| token.kind() == TokenKind::Comment)
        .map(|token| {
            let span = Span::new(token.start().to_usize(), token.end().to_usize());
            Comment {
                text: text.get(span.range()).unwrap_or_default().to_owned(),
                span,
            }
        })
        .collect();
    let statements = statements::statement_spans(parsed.tokens());
    let module = match parsed.into_syntax() {
        Mod::Module(module) => module,
        // Module mode always gives a module.
        other @ Mod::Expression(_) => {
            limits::drop_deep(other, tokens);
            return Err(SyntaxError {
                offset: 0,
                message: "the file is not a Python module".to_owned(),
            });
        }
    };
    // A tree with an error in it may be half-built: it is never linted as if it were whole.
    let checked = match error {
        Some(err) => Err(err),
        None => limits::check_tree(&module.body),
    };
    match checked {
        Err(err) => {
            limits::drop_deep(module, tokens);
            Err(err)
        }
        Ok(depth) => Ok(Tree {
            module,
            comments,
            statements,
            // Four times CPython's depth bounds this tree's (an f-string part, a call's
            // argument list or a decorator is a node here and not there).
            deep: (depth > limits::DEEP).then_some(4 * depth),
        }),
    }
}

/// Extracts the migration model; the tree is dropped here.
pub(crate) fn extract(text: &str, tree: Tree) -> Migration {
    let migration = module::extract(text, &tree.module.body);
    match tree.deep {
        Some(levels) => limits::drop_deep(tree.module, levels),
        None => drop(tree.module),
    }
    migration
}

/// Every string a module spells out, read without running it: literals, implicit concatenation,
/// f-strings (run-time values as [`crate::sql::DYNAMIC_PLACEHOLDER`]), module-level constants.
/// `None` when the source does not parse. What a script directory's `env.py` says is read from
/// these.
pub(crate) fn module_strings(text: &str) -> Option<Vec<String>> {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    use ruff_python_ast::{Expr, Stmt};

    struct Strings {
        scope: values::Scope,
        out: Vec<String>,
    }
    impl<'a> Visitor<'a> for Strings {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if let Stmt::Assign(assign) = stmt {
                if let [Expr::Name(name)] = assign.targets.as_slice() {
                    self.scope.record_constant(name.id.as_str(), &assign.value);
                }
            }
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || walk_stmt(self, stmt));
        }

        fn visit_expr(&mut self, expr: &'a Expr) {
            if matches!(
                expr,
                Expr::StringLiteral(_) | Expr::FString(_) | Expr::BinOp(_) | Expr::Name(_)
            ) {
                if let Some(value) = self.scope.string_value(expr, &Default::default()) {
                    self.out.push(value.text);
                }
            }
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || walk_expr(self, expr));
        }
    }

    let tree = parse(text).ok()?;
    let mut strings = Strings {
        scope: values::Scope::default(),
        out: Vec::new(),
    };
    for stmt in &tree.module.body {
        strings.visit_stmt(stmt);
    }
    match tree.deep {
        Some(levels) => limits::drop_deep(tree.module, levels),
        None => drop(tree.module),
    }
    Some(strings.out)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn comments(source: &str) -> Vec<(String, usize, usize)> {
        let tree = parse(source).expect("parses");
        tree.comments()
            .iter()
            .map(|c| (c.text.clone(), c.span.start, c.span.end))
            .collect()
    }

    #[test]
    fn comments_come_from_tokens_with_their_byte_ranges() {
        let source = "x = 1  # alembic-lint: ignore[AL301]\r\n# own line\ny = 2\n";
        assert_eq!(
            comments(source),
            vec![
                ("# alembic-lint: ignore[AL301]".to_owned(), 7, 36),
                ("# own line".to_owned(), 38, 48),
            ]
        );
    }

    #[test]
    fn a_hash_inside_a_string_is_not_a_comment() {
        let source = concat!(
            "op.execute(\"UPDATE t SET x = '#1'  # alembic-lint: ignore[AL401]\")\n",
            "doc = '''\n# alembic-lint: ignore-file[AL301]\n'''\n",
            "f = f\"{'#' + x}  # not a comment\"\n",
            "z = 1 # real\n",
        );
        let at = source.find("# real").expect("in the source");
        assert_eq!(comments(source), vec![("# real".to_owned(), at, at + 6)]);
    }

    #[test]
    fn a_comment_inside_an_f_string_replacement_field_is_a_comment() {
        let source = "x = f\"{\n    a  # inside\n}\"\n";
        let at = source.find("# inside").expect("in the source");
        assert_eq!(comments(source), vec![("# inside".to_owned(), at, at + 8)]);
    }
}
