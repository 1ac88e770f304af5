#![allow(clippy::unwrap_used)]

use super::*;
use crate::model::{
    ColumnDef, ColumnType, ConstraintKind, DataVerb, DefaultValue, Reference, TableKey,
};

/// The one statement `sql` holds.
fn one(sql: &str) -> SqlStatement {
    let mut statements = read_sql(sql);
    assert_eq!(statements.len(), 1, "{sql}: {statements:#?}");
    statements.remove(0)
}

/// The kind of the one statement `sql` holds, a statement the reader knows.
fn known(sql: &str) -> OpKind {
    let statement = one(sql);
    assert_eq!(statement.reading, SqlReading::Known, "{sql}");
    statement.kind
}

/// The kind of the one statement `sql` holds, a statement the reader has no reading for.
fn unknown(sql: &str) -> OpKind {
    let statement = one(sql);
    assert_eq!(statement.reading, SqlReading::Unknown, "{sql}");
    statement.kind
}

fn kinds(sql: &str) -> Vec<OpKind> {
    read_sql(sql).into_iter().map(|s| s.kind).collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// A column of the type `written`, as SQL writes it.
fn column(name: &str, written: &str) -> ColumnDef {
    ColumnDef {
        name: some(name),
        type_name: super::names::type_name(written),
        column_type: super::names::column_type(written),
        ..ColumnDef::default()
    }
}

fn alter_column(table: &str, column: &str) -> OpKind {
    OpKind::AlterColumn {
        table: some(table),
        column: some(column),
        nullable: None,
        new_type: None,
        new_column_type: None,
        existing_type: None,
        existing_nullable: None,
        using: false,
        new_name: None,
        server_default: None,
    }
}

fn column_type(name: &str, length: Option<u32>) -> Option<ColumnType> {
    Some(ColumnType {
        name: name.to_owned(),
        length,
        ..ColumnType::default()
    })
}

fn with_alter(kind: OpKind, change: impl FnOnce(&mut OpKind)) -> OpKind {
    let mut kind = kind;
    change(&mut kind);
    kind
}

fn literal(value: &str) -> Option<DefaultValue> {
    Some(DefaultValue::Literal(value.to_owned()))
}

fn expression(text: &str) -> Option<DefaultValue> {
    Some(DefaultValue::Expression(text.to_owned()))
}

fn add_constraint(name: Option<&str>, kind: ConstraintKind, columns: &[&str]) -> OpKind {
    constraint_with(name, kind, false, false, columns)
}

fn constraint_with(
    name: Option<&str>,
    kind: ConstraintKind,
    not_valid: bool,
    using_index: bool,
    columns: &[&str],
) -> OpKind {
    OpKind::AddConstraint {
        name: name.map(str::to_owned),
        table: some("users"),
        constraint: kind,
        not_valid,
        using_index,
        condition: None,
        references: None,
        columns: names(columns),
    }
}

fn names(columns: &[&str]) -> Vec<String> {
    columns.iter().map(|c| (*c).to_owned()).collect()
}

fn foreign_key(name: &str, references: &str, not_valid: bool) -> OpKind {
    OpKind::AddConstraint {
        name: some(name),
        table: some("users"),
        constraint: ConstraintKind::ForeignKey,
        not_valid,
        using_index: false,
        references: some(references),
        condition: None,
        columns: names(&["org_id"]),
    }
}

fn with_condition(kind: OpKind, text: &str) -> OpKind {
    let mut kind = kind;
    if let OpKind::AddConstraint { condition, .. } = &mut kind {
        *condition = some(text);
    }
    kind
}

// --- statements, ranges and text ---

#[test]
fn statements_carry_their_trimmed_text_and_range() {
    let sql = "\n    SET lock_timeout = '4s';\n    ALTER TABLE users DROP COLUMN age;\n";
    let statements = read_sql(sql);
    assert_eq!(statements.len(), 2);
    for statement in &statements {
        assert_eq!(&sql[statement.range.clone()], statement.text);
    }
    assert_eq!(statements[0].text, "SET lock_timeout = '4s'");
    assert_eq!(statements[1].text, "ALTER TABLE users DROP COLUMN age");
}

#[test]
fn empty_and_comment_only_input_gives_nothing() {
    assert!(read_sql("").is_empty());
    assert!(read_sql(" ;\n; -- done\n /* nothing */ ;").is_empty());
}

// --- CREATE TABLE ---

#[test]
fn create_table_columns() {
    let kind = known(
        "CREATE TABLE public.audit_events (
            id bigserial PRIMARY KEY,
            account_id integer NOT NULL REFERENCES accounts (id),
            kind varchar(32) NOT NULL DEFAULT 'login',
            payload jsonb DEFAULT '{}'::jsonb,
            attempts smallint NULL DEFAULT 0,
            score numeric(6, 2) DEFAULT -1.5,
            archived boolean DEFAULT false,
            note text DEFAULT NULL,
            created_at timestamp with time zone NOT NULL DEFAULT now(),
            seen_at timestamp DEFAULT CURRENT_TIMESTAMP,
            ref uuid DEFAULT gen_random_uuid(),
            seq integer GENERATED ALWAYS AS IDENTITY,
            total integer GENERATED ALWAYS AS (attempts * 2) STORED,
            code character(3),
            tags text[]
        )",
    );
    let OpKind::CreateTable { table, columns, .. } = kind else {
        panic!("{kind:?}")
    };
    assert_eq!(table.as_deref(), Some("audit_events"));
    let expected = [
        ColumnDef {
            primary_key: true,
            generated: true,
            ..column("id", "bigserial")
        },
        ColumnDef {
            nullable: Some(false),
            references: Some(Reference {
                table: some("accounts"),
            }),
            ..column("account_id", "integer")
        },
        ColumnDef {
            nullable: Some(false),
            server_default: literal("login"),
            ..column("kind", "varchar(32)")
        },
        ColumnDef {
            server_default: literal("{}"),
            ..column("payload", "jsonb")
        },
        ColumnDef {
            nullable: Some(true),
            server_default: literal("0"),
            ..column("attempts", "smallint")
        },
        ColumnDef {
            server_default: literal("-1.5"),
            ..column("score", "numeric(6, 2)")
        },
        ColumnDef {
            server_default: literal("false"),
            ..column("archived", "boolean")
        },
        ColumnDef {
            server_default: Some(DefaultValue::Null),
            ..column("note", "text")
        },
        ColumnDef {
            nullable: Some(false),
            server_default: expression("now()"),
            ..column("created_at", "timestamptz")
        },
        ColumnDef {
            server_default: expression("CURRENT_TIMESTAMP"),
            ..column("seen_at", "timestamp")
        },
        ColumnDef {
            server_default: expression("gen_random_uuid()"),
            ..column("ref", "uuid")
        },
        ColumnDef {
            generated: true,
            ..column("seq", "integer")
        },
        ColumnDef {
            generated: true,
            ..column("total", "integer")
        },
        column("code", "character(3)"),
        column("tags", "text[]"),
    ];
    assert_eq!(columns, expected);
}

