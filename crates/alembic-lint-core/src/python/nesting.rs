//! A guard between the lexer and the parser: it stops at an expression nested deeper than
//! CPython can compile. Without it, a crafted file (a million `(` or `-`) makes the parser build
//! a tree so deep that dropping it overflows the thread's stack. Alembic could not import such a
//! file either, so refusing it is a syntax error, not a lost check.

use rustpython_parser::lexer::{LexResult, LexicalError, LexicalErrorType};
use rustpython_parser::{StringKind, Tok};

/// CPython's compiler gives up near its recursion limit of 1000; the estimate below counts at
/// least one per level of the tree, so no file Python accepts comes near it.
pub(crate) const MAX_NESTING: usize = 1000;

/// Wraps a token stream; after the token that takes the estimated depth past [`MAX_NESTING`]
/// it yields one lexical error and ends.
pub(crate) struct NestingGuard<I> {
    tokens: I,
    /// Per open bracket (the first entry is the statement itself): tokens that may add a level
    /// to the expression being read.
    levels: Vec<Level>,
    /// The sum over `levels` of their count plus one per open bracket: the depth estimate.
    depth: usize,
    /// Whether the last token ends an operand, making a following `(` or `[` a call or
    /// subscript of it: one more level around everything written so far.
    after_operand: bool,
    stopped: bool,
}

/// What may nest inside what is counted by how far it reaches: a comparison ends the operand
/// of `+` or `.` before it, `and`/`or` also end a `not`, and only a comma ends a `lambda` or a
/// conditional expression.
#[derive(Default)]
struct Level {
    tight: usize,
    not: usize,
    loose: usize,
    /// `lambda`s still waiting for their `:`; commas in their parameters do not end anything.
    lambda_params: usize,
}

#[derive(Clone, Copy)]
enum Reach {
    Tight,
    Not,
    Loose,
}

impl Level {
    fn count(&self) -> usize {
        self.tight + self.not + self.loose
    }
}

impl<I: Iterator<Item = LexResult>> NestingGuard<I> {
    pub(crate) fn new(tokens: I) -> Self {
        NestingGuard {
            tokens,
            levels: vec![Level::default()],
            depth: 0,
            after_operand: false,
            stopped: false,
        }
    }

    fn observe(&mut self, tok: &Tok) {
        let after_operand = std::mem::replace(&mut self.after_operand, ends_operand(tok));
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if after_operand {
                    self.add(Reach::Tight, 1);
                }
                self.levels.push(Level::default());
                self.depth += 1;
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace if self.levels.len() > 1 => {
                if let Some(level) = self.levels.pop() {
                    self.depth -= level.count() + 1;
                }
            }
            Tok::Comma if self.top().lambda_params == 0 => self.end(Reach::Loose),
            Tok::Newline | Tok::Semi => self.end(Reach::Loose),
            Tok::And | Tok::Or => self.end(Reach::Not),
            tok if is_comparison(tok) => self.end(Reach::Tight),
            // A block inside a block is a level of the tree too.
            Tok::Indent => self.depth += 1,
            Tok::Dedent => self.depth = self.depth.saturating_sub(1),
            Tok::Colon if self.top().lambda_params > 0 => self.top().lambda_params -= 1,
            Tok::Lambda => {
                self.top().lambda_params += 1;
                self.add(Reach::Loose, 1);
            }
            Tok::If => self.add(Reach::Loose, 1),
            Tok::Not => self.add(Reach::Not, 1),
            Tok::String {
                value,
                kind: StringKind::FString | StringKind::RawFString,
                ..
            } => self.add(Reach::Tight, fstring_depth(value)),
            tok if adds_level(tok) => self.add(Reach::Tight, 1),
            _ => {}
        }
    }

    fn top(&mut self) -> &mut Level {
        let last = self.levels.len() - 1;
        &mut self.levels[last]
    }

    fn add(&mut self, reach: Reach, n: usize) {
        let level = self.top();
        match reach {
            Reach::Tight => level.tight += n,
            Reach::Not => level.not += n,
            Reach::Loose => level.loose += n,
        }
        self.depth += n;
    }

    /// Ends what reaches no further than `reach` at the innermost level.
    fn end(&mut self, reach: Reach) {
        let level = self.top();
        let mut ended = std::mem::take(&mut level.tight);
        if matches!(reach, Reach::Not | Reach::Loose) {
            ended += std::mem::take(&mut level.not);
        }
        if matches!(reach, Reach::Loose) {
            ended += std::mem::take(&mut level.loose);
        }
        self.depth -= ended;
    }
}

impl<I: Iterator<Item = LexResult>> Iterator for NestingGuard<I> {
    type Item = LexResult;

    fn next(&mut self) -> Option<LexResult> {
        if self.stopped {
            return None;
        }
        let item = self.tokens.next()?;
        if let Ok((tok, range)) = &item {
            self.observe(tok);
            if self.depth > MAX_NESTING {
                self.stopped = true;
                return Some(Err(LexicalError {
                    error: LexicalErrorType::OtherError(format!(
                        "expression is nested more than {MAX_NESTING} levels deep, \
                         more than Python can compile"
                    )),
                    location: range.start(),
                }));
            }
        }
        Some(item)
    }
}

