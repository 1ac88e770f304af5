//! Reading one statement from its keywords: what rules need of DDL, data changes, queries and
//! `SET`, from tokens that need not form valid SQL (dynamic placeholders, truncated text, DO
//! blocks and function bodies are stepped over). Every pass moves forward only and nothing
//! recurses on the input, so reading is linear in the number of tokens whatever the nesting.

use super::cursor::{span_text, split_top_level, Cursor};
use super::lex::{string_value, Token, TokenKind};
use super::names::{column_type, identifier, is_serial, mark_primary_key, timeout_setting};
use crate::model::{
    ColumnDef, ConstraintKind, DataVerb, DefaultValue, OpKind, Reference, SqlReading, TableKey,
};
use std::collections::HashSet;

/// Reads one statement's tokens (offsets into `text`); always returns at least one kind.
pub(super) fn read(text: &str, tokens: &[Token]) -> (Vec<OpKind>, SqlReading) {
    let mut c = Cursor::new(text, tokens);
    let with = with_clause(&mut c);
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
    } else if c.eat_kw("truncate") {
        truncate(c)
    } else if c.eat_kw("set") {
        vec![set(c)]
    } else if c.is_any(&["select", "values", "table"]) {
        vec![query(text, c.rest(), with)]
    } else if c.eat_kw("show") {
        vec![OpKind::Query]
    } else if c.eat_kw("explain") {
        vec![explain(c)]
    } else {
        Vec::new()
    };
    if kinds.is_empty() {
        (vec![OpKind::OtherSql], SqlReading::Unknown)
    } else {
        (kinds, SqlReading::Known)
    }
}

/// What a leading `WITH` clause holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum With {
    None,
    Reads,
    /// One of its queries changes data (`WITH moved AS (DELETE ... RETURNING *) ...`).
    Writes,
}

/// Steps over a leading `WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (query), ...`
/// so the statement that follows is read as usual.
fn with_clause(c: &mut Cursor) -> With {
    if !c.eat_kw("with") {
        return With::None;
    }
    c.eat_kw("recursive");
    let mut with = With::Reads;
    loop {
        c.name();
        c.group();
        c.eat_kw("as");
        c.eat_kw("not");
        c.eat_kw("materialized");
        let Some(body) = c.group() else {
            break;
        };
        if writes_data(c.text, body) {
            with = With::Writes;
        }
        // the `SEARCH ...` and `CYCLE ...` clauses of a recursive query
        if c.is_any(&["search", "cycle"]) {
            while !c.at_end() && !c.is_punct(b',') && !c.is_any(STATEMENT_START) {
                c.skip_one();
            }
        }
        if !c.eat_punct(b',') {
            break;
        }
    }
    with
}

/// The statements a `WITH` clause may stand before.
const STATEMENT_START: &[&str] = &[
    "select", "values", "table", "insert", "update", "delete", "merge",
];

/// Whether the tokens hold a data-changing statement (`INSERT`, `UPDATE`, `DELETE`, `MERGE`);
/// `FOR [NO KEY] UPDATE` only locks rows.
fn writes_data(text: &str, tokens: &[Token]) -> bool {
    let word = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .and_then(|t| text.get(t.start..t.end))
    };
    (0..tokens.len()).any(|i| match word(i) {
        Some(w) if w.eq_ignore_ascii_case("update") => {
            let before = i.checked_sub(1).and_then(word);
            !before.is_some_and(|b| b.eq_ignore_ascii_case("for") || b.eq_ignore_ascii_case("key"))
        }
        Some(w) => ["insert", "delete", "merge"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k)),
        None => false,
    })
}

