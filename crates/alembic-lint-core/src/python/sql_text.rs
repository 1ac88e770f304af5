//! Reading the SQL text handed to `op.execute` and friends, including SQL built at run time.

use super::values::{callee_name, Scope, StrValue};
use crate::sql::DYNAMIC_PLACEHOLDER;
use ruff_python_ast::{Expr, FStringPart, InterpolatedStringElement, Operator};
use std::collections::HashMap;

/// Deeper expressions than this are not worth reading as SQL (and must not blow the stack).
const MAX_DEPTH: usize = 32;

/// Reads a string expression. `None` when the expression is not string-like at all.
pub(super) fn string_value(
    scope: &Scope,
    expr: &Expr,
    locals: &HashMap<String, StrValue>,
    depth: usize,
) -> Option<StrValue> {
    if depth > MAX_DEPTH {
        return None;
    }
    let recurse = |e: &Expr| string_value(scope, e, locals, depth + 1);
    match expr {
        Expr::StringLiteral(s) => Some(StrValue {
            text: s.value.to_str().to_owned(),
            dynamic: false,
        }),
        Expr::Name(name) => locals
            .get(name.id.as_str())
            .or_else(|| scope.constant(name.id.as_str()))
            .cloned(),
        Expr::FString(fstring) => {
            let mut text = String::new();
            for part in &fstring.value {
                match part {
                    FStringPart::Literal(literal) => text.push_str(&literal.value),
                    FStringPart::FString(f) => {
                        for element in &f.elements {
                            match element {
                                InterpolatedStringElement::Literal(literal) => {
                                    text.push_str(&literal.value);
                                }
                                InterpolatedStringElement::Interpolation(_) => {
                                    text.push_str(DYNAMIC_PLACEHOLDER);
                                }
                            }
                        }
                    }
                }
            }
            Some(StrValue {
                text,
                dynamic: true,
            })
        }
        Expr::BinOp(binop) => match binop.op {
            Operator::Add => {
                let left = recurse(&binop.left);
                let right = recurse(&binop.right);
                if left.is_none() && right.is_none() {
                    return None;
                }
                let part = |v: Option<StrValue>| v.unwrap_or_else(dynamic_part);
                let (l, r) = (part(left), part(right));
                Some(StrValue {
                    text: l.text + &r.text,
                    dynamic: l.dynamic || r.dynamic,
                })
            }
            Operator::Mod => recurse(&binop.left).map(|template| StrValue {
                text: replace_percent_placeholders(&template.text),
                dynamic: true,
            }),
            _ => None,
        },
        Expr::Call(call) => {
            let name = callee_name(&call.func)?;
            match name {
                // `sa.text("...")`, `text("...")`, `sqlalchemy.sql.text("...")`, `DDL("...")`.
                "text" | "DDL" | "literal_column" => call.arguments.args.first().and_then(recurse),
                // `"...".format(...)`.
                "format" => method_receiver(&call.func)
                    .and_then(recurse)
                    .map(|template| StrValue {
                        text: replace_brace_placeholders(&template.text),
                        dynamic: true,
                    }),
                // `text("...").bindparams(...)`, `"...".strip()`, `textwrap.dedent("...")`.
                "bindparams" | "execution_options" | "columns" | "strip" | "lstrip" | "rstrip" => {
                    method_receiver(&call.func).and_then(recurse)
                }
                "dedent" => call.arguments.args.first().and_then(recurse),
                _ => None,
            }
        }
        _ => None,
    }
}

fn dynamic_part() -> StrValue {
    StrValue {
        text: DYNAMIC_PLACEHOLDER.to_owned(),
        dynamic: true,
    }
}

fn method_receiver(func: &Expr) -> Option<&Expr> {
    match func {
        Expr::Attribute(attr) => Some(attr.value.as_ref()),
        _ => None,
    }
}

/// `%s`, `%d`, `%(name)s` become the placeholder; `%%` becomes `%`.
fn replace_percent_placeholders(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('%') => {
                chars.next();
                out.push('%');
            }
            Some('(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
                chars.next();
                out.push_str(DYNAMIC_PLACEHOLDER);
            }
            Some(c) if c.is_ascii_alphabetic() => {
                chars.next();
                out.push_str(DYNAMIC_PLACEHOLDER);
            }
            _ => out.push('%'),
        }
    }
    out
}

/// `{}`, `{0}`, `{name}` become the placeholder; `{{` and `}}` become braces.
fn replace_brace_placeholders(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                out.push_str(DYNAMIC_PLACEHOLDER);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_replace_run_time_values() {
        assert_eq!(
            replace_percent_placeholders("UPDATE %s SET x = %(v)s WHERE y LIKE 'a%%'"),
            "UPDATE __dynamic__ SET x = __dynamic__ WHERE y LIKE 'a%'"
        );
        assert_eq!(
            replace_brace_placeholders("CREATE INDEX {} ON {table} ({{x}})"),
            "CREATE INDEX __dynamic__ ON __dynamic__ ({x})"
        );
    }
}
