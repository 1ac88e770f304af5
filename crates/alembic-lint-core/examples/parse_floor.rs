//! How fast the Python parser (`ruff_python_parser`) alone reads a folder of migrations, against the whole per-file
//! check, on one core: `cargo run --release -p alembic-lint-core --example parse_floor -- DIR`.
//!
//! The parser is the floor under any check: what the check adds on top of it is alembic-lint's
//! own cost. Prints the best of five runs of each: lexing only, lexing and parsing (and dropping
//! the tree), and the check of each file alone (decode, parse, extract the model, file rules).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use alembic_lint_core::{check_sources, Settings, Sources};
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{lexer::lex, parse_unchecked, Mode, ParseOptions};

const RUNS: usize = 5;

/// A stage's name and what it does to one file's source.
type Stage<'a> = (&'a str, &'a dyn Fn(&str));

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: parse_floor DIR");
        std::process::exit(2);
    };
    let sources = read_sources(Path::new(&dir));
    let megabytes = sources.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!(
        "{} files, {megabytes:.2} MB, one core, best of {RUNS}:",
        sources.len()
    );

    let settings = Settings::default();
    let stages: [Stage; 3] = [
        ("lex", &|s| {
            let mut lexer = lex(s, Mode::Module);
            while black_box(lexer.next_token()) != TokenKind::EndOfFile {}
        }),
        ("lex + parse", &|s| {
            drop(black_box(parse_unchecked(
                s,
                ParseOptions::from(Mode::Module),
            )))
        }),
        ("check", &|s| {
            let files = [("bench.py", s.as_bytes())];
            let sources = Sources {
                dir: "",
                files: &files,
                dialect: None,
                complete: false,
            };
            drop(black_box(check_sources(&sources, &settings)))
        }),
    ];
    for (name, run) in stages {
        let best = (0..RUNS)
            .map(|_| {
                let started = Instant::now();
                sources.iter().for_each(|s| run(s));
                started.elapsed()
            })
            .min()
            .unwrap_or(Duration::ZERO);
        println!(
            "  {name:<12}{:>9.1} ms  {:>6.1} MB/s",
            best.as_secs_f64() * 1000.0,
            megabytes / best.as_secs_f64().max(1e-9)
        );
    }
}

fn read_sources(dir: &Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect()
}
