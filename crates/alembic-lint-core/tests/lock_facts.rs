//! Every row of the lock-facts table (`locks.rs`) checked against a real PostgreSQL server: for
//! each statement, alembic-lint reads it into an operation, looks up the lock mode, rewrite and
//! scan it expects on each table, and the server runs the statement on populated tables. The
//! lock modes come from `pg_locks` (by relation oid, so renames and drops are seen), a rewrite
//! from a changed `relfilenode` holding rows, an emptied table from a changed `relfilenode` of
//! size zero (`TRUNCATE`), a scan from `seq_tup_read`.
//!
//! The deploy plan is checked the same way: for each statement (and for a few that only the
//! plan's reading of the history gets right), a one-operation migration that runs it after one
//! that sets the tables up is planned, and the lock on each table, the rewrite and the scan
//! the plan gives (what `plan --format json` prints) are compared with what the server did.
//!
//! The test starts a throwaway server (`initdb` and `pg_ctl` from `pg_config --bindir`, on a
//! Unix socket in a temporary folder, as the `postgres` user when run as root). Under `CI=true`
//! it fails when it cannot; elsewhere it says why it skipped.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use alembic_lint_core::locks::{
    dropped_reference, table_locks, validated_reference, LockMode, Role,
};
use alembic_lint_core::model::OpKind;
use alembic_lint_core::plan::{self, Range, Start};
use alembic_lint_core::{read_sql_statements, Settings};

/// Two populated tables: `users` (no primary key, an index on `email`, checks, a unique index
/// to attach) and `parents` (referenced by foreign keys).
const SETUP: &str = "
CREATE TABLE parents (id int PRIMARY KEY, name text);
INSERT INTO parents SELECT g, 'parent ' || g FROM generate_series(1, 5000) g;
CREATE TABLE users (id int NOT NULL, email varchar(50), parent_id int, score int, note text);
INSERT INTO users SELECT g, 'user' || g || '@example.com', g % 5000 + 1, g, 'n' FROM generate_series(1, 20000) g;
CREATE INDEX ix_users_email ON users (email);
CREATE UNIQUE INDEX ux_users_id ON users (id);
ALTER TABLE users ADD CONSTRAINT ck_users_score CHECK (score >= 0);
ALTER TABLE users ADD CONSTRAINT ck_users_pending CHECK (score > -1) NOT VALID;
ALTER TABLE users ADD CONSTRAINT fk_users_pending FOREIGN KEY (parent_id) REFERENCES parents (id) NOT VALID;
ALTER TABLE users ADD CONSTRAINT ck_users_id_set CHECK (id IS NOT NULL);
CREATE TYPE mood AS ENUM ('ok');
ANALYZE;
";

/// How a statement is run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Run {
    /// Inside a transaction: every lock it takes is seen granted before the rollback.
    InTransaction,
    /// `CONCURRENTLY`, which refuses a transaction: the mode it asks for is seen while another
    /// session holds the table.
    Concurrently,
}

/// A statement, how it runs, and the table each name it gives stands for (an index for its
/// table, a foreign key's unnamed referenced table).
struct Case {
    sql: &'static str,
    run: Run,
    /// The table an unnamed target stands for, or an index name's table.
    target: &'static str,
}

const fn case(sql: &'static str) -> Case {
    Case {
        sql,
        run: Run::InTransaction,
        target: "users",
    }
}

const fn concurrently(sql: &'static str) -> Case {
    Case {
        sql,
        run: Run::Concurrently,
        target: "users",
    }
}

