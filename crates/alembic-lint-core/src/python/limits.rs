//! CPython's nesting limits, and a safe way to drop a tree that goes past them.
//!
//! The parser accepts any nesting: it grows its own stack as it recurses. CPython does not:
//! its tokenizer refuses more than 200 open brackets, more than 99 levels of indentation and
//! more than 149 nested f-strings, and `ast.parse` gives up on a syntax tree more than about
//! 3,000 nodes deep (`-x` or `a.b` is one node inside another, so a chain of 3,000 `- ` or
//! `.b` is too deep, while 3,000 `and`s or `<`s are flat). Alembic could not import such a file,
//! so each is a syntax error here too, and a tree that deep is never walked. Dropping it is
//! recursive as well, so it is dropped on a stack grown to fit.

use super::{Span, SyntaxError};
use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{
    Alias, Comprehension, ExceptHandler, Expr, InterpolatedStringElement, Keyword, MatchCase,
    Parameter, Parameters, Pattern, Stmt, TypeParam, WithItem,
};
use ruff_text_size::Ranged;

/// Brackets open at once: CPython's tokenizer allows 200 (`MAXLEVEL`).
pub(super) const MAX_BRACKETS: usize = 200;
/// Indentation levels: CPython's tokenizer allows 99 (`MAXINDENT` is 100).
pub(super) const MAX_INDENT: usize = 99;
/// f-strings inside f-strings: CPython 3.12's tokenizer allows 149 (`MAXFSTRINGLEVEL` is 150).
pub(super) const MAX_FSTRINGS: usize = 149;
/// Depth of the syntax tree as CPython builds it, the module being 1: `ast.parse` in CPython
/// 3.12 accepts 2,996 and refuses 2,997.
pub(super) const MAX_TREE_DEPTH: usize = 2996;

