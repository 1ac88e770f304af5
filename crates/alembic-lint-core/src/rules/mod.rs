//! The rule registry: static metadata for every rule and the selection logic.

use crate::diagnostic::{Diagnostic, Finding, Severity};
use crate::error::Error;

pub(crate) mod context;

pub use context::{FileContext, GraphContext};

mod add_check_constraint_without_not_valid;
mod add_column_with_volatile_default;
mod add_foreign_key_without_not_valid;
mod add_not_null_column_without_default;
mod add_primary_key_to_existing_table;
mod add_unique_constraint;
mod ban_char_type;
mod change_column_type;
mod column_types;
mod concurrently_in_transaction;
mod constraint_validation;
mod create_index_without_concurrently;
mod docstring_revision_mismatch;
pub(crate) mod downgrade_missing_inverse;
mod drop_column;
mod drop_index_without_concurrently;
mod drop_table;
mod duplicate_branch_label;
mod duplicate_revision_id;
mod empty_downgrade;
mod enum_value_added_in_transaction;
pub(crate) mod foreign_key_without_index;
mod index_backed_constraint;
pub(crate) mod internal_error;
pub(crate) mod invalid_suppression;
mod irreversible_downgrade;
mod locking;
mod manual_transaction_control;
mod missing_lock_timeout;
mod missing_migration_function;
mod missing_revision_metadata;
mod mixed_schema_and_data_migration;
mod modified_migration;
mod multiple_bases;
mod multiple_heads;
mod orm_model_import;
mod prefer_bigint_primary_key;
mod prefer_jsonb;
mod prefer_timestamptz;
mod reindex_without_concurrently;
mod rename_column;
mod rename_table;
mod revision_cycle;
pub(crate) mod set_not_null_on_existing_column;
pub(crate) mod syntax_error;
mod unbatched_data_update;
mod unknown_dependency;
mod unknown_down_revision;
pub(crate) mod unused_suppression;

/// How a rule is checked.
#[derive(Clone, Copy)]
pub enum Check {
    /// Reported by the engine itself: a file that does not parse (`syntax-error`), a bug in
    /// alembic-lint (`internal-error`), suppression comments (`unused-suppression`,
    /// `invalid-suppression`).
    Pipeline,
    /// Looks at one migration.
    File(fn(&FileContext, &mut Vec<Finding>)),
    /// Looks at one script directory's revision graph.
    Graph(fn(&GraphContext, &mut Vec<Diagnostic>)),
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
    &internal_error::RULE,
    &syntax_error::RULE,
    &missing_revision_metadata::RULE,
    &missing_migration_function::RULE,
    &empty_downgrade::RULE,
    &irreversible_downgrade::RULE,
    &docstring_revision_mismatch::RULE,
    &orm_model_import::RULE,
    &multiple_heads::RULE,
    &multiple_bases::RULE,
    &duplicate_revision_id::RULE,
    &unknown_down_revision::RULE,
    &revision_cycle::RULE,
    &unknown_dependency::RULE,
    &duplicate_branch_label::RULE,
    &modified_migration::RULE,
    &add_not_null_column_without_default::RULE,
    &create_index_without_concurrently::RULE,
    &concurrently_in_transaction::RULE,
    &drop_index_without_concurrently::RULE,
    &set_not_null_on_existing_column::RULE,
    &change_column_type::RULE,
    &add_foreign_key_without_not_valid::RULE,
    &add_check_constraint_without_not_valid::RULE,
    &add_unique_constraint::RULE,
    &add_column_with_volatile_default::RULE,
    &missing_lock_timeout::RULE,
    &enum_value_added_in_transaction::RULE,
    &add_primary_key_to_existing_table::RULE,
    &reindex_without_concurrently::RULE,
    &manual_transaction_control::RULE,
    &drop_column::RULE,
    &drop_table::RULE,
    &rename_column::RULE,
    &rename_table::RULE,
    &unbatched_data_update::RULE,
    &mixed_schema_and_data_migration::RULE,
    &downgrade_missing_inverse::RULE,
    &prefer_timestamptz::RULE,
    &prefer_bigint_primary_key::RULE,
    &ban_char_type::RULE,
    &prefer_jsonb::RULE,
    &foreign_key_without_index::RULE,
    &unused_suppression::RULE,
    &invalid_suppression::RULE,
];

