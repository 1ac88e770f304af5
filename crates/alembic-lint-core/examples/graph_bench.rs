//! Times the revision graph on generated histories of 100,000 revisions:
//! `cargo run --release -p alembic-lint-core --example graph_bench`.
//!
//! - `branchy`: a trunk where feature branches fork and merge back all the time, plus a hundred
//!   labelled plugin branches that depend on trunk revisions;
//! - `chain`: one straight line (the deepest graph);
//! - `cycle`: the same line closed into one cycle.
//!
//! For each it prints the time to build the graph and run the graph rules
//! (`engine::check_graph`), the time to build the summary (`summarize`), and what they found.

use std::time::{Duration, Instant};

use alembic_lint_core::engine::check_graph;
use alembic_lint_core::graph::summarize;
use alembic_lint_core::model::{IdField, IdValue, RevisionMeta, Span};
use alembic_lint_core::{FileReport, Settings};

const REVISIONS: usize = 100_000;
const RUNS: usize = 5;

/// splitmix64: deterministic ids and choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn id(&mut self) -> String {
        format!("{:012x}", self.next() & 0xffff_ffff_ffff)
    }
}

struct Gen {
    rng: Rng,
    files: Vec<FileReport>,
}

fn field(value: IdValue) -> Option<IdField> {
    Some(IdField {
        value,
        span: Span::new(0, 1),
        value_span: Span::new(0, 1),
    })
}

fn ids(list: &[String]) -> IdValue {
    match list {
        [] => IdValue::None,
        [one] => IdValue::One(one.clone()),
        many => IdValue::Many(many.to_vec()),
    }
}

impl Gen {
    fn add(&mut self, down: &[String], label: Option<String>, deps: &[String]) -> String {
        let id = self.rng.id();
        let meta = RevisionMeta {
            revision: field(IdValue::One(id.clone())),
            down_revision: field(ids(down)),
            branch_labels: label.and_then(|l| field(IdValue::One(l))),
            depends_on: if deps.is_empty() {
                None
            } else {
                field(ids(deps))
            },
            message: Some(format!("change {}", self.files.len())),
            ..RevisionMeta::default()
        };
        self.files.push(FileReport {
            path: format!("migrations/versions/{id}.py"),
            text: String::new(),
            meta: Some(meta),
            ..FileReport::default()
        });
        id
    }
}

fn branchy() -> Vec<FileReport> {
    let mut g = Gen {
        rng: Rng(7),
        files: Vec::with_capacity(REVISIONS),
    };
    let mut trunk = g.add(&[], None, &[]);
    let mut plugins: Vec<String> = Vec::new();
    while g.files.len() < REVISIONS {
        // About every thousand revisions a labelled plugin branch starts from the trunk.
        if g.files.len() / 1000 >= plugins.len() {
            let label = format!("plugin_{}", plugins.len());
            let head = g.add(std::slice::from_ref(&trunk), Some(label), &[]);
            plugins.push(head);
        }
        match g.rng.below(10) {
            0..=4 => trunk = g.add(std::slice::from_ref(&trunk), None, &[]),
            5..=7 => {
                let mut tips = Vec::new();
                for _ in 0..2 + g.rng.below(3) {
                    let mut tip = trunk.clone();
                    for _ in 0..1 + g.rng.below(5) {
                        tip = g.add(std::slice::from_ref(&tip), None, &[]);
                    }
                    tips.push(tip);
                }
                trunk = g.add(&tips, None, &[]);
            }
            _ => {
                let p = g.rng.below(plugins.len());
                let deps = if g.rng.below(5) == 0 {
                    vec![trunk.clone()]
                } else {
                    Vec::new()
                };
                let parent = plugins[p].clone();
                plugins[p] = g.add(&[parent], None, &deps);
            }
        }
    }
    g.files
}

fn chain() -> Vec<FileReport> {
    let mut g = Gen {
        rng: Rng(11),
        files: Vec::with_capacity(REVISIONS),
    };
    let mut tip = g.add(&[], None, &[]);
    while g.files.len() < REVISIONS {
        tip = g.add(&[tip], None, &[]);
    }
    g.files
}

fn cycle() -> Vec<FileReport> {
    let mut files = chain();
    let last = files
        .last()
        .and_then(|f| f.meta.as_ref())
        .and_then(|m| m.revision_id());
    let last = last.map(str::to_owned);
    if let (Some(first), Some(last)) = (files.first_mut().and_then(|f| f.meta.as_mut()), last) {
        first.down_revision = field(IdValue::One(last));
    }
    files
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn bench(name: &str, files: &[FileReport]) {
    let refs: Vec<&FileReport> = files.iter().collect();
    let mut check_times = Vec::new();
    let mut summary_times = Vec::new();
    let mut found = (Vec::new(), None);
    for _ in 0..RUNS {
        let start = Instant::now();
        let diagnostics = check_graph(&refs, &Settings::default());
        check_times.push(start.elapsed());
        let start = Instant::now();
        let summary = summarize(&refs);
        summary_times.push(start.elapsed());
        found = (diagnostics, Some(summary));
    }
    let (diagnostics, summary) = found;
    let Some(summary) = summary else { return };
    let check = median(check_times);
    let sum = median(summary_times);
    println!(
        "{name:8} {:>7} revisions  check {:>9}  summarize {:>9}  total {:>9}",
        summary.revisions,
        ms(check),
        ms(sum),
        ms(check + sum)
    );
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    println!(
        "         heads {}, bases {}, merges {}, branch points {}, labels {}, diagnostics {:?}",
        summary.heads.len(),
        summary.bases.len(),
        summary.merges.len(),
        summary.branch_points.len(),
        summary.branch_labels.len(),
        codes
    );
}

fn main() {
    println!("median of {RUNS} runs");
    bench("branchy", &branchy());
    bench("chain", &chain());
    bench("cycle", &cycle());
}