/// One statement per row of the lock-facts table and per option that changes its facts.
const CASES: &[Case] = &[
    case("CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL)"),
    case("CREATE TABLE accounts (id bigint PRIMARY KEY, parent_id int REFERENCES parents (id))"),
    case("CREATE TABLE accounts (id bigint PRIMARY KEY, parent_id bigint REFERENCES accounts (id))"),
    case("DROP TABLE users"),
    case("ALTER TABLE users RENAME TO members"),
    case("ALTER TABLE users ADD COLUMN nickname text"),
    case("ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT false"),
    case("ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()"),
    case("ALTER TABLE users ADD COLUMN seen_at timestamptz DEFAULT now()"),
    case("ALTER TABLE users ADD COLUMN guardian_id int REFERENCES parents (id)"),
    case("ALTER TABLE users ADD COLUMN guardian_id int DEFAULT 1 REFERENCES parents"),
    case("ALTER TABLE users DROP COLUMN note"),
    case("ALTER TABLE users ALTER COLUMN score SET NOT NULL"),
    case("ALTER TABLE users ALTER COLUMN email DROP NOT NULL"),
    case("ALTER TABLE users ALTER COLUMN score TYPE bigint"),
    case("ALTER TABLE users ALTER COLUMN score SET DEFAULT 0"),
    case("ALTER TABLE users RENAME COLUMN note TO remark"),
    case("CREATE INDEX ix_users_score ON users (score)"),
    case("CREATE UNIQUE INDEX ux_users_email ON users (email)"),
    concurrently("CREATE INDEX CONCURRENTLY ix_users_score ON users (score)"),
    case("DROP INDEX ix_users_email"),
    concurrently("DROP INDEX CONCURRENTLY ix_users_email"),
    case("REINDEX INDEX ix_users_email"),
    case("REINDEX TABLE users"),
    concurrently("REINDEX INDEX CONCURRENTLY ix_users_email"),
    case("ALTER TABLE users ADD CONSTRAINT fk_users_parent FOREIGN KEY (parent_id) REFERENCES parents (id)"),
    case("ALTER TABLE users ADD CONSTRAINT fk_users_parent FOREIGN KEY (parent_id) REFERENCES parents (id) NOT VALID"),
    case("ALTER TABLE users ADD CONSTRAINT ck_users_id CHECK (id > 0)"),
    case("ALTER TABLE users ADD CONSTRAINT ck_users_id CHECK (id > 0) NOT VALID"),
    case("ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)"),
    case("ALTER TABLE users ADD CONSTRAINT uq_users_id UNIQUE USING INDEX ux_users_id"),
    case("ALTER TABLE users ADD PRIMARY KEY (id)"),
    case("ALTER TABLE users DROP CONSTRAINT ck_users_score"),
    case("ALTER TABLE users VALIDATE CONSTRAINT ck_users_pending"),
    case("ALTER TABLE users VALIDATE CONSTRAINT fk_users_pending"),
    case("UPDATE users SET score = 0"),
    case("DELETE FROM users"),
    case("UPDATE users SET score = 0 WHERE email = 'user7@example.com'"),
    case("INSERT INTO users (id, email) VALUES (0, 'new@example.com')"),
    case("ALTER TYPE mood ADD VALUE 'great'"),
    case("SET lock_timeout = '5s'"),
    case("TRUNCATE users"),
    case("TRUNCATE TABLE ONLY users RESTART IDENTITY CASCADE"),
];

/// Statements whose facts only the plan gets right: it reads the history for the old type
/// (`varchar(50)` widens in place), the checks validated earlier (`SET NOT NULL` trusts
/// `CHECK (id IS NOT NULL)`), and the table of an index.
const PLAN_CASES: &[Case] = &[
    case("ALTER TABLE users ALTER COLUMN email TYPE varchar(100)"),
    case("ALTER TABLE users ALTER COLUMN id SET NOT NULL"),
    case("DROP INDEX ux_users_id"),
];

/// What the server did to one table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Seen {
    mode: Option<LockMode>,
    rewrite: bool,
    scan: bool,
    empties: bool,
}

