//! `check --timings`: where the time went, stage by stage, and the peak memory.

use std::io::{self, Write};
use std::time::Duration;

use alembic_lint_core::StageTimes;

use crate::run::Loaded;

/// The measured stages of one `check` run.
pub(crate) struct Timings<'a> {
    pub loaded: &'a Loaded,
    pub graph: Duration,
    pub render: Duration,
    pub total: Duration,
}

impl Timings<'_> {
    /// Per-file stages run on every thread at once, so they are CPU time summed over threads
    /// and can add up to more than the wall-clock total.
    pub(crate) fn write(&self, w: &mut impl Write) -> io::Result<()> {
        let loaded = self.loaded;
        let files: StageTimes =
            loaded
                .reports
                .iter()
                .fold(StageTimes::default(), |sum, r| StageTimes {
                    parse: sum.parse + r.timings.parse,
                    extract: sum.extract + r.timings.extract,
                    rules: sum.rules + r.timings.rules,
                });
        writeln!(
            w,
            "timings ({} threads; per-file stages are CPU time summed over threads):",
            rayon::current_num_threads()
        )?;
        let rows = [
            ("discover", loaded.discover_time, ""),
            ("read", loaded.read_time, " (cpu)"),
            ("parse", files.parse, " (cpu)"),
            ("extract", files.extract, " (cpu)"),
            ("rules", files.rules, " (cpu)"),
            ("graph", self.graph, ""),
            ("render", self.render, ""),
            ("total", self.total, ""),
        ];
        for (stage, time, kind) in rows {
            writeln!(w, "  {stage:<10}{:>10.1} ms{kind}", millis(time))?;
        }
        let megabytes = loaded.bytes as f64 / 1e6;
        let seconds = self.total.as_secs_f64().max(1e-9);
        writeln!(
            w,
            "  {} files, {megabytes:.2} MB: {:.0} files/s, {:.1} MB/s",
            loaded.reports.len(),
            loaded.reports.len() as f64 / seconds,
            megabytes / seconds
        )?;
        match peak_memory_bytes() {
            Some(peak) => writeln!(w, "  peak memory {:.1} MB", peak as f64 / 1e6),
            None => writeln!(w, "  peak memory unknown on this system"),
        }
    }
}

fn millis(time: Duration) -> f64 {
    time.as_secs_f64() * 1000.0
}

/// The process's peak resident set size, from Linux's `/proc/self/status`.
fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kilobytes * 1024)
}
