//! Fingerprints that let GitHub code scanning and GitLab match a finding across runs: built
//! from the rule, the file and the flagged source text, so adding lines above a finding does not
//! turn it into a new one.

use std::collections::HashMap;

use super::artifact::Artifact;
use super::Report;

/// One fingerprint per diagnostic, in the report's order: 32 hex digits.
pub(super) fn fingerprints(report: &Report, artifacts: &[Artifact]) -> Vec<String> {
    // The same text flagged twice by one rule in one file (two identical `op.drop_column`
    // lines) gets its occurrence number mixed in, so the two stay distinct.
    let mut seen: HashMap<u128, u32> = HashMap::new();
    report
        .diagnostics
        .iter()
        .zip(artifacts)
        .map(|(d, artifact)| {
            let text = report.sources.text(&d.path, d.span);
            let mut hash = Fnv128::default();
            hash.write(d.code);
            hash.write(artifact.path());
            // Whitespace is layout, not content: re-indenting or re-wrapping a call keeps it.
            for word in text.split_whitespace() {
                hash.write(word);
            }
            let occurrence = seen.entry(hash.0).or_default();
            *occurrence += 1;
            hash.write(&occurrence.to_string());
            format!("{:032x}", hash.0)
        })
        .collect()
}

/// FNV-1a, 128 bits: fixed by its specification, so fingerprints stay the same across releases
/// and platforms (std's hasher makes no such promise).
struct Fnv128(u128);

impl Default for Fnv128 {
    fn default() -> Self {
        Fnv128(0x6c62_272e_07bb_0142_62b8_2175_6295_c58d)
    }
}

impl Fnv128 {
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

    /// Hashes the bytes and a separator, so `("ab", "c")` and `("a", "bc")` differ.
    fn write(&mut self, part: &str) {
        for byte in part.bytes().chain([0xff]) {
            self.0 ^= u128::from(byte);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }
}