#[test]
fn create_table_primary_key_constraint_marks_its_columns() {
    let kind = known(
        "CREATE TABLE IF NOT EXISTS \"UserRoles\" (
            user_id int NOT NULL,
            role_id int NOT NULL,
            granted_at timestamptz,
            CONSTRAINT pk_user_roles PRIMARY KEY (user_id, role_id)
        )",
    );
    let OpKind::CreateTable { table, columns, .. } = kind else {
        panic!("{kind:?}")
    };
    assert_eq!(table.as_deref(), Some("userroles"));
    let keys: Vec<bool> = columns.iter().map(|c| c.primary_key).collect();
    assert_eq!(keys, [true, true, false]);
}

#[test]
fn create_table_by_keywords() {
    // `LIKE ... INCLUDING` is beyond the parser.
    let kind = known(
        "CREATE TABLE jobs_archive (
            LIKE jobs INCLUDING ALL,
            archived_at timestamp(3) without time zone NOT NULL DEFAULT now(),
            batch_id bigint,
            id serial,
            PRIMARY KEY (batch_id)
        )",
    );
    let expected = OpKind::CreateTable {
        table: some("jobs_archive"),
        columns: vec![
            ColumnDef {
                nullable: Some(false),
                server_default: expression("now()"),
                ..column("archived_at", "timestamp(3)")
            },
            ColumnDef {
                primary_key: true,
                ..column("batch_id", "bigint")
            },
            ColumnDef {
                generated: true,
                ..column("id", "serial")
            },
        ],
        keys: vec![TableKey {
            kind: ConstraintKind::PrimaryKey,
            columns: names(&["batch_id"]),
        }],
    };
    assert_eq!(kind, expected);
}

// --- DROP TABLE ---

#[test]
fn drop_table_gives_one_statement_per_table() {
    let statements = read_sql("DROP TABLE IF EXISTS legacy.sessions, tokens CASCADE");
    let kinds: Vec<_> = statements.iter().map(|s| s.kind.clone()).collect();
    assert_eq!(
        kinds,
        [
            OpKind::DropTable {
                table: some("sessions")
            },
            OpKind::DropTable {
                table: some("tokens")
            },
        ]
    );
    assert!(statements.iter().all(|s| s.range == statements[0].range));
}

// --- ALTER TABLE ---

#[test]
fn add_column() {
    let expected = OpKind::AddColumn {
        table: some("users"),
        column: ColumnDef {
            nullable: Some(false),
            server_default: literal("0"),
            ..column("login_count", "integer")
        },
    };
    let sql = "ALTER TABLE IF EXISTS users ADD COLUMN IF NOT EXISTS login_count integer NOT NULL DEFAULT 0";
    assert_eq!(known(sql), expected);
    assert_eq!(kinds(sql), [expected]);
}

#[test]
fn add_column_with_a_foreign_key() {
    let sql = "ALTER TABLE users ADD COLUMN org_id int NOT NULL DEFAULT 1 REFERENCES app.orgs (id) ON DELETE CASCADE";
    let expected = OpKind::AddColumn {
        table: some("users"),
        column: ColumnDef {
            nullable: Some(false),
            server_default: literal("1"),
            references: Some(Reference {
                table: some("orgs"),
            }),
            ..column("org_id", "int")
        },
    };
    assert_eq!(known(sql), expected);
    assert_eq!(kinds(sql), [expected]);
}

#[test]
fn add_column_with_volatile_default() {
    let sql = "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid() NOT NULL";
    let expected = OpKind::AddColumn {
        table: some("users"),
        column: ColumnDef {
            nullable: Some(false),
            server_default: expression("gen_random_uuid()"),
            ..column("token", "uuid")
        },
    };
    assert_eq!(known(sql), expected);
    assert_eq!(kinds(sql), [expected]);
}