/// Whether a selected rule reads the script directory's `env.py`: reading it costs a parse per
/// directory that no other rule needs.
pub(crate) fn reads_env_py(selection: &Selection) -> bool {
    selection.is_enabled(missing_lock_timeout::RULE.code)
}

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
    /// code, a code prefix (`AL2`), a rule name, or `ALL`. A selection that leaves no rule is an
    /// error: a run that checks nothing would pass whatever the migrations hold.
    pub fn new(select: &[String], ignore: &[String]) -> Result<Self, Error> {
        Selection::extended(select, &[], ignore)
    }

    /// As [`Selection::new`], with `extend_select` added to the selected set before `ignore`
    /// removes from it (a configuration file's `extend-select`).
    pub fn extended(
        select: &[String],
        extend_select: &[String],
        ignore: &[String],
    ) -> Result<Self, Error> {
        let extend_sets = extend_select
            .iter()
            .map(|k| matching(k))
            .collect::<Result<Vec<_>, _>>()?;
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
                } || extend_sets.iter().any(|set| set.contains(&r.code));
                selected && !ignore_sets.iter().any(|set| set.contains(&r.code))
            })
            .filter(|r| r.is_selectable())
            .map(|r| r.code)
            .collect::<Vec<_>>();
        if enabled.is_empty() {
            return Err(Error::NothingSelected {
                detail: format!(
                    "--select {} --ignore {} leaves nothing to check",
                    shown(select),
                    shown(ignore)
                ),
            });
        }
        Ok(Selection { enabled })
    }

    /// No rule at all: what the `graph` command runs, which only reads revision metadata.
    pub fn none() -> Self {
        Selection {
            enabled: Vec::new(),
        }
    }

    /// The codes of the selected rules, in registry order.
    pub fn codes(&self) -> &[&'static str] {
        &self.enabled
    }

    /// Whether `rule` runs. `internal-error` is not a rule that can be turned off: nothing the
    /// user wrote can be fixed to avoid it.
    pub fn is_enabled(&self, code: &str) -> bool {
        code == INTERNAL_ERROR || self.enabled.contains(&code)
    }
}

fn shown(selectors: &[String]) -> String {
    if selectors.is_empty() {
        "(none)".to_owned()
    } else {
        selectors.join(",")
    }
}

/// The code of the diagnostic that stands in for a bug in alembic-lint itself.
pub const INTERNAL_ERROR: &str = "AL000";

/// Rules are told apart by code; debug output names the rule, not its doc.
impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Rule {}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.name, self.code)
    }
}

impl Rule {
    /// Whether `--select`/`--ignore` choose this rule; `internal-error` is always reported.
    fn is_selectable(&self) -> bool {
        self.code != INTERNAL_ERROR
    }

    /// When the rule runs unless told otherwise, as the rule tables print it.
    pub fn default_label(&self) -> &'static str {
        if !self.is_selectable() {
            "always"
        } else if self.code == modified_migration::RULE.code {
            // It needs a change to judge: `--diff` or `--staged`.
            "diff"
        } else if self.default_on {
            "on"
        } else {
            "opt-in"
        }
    }
}

impl Default for Selection {
    fn default() -> Self {
        Selection {
            enabled: RULES
                .iter()
                .filter(|r| r.default_on && r.is_selectable())
                .map(|r| r.code)
                .collect(),
        }
    }
}

/// The codes a selector names; an error when it names nothing.
pub(crate) fn matching(key: &str) -> Result<Vec<&'static str>, Error> {
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
        Err(Error::UnknownSelector {
            selector: key.to_owned(),
        })
    } else {
        Ok(codes)
    }
}

/// The rule most likely meant by a mistyped name or code: the nearest by edit distance to the
/// whole name or to its beginning (`sintax` finds `syntax-error`), if any is near enough.
pub fn suggest(key: &str) -> Option<&'static Rule> {
    let key = key.trim().to_ascii_lowercase();
    if key.is_empty() {
        return None;
    }
    if let Some(rule) = RULES
        .iter()
        .copied()
        .find(|r| r.name.contains(key.as_str()))
    {
        return Some(rule);
    }
    let limit = (key.chars().count() / 3).max(2);
    RULES
        .iter()
        .copied()
        .filter_map(|r| {
            let head: String = r.name.chars().take(key.chars().count()).collect();
            let by_name = strsim::levenshtein(&key, r.name).min(strsim::levenshtein(&key, &head));
            let by_code = strsim::levenshtein(&key, &r.code.to_ascii_lowercase());
            if by_name <= limit {
                Some((by_name, r))
            } else if by_code <= 1 {
                Some((by_code, r))
            } else {
                None
            }
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_get_a_suggestion_and_nonsense_does_not() {
        assert_eq!(
            suggest("sintax-error").map(|r| r.name),
            Some("syntax-error")
        );
        assert_eq!(suggest("syntax").map(|r| r.name), Some("syntax-error"));
        assert_eq!(suggest("sintax").map(|r| r.name), Some("syntax-error"));
        assert_eq!(suggest("AL0011").map(|r| r.name), Some("syntax-error"));
        assert_eq!(suggest("zzzzzzzzzzzzzzzzzz").map(|r| r.name), None);
    }
}
