//! The tolerant keyword reading: recognises the statements rules care about from their leading
//! keywords when the SQL parser cannot read them (DO blocks, REINDEX, unusual index options...).
//! Every pass moves forward only, so reading is linear in the number of tokens.

use super::cursor::{span_text, split_top_level, Cursor};
use super::lex::{string_value, Token, TokenKind};
use super::names::{identifier, is_serial, mark_primary_key, timeout_setting};
use crate::model::{ColumnDef, ConstraintKind, DataVerb, DefaultValue, OpKind};
use std::collections::HashSet;

/// Reads one statement's tokens (offsets into `text`); always returns at least one kind.
pub(super) fn read(text: &str, tokens: &[Token]) -> Vec<OpKind> {
    let mut c = Cursor::new(text, tokens);
    let kinds = if c.eat_kw("create") {
        create(c)
    } else if c.eat_kw("drop") {
        drop_objects(c)
    } else if c.eat_kw("reindex") {
        vec![reindex(c)]
    } else if c.eat_kws(&["alter", "table"]) {
        alter_table(c)
    } else if c.eat_kws(&["alter", "type"]) {
        vec![alter_type(c)]
    } else if c.eat_kw("update") {
        vec![update(c)]
    } else if c.eat_kws(&["delete", "from"]) {
        vec![delete(c)]
    } else if c.eat_kws(&["insert", "into"]) {
        vec![OpKind::DataChange {
            verb: DataVerb::Insert,
            table: c.name().flatten(),
            has_where: false,
        }]
    } else if c.eat_kw("set") {
        vec![set(c)]
    } else {
        Vec::new()
    };
    if kinds.is_empty() {
        vec![OpKind::OtherSql]
    } else {
        kinds
    }
}

/// Keywords that end a column's type in a column definition or `ALTER COLUMN ... TYPE`.
const TYPE_END: &[&str] = &[
    "not",
    "null",
    "default",
    "primary",
    "references",
    "constraint",
    "check",
    "unique",
    "generated",
    "collate",
    "using",
];

/// Keywords that end a `DEFAULT` expression in a column definition.
const DEFAULT_END: &[&str] = &[
    "not",
    "null",
    "constraint",
    "primary",
    "references",
    "check",
    "unique",
    "generated",
    "collate",
];

/// Keywords that start a table constraint rather than a column.
const CONSTRAINT_START: &[&str] = &[
    "constraint",
    "primary",
    "unique",
    "check",
    "foreign",
    "exclude",
];

fn create(mut c: Cursor) -> Vec<OpKind> {
    c.eat_kws(&["or", "replace"]);
    let unique = c.eat_kw("unique");
    if c.eat_kw("index") {
        return vec![create_index(c, unique)];
    }
    if unique {
        return Vec::new();
    }
    while c.eat_any(&["global", "local", "temp", "temporary", "unlogged"]) {}
    if c.eat_kw("table") {
        vec![create_table(c)]
    } else {
        Vec::new()
    }
}

fn create_index(mut c: Cursor, unique: bool) -> OpKind {
    let concurrently = c.eat_kw("concurrently");
    c.eat_kws(&["if", "not", "exists"]);
    // The name is optional; whatever stands between here and `ON` is taken as the name only
    // when it is one plain (possibly qualified) name.
    let on = c.find_top_level("on");
    let name = on.and_then(|on| {
        let mut name_cursor = Cursor::new(c.text, c.tokens.get(c.pos..on).unwrap_or(&[]));
        let name = name_cursor.name().flatten();
        name_cursor.at_end().then_some(name).flatten()
    });
    let table = on.and_then(|on| {
        c.pos = on + 1;
        c.eat_kw("only");
        c.name().flatten()
    });
    OpKind::CreateIndex {
        name,
        table,
        unique,
        concurrently,
    }
}