#[test]
fn add_column_defaults_read_alike_both_ways() {
    let cases = [
        ("DEFAULT 'pending'", literal("pending")),
        ("DEFAULT 'it''s'", literal("it's")),
        ("DEFAULT '{}'::jsonb", literal("{}")),
        ("DEFAULT 'a'::character varying", literal("a")),
        ("DEFAULT -1", literal("-1")),
        ("DEFAULT 2.5", literal("2.5")),
        ("DEFAULT TRUE", literal("true")),
        ("DEFAULT NULL", Some(DefaultValue::Null)),
        ("DEFAULT ('x')", literal("x")),
        ("DEFAULT now()", expression("now()")),
        ("DEFAULT nextval('users_n_seq'::regclass)", None),
        ("DEFAULT CURRENT_TIMESTAMP", expression("CURRENT_TIMESTAMP")),
        ("DEFAULT __dynamic__", Some(DefaultValue::Unknown)),
    ];
    for (default, expected) in cases {
        let sql = format!("ALTER TABLE t ADD COLUMN c text {default}");
        let read = |kind: &OpKind| match kind {
            OpKind::AddColumn { column, .. } => column.server_default.clone(),
            other => panic!("{other:?}"),
        };
        let parsed_default = read(&known(&sql));
        let keyword_default = read(&kinds(&sql)[0]);
        match &expected {
            Some(_) => {
                assert_eq!(parsed_default, expected, "{sql}");
                assert_eq!(keyword_default, expected, "{sql}");
            }
            // Expression text may differ in spacing; the kind must agree.
            None => {
                assert!(matches!(parsed_default, Some(DefaultValue::Expression(_))));
                assert!(matches!(keyword_default, Some(DefaultValue::Expression(_))));
            }
        }
    }
}

#[test]
fn add_generated_and_serial_columns() {
    for sql in [
        "ALTER TABLE t ADD COLUMN id bigint GENERATED BY DEFAULT AS IDENTITY",
        "ALTER TABLE t ADD COLUMN id bigserial",
        "ALTER TABLE t ADD COLUMN n int GENERATED ALWAYS AS (a + b) STORED",
    ] {
        for kind in [known(sql), kinds(sql).remove(0)] {
            let OpKind::AddColumn { column, .. } = kind else {
                panic!("{sql}")
            };
            assert!(column.generated, "{sql}");
        }
    }
}

#[test]
fn drop_column() {
    let sql = "ALTER TABLE users DROP COLUMN IF EXISTS legacy_flag CASCADE";
    let expected = OpKind::DropColumn {
        table: some("users"),
        column: some("legacy_flag"),
    };
    assert_eq!(known(sql), expected);
    assert_eq!(kinds(sql), [expected]);
}

#[test]
fn alter_column_actions_give_one_statement_each() {
    let sql = "ALTER TABLE users
        ALTER COLUMN email SET NOT NULL,
        ALTER COLUMN nickname DROP NOT NULL,
        ALTER COLUMN age TYPE bigint USING age::bigint,
        ALTER COLUMN status SET DATA TYPE varchar(40),
        ALTER COLUMN created_at SET DEFAULT now(),
        ALTER COLUMN flags SET DEFAULT 0,
        ALTER nickname DROP DEFAULT,
        RENAME COLUMN name TO full_name";
    let expected = vec![
        with_alter(alter_column("users", "email"), |k| {
            if let OpKind::AlterColumn { nullable, .. } = k {
                *nullable = Some(false);
            }
        }),
        with_alter(alter_column("users", "nickname"), |k| {
            if let OpKind::AlterColumn { nullable, .. } = k {
                *nullable = Some(true);
            }
        }),
        with_alter(alter_column("users", "age"), |k| {
            if let OpKind::AlterColumn {
                new_type,
                new_column_type,
                using,
                ..
            } = k
            {
                *new_type = some("bigint");
                *new_column_type = column_type("bigint", None);
                *using = true;
            }
        }),
        with_alter(alter_column("users", "status"), |k| {
            if let OpKind::AlterColumn {
                new_type,
                new_column_type,
                ..
            } = k
            {
                *new_type = some("varchar");
                *new_column_type = column_type("varchar", Some(40));
            }
        }),
        with_alter(alter_column("users", "created_at"), |k| {
            if let OpKind::AlterColumn { server_default, .. } = k {
                *server_default = expression("now()");
            }
        }),
        with_alter(alter_column("users", "flags"), |k| {
            if let OpKind::AlterColumn { server_default, .. } = k {
                *server_default = literal("0");
            }
        }),
        with_alter(alter_column("users", "nickname"), |k| {
            if let OpKind::AlterColumn { server_default, .. } = k {
                *server_default = Some(DefaultValue::Null);
            }
        }),
        with_alter(alter_column("users", "name"), |k| {
            if let OpKind::AlterColumn { new_name, .. } = k {
                *new_name = some("full_name");
            }
        }),
    ];
    let statements = read_sql(sql);
    assert!(statements.iter().all(|s| s.reading == SqlReading::Known));
    assert!(statements.iter().all(|s| s.range == (0..sql.len())));
    assert_eq!(kinds(sql), expected);
    assert_eq!(kinds(sql), expected);
}

#[test]
fn alter_column_type_keeps_time_zone() {
    let sql = "ALTER TABLE events ALTER COLUMN at TYPE timestamp with time zone USING at AT TIME ZONE 'UTC'";
    let expected = with_alter(alter_column("events", "at"), |k| {
        if let OpKind::AlterColumn {
            new_type,
            new_column_type,
            using,
            ..
        } = k
        {
            *new_type = some("timestamptz");
            *new_column_type = column_type("timestamptz", None);
            *using = true;
        }
    });
    assert_eq!(known(sql), expected);
    assert_eq!(kinds(sql), [expected]);
}