/// The first place where the tokens go past one of CPython's tokenizer limits.
pub(super) fn check_tokens(tokens: &Tokens) -> Option<SyntaxError> {
    let (mut brackets, mut indent, mut fstrings) = (0usize, 0usize, 0usize);
    for token in tokens.iter() {
        let offset = token.start().to_usize();
        let refused = |message: String| Some(SyntaxError { offset, message });
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                brackets += 1;
                if brackets > MAX_BRACKETS {
                    return refused(format!(
                        "brackets are nested more than {MAX_BRACKETS} deep, more than Python \
                         accepts"
                    ));
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                brackets = brackets.saturating_sub(1);
            }
            TokenKind::Indent => {
                indent += 1;
                if indent > MAX_INDENT {
                    return refused(format!(
                        "blocks are indented more than {MAX_INDENT} levels deep, more than \
                         Python accepts"
                    ));
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            TokenKind::FStringStart | TokenKind::TStringStart => {
                fstrings += 1;
                if fstrings > MAX_FSTRINGS {
                    return refused(format!(
                        "f-strings are nested more than {MAX_FSTRINGS} deep, more than Python \
                         accepts"
                    ));
                }
            }
            TokenKind::FStringEnd | TokenKind::TStringEnd => {
                fstrings = fstrings.saturating_sub(1);
            }
            _ => {}
        }
    }
    None
}

/// The depth of a tree that CPython would accept, or the first node that sits deeper than
/// CPython's syntax tree may go.
pub(super) fn check_tree(body: &[Stmt]) -> Result<usize, SyntaxError> {
    let mut depth = Depth {
        depth: 1,
        statements: 0,
        deepest: 1,
        refused: None,
    };
    depth.visit_body(body);
    let Some((span, what)) = depth.refused else {
        return Ok(depth.deepest);
    };
    let message = match what {
        Refused::Statement => format!(
            "statements are nested more than {MAX_TREE_DEPTH} levels deep (each `elif` is a \
             block inside the `if` before it), more than Python can parse"
        ),
        Refused::Expression => format!(
            "expression is nested more than {MAX_TREE_DEPTH} levels deep (each operator, `.`, \
             call or subscript in a chain is one level), more than Python can parse"
        ),
    };
    Err(SyntaxError {
        offset: span.start,
        message,
    })
}

/// Trees deeper than this are dropped on a grown stack.
pub(super) const DEEP: usize = 200;

/// Drops a tree of any depth, given a bound on its depth in nodes: dropping is recursive, a few
/// frames per node, so it runs on a stack grown to fit. The parser's token count bounds the depth
/// of any tree it built (a node is at most a few levels per token).
pub(super) fn drop_deep<T: Send>(tree: T, levels: usize) {
    const PER_LEVEL: usize = 1024;
    const BASE: usize = 1024 * 1024;
    let size = levels.saturating_mul(PER_LEVEL).saturating_add(BASE);
    stacker::grow(size, move || drop(tree));
}

#[derive(Clone, Copy)]
enum Refused {
    Statement,
    Expression,
}

/// Measures the tree as CPython would build it: a node per statement, expression, pattern,
/// keyword argument, parameter list, parameter, comprehension, handler, `with` item, `case`,
/// type parameter and imported name; an `elif` is an `if` inside the `else` of the one before.
struct Depth {
    depth: usize,
    /// How much of `depth` is statements (`elif` chains), to say what went too deep.
    statements: usize,
    deepest: usize,
    refused: Option<(Span, Refused)>,
}

impl Depth {
    /// Visits one node `levels` below the current one, unless the tree is already refused.
    fn enter(
        &mut self,
        levels: usize,
        node: &impl Ranged,
        what: Refused,
        walk: impl FnOnce(&mut Self),
    ) {
        if self.refused.is_some() {
            return;
        }
        self.depth += levels;
        if matches!(what, Refused::Statement) {
            self.statements += levels;
        }
        self.deepest = self.deepest.max(self.depth);
        if self.depth > MAX_TREE_DEPTH {
            let what = if 2 * self.statements > self.depth {
                Refused::Statement
            } else {
                Refused::Expression
            };
            self.refused = Some((super::span_of(node), what));
        } else {
            // The visitor recurses once per level, up to the limit: every 32 levels, grow the
            // stack if less than 256 KB is left (far more than 32 levels take).
            if self.depth.is_multiple_of(32) {
                stacker::maybe_grow(256 * 1024, 1024 * 1024, || walk(self));
            } else {
                walk(self);
            }
        }
        if matches!(what, Refused::Statement) {
            self.statements -= levels;
        }
        self.depth -= levels;
    }

    fn node(&mut self, node: &impl Ranged, walk: impl FnOnce(&mut Self)) {
        self.enter(1, node, Refused::Expression, walk);
    }
}

impl<'a> Visitor<'a> for Depth {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let Stmt::If(branch) = stmt else {
            self.enter(1, stmt, Refused::Statement, |v| visitor::walk_stmt(v, stmt));
            return;
        };
        self.enter(1, stmt, Refused::Statement, |v| {
            v.visit_expr(&branch.test);
            v.visit_body(&branch.body);
            // `elif` number k (from 0) is an `if` k + 1 levels below this one; an `else` block
            // is the body of the last of them.
            for (k, clause) in branch.elif_else_clauses.iter().enumerate() {
                match &clause.test {
                    Some(test) => v.enter(k + 1, clause, Refused::Statement, |v| {
                        v.visit_expr(test);
                        v.visit_body(&clause.body);
                    }),
                    None => v.enter(k, clause, Refused::Statement, |v| {
                        v.visit_body(&clause.body);
                    }),
                }
            }
        });
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        self.node(expr, |v| visitor::walk_expr(v, expr));
    }

    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        self.node(pattern, |v| visitor::walk_pattern(v, pattern));
    }

    fn visit_keyword(&mut self, keyword: &'a Keyword) {
        self.node(keyword, |v| visitor::walk_keyword(v, keyword));
    }

    fn visit_parameters(&mut self, parameters: &'a Parameters) {
        self.node(parameters, |v| visitor::walk_parameters(v, parameters));
    }

    fn visit_parameter(&mut self, parameter: &'a Parameter) {
        self.node(parameter, |v| visitor::walk_parameter(v, parameter));
    }

    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        self.node(comprehension, |v| {
            visitor::walk_comprehension(v, comprehension);
        });
    }

    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        self.node(handler, |v| visitor::walk_except_handler(v, handler));
    }

    fn visit_with_item(&mut self, item: &'a WithItem) {
        self.node(item, |v| visitor::walk_with_item(v, item));
    }

    fn visit_match_case(&mut self, case: &'a MatchCase) {
        self.node(case, |v| visitor::walk_match_case(v, case));
    }

    fn visit_type_param(&mut self, param: &'a TypeParam) {
        self.node(param, |v| visitor::walk_type_param(v, param));
    }

    fn visit_alias(&mut self, alias: &'a Alias) {
        self.node(alias, |_| {});
    }

    /// A replacement field is a `FormattedValue` node around its expression.
    fn visit_interpolated_string_element(&mut self, element: &'a InterpolatedStringElement) {
        match element {
            InterpolatedStringElement::Interpolation(field) => self.node(field, |v| {
                visitor::walk_interpolated_string_element(v, element);
            }),
            InterpolatedStringElement::Literal(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    fn refused(source: &str) -> Option<String> {
        parse(source).err().map(|err| err.message)
    }

    #[test]
    fn chains_python_accepts_are_accepted() {
        // CPython 3.12 parses each of these at this length; the old guard refused them.
        let n = 2900;
        let shapes = [
            format!("x = a{}", ".b".repeat(n)),
            format!("x = {}", vec!["1"; n].join(" + ")),
            format!("x = {}1", "-".repeat(n)),
            format!("x = f{}", "()".repeat(n)),
            format!("x = a{}", "[0]".repeat(n)),
            format!("x = {}x", "not ".repeat(n)),
            format!("if a:\n    pass\n{}", "elif b:\n    pass\n".repeat(n)),
        ];
        for source in &shapes {
            assert_eq!(refused(source), None, "{}", &source[..40]);
        }
    }

    #[test]
    fn the_deepest_trees_python_accepts_are_extracted_and_dropped_on_a_small_stack() {
        let n = 2900;
        for body in [
            format!("x = a{}", ".b".repeat(n)),
            format!("x = {}1", "-".repeat(n)),
            format!("await f({}x)", "not ".repeat(n)),
            format!("op.execute({})", vec!["'a'"; n].join(" + ")),
            format!("x = f{}", "()".repeat(n)),
        ] {
            let source = format!("async def upgrade():\n    {body}\n");
            let handle = std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    let tree = parse(&source).expect("CPython accepts it");
                    super::super::extract(&source, tree)
                })
                .expect("thread starts");
            assert!(handle.join().expect("no overflow").upgrade.is_some());
        }
    }

    #[test]
    fn past_cpythons_limits_is_refused_and_says_what() {
        let n = 3100;
        for source in [
            format!("x = a{}", ".b".repeat(n)),
            format!("x = {}", vec!["1"; n].join(" + ")),
            format!("x = {}1", "-".repeat(n)),
            format!("x = {}1", "lambda: ".repeat(n)),
        ] {
            let message = refused(&source).expect("refused");
            assert!(
                message.starts_with("expression is nested more than 2996"),
                "{message}"
            );
        }
        let elifs = format!("if a:\n    pass\n{}", "elif b:\n    pass\n".repeat(n));
        let message = refused(&elifs).expect("refused");
        assert!(message.starts_with("statements are nested"), "{message}");

        let message =
            refused(&format!("x = {}1{}", "(".repeat(201), ")".repeat(201))).expect("refused");
        assert!(
            message.starts_with("brackets are nested more than 200"),
            "{message}"
        );
        assert_eq!(
            refused(&format!("x = {}1{}", "(".repeat(200), ")".repeat(200))),
            None
        );

        let ifs = |n: usize| -> String {
            (0..n)
                .map(|level| format!("{}if x:\n", " ".repeat(level)))
                .chain(std::iter::once(format!("{}pass\n", " ".repeat(n))))
                .collect()
        };
        assert_eq!(refused(&ifs(99)), None);
        let message = refused(&ifs(100)).expect("refused");
        assert!(
            message.starts_with("blocks are indented more than 99"),
            "{message}"
        );
        assert!(!message.contains("expression"), "{message}");
    }

    #[test]
    fn huge_nesting_is_refused_without_overflowing() {
        let n = 200_000;
        for source in [
            format!("x = {}1{}", "(".repeat(n), ")".repeat(n)),
            format!("x = {}1", "-".repeat(n)),
            format!("x = a{}", ".b".repeat(n)),
            format!("x = {}", vec!["2"; n].join(" ** ")),
            format!("x = {}1", "lambda a, b: ".repeat(n)),
            format!("x = {}1", "1 if y else ".repeat(n)),
            format!("x = f\"{{{}1}}\"", "-".repeat(n)),
            format!("x = {}1{}", "f(".repeat(n), ")".repeat(n)),
            format!(
                "match x:\n    case {}1{}:\n        pass\n",
                "[".repeat(n),
                "]".repeat(n)
            ),
        ] {
            // On a small stack, as a worker thread has.
            let handle = std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || refused(&source))
                .expect("thread starts");
            assert!(handle.join().expect("no overflow").is_some());
        }
    }
}