fn create_table(mut c: Cursor) -> OpKind {
    c.eat_kws(&["if", "not", "exists"]);
    let table = c.name().flatten();
    let mut columns = Vec::new();
    if let Some(body) = c.group() {
        let mut primary_key = HashSet::new();
        for element in split_top_level(c.text, body) {
            let mut e = Cursor::new(c.text, element);
            if e.is_any(CONSTRAINT_START) {
                primary_key.extend(primary_key_columns(e));
            } else if !e.is_kw("like") {
                columns.push(column_def(&mut e));
            }
        }
        mark_primary_key(&mut columns, &primary_key);
    }
    OpKind::CreateTable { table, columns }
}

/// The columns of a table-level `[CONSTRAINT name] PRIMARY KEY (a, b)`.
fn primary_key_columns(mut c: Cursor) -> Vec<String> {
    if c.eat_kw("constraint") {
        c.name();
    }
    if !c.eat_kws(&["primary", "key"]) {
        return Vec::new();
    }
    let Some(list) = c.group() else {
        return Vec::new();
    };
    split_top_level(c.text, list)
        .into_iter()
        .filter_map(|column| Cursor::new(c.text, column).name().flatten())
        .collect()
}

/// `name type [NOT NULL | NULL | DEFAULT expr | PRIMARY KEY | GENERATED ... | ...]`.
fn column_def(c: &mut Cursor) -> ColumnDef {
    let name = c.name().flatten();
    let type_name = c.type_until(TYPE_END);
    let mut def = ColumnDef {
        name,
        generated: type_name.as_deref().is_some_and(is_serial),
        type_name,
        ..ColumnDef::default()
    };
    while !c.at_end() {
        if c.eat_kws(&["not", "null"]) {
            def.nullable = Some(false);
        } else if c.eat_kw("null") {
            def.nullable = Some(true);
        } else if c.eat_kws(&["primary", "key"]) {
            def.primary_key = true;
        } else if c.eat_kw("default") {
            let start = c.pos;
            // The expression is at least one token, even when that token is `NULL`.
            c.skip_one();
            c.skip_until(DEFAULT_END);
            let expression = c.tokens.get(start..c.pos).unwrap_or(&[]);
            def.server_default = Some(default_value(c.text, expression));
        } else if c.eat_kw("generated") {
            def.generated = true;
        } else {
            c.skip_one();
        }
    }
    def
}

/// A `DEFAULT` expression: a literal (possibly signed, cast or parenthesised) is a literal
/// value; a function call or anything else is evaluated by the server.
fn default_value(text: &str, tokens: &[Token]) -> DefaultValue {
    let tokens = unwrap_parentheses(tokens);
    let Some(raw) = span_text(text, tokens) else {
        return DefaultValue::Unknown;
    };
    let mut c = Cursor::new(text, tokens);
    let sign = if c.eat_punct(b'-') {
        "-"
    } else {
        c.eat_punct(b'+');
        ""
    };
    let literal = match c.peek() {
        Some(t) if t.kind == TokenKind::Str && sign.is_empty() => {
            Some(DefaultValue::Literal(string_value(c.slice(t))))
        }
        Some(t) if t.kind == TokenKind::Number => {
            Some(DefaultValue::Literal(format!("{sign}{}", c.slice(t))))
        }
        Some(t) if sign.is_empty() && c.is_any(&["true", "false"]) => {
            Some(DefaultValue::Literal(c.slice(t).to_ascii_lowercase()))
        }
        Some(_) if sign.is_empty() && c.is_kw("null") => Some(DefaultValue::Null),
        _ => None,
    };
    if let Some(literal) = literal {
        c.skip_one();
        // `'{}'::jsonb`, `'a'::character varying`
        while c.eat_punct(b':') && c.eat_punct(b':') {
            while c.peek().is_some_and(|t| {
                matches!(t.kind, TokenKind::Word | TokenKind::QuotedIdent)
                    || t.kind == TokenKind::Punct(b'.')
            }) {
                c.skip_one();
            }
            if c.is_punct(b'(') || c.is_punct(b'[') {
                c.skip_one();
            }
        }
        if c.at_end() {
            return literal;
        }
    }
    let is_dynamic = tokens.len() == 1 && identifier(raw).is_none();
    if is_dynamic {
        DefaultValue::Unknown
    } else {
        DefaultValue::Expression(raw.to_owned())
    }
}