/// Words that may stand before `(` in a query without making it write: SQL keywords, and
/// built-in functions without side effects. Any other call (`setval`, `nextval`,
/// `create_hypertable`, a function of the application's) may write, so the statement is not
/// read-only.
const READ_ONLY_BEFORE_PARENTHESIS: &[&str] = &[
    // keywords
    "all",
    "and",
    "any",
    "array",
    "as",
    "between",
    "by",
    "case",
    "cast",
    "distinct",
    "else",
    "except",
    "exists",
    "filter",
    "from",
    "group",
    "having",
    "in",
    "intersect",
    "is",
    "join",
    "lateral",
    "like",
    "ilike",
    "limit",
    "not",
    "offset",
    "on",
    "or",
    "order",
    "over",
    "partition",
    "row",
    "select",
    "some",
    "then",
    "union",
    "using",
    "values",
    "when",
    "where",
    "window",
    "within",
    "with",
    // aggregates and window functions
    "array_agg",
    "avg",
    "bool_and",
    "bool_or",
    "count",
    "dense_rank",
    "every",
    "json_agg",
    "jsonb_agg",
    "json_object_agg",
    "jsonb_object_agg",
    "lag",
    "lead",
    "max",
    "min",
    "rank",
    "row_number",
    "string_agg",
    "sum",
    // scalar functions
    "abs",
    "age",
    "array_length",
    "array_to_string",
    "btrim",
    "ceil",
    "ceiling",
    "char_length",
    "character_length",
    "coalesce",
    "concat",
    "concat_ws",
    "current_setting",
    "date",
    "date_part",
    "date_trunc",
    "extract",
    "floor",
    "format",
    "format_type",
    "greatest",
    "has_table_privilege",
    "json_build_object",
    "jsonb_build_object",
    "json_extract_path_text",
    "jsonb_array_length",
    "jsonb_extract_path_text",
    "jsonb_typeof",
    "least",
    "left",
    "length",
    "lower",
    "lpad",
    "ltrim",
    "md5",
    "now",
    "nullif",
    "obj_description",
    "octet_length",
    "pg_get_serial_sequence",
    "position",
    "regexp_replace",
    "replace",
    "right",
    "round",
    "rpad",
    "rtrim",
    "split_part",
    "string_to_array",
    "strpos",
    "substr",
    "substring",
    "timezone",
    "to_char",
    "to_date",
    "to_number",
    "to_regclass",
    "to_timestamp",
    "trim",
    "trunc",
    "unnest",
    "upper",
    "version",
    // set-returning functions
    "generate_series",
    "json_array_elements",
    "json_each",
    "jsonb_array_elements",
    "jsonb_each",
    "regexp_matches",
];

/// A `SELECT`, `VALUES` or `TABLE` statement: a [`OpKind::Query`] unless it writes (`INTO`, a
/// data-changing `WITH` query, a call to a function that may write).
fn query(text: &str, tokens: &[Token], with: With) -> OpKind {
    let reads_only = with != With::Writes
        && !writes_data(text, tokens)
        && tokens.iter().enumerate().all(|(i, token)| {
            let slice = text.get(token.start..token.end).unwrap_or("");
            let called = tokens
                .get(i + 1)
                .is_some_and(|next| next.kind == TokenKind::Punct(b'('));
            match token.kind {
                TokenKind::Word if slice.eq_ignore_ascii_case("into") => false,
                TokenKind::Word if called => {
                    // `x::numeric(10, 2)`, `CAST(x AS varchar(20))`: a type, not a call
                    let is_type =
                        i.checked_sub(1)
                            .and_then(|j| tokens.get(j))
                            .is_some_and(|previous| {
                                previous.kind == TokenKind::Punct(b':')
                                    || text
                                        .get(previous.start..previous.end)
                                        .is_some_and(|p| p.eq_ignore_ascii_case("as"))
                            });
                    is_type
                        || READ_ONLY_BEFORE_PARENTHESIS
                            .iter()
                            .any(|k| slice.eq_ignore_ascii_case(k))
                }
                TokenKind::QuotedIdent => !called,
                _ => true,
            }
        });
    if reads_only {
        OpKind::Query
    } else {
        OpKind::OtherSql
    }
}

