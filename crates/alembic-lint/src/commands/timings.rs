//! `check --timings`: where the time went, stage by stage, and the peak memory.

use std::io::{self, Write};
use std::time::Duration;

use alembic_lint_core::Report;

/// The measured stages of one `check` run.
pub(crate) struct Timings<'a> {
    pub report: &'a Report,
    pub render: Duration,
    pub total: Duration,
}

impl Timings<'_> {
    /// Per-file stages run on every thread at once, so they are CPU time summed over threads
    /// and can add up to more than the wall-clock total.
    pub(crate) fn write(&self, w: &mut impl Write) -> io::Result<()> {
        let t = &self.report.timings;
        let files = self.report.files.len();
        writeln!(
            w,
            "timings ({} threads; per-file stages are CPU time summed over threads):",
            rayon::current_num_threads()
        )?;
        let rows = [
            ("discover", t.discover, ""),
            ("read", t.read, " (cpu)"),
            ("parse", t.files.parse, " (cpu)"),
            ("extract", t.files.extract, " (cpu)"),
            ("rules", t.files.rules, " (cpu)"),
            ("graph", t.graph, ""),
            ("render", self.render, ""),
            ("total", self.total, ""),
        ];
        for (stage, time, kind) in rows {
            writeln!(w, "  {stage:<10}{:>10.1} ms{kind}", millis(time))?;
        }
        let megabytes = t.bytes as f64 / 1e6;
        let seconds = self.total.as_secs_f64().max(1e-9);
        writeln!(
            w,
            "  {} files, {megabytes:.2} MB: {:.0} files/s, {:.1} MB/s",
            files,
            files as f64 / seconds,
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
