//! The rule registry: static metadata for every rule and the selection logic.

use crate::diagnostic::{Finding, Severity};
use crate::model::Migration;

mod add_not_null_column_without_default;
mod concurrently_in_transaction;
mod create_index_without_concurrently;
mod docstring_revision_mismatch;
pub(crate) mod duplicate_branch_label;
pub(crate) mod duplicate_revision_id;
mod empty_downgrade;
mod irreversible_downgrade;
mod missing_migration_function;
mod missing_revision_metadata;
pub(crate) mod multiple_bases;
pub(crate) mod multiple_heads;
pub(crate) mod revision_cycle;
pub(crate) mod syntax_error;
pub(crate) mod unknown_dependency;
pub(crate) mod unknown_down_revision;

/// What a file rule sees.
pub struct FileContext<'a> {
    pub migration: &'a Migration,
    pub source: &'a str,
}

/// How a rule is checked.
#[derive(Clone, Copy)]
pub enum Check {
    /// Reported by the pipeline itself (a file that does not parse).
    Pipeline,
    /// Looks at one migration.
    File(fn(&FileContext, &mut Vec<Finding>)),
    /// Looks at one script directory's revision graph.
    Graph,
}

pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// Enabled unless deselected; opt-in rules need `--select`.
    pub default_on: bool,
    /// The advice only makes sense on PostgreSQL (lock levels, CONCURRENTLY): the rule stays
    /// quiet for script directories known to target another database.
    pub postgresql_only: bool,
    pub summary: &'static str,
    /// The Markdown doc from `rules/<name>.md`.
    pub doc: &'static str,
    pub check: Check,
}

/// Every rule, in code order.
pub static RULES: &[&Rule] = &[
    &syntax_error::RULE,
    &missing_revision_metadata::RULE,
    &missing_migration_function::RULE,
    &empty_downgrade::RULE,
    &irreversible_downgrade::RULE,
    &docstring_revision_mismatch::RULE,
    &multiple_heads::RULE,
    &multiple_bases::RULE,
    &duplicate_revision_id::RULE,
    &unknown_down_revision::RULE,
    &revision_cycle::RULE,
    &unknown_dependency::RULE,
    &duplicate_branch_label::RULE,
    &add_not_null_column_without_default::RULE,
    &create_index_without_concurrently::RULE,
    &concurrently_in_transaction::RULE,
];

/// Finds a rule by code (`AL201`, any case) or name (`add-not-null-column-without-default`).
pub fn find(key: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(key) || r.name == key)
}

/// The set of enabled rules after `--select` and `--ignore`.
#[derive(Clone, Debug)]
pub struct Selection {
    enabled: Vec<&'static str>,
}

impl Selection {
    /// `select` replaces the default set when non-empty; `ignore` removes from it. Each entry is a
    /// code, a code prefix (`AL2`), a rule name, or `ALL`.
    pub fn new(select: &[String], ignore: &[String]) -> Result<Self, String> {
        let select_sets = select
            .iter()
            .map(|k| matching(k))
            .collect::<Result<Vec<_>, _>>()?;
        let ignore_sets = ignore
            .iter()
            .map(|k| matching(k))
            .collect::<Result<Vec<_>, _>>()?;
        let enabled = RULES
            .iter()
            .filter(|r| {
                let selected = if select_sets.is_empty() {
                    r.default_on
                } else {
                    select_sets.iter().any(|set| set.contains(&r.code))
                };
                selected && !ignore_sets.iter().any(|set| set.contains(&r.code))
            })
            .map(|r| r.code)
            .collect();
        Ok(Selection { enabled })
    }

    pub fn is_enabled(&self, code: &str) -> bool {
        self.enabled.contains(&code)
    }
}

impl Default for Selection {
    fn default() -> Self {
        Selection {
            enabled: RULES
                .iter()
                .filter(|r| r.default_on)
                .map(|r| r.code)
                .collect(),
        }
    }
}

/// The codes a selector names; an error when it names nothing.
fn matching(key: &str) -> Result<Vec<&'static str>, String> {
    let key = key.trim();
    if key.eq_ignore_ascii_case("all") {
        return Ok(RULES.iter().map(|r| r.code).collect());
    }
    let upper = key.to_ascii_uppercase();
    let codes: Vec<_> = RULES
        .iter()
        .filter(|r| {
            r.name == key || (upper.starts_with("AL") && r.code.starts_with(upper.as_str()))
        })
        .map(|r| r.code)
        .collect();
    if codes.is_empty() {
        Err(format!(
            "unknown rule selector `{key}`: expected a rule code (AL201), a code prefix (AL2), a rule name or ALL; `alembic-lint rules` lists them"
        ))
    } else {
        Ok(codes)
    }
}