/// `EXPLAIN [ANALYZE] [VERBOSE] statement` or `EXPLAIN (options) statement`: `ANALYZE` runs the
/// statement.
fn explain(mut c: Cursor) -> OpKind {
    let mut analyze = false;
    if let Some(options) = c.group() {
        let o = Cursor::new(c.text, options);
        analyze = o.find_top_level("analyze").is_some() || o.find_top_level("analyse").is_some();
    }
    while let Some(token) = c
        .peek()
        .filter(|_| c.is_any(&["analyze", "analyse", "verbose"]))
    {
        analyze |= !c.slice(token).eq_ignore_ascii_case("verbose");
        c.skip_one();
    }
    if analyze {
        OpKind::OtherSql
    } else {
        OpKind::Query
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
    } else if c.eat_kw("type") {
        // Other kinds of type (composite, range) stay unknown.
        let type_name = c.name().flatten();
        if c.eat_kws(&["as", "enum"]) {
            vec![OpKind::CreateEnum { type_name }]
        } else {
            Vec::new()
        }
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
    if c.eat_kw("using") {
        c.skip_one();
    }
    let columns = if on.is_some() {
        column_list(&mut c)
    } else {
        Vec::new()
    };
    OpKind::CreateIndex {
        name,
        table,
        columns,
        unique,
        concurrently,
    }
}

fn create_table(mut c: Cursor) -> OpKind {
    c.eat_kws(&["if", "not", "exists"]);
    let table = c.name().flatten();
    let mut columns = Vec::new();
    let mut keys = Vec::new();
    if let Some(body) = c.group() {
        for element in split_top_level(c.text, body) {
            let mut e = Cursor::new(c.text, element);
            if e.is_any(CONSTRAINT_START) {
                keys.extend(table_key(e));
            } else if !e.is_kw("like") {
                columns.push(column_def(&mut e));
            }
        }
        let primary_key: HashSet<String> = keys
            .iter()
            .filter(|k| k.kind == ConstraintKind::PrimaryKey)
            .flat_map(|k| k.columns.iter().cloned())
            .collect();
        mark_primary_key(&mut columns, &primary_key);
    }
    OpKind::CreateTable {
        table,
        columns,
        keys,
    }
}

/// A table-level `[CONSTRAINT name] PRIMARY KEY (a, b)`, `UNIQUE (...)` or
/// `FOREIGN KEY (...) REFERENCES ...`.
fn table_key(mut c: Cursor) -> Option<TableKey> {
    if c.eat_kw("constraint") {
        c.name();
    }
    let kind = if c.eat_kws(&["primary", "key"]) {
        ConstraintKind::PrimaryKey
    } else if c.eat_kws(&["foreign", "key"]) {
        ConstraintKind::ForeignKey
    } else if c.eat_kw("unique") {
        c.eat_kws(&["nulls", "not", "distinct"]);
        c.eat_kws(&["nulls", "distinct"]);
        ConstraintKind::Unique
    } else {
        return None;
    };
    Some(TableKey {
        kind,
        columns: column_list(&mut c),
    })
}

/// A parenthesised column list, `(a, b DESC, lower(c))`: the leading plain column names, up to
/// the first expression.
fn column_list(c: &mut Cursor) -> Vec<String> {
    let Some(list) = c.group() else {
        return Vec::new();
    };
    split_top_level(c.text, list)
        .into_iter()
        .map_while(|element| {
            let mut e = Cursor::new(c.text, element);
            let name = e.name().flatten()?;
            // `a DESC`, `a NULLS LAST`, `a text_pattern_ops` are still column `a`; `a + 1` is not.
            let plain = e
                .tokens
                .get(e.pos..)
                .unwrap_or(&[])
                .iter()
                .all(|t| matches!(t.kind, TokenKind::Word | TokenKind::QuotedIdent));
            plain.then_some(name)
        })
        .collect()
}

/// `name type [NOT NULL | NULL | DEFAULT expr | PRIMARY KEY | GENERATED ... | ...]`.
fn column_def(c: &mut Cursor) -> ColumnDef {
    let name = c.name().flatten();
    let start = c.pos;
    let type_name = c.type_until(TYPE_END);
    let column_type =
        span_text(c.text, c.tokens.get(start..c.pos).unwrap_or(&[])).and_then(column_type);
    let mut def = ColumnDef {
        name,
        generated: type_name.as_deref().is_some_and(is_serial),
        type_name,
        column_type,
        ..ColumnDef::default()
    };
    while !c.at_end() {
        if c.eat_kws(&["not", "null"]) {
            def.nullable = Some(false);
        } else if c.eat_kw("null") {
            def.nullable = Some(true);
        } else if c.eat_kws(&["primary", "key"]) {
            def.primary_key = true;
        } else if c.eat_kw("unique") {
            def.indexed = true;
        } else if c.eat_kw("default") {
            let start = c.pos;
            // The expression is at least one token, even when that token is `NULL`.
            c.skip_one();
            c.skip_until(DEFAULT_END);
            let expression = c.tokens.get(start..c.pos).unwrap_or(&[]);
            def.server_default = Some(default_value(c.text, expression));
        } else if c.eat_kw("generated") {
            def.generated = true;
        } else if c.eat_kw("references") {
            def.references = Some(Reference {
                table: c.name().flatten(),
            });
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
    } else if c.eat_kw("type") {
        c.eat_kws(&["if", "exists"]);
        c.names()
            .into_iter()
            .map(|type_name| OpKind::DropType { type_name })
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
        // MySQL `ADD INDEX name (columns)`, `ADD KEY ...`
        if c.eat_any(&["index", "key", "fulltext", "spatial"]) {
            c.eat_any(&["index", "key"]);
            let name = c.name().flatten();
            return OpKind::AddConstraint {
                name,
                table,
                constraint: ConstraintKind::Other,
                not_valid: false,
                using_index: false,
                condition: None,
                references: None,
                columns: column_list(&mut c),
            };
        }
        c.eat_kw("column");
        c.eat_kws(&["if", "not", "exists"]);
        return OpKind::AddColumn {
            table,
            column: column_def(&mut c),
        };
    }
    if c.eat_kw("drop") {
        // MySQL spells some as `DROP FOREIGN KEY name`, `DROP CHECK name`.
        if c.eat_kw("constraint") || c.eat_kws(&["foreign", "key"]) || c.eat_kw("check") {
            c.eat_kws(&["if", "exists"]);
            return OpKind::DropConstraint {
                name: c.name().flatten(),
                table,
            };
        }
        // MySQL `DROP PRIMARY KEY`
        if c.eat_kws(&["primary", "key"]) {
            return OpKind::DropConstraint { name: None, table };
        }
        // MySQL `DROP INDEX name`, `DROP KEY name`
        if c.is_any(&["index", "key"]) {
            return OpKind::OtherSql;
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
        if c.eat_any(&["to", "as"]) {
            return OpKind::RenameTable {
                old: table,
                new: c.name().flatten(),
            };
        }
        if c.is_any(&["constraint", "index", "key"]) {
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
            new_column_type: None,
            existing_type: None,
            existing_nullable: None,
            using: false,
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
    let mut new_column_type = None;
    let mut using = false;
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
        let start = c.pos;
        new_type = c.type_until(&["using", "collate"]);
        new_column_type =
            span_text(c.text, c.tokens.get(start..c.pos).unwrap_or(&[])).and_then(column_type);
        using = c.is_kw("using");
    } else {
        return OpKind::OtherSql;
    }
    OpKind::AlterColumn {
        table,
        column,
        nullable,
        new_type,
        new_column_type,
        existing_type: None,
        existing_nullable: None,
        using,
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
    let mut condition = None;
    if constraint == ConstraintKind::Check {
        c.eat_kw("check");
        if let Some(group) = c.group() {
            condition = span_text(c.text, group).map(str::to_owned);
        }
    }
    let mut references = None;
    let mut columns = Vec::new();
    if matches!(
        constraint,
        ConstraintKind::ForeignKey | ConstraintKind::Unique | ConstraintKind::PrimaryKey
    ) {
        c.eat_kws(&["foreign", "key"]);
        c.eat_kws(&["primary", "key"]);
        if c.eat_kw("unique") {
            c.eat_kws(&["nulls", "not", "distinct"]);
            c.eat_kws(&["nulls", "distinct"]);
        }
        columns = column_list(&mut c);
    }
    while !c.at_end() {
        if c.eat_kws(&["not", "valid"]) {
            not_valid = true;
        } else if constraint == ConstraintKind::ForeignKey && c.eat_kw("references") {
            references = c.name().flatten();
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
        condition,
        references,
        columns,
    }
}

fn alter_type(mut c: Cursor) -> OpKind {
    let type_name = c.name().flatten();
    if c.eat_kws(&["add", "value"]) {
        c.eat_kws(&["if", "not", "exists"]);
        let value = c
            .peek()
            .filter(|t| t.kind == TokenKind::Str)
            .map(|t| string_value(c.slice(t)));
        OpKind::AddEnumValue { type_name, value }
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
        has_where: has_where(&c),
    }
}

fn delete(mut c: Cursor) -> OpKind {
    c.eat_kw("only");
    let table = c.name().flatten();
    OpKind::DataChange {
        verb: DataVerb::Delete,
        table,
        has_where: has_where(&c),
    }
}

/// A `WHERE` clause, or MySQL's `LIMIT n` on an `UPDATE` or `DELETE`.
fn has_where(c: &Cursor) -> bool {
    c.find_top_level("where").is_some() || c.find_top_level("limit").is_some()
}

/// `TRUNCATE [TABLE] [ONLY] name [*] [, ...] [RESTART IDENTITY | CONTINUE IDENTITY]
/// [CASCADE | RESTRICT]`: one operation per table.
fn truncate(mut c: Cursor) -> Vec<OpKind> {
    c.eat_kw("table");
    let mut tables = Vec::new();
    loop {
        c.eat_kw("only");
        let Some(table) = c.name() else {
            break;
        };
        tables.push(table);
        c.eat_punct(b'*');
        if !c.eat_punct(b',') {
            break;
        }
    }
    if tables.is_empty() {
        tables.push(None);
    }
    let cascade = c.find_top_level("cascade").is_some();
    tables
        .into_iter()
        .map(|table| OpKind::Truncate { table, cascade })
        .collect()
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