#[test]
fn rename_table() {
    let sql = "ALTER TABLE public.users RENAME TO accounts";
    let expected = OpKind::RenameTable {
        old: some("users"),
        new: some("accounts"),
    };
    assert_eq!(known(sql), expected);
    assert_eq!(kinds(sql), [expected]);
}

#[test]
fn add_constraints() {
    let cases = [
        (
            "ALTER TABLE users ADD CONSTRAINT fk_users_org FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE NOT VALID",
            foreign_key("fk_users_org", "orgs", true),
        ),
        (
            "ALTER TABLE users ADD CONSTRAINT fk_users_org FOREIGN KEY (org_id) REFERENCES orgs (id)",
            foreign_key("fk_users_org", "orgs", false),
        ),
        (
            "ALTER TABLE users ADD FOREIGN KEY (org_id) REFERENCES \"Core\".orgs",
            OpKind::AddConstraint {
                name: None,
                table: some("users"),
                constraint: ConstraintKind::ForeignKey,
                not_valid: false,
                using_index: false,
                references: some("orgs"),
                condition: None,
                columns: names(&["org_id"]),
            },
        ),
        (
            "ALTER TABLE ONLY users ADD CONSTRAINT ck_age CHECK (age IS NOT NULL AND age >= 0) NOT VALID",
            with_condition(
                constraint_with(Some("ck_age"), ConstraintKind::Check, true, false, &[]),
                "age IS NOT NULL AND age >= 0",
            ),
        ),
        (
            "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email)",
            add_constraint(Some("uq_users_email"), ConstraintKind::Unique, &["email"]),
        ),
        (
            "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX ix_users_email",
            constraint_with(Some("uq_users_email"), ConstraintKind::Unique, false, true, &[]),
        ),
        (
            "ALTER TABLE users ADD PRIMARY KEY (id)",
            add_constraint(None, ConstraintKind::PrimaryKey, &["id"]),
        ),
        (
            "ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx",
            constraint_with(Some("users_pkey"), ConstraintKind::PrimaryKey, false, true, &[]),
        ),
        (
            "ALTER TABLE users ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)",
            add_constraint(Some("no_overlap"), ConstraintKind::Exclude, &[]),
        ),
    ];
    for (sql, expected) in cases {
        assert_eq!(known(sql), expected, "{sql}");
        assert_eq!(kinds(sql), [expected], "{sql}");
    }
}

#[test]
fn unique_using_index_tablespace_builds_a_new_index() {
    let sql =
        "ALTER TABLE users ADD CONSTRAINT uq_email UNIQUE (email) USING INDEX TABLESPACE fast";
    assert_eq!(
        known(sql),
        add_constraint(Some("uq_email"), ConstraintKind::Unique, &["email"])
    );
}

#[test]
fn drop_and_validate_constraint() {
    let sql =
        "ALTER TABLE users DROP CONSTRAINT IF EXISTS fk_users_org, VALIDATE CONSTRAINT ck_age";
    let expected = vec![
        OpKind::DropConstraint {
            name: some("fk_users_org"),
            table: some("users"),
        },
        OpKind::ValidateConstraint {
            name: some("ck_age"),
            table: some("users"),
        },
    ];
    assert_eq!(kinds(sql), expected);
    assert_eq!(kinds(sql), expected);
}

