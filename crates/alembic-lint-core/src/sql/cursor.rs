//! A cursor over one statement's tokens for the keyword reading.

use super::lex::{Token, TokenKind};
use super::names::{identifier, type_name};

/// The source text a run of tokens covers.
pub(super) fn span_text<'a>(text: &'a str, tokens: &[Token]) -> Option<&'a str> {
    let (first, last) = (tokens.first()?, tokens.last()?);
    text.get(first.start..last.end)
}

/// Splits on commas outside parentheses and brackets; empty pieces are left out.
pub(super) fn split_top_level<'t>(text: &str, tokens: &'t [Token]) -> Vec<&'t [Token]> {
    let mut pieces = Vec::new();
    let mut c = Cursor::new(text, tokens);
    let mut start = 0;
    while !c.at_end() {
        if c.is_punct(b',') {
            pieces.push(&tokens[start..c.pos]);
            c.pos += 1;
            start = c.pos;
        } else {
            c.skip_one();
        }
    }
    pieces.push(&tokens[start..]);
    pieces.retain(|piece| !piece.is_empty());
    pieces
}

/// A position in a statement's tokens.
#[derive(Clone, Copy)]
pub(super) struct Cursor<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) pos: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(text: &'a str, tokens: &'a [Token]) -> Self {
        Cursor {
            text,
            tokens,
            pos: 0,
        }
    }

    pub(super) fn at_end(&self) -> bool {
        self.pos >= self.tokens.len()
    }

    pub(super) fn peek(&self) -> Option<&'a Token> {
        self.tokens.get(self.pos)
    }

    pub(super) fn rest(&self) -> &'a [Token] {
        self.tokens.get(self.pos..).unwrap_or(&[])
    }

    pub(super) fn slice(&self, token: &Token) -> &'a str {
        self.text.get(token.start..token.end).unwrap_or("")
    }

    pub(super) fn is_kw_at(&self, offset: usize, keyword: &str) -> bool {
        self.tokens.get(self.pos + offset).is_some_and(|t| {
            t.kind == TokenKind::Word && self.slice(t).eq_ignore_ascii_case(keyword)
        })
    }

    pub(super) fn is_kw(&self, keyword: &str) -> bool {
        self.is_kw_at(0, keyword)
    }

    pub(super) fn is_any(&self, keywords: &[&str]) -> bool {
        keywords.iter().any(|k| self.is_kw(k))
    }

    pub(super) fn eat_kw(&mut self, keyword: &str) -> bool {
        let found = self.is_kw(keyword);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Eats the keywords in sequence, or nothing when they are not all there.
    pub(super) fn eat_kws(&mut self, keywords: &[&str]) -> bool {
        let found = keywords
            .iter()
            .enumerate()
            .all(|(i, k)| self.is_kw_at(i, k));
        if found {
            self.pos += keywords.len();
        }
        found
    }

    pub(super) fn eat_any(&mut self, keywords: &[&str]) -> bool {
        let found = self.is_any(keywords);
        if found {
            self.pos += 1;
        }
        found
    }

    pub(super) fn is_punct(&self, byte: u8) -> bool {
        self.peek()
            .is_some_and(|t| t.kind == TokenKind::Punct(byte))
    }

    pub(super) fn eat_punct(&mut self, byte: u8) -> bool {
        let found = self.is_punct(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    /// The index just past the bracket group opening here, if a group opens here.
    pub(super) fn group_end(&self) -> Option<usize> {
        if !(self.is_punct(b'(') || self.is_punct(b'[')) {
            return None;
        }
        let mut depth = 0usize;
        for (i, token) in self.rest().iter().enumerate() {
            match token.kind {
                TokenKind::Punct(b'(' | b'[') => depth += 1,
                TokenKind::Punct(b')' | b']') => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(self.pos + i + 1);
                    }
                }
                _ => {}
            }
        }
        Some(self.tokens.len())
    }

    /// Steps over one token, or a whole bracket group when one opens here.
    pub(super) fn skip_one(&mut self) {
        let next = self.group_end().unwrap_or(self.pos + 1);
        self.pos = next.min(self.tokens.len());
    }

    /// When a parenthesised group opens here: steps over it and returns what is inside.
    pub(super) fn group(&mut self) -> Option<&'a [Token]> {
        if !self.is_punct(b'(') {
            return None;
        }
        let end = self.group_end()?;
        let closed = end > self.pos + 1
            && self
                .tokens
                .get(end - 1)
                .is_some_and(|t| t.kind == TokenKind::Punct(b')'));
        let inner_end = if closed { end - 1 } else { end };
        let inner = self.tokens.get(self.pos + 1..inner_end).unwrap_or(&[]);
        self.pos = end;
        Some(inner)
    }

    /// Steps over tokens (and bracket groups) up to one of `keywords` or the end.
    pub(super) fn skip_until(&mut self, keywords: &[&str]) {
        while !self.at_end() && !self.is_any(keywords) {
            self.skip_one();
        }
    }

    /// The index of the first `keyword` outside brackets from here on.
    pub(super) fn find_top_level(&self, keyword: &str) -> Option<usize> {
        let mut c = *self;
        while !c.at_end() {
            if c.is_kw(keyword) {
                return Some(c.pos);
            }
            c.skip_one();
        }
        None
    }

    /// The type written from here up to one of `keywords`, normalised.
    pub(super) fn type_until(&mut self, keywords: &[&str]) -> Option<String> {
        let start = self.pos;
        self.skip_until(keywords);
        let written = span_text(self.text, self.tokens.get(start..self.pos)?)?;
        type_name(written)
    }

    /// A possibly qualified name (`a`, `"A"`, `s.a`): `None` when no name starts here,
    /// `Some(None)` when there is one but it is dynamic, else its last part normalised.
    pub(super) fn name(&mut self) -> Option<Option<String>> {
        let mut last = None;
        loop {
            let token = self.peek()?;
            let part = match token.kind {
                TokenKind::Word => self.slice(token).to_owned(),
                TokenKind::QuotedIdent => quoted_identifier(self.slice(token)),
                _ => return last,
            };
            self.pos += 1;
            last = Some(identifier(&part));
            let more = self.is_punct(b'.')
                && self
                    .tokens
                    .get(self.pos + 1)
                    .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::QuotedIdent));
            if !more {
                return last;
            }
            self.pos += 1;
        }
    }

    /// A comma-separated list of names (at least one entry, `None` when none could be read).
    pub(super) fn names(&mut self) -> Vec<Option<String>> {
        let mut names = Vec::new();
        while let Some(name) = self.name() {
            names.push(name);
            if !self.eat_punct(b',') {
                break;
            }
        }
        if names.is_empty() {
            names.push(None);
        }
        names
    }
}

/// `"Some ""name"""` is `Some "name"`.
fn quoted_identifier(raw: &str) -> String {
    let inner = raw.strip_prefix('"').unwrap_or(raw);
    inner
        .strip_suffix('"')
        .unwrap_or(inner)
        .replace("\"\"", "\"")
}
