//! What a migration's module docstring says about its revision: the `Revision ID:` and
//! `Revises:` lines Alembic's template writes. Read from the source text of the docstring
//! literal, so it needs nothing from the Python parser but the literal's span.

use crate::model::{DocstringIds, Span};

/// Finds `Revision ID:` and `Revises:` in the docstring's source text, keeping exact spans.
pub(crate) fn read_ids(text: &str, span: Span) -> DocstringIds {
    let mut ids = DocstringIds::default();
    let Some(raw) = text.get(span.range()) else {
        return ids;
    };
    let mut offset = span.start;
    for line in raw.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        for (key, is_revises) in [("Revision ID:", false), ("Revises:", true)] {
            let Some(rest) = trimmed.strip_prefix(key) else {
                continue;
            };
            let value = rest.trim_end_matches(['\n', '\r', '"', '\'']).trim_end();
            let value_trimmed = value.trim_start();
            let start = offset + indent + key.len() + (value.len() - value_trimmed.len());
            let value_span = Span::new(start, start + value_trimmed.len());
            if is_revises {
                ids.revises = Some((revises(value_trimmed), value_span));
            } else {
                let id = value_trimmed
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_owned();
                ids.revision_id = Some((id, value_span));
            }
        }
        offset += line.len();
    }
    ids
}

/// The ids a `Revises:` value lists, in the forms Alembic's templates have written: nothing,
/// `None` (older templates, for a first revision), `a, b`, and a merge's tuple as Python prints
/// it, `('a', 'b')`.
fn revises(value: &str) -> Vec<String> {
    let inner = value
        .strip_prefix('(')
        .and_then(|v| v.strip_suffix(')'))
        .or_else(|| value.strip_prefix('[').and_then(|v| v.strip_suffix(']')))
        .unwrap_or(value);
    let ids: Vec<String> = inner
        .split(',')
        .map(|id| id.trim().trim_matches(['\'', '"']).trim())
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect();
    if ids == ["None"] {
        Vec::new()
    } else {
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revises_in_every_template_form() {
        assert_eq!(revises(""), Vec::<String>::new());
        assert_eq!(revises("None"), Vec::<String>::new());
        assert_eq!(revises("4b65941d065a"), ["4b65941d065a"]);
        assert_eq!(
            revises("cfde1bca6a6e, c1abb0cc40e5"),
            ["cfde1bca6a6e", "c1abb0cc40e5"]
        );
        assert_eq!(
            revises("('1f002cab0a7', '28a7e805fd0')"),
            ["1f002cab0a7", "28a7e805fd0"]
        );
    }

    #[test]
    fn spans_point_at_the_values() {
        let text = "\"\"\"merge\n\nRevision ID: 49b93c346db\nRevises: ('1f002cab0a7', '28a7e805fd0')\n\"\"\"\n";
        let ids = read_ids(text, Span::new(0, text.len() - 1));
        let (id, span) = ids.revision_id.unwrap_or_default();
        assert_eq!(
            (id.as_str(), &text[span.range()]),
            ("49b93c346db", "49b93c346db")
        );
        let (list, span) = ids.revises.unwrap_or_default();
        assert_eq!(list, ["1f002cab0a7", "28a7e805fd0"]);
        assert_eq!(&text[span.range()], "('1f002cab0a7', '28a7e805fd0')");
    }
}