/// `(('x'))` is `'x'`: strips parentheses that wrap the whole run, in one pass.
fn unwrap_parentheses(tokens: &[Token]) -> &[Token] {
    // Where the `(` at each index closes, for the leading run of `(`.
    let leading = tokens
        .iter()
        .take_while(|t| t.kind == TokenKind::Punct(b'('))
        .count();
    let mut closes = vec![None; leading];
    let mut open = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        match token.kind {
            TokenKind::Punct(b'(') => open.push(i),
            TokenKind::Punct(b')') => {
                if let Some(start) = open.pop().filter(|&start| start < leading) {
                    closes[start] = Some(i);
                }
            }
            _ => {}
        }
    }
    let (mut start, mut end) = (0, tokens.len());
    while start < leading && end > start + 1 && closes[start] == Some(end - 1) {
        start += 1;
        end -= 1;
    }
    tokens.get(start..end).unwrap_or(tokens)
}

fn drop_objects(mut c: Cursor) -> Vec<OpKind> {
    if c.eat_kw("index") {
        let concurrently = c.eat_kw("concurrently");
        c.eat_kws(&["if", "exists"]);
        c.names()
            .into_iter()
            .map(|name| OpKind::DropIndex {
                name,
                table: None,
                concurrently,
            })
            .collect()
    } else if c.eat_kw("table") {
        c.eat_kws(&["if", "exists"]);
        c.names()
            .into_iter()
            .map(|table| OpKind::DropTable { table })
            .collect()
    } else {
        Vec::new()
    }
}

/// `REINDEX [(options)] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name`.
fn reindex(mut c: Cursor) -> OpKind {
    let mut concurrently = false;
    if let Some(options) = c.group() {
        // `(CONCURRENTLY)`, `(CONCURRENTLY true)`, but not `(CONCURRENTLY false)`
        let mut o = Cursor::new(c.text, options);
        while !o.at_end() {
            if o.eat_kw("concurrently") {
                let value = o.peek().map(|t| o.slice(t).to_ascii_lowercase());
                concurrently = !matches!(value.as_deref(), Some("false" | "off" | "0"));
            } else {
                o.skip_one();
            }
        }
    }
    c.eat_any(&["index", "table", "schema", "database", "system"]);
    concurrently |= c.eat_kw("concurrently");
    OpKind::Reindex {
        target: c.name().flatten(),
        concurrently,
    }
}

fn alter_table(mut c: Cursor) -> Vec<OpKind> {
    c.eat_kws(&["if", "exists"]);
    c.eat_kw("only");
    let table = c.name().flatten();
    c.eat_punct(b'*');
    split_top_level(c.text, c.rest())
        .into_iter()
        .map(|action| alter_table_action(Cursor::new(c.text, action), &table))
        .collect()
}

fn alter_table_action(mut c: Cursor, table: &Option<String>) -> OpKind {
    let table = table.clone();
    if c.eat_kw("add") {
        if c.is_any(CONSTRAINT_START) {
            return add_constraint(c, table);
        }
        c.eat_kw("column");
        c.eat_kws(&["if", "not", "exists"]);
        return OpKind::AddColumn {
            table,
            column: column_def(&mut c),
        };
    }
    if c.eat_kw("drop") {
        if c.eat_kw("constraint") {
            c.eat_kws(&["if", "exists"]);
            return OpKind::DropConstraint {
                name: c.name().flatten(),
                table,
            };
        }
        c.eat_kw("column");
        c.eat_kws(&["if", "exists"]);
        return OpKind::DropColumn {
            table,
            column: c.name().flatten(),
        };
    }
    if c.eat_kw("alter") {
        c.eat_kw("column");
        return alter_column(c, table);
    }
    if c.eat_kws(&["validate", "constraint"]) {
        return OpKind::ValidateConstraint {
            name: c.name().flatten(),
            table,
        };
    }
    if c.eat_kw("rename") {
        if c.eat_kw("to") {
            return OpKind::RenameTable {
                old: table,
                new: c.name().flatten(),
            };
        }
        if c.is_kw("constraint") {
            return OpKind::OtherSql;
        }
        c.eat_kw("column");
        let column = c.name().flatten();
        let new_name = if c.eat_kw("to") {
            c.name().flatten()
        } else {
            None
        };
        return OpKind::AlterColumn {
            table,
            column,
            nullable: None,
            new_type: None,
            new_name,
            server_default: None,
        };
    }
    OpKind::OtherSql
}

