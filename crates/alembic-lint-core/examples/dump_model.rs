//! Prints the extracted model of migration files: `cargo run --example dump_model -- FILE...`.

use alembic_lint_core::{check_file, Selection};

fn main() {
    let selection = Selection::default();
    for path in std::env::args().skip(1) {
        match std::fs::read(&path) {
            Ok(bytes) => {
                let report = check_file(&path, &bytes, &selection);
                println!("{path}: {:#?}", report.migration);
                for d in &report.diagnostics {
                    println!("  {} {} {:?}", d.code, d.message, d.span);
                }
            }
            Err(err) => eprintln!("{path}: {err}"),
        }
    }
}
