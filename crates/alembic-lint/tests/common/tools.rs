//! Real third-party tools the tests run (Microsoft's SARIF validator, pip, maturin,
//! pre-commit), installed once from their registries into `target/test-tools/`.
//!
//! Each install holds a file lock, so test threads and test binaries running at the same time
//! wait for one another instead of racing, and writes a marker only once it completed. A tool
//! that cannot be installed fails the test under `CI=true`; elsewhere the test says so on
//! stderr and returns.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The folder shared by every install.
fn root() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("test-tools")
}

/// Runs `install` into `target/test-tools/<name>` unless a previous run completed it.
fn cached(
    name: &str,
    install: impl FnOnce(&Path) -> Result<(), String>,
) -> Result<PathBuf, String> {
    let root = root();
    fs::create_dir_all(&root).map_err(|e| e.to_string())?;
    let lock = File::create(root.join(format!("{name}.lock"))).map_err(|e| e.to_string())?;
    lock.lock().map_err(|e| e.to_string())?;
    let dir = root.join(name);
    let done = root.join(format!("{name}.done"));
    if !done.exists() {
        let _ = fs::remove_dir_all(&dir);
        install(&dir)?;
        File::create(&done).map_err(|e| e.to_string())?;
    }
    Ok(dir)
}

/// Runs a command and turns a failure into its output.
pub fn run(command: &mut Command) -> Result<String, String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if output.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "{command:?} failed with {}\nstdout:\n{stdout}\nstderr:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

/// The tool, or `None` (with the reason on stderr) outside CI; under `CI=true` a missing tool
/// fails the test.
pub fn require<T>(tool: Result<T, String>) -> Option<T> {
    match tool {
        Ok(tool) => Some(tool),
        Err(reason) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("required tool unavailable under CI=true: {reason}")
        }
        Err(reason) => {
            eprintln!("NOT RUN (the tool is unavailable; under CI=true this fails): {reason}");
            None
        }
    }
}

/// `@microsoft/sarif-multitool` from npm: the path of its command.
pub fn sarif_multitool() -> Result<PathBuf, String> {
    let dir = cached("sarif-multitool", |dir| {
        run(Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(dir)
            .arg("@microsoft/sarif-multitool@5"))
        .map(drop)
    })?;
    Ok(dir.join("node_modules/.bin/sarif-multitool"))
}

/// A virtualenv with maturin and pre-commit from PyPI: the path of its `bin` folder.
pub fn python_tools() -> Result<PathBuf, String> {
    let dir = cached("python-tools", |dir| {
        let bin = virtualenv(dir)?;
        run(Command::new(bin.join("python"))
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(["maturin>=1.5,<2", "pre-commit>=3,<5"]))
        .map(drop)
    })?;
    Ok(dir.join("bin"))
}

/// Creates a virtualenv and returns its `bin` folder.
pub fn virtualenv(dir: &Path) -> Result<PathBuf, String> {
    run(Command::new("python3").args(["-m", "venv"]).arg(dir))?;
    Ok(dir.join("bin"))
}