fn alter_column(mut c: Cursor, table: Option<String>) -> OpKind {
    let column = c.name().flatten();
    let mut nullable = None;
    let mut new_type = None;
    let mut server_default = None;
    if c.eat_kws(&["set", "not", "null"]) {
        nullable = Some(false);
    } else if c.eat_kws(&["drop", "not", "null"]) {
        nullable = Some(true);
    } else if c.eat_kws(&["set", "default"]) {
        server_default = Some(default_value(c.text, c.rest()));
    } else if c.eat_kws(&["drop", "default"]) {
        server_default = Some(DefaultValue::Null);
    } else if c.eat_kws(&["set", "data", "type"]) || c.eat_kw("type") {
        new_type = c.type_until(&["using", "collate"]);
    } else {
        return OpKind::OtherSql;
    }
    OpKind::AlterColumn {
        table,
        column,
        nullable,
        new_type,
        new_name: None,
        server_default,
    }
}

fn add_constraint(mut c: Cursor, table: Option<String>) -> OpKind {
    let name = if c.eat_kw("constraint") {
        c.name().flatten()
    } else {
        None
    };
    let constraint = if c.is_kw("foreign") {
        ConstraintKind::ForeignKey
    } else if c.is_kw("check") {
        ConstraintKind::Check
    } else if c.is_kw("unique") {
        ConstraintKind::Unique
    } else if c.is_kw("primary") {
        ConstraintKind::PrimaryKey
    } else if c.is_kw("exclude") {
        ConstraintKind::Exclude
    } else {
        ConstraintKind::Other
    };
    let mut not_valid = false;
    let mut using_index = false;
    while !c.at_end() {
        if c.eat_kws(&["not", "valid"]) {
            not_valid = true;
        } else if c.eat_kws(&["using", "index"]) {
            // `USING INDEX TABLESPACE x` sets where a new index goes; it adopts none.
            using_index |= !c.is_kw("tablespace")
                && matches!(
                    constraint,
                    ConstraintKind::Unique | ConstraintKind::PrimaryKey
                );
        } else {
            c.skip_one();
        }
    }
    OpKind::AddConstraint {
        name,
        table,
        constraint,
        not_valid,
        using_index,
    }
}

fn alter_type(mut c: Cursor) -> OpKind {
    let type_name = c.name().flatten();
    if c.eat_kws(&["add", "value"]) {
        OpKind::AddEnumValue { type_name }
    } else {
        OpKind::OtherSql
    }
}

fn update(mut c: Cursor) -> OpKind {
    c.eat_kw("only");
    let table = c.name().flatten();
    OpKind::DataChange {
        verb: DataVerb::Update,
        table,
        has_where: c.find_top_level("where").is_some(),
    }
}

fn delete(mut c: Cursor) -> OpKind {
    c.eat_kw("only");
    let table = c.name().flatten();
    OpKind::DataChange {
        verb: DataVerb::Delete,
        table,
        has_where: c.find_top_level("where").is_some(),
    }
}

/// `SET [SESSION | LOCAL] name {TO | =} value`.
fn set(mut c: Cursor) -> OpKind {
    c.eat_any(&["session", "local"]);
    let setting = c.name().flatten();
    match setting.as_deref().and_then(timeout_setting) {
        Some(setting) => OpKind::SetTimeout {
            setting: setting.to_owned(),
        },
        None => OpKind::OtherSql,
    }
}
