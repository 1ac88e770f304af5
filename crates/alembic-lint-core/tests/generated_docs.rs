//! The rule tables in `README.md` and `docs/rules.md` are generated from the registry, so that
//! each rule's metadata is written once. This test fails when a table drifts;
//! `ALEMBIC_LINT_UPDATE_DOCS=1 cargo test -p alembic-lint-core --test generated_docs` rewrites
//! them.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;

use alembic_lint_core::RULES;

const BEGIN: &str = "<!-- rules table: generated from the registry, do not edit by hand -->\n";
const END: &str = "<!-- end of rules table -->\n";

/// One row per rule, with links to the rule docs relative to the page.
fn table(rules_dir: &str) -> String {
    let mut out =
        String::from("| code | rule | default | severity | summary |\n|---|---|---|---|---|\n");
    for rule in RULES {
        let default = rule.default_label();
        out.push_str(&format!(
            "| {} | [{}]({rules_dir}{}.md) | {default} | {} | {} |\n",
            rule.code,
            rule.name,
            rule.name,
            rule.severity.as_str(),
            rule.summary
        ));
    }
    out
}

/// The page with its generated section replaced by `generated`.
fn regenerate(page: &str, generated: &str) -> Result<String, String> {
    let start = page.find(BEGIN).ok_or("no start marker")? + BEGIN.len();
    let end = start + page[start..].find(END).ok_or("no end marker")?;
    Ok(format!("{}{generated}{}", &page[..start], &page[end..]))
}

#[test]
fn rule_tables_are_generated_from_the_registry() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let update = std::env::var_os("ALEMBIC_LINT_UPDATE_DOCS").is_some();
    let mut stale = Vec::new();
    for (page, rules_dir) in [("README.md", "rules/"), ("docs/rules.md", "../rules/")] {
        let path = root.join(page);
        let text = fs::read_to_string(&path).unwrap();
        let expected =
            regenerate(&text, &table(rules_dir)).unwrap_or_else(|why| panic!("{page}: {why}"));
        if expected == text {
            continue;
        }
        if update {
            fs::write(&path, expected).unwrap();
        } else {
            stale.push(page);
        }
    }
    assert!(
        stale.is_empty(),
        "{stale:?}: the rule table differs from the registry; run \
         `ALEMBIC_LINT_UPDATE_DOCS=1 cargo test -p alembic-lint-core --test generated_docs`"
    );
}

#[test]
fn regenerating_keeps_the_rest_of_the_page() {
    let page = format!("intro\n{BEGIN}old\n{END}outro\n");
    assert_eq!(
        regenerate(&page, "new\n").unwrap(),
        format!("intro\n{BEGIN}new\n{END}outro\n")
    );
    assert!(regenerate("no markers", "x").is_err());
}