#[test]
fn every_lock_fact_matches_postgresql() {
    let Some(server) = Server::start() else {
        return;
    };
    server.psql("postgres", "CREATE DATABASE base");
    server.psql("base", SETUP);
    let version: u32 = server
        .psql("postgres", "SHOW server_version_num")
        .trim()
        .parse::<u32>()
        .unwrap()
        / 10000;

    let project = project();
    let mut failures = Vec::new();
    for (i, case) in CASES.iter().chain(PLAN_CASES).enumerate() {
        let statements = read_sql_statements(case.sql);
        assert_eq!(statements.len(), 1, "{}: read as {statements:?}", case.sql);
        let expected = expected(&statements[0].0, case, version);
        let planned = planned(&project, case.sql, version);
        let db = format!("case{i}");
        server.psql("postgres", &format!("CREATE DATABASE {db} TEMPLATE base"));
        let seen = match case.run {
            Run::InTransaction => server.run_in_transaction(&db, case.sql),
            Run::Concurrently => server.run_concurrently(&db, case.sql),
        };
        server.psql("postgres", &format!("DROP DATABASE {db}"));
        for table in ["users", "parents"] {
            let got = seen.get(table).copied().unwrap_or_default();
            let mut checks = vec![("plan", planned.get(table).copied().unwrap_or_default())];
            if i < CASES.len() {
                checks.push((
                    "lock facts",
                    expected.get(table).copied().unwrap_or_default(),
                ));
            }
            for (what, want) in checks {
                let mut got = got;
                if case.run == Run::Concurrently {
                    // Only the mode asked for while waiting is seen; the scan is read from the
                    // server's statistics after the statement, which may lag: compare the mode.
                    got.scan = want.scan;
                }
                if what == "plan" {
                    // The plan does not tell an emptied table apart.
                    got.empties = false;
                }
                if want != got {
                    failures.push(format!(
                        "{}\n    {table}: alembic-lint's {what} says {want:?}\n    {table}: PostgreSQL {version} did {got:?}",
                        case.sql
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} lock facts disagree with the server:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A script directory whose first revision creates the tables of [`SETUP`]; [`planned`] adds
/// the second.
fn project() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lock-facts-plan");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("versions")).unwrap();
    std::fs::write(dir.join("env.py"), "").unwrap();
    std::fs::write(
        dir.join("versions/0001_setup.py"),
        migration("setup", None, SETUP),
    )
    .unwrap();
    dir
}

fn migration(revision: &str, down: Option<&str>, sql: &str) -> String {
    let down = down.map_or("None".to_owned(), |d| format!("{d:?}"));
    format!(
        "from alembic import op\n\nrevision = {revision:?}\ndown_revision = {down}\n\n\ndef upgrade():\n    op.execute(\"\"\"{sql}\"\"\")\n\n\ndef downgrade():\n    pass\n"
    )
}

/// What the plan says a migration running `sql` after the setup does, by table name; tables it
/// creates are left out.
fn planned(project: &Path, sql: &str, version: u32) -> BTreeMap<String, Seen> {
    let case = migration("case", Some("setup"), sql);
    std::fs::write(project.join("versions/0002_case.py"), case).unwrap();
    let settings = Settings {
        target_version: version,
        ..Settings::default()
    };
    let range = Range {
        start: Start::After("setup".to_owned()),
        to: None,
    };
    let plan = plan::plan(&[project.to_path_buf()], &settings, &range);
    assert!(plan.errors.is_empty(), "{sql}: {:?}", plan.errors);
    let [dir] = plan.dirs.as_slice() else {
        panic!("{sql}: {} script directories", plan.dirs.len());
    };
    let [revision] = dir.revisions.as_slice() else {
        panic!("{sql}: {} revisions", dir.revisions.len());
    };
    let [op] = revision.operations.as_slice() else {
        panic!("{sql}: {} operations", revision.operations.len());
    };
    op.tables
        .iter()
        .filter(|t| !t.new)
        .map(|t| {
            let name = t
                .name
                .clone()
                .unwrap_or_else(|| panic!("{sql}: an unnamed table"));
            let seen = Seen {
                mode: t.lock,
                rewrite: t.rewrite,
                scan: t.scan,
                empties: false,
            };
            (name, seen)
        })
        .collect()
}

/// What alembic-lint expects, by table name.
fn expected(kind: &OpKind, case: &Case, version: u32) -> BTreeMap<String, Seen> {
    let mut out = BTreeMap::new();
    for lock in table_locks(kind, version) {
        let table = match (lock.role, lock.table) {
            (Role::Referenced, _) => "parents",
            (Role::Target, Some(name)) if name == "users" || name == "parents" => name,
            (Role::Target, _) => case.target,
        };
        let seen = Seen {
            mode: lock.mode,
            rewrite: lock.rewrite,
            scan: lock.scan,
            empties: lock.empties,
        };
        out.insert(table.to_owned(), seen);
    }
    // The plan knows from the history which constraint is a foreign key, and that `users` has
    // one to `parents`; here the setup says so.
    let reference = match kind {
        OpKind::ValidateConstraint {
            name: Some(name), ..
        } if name.starts_with("fk_") => Some(validated_reference(Some("parents"))),
        OpKind::DropTable { table: Some(table) } if table == "users" => {
            Some(dropped_reference(Some("parents")))
        }
        _ => None,
    };
    if let Some(lock) = reference {
        let seen = Seen {
            mode: lock.mode,
            rewrite: lock.rewrite,
            scan: lock.scan,
            empties: lock.empties,
        };
        out.insert("parents".to_owned(), seen);
    }
    out
}

/// A throwaway PostgreSQL server, stopped and removed on drop.
struct Server {
    bindir: PathBuf,
    dir: PathBuf,
    as_postgres: bool,
}

impl Server {
    /// Starts a server, or says why it cannot (a failure under `CI=true`).
    fn start() -> Option<Server> {
        let ci = std::env::var("CI").is_ok_and(|v| v == "true");
        let unavailable = |why: String| {
            assert!(!ci, "cannot start PostgreSQL under CI: {why}");
            eprintln!("skipping the PostgreSQL comparison: {why}");
            None
        };
        let bindir = match Command::new("pg_config").arg("--bindir").output() {
            Ok(out) if out.status.success() => {
                PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
            }
            _ => return unavailable("`pg_config --bindir` did not run".to_owned()),
        };
        if !bindir.join("initdb").is_file() {
            return unavailable(format!("no initdb in {}", bindir.display()));
        }
        let as_postgres = is_root();
        let dir = std::env::temp_dir().join(format!("alembic-lint-pg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        if as_postgres {
            let ok = Command::new("chown")
                .arg("postgres")
                .arg(&dir)
                .status()
                .is_ok_and(|s| s.success());
            if !ok {
                return unavailable("cannot give the data folder to the postgres user".to_owned());
            }
        }
        let server = Server {
            bindir,
            dir,
            as_postgres,
        };
        let data = server.dir.join("data");
        let initdb = server
            .tool("initdb")
            .args(["-A", "trust", "-U", "postgres", "-D"])
            .arg(&data)
            .output()
            .unwrap();
        if !initdb.status.success() {
            return unavailable(format!(
                "initdb failed: {}",
                String::from_utf8_lossy(&initdb.stderr)
            ));
        }
        let options = format!(
            "-k {} -c listen_addresses='' -c fsync=off -c max_locks_per_transaction=256",
            server.dir.display()
        );
        let started = server
            .tool("pg_ctl")
            .args(["-w", "-l"])
            .arg(server.dir.join("log"))
            .arg("-D")
            .arg(&data)
            .args(["-o", &options, "start"])
            .output()
            .unwrap();
        if !started.status.success() {
            let log = std::fs::read_to_string(server.dir.join("log")).unwrap_or_default();
            return unavailable(format!("pg_ctl start failed: {log}"));
        }
        Some(server)
    }

    /// A server program, run as the `postgres` user when the test runs as root.
    fn tool(&self, name: &str) -> Command {
        let program = self.bindir.join(name);
        if self.as_postgres {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        }
    }

    fn psql_command(&self, db: &str) -> Command {
        let mut command = Command::new(self.bindir.join("psql"));
        command.arg("-h").arg(&self.dir).args([
            "-U",
            "postgres",
            "-d",
            db,
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
        ]);
        command
    }

    /// Runs a script and returns what it printed; panics with the server's message on error.
    fn psql(&self, db: &str, script: &str) -> String {
        let mut child = self
            .psql_command(db)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(script.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "psql failed on:\n{script}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// The oid and file of each table, from `db`.
    fn tables(&self, db: &str) -> BTreeMap<String, (String, String)> {
        self.psql(
            db,
            "SELECT relname, oid, relfilenode FROM pg_class WHERE relname IN ('users', 'parents') AND relkind = 'r'",
        )
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split('|').collect();
            (f[0].to_owned(), (f[1].to_owned(), f[2].to_owned()))
        })
        .collect()
    }

    fn run_in_transaction(&self, db: &str, sql: &str) -> BTreeMap<String, Seen> {
        let tables = self.tables(db);
        let oids: Vec<&str> = tables.values().map(|(oid, _)| oid.as_str()).collect();
        let oids = oids.join(",");
        let script = format!(
            "BEGIN;\n{sql};\n\
             SELECT 'lock', relation, mode FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND relation IN ({oids});\n\
             SELECT 'file', oid, relfilenode, pg_relation_size(oid) FROM pg_class WHERE oid IN ({oids});\n\
             SELECT 'scan', relid, seq_tup_read FROM pg_stat_xact_user_tables WHERE relid IN ({oids});\n\
             ROLLBACK;\n"
        );
        let output = self.psql(db, &script);
        let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
        let name_of = |oid: &str| {
            tables
                .iter()
                .find(|(_, (o, _))| o == oid)
                .map(|(name, _)| name.clone())
        };
        for line in output.lines() {
            let f: Vec<&str> = line.split('|').collect();
            let Some(table) = f.get(1).and_then(|oid| name_of(oid)) else {
                continue;
            };
            let entry = seen.entry(table.clone()).or_default();
            match f[0] {
                "lock" => entry.mode = entry.mode.max(LockMode::from_pg_name(f[2])),
                "file" if f[2] != tables[&table].1 => {
                    // New storage: rewritten with the rows, or emptied.
                    let empty = f[3] == "0";
                    entry.rewrite = !empty;
                    entry.empties = empty;
                }
                "scan" => entry.scan = f[2].parse::<u64>().unwrap() > 0,
                _ => {}
            }
        }
        seen.retain(|_, s| *s != Seen::default());
        seen
    }

    /// Runs a statement that refuses a transaction while another session holds `users`, and
    /// returns the lock mode it waits for.
    fn run_concurrently(&self, db: &str, sql: &str) -> BTreeMap<String, Seen> {
        let tables = self.tables(db);
        let users = &tables["users"].0;
        let mut holder = self
            .psql_command(db)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = holder.stdin.take().unwrap();
        stdin
            .write_all(b"BEGIN;\nLOCK TABLE users IN ACCESS EXCLUSIVE MODE;\nSELECT 'held';\n")
            .unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        BufReader::new(holder.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "held");
        let statement: Child = self
            .psql_command(db)
            .args(["-c", sql])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let mut waiting = None;
        while waiting.is_none() && started.elapsed() < Duration::from_secs(10) {
            let out = self.psql(
                db,
                &format!("SELECT mode FROM pg_locks WHERE relation = {users} AND NOT granted"),
            );
            waiting = out.lines().next().and_then(LockMode::from_pg_name);
            if waiting.is_none() {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        stdin.write_all(b"COMMIT;\n").unwrap();
        drop(stdin);
        holder.wait().unwrap();
        let out = statement.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let after = self.tables(db);
        let mut seen = BTreeMap::new();
        seen.insert(
            "users".to_owned(),
            Seen {
                mode: waiting,
                rewrite: after["users"].1 != tables["users"].1,
                scan: false,
                empties: false,
            },
        );
        seen
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self
            .tool("pg_ctl")
            .args(["-m", "immediate", "-D"])
            .arg(self.dir.join("data"))
            .arg("stop")
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}
