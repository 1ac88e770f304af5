//! Running the `alembic-lint` binary and building throwaway Alembic projects.

#![allow(dead_code, clippy::unwrap_used)]

pub mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// What a run of the binary produced.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).unwrap(),
            stderr: String::from_utf8(output.stderr).unwrap(),
        }
    }
}

/// A command for the binary, run from `dir`, with colour settings from the environment removed.
pub fn command(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_alembic-lint"));
    command
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("RUST_BACKTRACE");
    command
}

pub fn lint(dir: &Path, args: &[&str]) -> Run {
    command(dir).args(args).output().unwrap().into()
}

/// The crate's own fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The workspace's `testdata/projects`.
pub fn projects() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/projects")
}

/// A fresh, empty directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("alembic-lint-cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes a minimal Alembic script directory (`alembic/env.py` beside `alembic/versions/`)
/// holding the given migrations, and returns the project directory.
pub fn project(name: &str, migrations: &[(&str, &str)]) -> PathBuf {
    let dir = scratch(name);
    let versions = dir.join("alembic/versions");
    std::fs::create_dir_all(&versions).unwrap();
    std::fs::write(dir.join("alembic/env.py"), "from alembic import context\n").unwrap();
    for (file, text) in migrations {
        std::fs::write(versions.join(file), text).unwrap();
    }
    dir
}

/// A migration that every default rule accepts.
pub fn clean_migration(revision: &str, down_revision: Option<&str>) -> String {
    let down = down_revision.map_or("None".to_owned(), |d| format!("\"{d}\""));
    let revises = down_revision.unwrap_or("");
    format!(
        r#""""add the `notes` table

Revision ID: {revision}
Revises: {revises}
Create Date: 2024-05-02 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "{revision}"
down_revision = {down}
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "notes_{revision}",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("body", sa.Text(), nullable=True),
    )


def downgrade():
    op.drop_table("notes_{revision}")
"#
    )
}

/// A migration that adds a NOT NULL column without a server default (AL201).
pub const ADD_NOT_NULL: &str = r#""""add score

Revision ID: 9f8e7d6c5b4a
Revises:
Create Date: 2024-05-03 08:15:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "9f8e7d6c5b4a"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("players", sa.Column("score", sa.Integer(), nullable=False))


def downgrade():
    op.drop_column("players", "score")
"#;
