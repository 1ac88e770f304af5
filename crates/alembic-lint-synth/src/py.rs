//! Python source text with Black-like line wrapping.
//!
//! Real migrations are mostly Black-formatted autogenerate output, so long calls are split the
//! way Black splits them: first all arguments on one indented line, then one per line with a
//! trailing comma.

use std::fmt::Write as _;

const WIDTH: usize = 88;

#[derive(Clone)]
pub(crate) enum Expr {
    /// Text written as is (names, literals, short calls).
    Raw(String),
    /// `head(args...)`.
    Call(String, Vec<Expr>),
    /// `name=value`.
    Kw(&'static str, Box<Expr>),
    /// `[items...]`.
    List(Vec<Expr>),
}

pub(crate) fn raw(text: impl Into<String>) -> Expr {
    Expr::Raw(text.into())
}

pub(crate) fn call(head: &str, args: Vec<Expr>) -> Expr {
    Expr::Call(head.to_string(), args)
}

pub(crate) fn kw(name: &'static str, value: Expr) -> Expr {
    Expr::Kw(name, Box::new(value))
}

/// A double-quoted Python string literal; callers never pass quotes or backslashes.
pub(crate) fn q(text: &str) -> Expr {
    Expr::Raw(format!("\"{text}\""))
}

impl Expr {
    fn flat(&self, out: &mut String) {
        match self {
            Expr::Raw(text) => out.push_str(text),
            Expr::Call(head, args) => {
                out.push_str(head);
                out.push('(');
                join(out, args);
                out.push(')');
            }
            Expr::Kw(name, value) => {
                out.push_str(name);
                out.push('=');
                value.flat(out);
            }
            Expr::List(items) => {
                out.push('[');
                join(out, items);
                out.push(']');
            }
        }
    }

    pub(crate) fn flat_string(&self) -> String {
        let mut out = String::new();
        self.flat(&mut out);
        out
    }
}

fn join(out: &mut String, items: &[Expr]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        item.flat(out);
    }
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push(' ');
    }
}

/// Writes one line of code at `level` spaces of indentation.
pub(crate) fn line(out: &mut String, level: usize, text: &str) {
    indent(out, level);
    out.push_str(text);
    out.push('\n');
}

/// Writes `prefix expr suffix` as one statement, wrapped to fit the line width.
pub(crate) fn stmt(out: &mut String, level: usize, prefix: &str, expr: &Expr, suffix: &str) {
    let flat = expr.flat_string();
    if level + prefix.len() + flat.len() + suffix.len() <= WIDTH {
        indent(out, level);
        let _ = writeln!(out, "{prefix}{flat}{suffix}");
        return;
    }
    let (open, close, items) = match expr {
        Expr::Raw(_) => {
            indent(out, level);
            let _ = writeln!(out, "{prefix}{flat}{suffix}");
            return;
        }
        Expr::Kw(name, value) => {
            let prefix = format!("{prefix}{name}=");
            stmt(out, level, &prefix, value, suffix);
            return;
        }
        Expr::Call(head, args) => (format!("{head}("), ")", args),
        Expr::List(items) => ("[".to_string(), "]", items),
    };
    indent(out, level);
    let _ = writeln!(out, "{prefix}{open}");
    let mut hugged = String::new();
    join(&mut hugged, items);
    let lone_raw = items.len() == 1 && matches!(items[0], Expr::Raw(_));
    let hug_fits = level + 4 + hugged.len() <= WIDTH && !matches!(expr, Expr::List(_));
    if lone_raw || hug_fits {
        line(out, level + 4, &hugged);
    } else {
        for item in items {
            stmt(out, level + 4, "", item, ",");
        }
    }
    indent(out, level);
    let _ = writeln!(out, "{close}{suffix}");
}

/// Writes `head(` + a triple-quoted SQL block + `)`, the way long SQL usually appears.
pub(crate) fn triple_call(out: &mut String, level: usize, head: &str, sql: &[String], tail: &str) {
    line(out, level, &format!("{head}("));
    line(out, level + 4, "\"\"\"");
    for sql_line in sql {
        if sql_line.is_empty() {
            out.push('\n');
        } else {
            line(out, level + 4, sql_line);
        }
    }
    line(out, level + 4, &format!("\"\"\"{tail}"));
    line(out, level, ")");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_call_stays_on_one_line() {
        let mut out = String::new();
        let e = call("op.drop_column", vec![q("users"), q("email")]);
        stmt(&mut out, 4, "", &e, "");
        assert_eq!(out, "    op.drop_column(\"users\", \"email\")\n");
    }

    #[test]
    fn long_call_hugs_then_explodes() {
        let mut out = String::new();
        let col = call(
            "sa.Column",
            vec![
                q("created_at_timestamp"),
                raw("sa.DateTime(timezone=True)"),
                kw("server_default", raw("sa.text(\"now()\")")),
                kw("nullable", raw("False")),
            ],
        );
        stmt(
            &mut out,
            4,
            "",
            &call("op.add_column", vec![q("orders"), col]),
            "",
        );
        assert_eq!(
            out,
            "    op.add_column(\n        \"orders\",\n        sa.Column(\n            \"created_at_timestamp\",\n            sa.DateTime(timezone=True),\n            server_default=sa.text(\"now()\"),\n            nullable=False,\n        ),\n    )\n"
        );
    }
}
