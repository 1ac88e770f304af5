//! A tolerant PostgreSQL tokenizer: one pass, never fails, knows quoting and comments.
//!
//! Token boundaries always fall on ASCII bytes or the ends of the text, so slicing the text with
//! a token's range is always on a char boundary.

/// What a token is; comments and whitespace produce no token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TokenKind {
    /// An unquoted word: keyword or identifier.
    Word,
    /// A `"double-quoted"` identifier.
    QuotedIdent,
    /// A `'string'`, `E'string'` or `$tag$string$tag$`.
    Str,
    Number,
    /// Any other single byte: `(`, `)`, `,`, `;`, `.`, `:`, operators, `$1`'s `$`...
    Punct(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
}

/// Splits `text` into tokens, skipping whitespace, `--` and (nested) `/* */` comments.
/// Unterminated strings, identifiers and comments run to the end of the text.
pub(super) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let kind = match b {
            b if b.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                i = line_end(bytes, i);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = block_comment_end(bytes, i);
                continue;
            }
            b'\'' => {
                i = quoted_end(bytes, i, b'\'', false);
                TokenKind::Str
            }
            b'"' => {
                i = quoted_end(bytes, i, b'"', false);
                TokenKind::QuotedIdent
            }
            b'e' | b'E' if bytes.get(i + 1) == Some(&b'\'') => {
                i = quoted_end(bytes, i + 1, b'\'', true);
                TokenKind::Str
            }
            b'$' => match dollar_tag_len(bytes, i) {
                Some(tag_len) => {
                    i = dollar_quoted_end(text, i, tag_len);
                    TokenKind::Str
                }
                None => {
                    i += 1;
                    TokenKind::Punct(b'$')
                }
            },
            b if is_ident_start(b) => {
                i = word_end(bytes, i);
                TokenKind::Word
            }
            b'0'..=b'9' => {
                i = number_end(bytes, i);
                TokenKind::Number
            }
            b'.' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i = number_end(bytes, i);
                TokenKind::Number
            }
            _ => {
                i += 1;
                TokenKind::Punct(b)
            }
        };
        tokens.push(Token {
            kind,
            start,
            end: i,
        });
    }
    tokens
}

/// Letters, `_` and any non-ASCII byte (PostgreSQL allows non-ASCII letters in identifiers).
fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_continue(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit() || b == b'$'
}

fn word_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && is_ident_continue(bytes[i]) {
        i += 1;
    }
    i
}

fn number_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let b = bytes[i];
        let exponent_sign = (b == b'+' || b == b'-') && matches!(bytes[i - 1], b'e' | b'E');
        if b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

fn line_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |n| i + n + 1)
}

/// PostgreSQL block comments nest.
fn block_comment_end(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1)) {
            (b'/', Some(b'*')) => {
                depth += 1;
                i += 2;
            }
            (b'*', Some(b'/')) => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The end of a quoted run starting at `bytes[i] == quote`; a doubled quote stands for itself,
/// and with `backslash` (`E'...'` strings) a backslash escapes the next byte.
fn quoted_end(bytes: &[u8], mut i: usize, quote: u8, backslash: bool) -> usize {
    i += 1;
    while i < bytes.len() {
        let b = bytes[i];
        if backslash && b == b'\\' {
            i += 2;
        } else if b == quote {
            if bytes.get(i + 1) == Some(&quote) {
                i += 2;
            } else {
                return i + 1;
            }
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// The length of a dollar-quote opening tag (`$$` or `$tag$`) at `bytes[i]`, if there is one.
/// `$1` (a positional parameter) is not a tag.
fn dollar_tag_len(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    if bytes.get(j).is_some_and(|&b| is_ident_start(b)) {
        while j < bytes.len() && (is_ident_start(bytes[j]) || bytes[j].is_ascii_digit()) {
            j += 1;
        }
    }
    (bytes.get(j) == Some(&b'$')).then_some(j + 1 - i)
}

fn dollar_quoted_end(text: &str, i: usize, tag_len: usize) -> usize {
    let body = i + tag_len;
    let tag = &text[i..body];
    text[body..]
        .find(tag)
        .map_or(text.len(), |n| body + n + tag_len)
}

/// The value of a string token: quotes removed and doubled quotes undone (escape strings keep
/// their backslashes as written).
pub(super) fn string_value(raw: &str) -> String {
    let raw = raw
        .strip_prefix(['e', 'E'])
        .filter(|rest| rest.starts_with('\''))
        .unwrap_or(raw);
    if let Some(inner) = raw.strip_prefix('\'') {
        return inner.strip_suffix('\'').unwrap_or(inner).replace("''", "'");
    }
    // `$tag$body$tag$`
    let Some(tag_end) = raw.get(1..).and_then(|rest| rest.find('$')) else {
        return raw.to_owned();
    };
    let tag = &raw[..tag_end + 2];
    let inner = &raw[tag.len()..];
    inner.strip_suffix(tag).unwrap_or(inner).to_owned()
}