/// Operators, attribute dots and keywords that put one expression inside another and reach only
/// to the next comparison. Comparison and boolean operators are not among them: Python's tree
/// keeps their chains flat.
fn adds_level(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::DoubleStar
            | Tok::At
            | Tok::Vbar
            | Tok::Amper
            | Tok::CircumFlex
            | Tok::Tilde
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Dot
            | Tok::Await
            | Tok::Yield
            | Tok::ColonEqual
    )
}

fn is_comparison(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Less
            | Tok::Greater
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::In
            | Tok::Is
    )
}

fn ends_operand(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

/// An f-string's replacement fields are parsed by a parser of their own that this guard does not
/// see, so each field is measured here, generously: every bracket, operator character and word
/// inside the deepest field counts as a level.
fn fstring_depth(value: &str) -> usize {
    let mut deepest = 0;
    let mut field_depth = 0usize;
    let mut count = 0;
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if field_depth == 0 && chars.peek() == Some(&'{') => {
                chars.next();
            }
            '{' => {
                field_depth += 1;
                count += 1;
            }
            '}' if field_depth > 0 => {
                field_depth -= 1;
                if field_depth == 0 {
                    deepest = deepest.max(count);
                    count = 0;
                }
            }
            _ if field_depth > 0 && (c.is_whitespace() || "([+-*/%@&|^~.<>".contains(c)) => {
                count += 1;
            }
            _ => {}
        }
    }
    deepest.max(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::{lexer::lex, parse_tokens, Mode};

    fn guarded_parse(source: &str) -> Result<(), String> {
        parse_tokens(
            NestingGuard::new(lex(source, Mode::Module)),
            Mode::Module,
            "<test>",
        )
        .map(drop)
        .map_err(|err| err.error.to_string())
    }

    fn assert_refused(source: &str) {
        let err = guarded_parse(source).expect_err("a too-deep expression must be refused");
        assert!(err.contains("nested more than 1000 levels"), "{err}");
    }

    #[test]
    fn deep_expressions_of_every_shape_are_refused_without_overflowing() {
        let n = 50_000;
        let shapes = [
            format!("x = {}1{}", "(".repeat(n), ")".repeat(n)),
            format!("x = {}1", "-".repeat(n)),
            format!("x = {}", vec!["1"; n].join(" + ")),
            format!("x = {}x", "not ".repeat(n)),
            format!("x = {}1", "lambda a, b: ".repeat(n)),
            format!("x = a{}", ".b".repeat(n)),
            format!("x = a{}", "[0]".repeat(n)),
            format!("x = {}1", "1 if y else ".repeat(n)),
            format!("x = {}1", "a and 1 if c else ".repeat(n)),
            format!("x = {}{}", "f(".repeat(n), ")".repeat(n)),
            format!("x = f{}", "()".repeat(n)),
            format!("x = {}", vec!["2"; n].join(" ** ")),
            format!("x = f\"{{{}1{}}}\"", "(".repeat(n), ")".repeat(n)),
            format!("x = f\"{{{}1}}\"", "-".repeat(n)),
        ];
        for source in &shapes {
            assert_refused(source);
        }
    }

    #[test]
    fn wide_but_shallow_code_is_accepted() {
        // Well past the limit if any of these counted as nesting.
        let n = 5 * MAX_NESTING;
        let wide = [
            format!(
                "rows = [{}]",
                vec!["{\"id\": 1, \"name\": \"a\"}"; n].join(", ")
            ),
            format!("x = {}", vec!["a.b"; n].join(" and ")),
            format!("x = {}", vec!["-a.b"; n].join(" < ")),
            format!("x = {}", vec!["not a.b"; n].join(" or ")),
            format!(
                "x = f(\n{}\n)",
                vec!["sa.Column(\"a\", sa.Integer())"; n].join(",\n")
            ),
            format!("x = \"{}\"", "(".repeat(n)),
            vec!["x = -a.b.c(d)[1] + 2"; n].join("\n"),
            format!("x = f\"{}\"", vec!["{a.b} and {c[0]} "; n].concat()),
        ];
        for source in &wide {
            assert_eq!(guarded_parse(source), Ok(()));
        }
    }

    #[test]
    fn deeply_indented_blocks_are_refused() {
        let source: String = (0..MAX_NESTING + 1)
            .map(|level| format!("{}if x:\n", " ".repeat(level)))
            .chain(std::iter::once(format!(
                "{}pass\n",
                " ".repeat(MAX_NESTING + 1)
            )))
            .collect();
        assert_refused(&source);
    }

    #[test]
    fn nesting_just_under_the_limit_parses() {
        let n = MAX_NESTING / 2 - 1;
        let source = format!("x = {}1{}", "(-".repeat(n), ")".repeat(n));
        assert_eq!(guarded_parse(&source), Ok(()));
    }
}