#[test]
fn other_alter_table_actions() {
    assert_eq!(
        known("ALTER TABLE users RENAME CONSTRAINT a TO b"),
        OpKind::OtherSql
    );
    assert_eq!(known("ALTER TABLE users OWNER TO app"), OpKind::OtherSql);
    assert_eq!(
        known("ALTER TABLE ONLY m ATTACH PARTITION m2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
        OpKind::OtherSql
    );
}

#[test]
fn alter_table_the_parser_rejects_is_read_by_keywords() {
    // `SET STATISTICS` makes the parser give up on the whole statement.
    let sql = "ALTER TABLE ONLY public.orders
        ADD COLUMN IF NOT EXISTS region text NOT NULL DEFAULT 'eu',
        ALTER COLUMN total SET STATISTICS 500,
        ALTER COLUMN placed_at SET NOT NULL,
        DROP COLUMN legacy";
    let statements = read_sql(sql);
    assert!(statements.iter().all(|s| s.reading == SqlReading::Known));
    assert_eq!(
        kinds(sql),
        [
            OpKind::AddColumn {
                table: some("orders"),
                column: ColumnDef {
                    nullable: Some(false),
                    server_default: literal("eu"),
                    ..column("region", "text")
                },
            },
            OpKind::OtherSql,
            with_alter(alter_column("orders", "placed_at"), |k| {
                if let OpKind::AlterColumn { nullable, .. } = k {
                    *nullable = Some(false);
                }
            }),
            OpKind::DropColumn {
                table: some("orders"),
                column: some("legacy"),
            },
        ]
    );
}

// --- indexes ---

#[test]
fn create_index() {
    let cases = [
        (
            "CREATE INDEX ix_users_email ON users (email)",
            some("ix_users_email"),
            "users",
            &["email"][..],
            false,
            false,
        ),
        (
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_users_email ON public.users USING btree (lower(email)) WHERE deleted_at IS NULL",
            some("uq_users_email"),
            "users",
            &[][..],
            true,
            true,
        ),
        (
            "CREATE INDEX CONCURRENTLY ix_events_payload ON events USING gin (payload jsonb_path_ops)",
            some("ix_events_payload"),
            "events",
            &["payload"][..],
            false,
            true,
        ),
        ("CREATE INDEX ON users (created_at)", None, "users", &["created_at"][..], false, false),
    ];
    for (sql, name, table, columns, unique, concurrently) in cases {
        let expected = OpKind::CreateIndex {
            name,
            table: some(table),
            columns: names(columns),
            unique,
            concurrently,
        };
        assert_eq!(known(sql), expected, "{sql}");
        assert_eq!(kinds(sql), [expected], "{sql}");
    }
}

#[test]
fn create_index_the_parser_rejects() {
    assert_eq!(
        known(
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_orders_ref ON ONLY orders (ref) INCLUDE (id)"
        ),
        OpKind::CreateIndex {
            name: some("uq_orders_ref"),
            table: some("orders"),
            columns: names(&["ref"]),
            unique: true,
            concurrently: true,
        }
    );
    assert_eq!(
        known("create index ix_a on accounts (a) tablespace fast"),
        OpKind::CreateIndex {
            name: some("ix_a"),
            table: some("accounts"),
            columns: names(&["a"]),
            unique: false,
            concurrently: false,
        }
    );
}

#[test]
fn drop_index() {
    assert_eq!(
        kinds("DROP INDEX IF EXISTS ix_a, public.ix_b"),
        [
            OpKind::DropIndex {
                name: some("ix_a"),
                table: None,
                concurrently: false,
            },
            OpKind::DropIndex {
                name: some("ix_b"),
                table: None,
                concurrently: false,
            },
        ]
    );
    // The parser does not know `DROP INDEX CONCURRENTLY`.
    assert_eq!(
        known("DROP INDEX CONCURRENTLY IF EXISTS ix_users_email"),
        OpKind::DropIndex {
            name: some("ix_users_email"),
            table: None,
            concurrently: true,
        }
    );
}

#[test]
fn reindex() {
    let cases = [
        (
            "REINDEX INDEX CONCURRENTLY ix_users_email",
            "ix_users_email",
            true,
        ),
        ("REINDEX TABLE users", "users", false),
        (
            "REINDEX (VERBOSE, CONCURRENTLY) TABLE public.users",
            "users",
            true,
        ),
        ("REINDEX (CONCURRENTLY false) INDEX ix_a", "ix_a", false),
        ("reindex (verbose) table concurrently users", "users", true),
    ];
    for (sql, target, concurrently) in cases {
        assert_eq!(
            known(sql),
            OpKind::Reindex {
                target: some(target),
                concurrently,
            },
            "{sql}"
        );
    }
    assert_eq!(
        known("REINDEX SYSTEM"),
        OpKind::Reindex {
            target: None,
            concurrently: false,
        }
    );
}

// --- enums ---

#[test]
fn add_enum_value() {
    for (sql, value) in [
        ("ALTER TYPE job_status ADD VALUE 'paused'", "paused"),
        (
            "ALTER TYPE public.job_status ADD VALUE IF NOT EXISTS 'cancelled' BEFORE 'done'",
            "cancelled",
        ),
    ] {
        let expected = OpKind::AddEnumValue {
            type_name: some("job_status"),
            value: some(value),
        };
        assert_eq!(known(sql), expected, "{sql}");
        assert_eq!(kinds(sql), std::slice::from_ref(&expected), "{sql}");
    }
    assert_eq!(
        known("ALTER TYPE job_status RENAME VALUE 'a' TO 'b'"),
        OpKind::OtherSql
    );
}

// --- data changes ---

#[test]
fn data_changes() {
    let cases = [
        (
            "UPDATE notifications SET status = 'sent' WHERE status = 'sending' AND id IN (SELECT id FROM notifications LIMIT 1000)",
            DataVerb::Update,
            "notifications",
            true,
        ),
        (
            "UPDATE users SET flags = (SELECT 0 FROM settings WHERE id = 1)",
            DataVerb::Update,
            "users",
            false,
        ),
        (
            "UPDATE public.users u SET org_name = o.name FROM orgs o WHERE u.org_id = o.id",
            DataVerb::Update,
            "users",
            true,
        ),
        (
            "DELETE FROM service_permissions WHERE permission = 'letter'",
            DataVerb::Delete,
            "service_permissions",
            true,
        ),
        ("DELETE FROM sessions", DataVerb::Delete, "sessions", false),
        (
            "INSERT INTO roles (name) VALUES ('admin'), ('viewer') ON CONFLICT DO NOTHING",
            DataVerb::Insert,
            "roles",
            false,
        ),
        (
            "INSERT INTO users_archive (id, email) SELECT id, email FROM users WHERE deleted",
            DataVerb::Insert,
            "users_archive",
            false,
        ),
    ];
    for (sql, verb, table, has_where) in cases {
        let expected = OpKind::DataChange {
            verb,
            table: some(table),
            has_where,
        };
        // UPDATE and DELETE are read by keywords alone (their expressions are never needed);
        // the parser reads INSERT, whose keyword reading agrees.
        let kind = match verb {
            DataVerb::Update | DataVerb::Delete => known(sql),
            _ => known(sql),
        };
        assert_eq!(kind, expected, "{sql}");
        assert_eq!(kinds(sql), [expected], "{sql}");
    }
}

#[test]
fn update_inside_a_with_query() {
    assert_eq!(
        known(
            "WITH batch AS (SELECT id FROM users WHERE region IS NULL LIMIT 500)
             UPDATE users SET region = 'eu' FROM batch WHERE users.id = batch.id"
        ),
        OpKind::DataChange {
            verb: DataVerb::Update,
            table: some("users"),
            has_where: true,
        }
    );
}

#[test]
fn bind_parameters_parse() {
    assert_eq!(
        known("INSERT INTO users (name) SELECT :name WHERE :enabled"),
        OpKind::DataChange {
            verb: DataVerb::Insert,
            table: some("users"),
            has_where: false,
        }
    );
}

// --- TRUNCATE ---

#[test]
fn truncate_is_one_operation_per_table() {
    let truncate = |table: &str, cascade: bool| OpKind::Truncate {
        table: some(table),
        cascade,
    };
    assert_eq!(known("TRUNCATE sessions"), truncate("sessions", false));
    assert_eq!(
        known("truncate table only public.sessions restart identity"),
        truncate("sessions", false)
    );
    assert_eq!(
        kinds("TRUNCATE TABLE sessions, ONLY tokens *, \"Audit\" CASCADE"),
        [
            truncate("sessions", true),
            truncate("tokens", true),
            truncate("audit", true),
        ]
    );
    assert_eq!(
        kinds("TRUNCATE __dynamic__"),
        [OpKind::Truncate {
            table: None,
            cascade: false
        }]
    );
}

// --- SET ---

#[test]
fn set_timeouts() {
    let timeout = |setting: &str| OpKind::SetTimeout {
        setting: setting.to_owned(),
    };
    let cases = [
        ("SET lock_timeout = '5s'", timeout("lock_timeout")),
        ("SET LOCAL lock_timeout TO 2000", timeout("lock_timeout")),
        (
            "SET SESSION statement_timeout = '10min'",
            timeout("statement_timeout"),
        ),
        (
            "SET STATEMENT_TIMEOUT TO DEFAULT",
            timeout("statement_timeout"),
        ),
        ("SET search_path TO app, public", OpKind::OtherSql),
        ("SET TIME ZONE 'UTC'", OpKind::OtherSql),
    ];
    for (sql, expected) in cases {
        assert_eq!(known(sql), expected, "{sql}");
        assert_eq!(kinds(sql), [expected], "{sql}");
    }
}

// --- everything else ---

#[test]
fn other_statements_are_other_sql() {
    for sql in [
        "COMMENT ON COLUMN users.email IS 'login address'",
        "GRANT SELECT ON users TO readonly",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        "SELECT setval('users_id_seq', (SELECT max(id) FROM users))",
        "ALTER INDEX ix_a RENAME TO ix_b",
    ] {
        assert_eq!(one(sql).kind, OpKind::OtherSql, "{sql}");
    }
}

#[test]
fn statements_without_a_reading_are_other_sql() {
    for sql in [
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood') THEN CREATE TYPE mood AS ENUM ('a'); END IF; END $$",
        "ALTER SEQUENCE users_id_seq RESTART WITH 1000",
        "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals",
        "VACUUM ANALYZE users",
        "this is not sql at all",
    ] {
        assert_eq!(unknown(sql), OpKind::OtherSql, "{sql}");
    }
}

#[test]
fn migration_script_with_function_and_trigger() {
    let sql = r#"
        -- keep updated_at current
        CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
        BEGIN
            NEW.updated_at = now();
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql;

        DROP TRIGGER IF EXISTS trg_users_updated_at ON users;
        CREATE TRIGGER trg_users_updated_at BEFORE UPDATE ON users
            FOR EACH ROW EXECUTE PROCEDURE set_updated_at();
        UPDATE users SET updated_at = created_at WHERE updated_at IS NULL;
    "#;
    let statements = read_sql(sql);
    assert_eq!(statements.len(), 4);
    assert!(statements[0].text.starts_with("CREATE OR REPLACE FUNCTION"));
    assert!(statements[0].text.ends_with("LANGUAGE plpgsql"));
    assert_eq!(statements[0].kind, OpKind::OtherSql);
    assert_eq!(statements[1].kind, OpKind::OtherSql);
    assert_eq!(statements[2].kind, OpKind::OtherSql);
    assert_eq!(
        statements[3].kind,
        OpKind::DataChange {
            verb: DataVerb::Update,
            table: some("users"),
            has_where: true,
        }
    );
}

// --- dynamic SQL ---

#[test]
fn dynamic_names_are_unknown() {
    assert_eq!(
        known("CREATE INDEX ix___dynamic__ ON __dynamic__ (x)"),
        OpKind::CreateIndex {
            name: None,
            table: None,
            columns: names(&["x"]),
            unique: false,
            concurrently: false,
        }
    );
    assert_eq!(
        known("ALTER TABLE __dynamic__ ADD COLUMN __dynamic___id __dynamic__ NOT NULL"),
        OpKind::AddColumn {
            table: None,
            column: ColumnDef {
                nullable: Some(false),
                ..ColumnDef::default()
            },
        }
    );
    assert_eq!(
        known("INSERT INTO __dynamic__.users (x) VALUES (__dynamic__)"),
        OpKind::DataChange {
            verb: DataVerb::Insert,
            table: some("users"),
            has_where: false,
        }
    );
    assert_eq!(
        known("DROP INDEX CONCURRENTLY \"__dynamic__\""),
        OpKind::DropIndex {
            name: None,
            table: None,
            concurrently: true,
        }
    );
}

#[test]
fn dynamic_keywords_fall_back_to_the_keyword_reading() {
    // `f"CREATE INDEX {maybe_concurrently} ix_a ON t (a)"`
    assert_eq!(
        known("CREATE INDEX __dynamic__ ix_a ON accounts (a)"),
        OpKind::CreateIndex {
            name: None,
            table: some("accounts"),
            columns: names(&["a"]),
            unique: false,
            concurrently: false,
        }
    );
    assert_eq!(known("ALTER TABLE users __dynamic__"), OpKind::OtherSql);
}

// --- never panics, stays fast ---

#[test]
fn malformed_input_never_panics() {
    let inputs = [
        "'",
        "\"",
        "$",
        "$$",
        "$a$",
        "E'\\",
        "/*",
        "--",
        "(((",
        ")))",
        "ALTER TABLE",
        "ALTER TABLE t ADD",
        "ALTER TABLE t ADD CONSTRAINT",
        "ALTER TABLE t ALTER COLUMN",
        "ALTER TABLE t ADD COLUMN c int DEFAULT",
        "ALTER TABLE t ADD COLUMN c int DEFAULT (",
        "CREATE INDEX",
        "CREATE INDEX ON",
        "CREATE TABLE t (",
        "CREATE TABLE t (PRIMARY KEY (",
        "REINDEX (",
        "DROP INDEX ,,,",
        "UPDATE",
        "SET",
        "INSERT INTO",
        "ALTER TYPE",
        "\u{0}\u{7f}\u{feff}é日本;;'",
        "CREATE INDEX \"unterminated ON t (a)",
    ];
    for input in inputs {
        let statements = read_sql(input);
        for statement in &statements {
            assert_eq!(&input[statement.range.clone()], statement.text);
        }
    }
}

#[test]
fn pseudo_random_input_never_panics() {
    const PIECES: &[&str] = &[
        "CREATE",
        "INDEX",
        "ALTER",
        "TABLE",
        "ADD",
        "COLUMN",
        "DROP",
        "CONSTRAINT",
        "DEFAULT",
        "NOT",
        "NULL",
        "ON",
        "(",
        ")",
        "[",
        "]",
        ",",
        ";",
        "'",
        "\"",
        "$$",
        "$t$",
        "--",
        "\n",
        "/*",
        "*/",
        "::",
        "E'",
        "\\",
        "é",
        "t",
        "x",
        "1",
        "UPDATE",
        "WHERE",
        "REINDEX",
        "CONCURRENTLY",
        "SET",
        "TYPE",
        "USING",
        "PRIMARY",
        "KEY",
        "__dynamic__",
        " ",
    ];
    let mut rng = alembic_lint_synth::Rng::new(0x9e37_79b9_7f4a_7c15);
    let mut next = move || rng.next_u64() as usize;
    let mut read = 0;
    for _ in 0..2000 {
        let mut input = String::new();
        for _ in 0..next() % 40 {
            input.push_str(PIECES[next() % PIECES.len()]);
            input.push(' ');
        }
        for statement in read_sql(&input) {
            assert_eq!(&input[statement.range.clone()], statement.text);
            read += 1;
        }
    }
    assert!(read > 1000, "{read}");
}

#[test]
fn deep_nesting_stays_within_the_stack() {
    // Runs on a small stack so a recursion problem shows up as a failure here.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let depth = 100_000;
            let mut sql = String::from("UPDATE t SET a = ");
            sql.push_str(&"(".repeat(depth));
            sql.push('1');
            sql.push_str(&")".repeat(depth));
            sql.push_str(" WHERE id = 1");
            let statement = one(&sql);
            assert_eq!(statement.reading, SqlReading::Known);
            assert!(matches!(
                statement.kind,
                OpKind::DataChange {
                    has_where: true,
                    ..
                }
            ));
            let unbalanced =
                "ALTER TABLE t ADD COLUMN c int DEFAULT ".to_owned() + &"(".repeat(depth);
            assert_eq!(read_sql(&unbalanced).len(), 1);
            let wrapped = format!(
                "ALTER TABLE t ADD COLUMN c int DEFAULT {}7{}",
                "(".repeat(depth),
                ")".repeat(depth)
            );
            let OpKind::AddColumn { column, .. } = one(&wrapped).kind else {
                panic!("not an added column")
            };
            assert_eq!(column.server_default, literal("7"));
        })
        .unwrap();
    handle.join().unwrap();
}

