//! Identifier and type name normalisation shared by both readings.

use super::DYNAMIC_PLACEHOLDER;
use crate::model::{ColumnDef, ColumnType};
use std::collections::HashSet;

/// An identifier as the model holds it: lowercased, `None` when it is empty or was built at run
/// time (holds the dynamic placeholder).
pub(super) fn identifier(value: &str) -> Option<String> {
    let lower = value.to_lowercase();
    (!lower.is_empty() && !lower.contains(DYNAMIC_PLACEHOLDER)).then_some(lower)
}

/// The base name of a type as written: lowercase, without length, precision or schema, with
/// PostgreSQL's multi-word spellings shortened (`timestamp with time zone` is `timestamptz`,
/// `character varying(20)` is `varchar`); arrays keep a `[]` suffix.
pub(super) fn type_name(written: &str) -> Option<String> {
    let mut base = String::with_capacity(written.len());
    let mut depth = 0usize;
    let mut array = false;
    for c in written.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '[' => array = true,
            '"' => {}
            _ if depth > 0 || array => {}
            c if c.is_whitespace() => {
                if !base.is_empty() && !base.ends_with(' ') {
                    base.push(' ');
                }
            }
            c => base.extend(c.to_lowercase()),
        }
    }
    let base = base.trim_end();
    let base = base.rsplit('.').next().unwrap_or(base).trim();
    let base = match base {
        "timestamp with time zone" => "timestamptz",
        "timestamp without time zone" => "timestamp",
        "time with time zone" => "timetz",
        "time without time zone" => "time",
        "character varying" | "char varying" => "varchar",
        "character" => "char",
        other => other,
    };
    let name = if array {
        format!("{base}[]")
    } else {
        base.to_owned()
    };
    (!base.is_empty() && !name.contains(DYNAMIC_PLACEHOLDER)).then_some(name)
}

/// A type as written in SQL with its length, precision and scale: `varchar(50)`,
/// `numeric(10, 2)`, `timestamp(3) with time zone`.
pub(crate) fn column_type(written: &str) -> Option<ColumnType> {
    let base = type_name(written)?;
    let name = match base.as_str() {
        "int" | "int4" => "integer",
        "int8" => "bigint",
        "int2" => "smallint",
        "decimal" => "numeric",
        "bool" => "boolean",
        "bpchar" => "char",
        "float8" => "double precision",
        "float4" => "real",
        other => other,
    }
    .to_owned();
    let params: Vec<Option<u32>> = match (written.find('('), written.find(')')) {
        (Some(open), Some(close)) if open < close && !name.ends_with("[]") => written
            [open + 1..close]
            .split(',')
            .map(|p| p.trim().parse().ok())
            .collect(),
        _ => Vec::new(),
    };
    let first = params.first().copied().flatten();
    let mut column_type = ColumnType {
        name,
        ..ColumnType::default()
    };
    match column_type.name.as_str() {
        "varchar" | "char" | "bit" | "varbit" => column_type.length = first,
        "numeric" => {
            column_type.precision = first;
            column_type.scale = params.get(1).copied().flatten();
        }
        _ => column_type.precision = first,
    }
    Some(column_type)
}

/// `serial`-like types fill the column from a sequence.
pub(super) fn is_serial(type_name: &str) -> bool {
    matches!(
        type_name,
        "serial" | "serial4" | "bigserial" | "serial8" | "smallserial" | "serial2"
    )
}

/// The SQL timeout settings `SetTimeout` stands for.
pub(super) fn timeout_setting(name: &str) -> Option<&'static str> {
    ["lock_timeout", "statement_timeout"]
        .into_iter()
        .find(|setting| name.eq_ignore_ascii_case(setting))
}

/// Marks the columns a table-level `PRIMARY KEY (a, b)` names.
pub(super) fn mark_primary_key(columns: &mut [ColumnDef], keys: &HashSet<String>) {
    for column in columns {
        if column.name.as_ref().is_some_and(|name| keys.contains(name)) {
            column.primary_key = true;
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_lowercased_and_dynamic_ones_dropped() {
        assert_eq!(identifier("Users").as_deref(), Some("users"));
        assert_eq!(identifier("ix___dynamic__"), None);
        assert_eq!(identifier(""), None);
    }

    #[test]
    fn type_names() {
        let cases = [
            ("VARCHAR(50)", "varchar"),
            ("character varying(255)", "varchar"),
            ("TIMESTAMP WITH TIME ZONE", "timestamptz"),
            ("timestamp(6)  without time zone", "timestamp"),
            ("TIMESTAMPTZ", "timestamptz"),
            ("time with time zone", "timetz"),
            ("NUMERIC(10, 2)", "numeric"),
            ("character(3)", "char"),
            ("INTEGER[]", "integer[]"),
            ("varchar(20)[3]", "varchar[]"),
            ("public.\"StatusEnum\"", "statusenum"),
            ("double precision", "double precision"),
        ];
        for (written, expected) in cases {
            assert_eq!(type_name(written).as_deref(), Some(expected), "{written}");
        }
        assert_eq!(type_name("__dynamic__"), None);
        let varchar = column_type("character varying(255)").unwrap();
        assert_eq!(
            (varchar.name.as_str(), varchar.length),
            ("varchar", Some(255))
        );
        let numeric = column_type("NUMERIC(10, 2)").unwrap();
        assert_eq!(
            (numeric.name.as_str(), numeric.precision, numeric.scale),
            ("numeric", Some(10), Some(2))
        );
        let ts = column_type("timestamp(3) with time zone").unwrap();
        assert_eq!((ts.name.as_str(), ts.precision), ("timestamptz", Some(3)));
        assert_eq!(type_name("()"), None);
    }
}