#[test]
fn statements_with_thousands_of_actions_stay_bounded() {
    let sql = format!(
        "ALTER TABLE t {}",
        (0..5000)
            .map(|i| format!("DROP COLUMN c{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let statements = read_sql(&sql);
    assert_eq!(statements.len(), 1000);
    assert_eq!(
        statements[999].kind,
        OpKind::DropColumn {
            table: some("t"),
            column: some("c999"),
        }
    );
}

#[test]
fn large_input_is_read_quickly() {
    // A bulk insert of 20,000 rows and 2,000 small statements, about 1.5 MB in all.
    let mut sql = String::from("INSERT INTO permissions (service_id, permission) VALUES ");
    for i in 0..20_000 {
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&format!("({i}, 'email; sms')"));
    }
    sql.push_str(";\n");
    for i in 0..2_000 {
        sql.push_str(&format!("UPDATE services SET rate = {i} WHERE id = {i};\n"));
    }
    let unterminated = format!("{sql} SELECT '{}", "x".repeat(500_000));
    let started = std::time::Instant::now();
    assert_eq!(read_sql(&sql).len(), 2_001);
    assert_eq!(read_sql(&unterminated).len(), 2_002);
    // Generous: debug builds on a busy machine.
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

// --- queries ---

#[test]
fn read_only_statements_are_queries() {
    for sql in [
        "SELECT * FROM meow.foo",
        "select distinct(service_id) service_id FROM service_permissions WHERE service_id not in (SELECT service_id FROM x)",
        "SELECT count(*), max(id)::bigint, CAST(min(id) AS numeric(10, 2)) FROM users",
        "SELECT id FROM artifact_collection WHERE id = :id FOR UPDATE",
        "WITH recent AS (SELECT id FROM jobs WHERE created_at > now() - interval '1 day') SELECT count(*) FROM recent",
        "VALUES (1, 'a'), (2, 'b')",
        "TABLE users",
        "SHOW server_version",
        "EXPLAIN SELECT * FROM users",
        "EXPLAIN (COSTS false, FORMAT json) SELECT 1",
        "SELECT * FROM __dynamic__ WHERE id = 1",
    ] {
        assert_eq!(known(sql), OpKind::Query, "{sql}");
    }
}

#[test]
fn queries_that_may_write_are_other_sql() {
    for sql in [
        "SELECT setval('trove_classifiers_id_seq', max(id)) FROM trove_classifiers",
        "SELECT nextval('users_id_seq')",
        "SELECT create_hypertable('conditions', 'time')",
        "SELECT pg_catalog.set_config('search_path', '', false)",
        "SELECT \"Refresh\"()",
        "SELECT * INTO archived_users FROM users",
        "WITH moved AS (DELETE FROM jobs WHERE done RETURNING *) SELECT count(*) FROM moved",
        "VALUES (nextval('s'))",
        "EXPLAIN ANALYZE DELETE FROM jobs",
        "EXPLAIN (ANALYZE, BUFFERS) SELECT 1",
    ] {
        assert_eq!(known(sql), OpKind::OtherSql, "{sql}");
    }
}

#[test]
fn with_queries_before_data_changes() {
    assert_eq!(
        known(
            "WITH inserted AS (INSERT INTO descriptions (raw) SELECT raw FROM releases RETURNING id)
             UPDATE releases SET description_id = inserted.id FROM inserted WHERE id = release_id"
        ),
        OpKind::DataChange {
            verb: DataVerb::Update,
            table: some("releases"),
            has_where: true,
        }
    );
    assert_eq!(
        known("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5) DELETE FROM counters USING t"),
        OpKind::DataChange {
            verb: DataVerb::Delete,
            table: some("counters"),
            has_where: false,
        }
    );
}

#[test]
fn mysql_alter_table_spellings() {
    let table = some("ml2_port_bindings");
    assert_eq!(
        kinds("ALTER TABLE ml2_port_bindings DROP PRIMARY KEY,ADD PRIMARY KEY(port_id, host)"),
        [
            OpKind::DropConstraint {
                name: None,
                table: table.clone(),
            },
            OpKind::AddConstraint {
                name: None,
                table,
                constraint: ConstraintKind::PrimaryKey,
                not_valid: false,
                using_index: false,
                condition: None,
                references: None,
                columns: names(&["port_id", "host"]),
            },
        ]
    );
    assert_eq!(
        kinds("ALTER TABLE ports DROP FOREIGN KEY fk_net, ADD INDEX ix_net (network_id), DROP INDEX ix_old, RENAME AS ports_v2"),
        [
            OpKind::DropConstraint {
                name: some("fk_net"),
                table: some("ports"),
            },
            OpKind::AddConstraint {
                name: some("ix_net"),
                table: some("ports"),
                constraint: ConstraintKind::Other,
                not_valid: false,
                using_index: false,
                condition: None,
                references: None,
                columns: names(&["network_id"]),
            },
            OpKind::OtherSql,
            OpKind::RenameTable {
                old: some("ports"),
                new: some("ports_v2"),
            },
        ]
    );
    assert_eq!(
        known("DELETE FROM sessions LIMIT 1000"),
        OpKind::DataChange {
            verb: DataVerb::Delete,
            table: some("sessions"),
            has_where: true,
        }
    );
}

#[test]
fn long_flat_expressions_stay_within_the_stack() {
    // Runs on a small stack so a recursion problem shows up as a failure here.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let sql = format!("SELECT 1{}", "+1".repeat(200_000));
            assert_eq!(known(&sql), OpKind::Query);
            let sql = format!("UPDATE t SET a = 1{} WHERE id = 1", " OR b".repeat(100_000));
            assert!(matches!(
                known(&sql),
                OpKind::DataChange {
                    has_where: true,
                    ..
                }
            ));
        })
        .unwrap();
    handle.join().unwrap();
}

#[test]
fn enum_types_are_created_and_dropped() {
    assert_eq!(
        kinds("CREATE TYPE public.order_status AS ENUM ('new', 'paid')"),
        [OpKind::CreateEnum {
            type_name: some("order_status")
        }]
    );
    // A composite type is not an enum.
    assert_eq!(
        kinds("CREATE TYPE pair AS (a int, b int)"),
        [OpKind::OtherSql]
    );
    assert_eq!(
        kinds("DROP TYPE IF EXISTS order_status, refund_state CASCADE"),
        [
            OpKind::DropType {
                type_name: some("order_status")
            },
            OpKind::DropType {
                type_name: some("refund_state")
            },
        ]
    );
}
