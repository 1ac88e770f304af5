//! One migration file: docstring, imports, revision identifiers, module-level functions,
//! `upgrade()` and `downgrade()`.
//!
//! Operations are drawn from a weighted mix modelled on real projects; each one writes its
//! upgrade code and, where one exists, the code that undoes it, so a downgrade is mostly the
//! upgrade's inverse in reverse order.

use std::fmt::Write as _;

use crate::py::{call, kw, line, q, raw, stmt, triple_call, Expr};
use crate::rng::Rng;
use crate::schema::{Column, Schema, Table, Ty, WORDS};

/// Function body indentation.
const BODY: usize = 4;

pub(crate) enum Kind {
    /// The first migration: creates the starting tables.
    Initial,
    /// Joins two heads; both functions are `pass`.
    Merge,
    Regular,
}

pub(crate) struct Meta<'a> {
    pub(crate) revision: &'a str,
    pub(crate) parents: &'a [&'a str],
    /// `2023-04-20 11:30:11.123456`
    pub(crate) date: &'a str,
}

pub(crate) struct Rendered {
    pub(crate) slug: String,
    pub(crate) text: String,
}

/// The parts of a file that depend on its operations.
#[derive(Default)]
struct Body {
    /// Module-level functions, each a complete `def`.
    helpers: Vec<String>,
    helper_names: Vec<String>,
    up: Vec<String>,
    /// Undo code in operation order; written reversed.
    down: Vec<String>,
    postgresql: bool,
    message: Option<String>,
}

impl Body {
    fn size(&self) -> usize {
        let chunks = self.helpers.iter().chain(&self.up).chain(&self.down);
        chunks.map(String::len).sum()
    }

    fn describe(&mut self, message: String) {
        if self.message.is_none() {
            self.message = Some(message);
        }
    }

    fn ty(&mut self, ty: Ty) -> String {
        self.postgresql |= ty.is_postgresql();
        ty.expr()
    }

    fn class(&mut self, ty: Ty) -> &'static str {
        self.postgresql |= ty.is_postgresql();
        ty.class()
    }

    fn push(&mut self, up: String, down: String) {
        self.up.push(up);
        self.down.push(down);
    }

    /// A module-level function name not defined in this file yet.
    fn helper_name(&mut self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while self.helper_names.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.helper_names.push(name.clone());
        name
    }
}

/// Per-file formatting choices, so that files differ the way files from different authors and
/// Alembic versions do.
struct Style {
    typed: bool,
    isort: bool,
    ids_comment: bool,
    labels: bool,
    single_quotes: bool,
    spdx: bool,
    autogen_markers: bool,
    blank_between: bool,
    /// Sentences explaining the change, written under the docstring's first line.
    notes: Vec<&'static str>,
}

impl Style {
    fn pick(rng: &mut Rng) -> Self {
        let typed = rng.chance(1, 5);
        Style {
            typed,
            isort: !typed && rng.chance(2, 5),
            ids_comment: typed || rng.chance(7, 10),
            labels: typed || rng.chance(17, 20),
            single_quotes: !typed && rng.chance(1, 10),
            spdx: rng.chance(1, 12),
            autogen_markers: rng.chance(3, 10),
            blank_between: rng.chance(2, 5),
            notes: match rng.below(10) {
                0..=5 => Vec::new(),
                n => {
                    let first = rng.below(NOTES.len());
                    (0..n - 5)
                        .map(|i| NOTES[(first + i) % NOTES.len()])
                        .collect()
                }
            },
        }
    }
}

const NOTES: &[&str] = &[
    "The new column is nullable so that the running release keeps working while this deploys.",
    "A follow-up migration makes it NOT NULL once every row has been backfilled.",
    "Existing rows are updated in place; the table is small enough for a single statement.",
    "Indexes are built concurrently to avoid blocking writes on a busy table.",
    "This replaces the ad hoc script that was run by hand during the last incident.",
    "Reporting queries filter on this column and were doing sequential scans.",
    "The old column stays until the application no longer reads it.",
    "Requested by the billing team; see the design notes for the full plan.",
    "Keep this migration small: it runs during the deploy with a short lock timeout.",
    "Values are copied from the legacy table before it is dropped in a later release.",
];

type Op = fn(&mut Generator, &mut Body);

/// Upgrade operations with their weights.
const OPS: &[(usize, Op)] = &[
    (12, Generator::create_table),
    (16, Generator::add_column),
    (5, Generator::drop_column),
    (8, Generator::create_index),
    (4, Generator::create_index_concurrently),
    (2, Generator::create_index_sql),
    (4, Generator::create_foreign_key),
    (2, Generator::create_unique_constraint),
    (5, Generator::alter_nullable),
    (3, Generator::alter_type),
    (2, Generator::alter_default),
    (2, Generator::rename_column),
    (6, Generator::batch_alter),
    (6, Generator::update_sql),
    (2, Generator::check_not_valid),
    (2, Generator::fstring_loop),
    (3, Generator::batched_backfill),
    (2, Generator::default_helper),
    (2, Generator::bulk_insert),
    (3, Generator::bind_execute),
    (1, Generator::rename_table),
    (1, Generator::drop_table),
    (1, Generator::enum_value),
    (1, Generator::dialect_branch),
];

pub(crate) struct Generator {
    pub(crate) rng: Rng,
    schema: Schema,
    op_weights: Vec<usize>,
}

impl Generator {
    pub(crate) fn new(rng: Rng) -> Self {
        Generator {
            rng,
            schema: Schema::default(),
            op_weights: OPS.iter().map(|&(w, _)| w).collect(),
        }
    }

    pub(crate) fn render(&mut self, meta: &Meta, kind: Kind) -> Rendered {
        let mut body = Body::default();
        let mut downgrade = Downgrade::Inverse;
        match kind {
            Kind::Merge => {
                let message = match self.rng.below(3) {
                    0 => "merge heads".to_string(),
                    1 => "Merge branches".to_string(),
                    _ => format!("merge {} and {}", meta.parents[0], meta.parents[1]),
                };
                body.message = Some(message);
            }
            Kind::Initial => {
                body.message = Some("initial schema".to_string());
                for _ in 0..self.rng.range(8, 14) {
                    self.new_table(&mut body, 3, 7);
                }
            }
            Kind::Regular => {
                if self.rng.chance(3, 100) {
                    self.long(&mut body);
                } else {
                    let count = 1 + self.rng.weighted(&[20, 30, 22, 13, 8, 7]);
                    for _ in 0..count {
                        self.any_op(&mut body);
                    }
                }
                downgrade = match self.rng.below(1000) {
                    0..=39 => Downgrade::Pass,
                    40..=54 => Downgrade::Raise,
                    _ => Downgrade::Inverse,
                };
            }
        }
        let style = Style::pick(&mut self.rng);
        let message = body.message.clone().unwrap_or_default();
        let text = write_file(meta, &style, &body, downgrade, &message);
        Rendered {
            slug: slug(&message),
            text,
        }
    }

    fn any_op(&mut self, b: &mut Body) {
        let op = OPS[self.rng.weighted(&self.op_weights)].1;
        op(self, b);
    }

    /// A file of 10–40 KB, most of them near the low end.
    fn long(&mut self, b: &mut Body) {
        // Stop short of 40 KB: the last table, row block or SQL script overshoots the target.
        let r = self.rng.below(1000);
        let target = 10_000 + 27_000 * r * r / 1_000_000;
        match self.rng.below(4) {
            0 => {
                while b.size() < target {
                    self.new_table(b, 6, 14);
                }
            }
            1 => self.insert_rows(b, 20, target),
            2 => self.long_sql(b, target),
            _ => {
                while b.size() < target {
                    self.any_op(b);
                }
            }
        }
    }

    fn table(&mut self) -> Option<usize> {
        self.schema.pick_table(&mut self.rng)
    }

    /// A table and one of its non-key columns.
    fn table_column(&mut self) -> Option<(usize, usize)> {
        let t = self.table()?;
        let c = self.schema.tables[t].pick_column(&mut self.rng)?;
        Some((t, c))
    }

    fn column_expr(&mut self, b: &mut Body, col: &Column, default: bool) -> Expr {
        let mut args = vec![q(&col.name), raw(b.ty(col.ty))];
        if default {
            args.push(kw("server_default", raw(self.server_default(col.ty))));
        }
        args.push(kw("nullable", raw(py_bool(col.nullable))));
        call("sa.Column", args)
    }

    fn server_default(&mut self, ty: Ty) -> String {
        match ty {
            Ty::Boolean if self.rng.chance(1, 2) => "sa.false()".to_string(),
            Ty::DateTime if self.rng.chance(1, 3) => "sa.func.now()".to_string(),
            _ => format!("sa.text(\"{}\")", ty.sql_value()),
        }
    }

    /// An index name as written in `op.create_index`: plain or wrapped in `op.f(...)`.
    fn index_name(&mut self, name: &str) -> Expr {
        if self.rng.chance(1, 2) {
            raw(format!("op.f(\"{name}\")"))
        } else {
            q(name)
        }
    }

    fn new_table(&mut self, b: &mut Body, min_cols: usize, max_cols: usize) {
        let (name, singular) = self.schema.new_table_name(&mut self.rng);
        let id_ty = *self
            .rng
            .pick(&[Ty::Integer, Ty::Integer, Ty::BigInteger, Ty::Uuid]);
        let id = Column {
            name: "id".into(),
            ty: id_ty,
            nullable: false,
        };
        let mut table = Table {
            name,
            singular,
            columns: vec![id],
            indexes: Vec::new(),
        };
        let inline_pk = self.rng.chance(1, 3);
        let mut id_args = vec![q("id"), raw(b.ty(id_ty))];
        if id_ty == Ty::Uuid && self.rng.chance(1, 2) {
            id_args.push(kw("server_default", raw("sa.text(\"gen_random_uuid()\")")));
        }
        if inline_pk {
            id_args.push(kw("primary_key", raw("True")));
        } else {
            id_args.push(kw("nullable", raw("False")));
        }
        let mut args = vec![q(&table.name), call("sa.Column", id_args)];
        let mut constraints = Vec::new();
        let mut indexed = None;

        if let Some(r) = self.table().filter(|_| self.rng.chance(1, 2)) {
            let referenced = &self.schema.tables[r];
            let fk = Column {
                name: table.unique_name(&format!("{}_id", referenced.singular)),
                ty: referenced.columns[0].ty,
                nullable: false,
            };
            let target = format!("{}.id", referenced.name);
            let mut fk_args = vec![q(&fk.name), raw(b.ty(fk.ty))];
            if self.rng.chance(1, 2) {
                fk_args.push(raw(format!(
                    "sa.ForeignKey(\"{target}\", ondelete=\"CASCADE\")"
                )));
            } else {
                let fk_name = format!("fk_{}_{}_{}", table.name, fk.name, referenced.name);
                constraints.push(call(
                    "sa.ForeignKeyConstraint",
                    vec![
                        raw(format!("[\"{}\"]", fk.name)),
                        raw(format!("[\"{target}\"]")),
                        kw("name", raw(format!("op.f(\"{fk_name}\")"))),
                    ],
                ));
            }
            fk_args.push(kw("nullable", raw("False")));
            args.push(call("sa.Column", fk_args));
            indexed = Some(fk.name.clone());
            table.columns.push(fk);
        }
        for _ in 0..self.rng.range(min_cols, max_cols) {
            let col = table.fresh_column(&mut self.rng);
            let default = !col.nullable && self.rng.chance(1, 2);
            args.push(self.column_expr(b, &col, default));
            table.columns.push(col);
        }
        if self.rng.chance(3, 5) {
            for stamp in ["created_at", "updated_at"] {
                let col = Column {
                    name: table.unique_name(stamp),
                    ty: Ty::DateTime,
                    nullable: false,
                };
                args.push(self.column_expr(b, &col, true));
                table.columns.push(col);
            }
        }
        if !inline_pk {
            let pk = if self.rng.chance(1, 2) {
                call("sa.PrimaryKeyConstraint", vec![q("id")])
            } else {
                let name = format!("op.f(\"pk_{}\")", table.name);
                call(
                    "sa.PrimaryKeyConstraint",
                    vec![q("id"), kw("name", raw(name))],
                )
            };
            args.push(pk);
        }
        args.extend(constraints);
        if self.rng.chance(1, 5) {
            if let Some(c) = table.pick_column(&mut self.rng) {
                let col = &table.columns[c].name;
                let name = format!("uq_{}_{}", table.name, col);
                args.push(call(
                    "sa.UniqueConstraint",
                    vec![q(col), kw("name", q(&name))],
                ));
            }
        }

        let mut up = String::new();
        let mut down = String::new();
        stmt(&mut up, BODY, "", &call("op.create_table", args), "");
        if indexed.is_none() && self.rng.chance(1, 2) {
            indexed = table
                .pick_column(&mut self.rng)
                .map(|c| table.columns[c].name.clone());
        }
        if let Some(col) = indexed {
            let ix = table.index_name(&col);
            let ix_expr = self.index_name(&ix);
            let create = call(
                "op.create_index",
                vec![
                    ix_expr.clone(),
                    q(&table.name),
                    raw(format!("[\"{col}\"]")),
                    kw("unique", raw("False")),
                ],
            );
            stmt(&mut up, BODY, "", &create, "");
            let drop = call(
                "op.drop_index",
                vec![ix_expr, kw("table_name", q(&table.name))],
            );
            stmt(&mut down, BODY, "", &drop, "");
            table.indexes.push(ix);
        }
        stmt(
            &mut down,
            BODY,
            "",
            &call("op.drop_table", vec![q(&table.name)]),
            "",
        );
        b.describe(match self.rng.below(3) {
            0 => format!("create {} table", table.name),
            1 => format!("Add {} table", table.name),
            _ => format!("add {}", table.name),
        });
        b.push(up, down);
        self.schema.tables.push(table);
    }

    fn create_table(&mut self, b: &mut Body) {
        self.new_table(b, 3, 8);
    }

    fn add_column(&mut self, b: &mut Body) {
        let Some(t) = self.table() else {
            return self.create_table(b);
        };
        let col = self.schema.tables[t].fresh_column(&mut self.rng);
        // Most NOT NULL additions carry a server default; a few do not, as in real projects.
        let default = if col.nullable {
            self.rng.chance(1, 10)
        } else {
            !self.rng.chance(1, 6)
        };
        let table = self.schema.tables[t].name.clone();
        let column = self.column_expr(b, &col, default);
        let mut up = String::new();
        stmt(
            &mut up,
            BODY,
            "",
            &call("op.add_column", vec![q(&table), column]),
            "",
        );
        let mut down = String::new();
        let drop = call("op.drop_column", vec![q(&table), q(&col.name)]);
        stmt(&mut down, BODY, "", &drop, "");
        b.describe(format!("add {} to {}", col.name, table));
        b.push(up, down);
        self.schema.tables[t].columns.push(col);
    }

    fn drop_column(&mut self, b: &mut Body) {
        let Some(t) = self
            .table()
            .filter(|&t| self.schema.tables[t].columns.len() > 3)
        else {
            return self.add_column(b);
        };
        let Some(c) = self.schema.tables[t].pick_column(&mut self.rng) else {
            return self.add_column(b);
        };
        let col = self.schema.tables[t].columns.remove(c);
        let table = self.schema.tables[t].name.clone();
        let mut up = String::new();
        let drop = call("op.drop_column", vec![q(&table), q(&col.name)]);
        stmt(&mut up, BODY, "", &drop, "");
        let readd = call(
            "sa.Column",
            vec![
                q(&col.name),
                raw(b.ty(col.ty)),
                kw("autoincrement", raw("False")),
                kw("nullable", raw("True")),
            ],
        );
        let mut down = String::new();
        stmt(
            &mut down,
            BODY,
            "",
            &call("op.add_column", vec![q(&table), readd]),
            "",
        );
        b.describe(format!("drop {} from {}", col.name, table));
        b.push(up, down);
    }

    /// Picks a column to index and records the new index name on the table.
    fn new_index(&mut self) -> Option<(String, String, String)> {
        let (t, c) = self.table_column()?;
        let table = &mut self.schema.tables[t];
        let col = table.columns[c].name.clone();
        let ix = table.index_name(&col);
        table.indexes.push(ix.clone());
        Some((table.name.clone(), col, ix))
    }

    fn create_index(&mut self, b: &mut Body) {
        let Some((table, col, ix)) = self.new_index() else {
            return self.create_table(b);
        };
        let unique = self.rng.chance(1, 6);
        let ix_expr = self.index_name(&ix);
        let create = call(
            "op.create_index",
            vec![
                ix_expr.clone(),
                q(&table),
                raw(format!("[\"{col}\"]")),
                kw("unique", raw(py_bool(unique))),
            ],
        );
        let mut up = String::new();
        stmt(&mut up, BODY, "", &create, "");
        let drop = call("op.drop_index", vec![ix_expr, kw("table_name", q(&table))]);
        let mut down = String::new();
        stmt(&mut down, BODY, "", &drop, "");
        b.describe(format!("add index on {table} {col}"));
        b.push(up, down);
    }

    fn create_index_concurrently(&mut self, b: &mut Body) {
        let Some((table, col, ix)) = self.new_index() else {
            return self.create_table(b);
        };
        let block = "with op.get_context().autocommit_block():";
        let create = call(
            "op.create_index",
            vec![
                q(&ix),
                q(&table),
                raw(format!("[\"{col}\"]")),
                kw("unique", raw("False")),
                kw("postgresql_concurrently", raw("True")),
            ],
        );
        let drop = call(
            "op.drop_index",
            vec![
                q(&ix),
                kw("table_name", q(&table)),
                kw("postgresql_concurrently", raw("True")),
            ],
        );
        let mut up = String::new();
        let mut down = String::new();
        // A few projects forget the autocommit block; keep some of those too.
        if self.rng.chance(5, 6) {
            line(&mut up, BODY, block);
            stmt(&mut up, BODY + 4, "", &create, "");
            line(&mut down, BODY, block);
            stmt(&mut down, BODY + 4, "", &drop, "");
        } else {
            stmt(&mut up, BODY, "", &create, "");
            stmt(&mut down, BODY, "", &drop, "");
        }
        b.describe(format!("index {table} {col} concurrently"));
        b.push(up, down);
    }

    fn create_index_sql(&mut self, b: &mut Body) {
        let Some((table, col, ix)) = self.new_index() else {
            return self.create_table(b);
        };
        let mut up = String::new();
        let mut down = String::new();
        line(&mut up, BODY, "with op.get_context().autocommit_block():");
        let create = format!("CREATE INDEX CONCURRENTLY IF NOT EXISTS {ix} ON {table} ({col})");
        stmt(
            &mut up,
            BODY + 4,
            "",
            &call("op.execute", vec![q(&create)]),
            "",
        );
        line(&mut down, BODY, "with op.get_context().autocommit_block():");
        let drop = format!("DROP INDEX CONCURRENTLY IF EXISTS {ix}");
        stmt(
            &mut down,
            BODY + 4,
            "",
            &call("op.execute", vec![q(&drop)]),
            "",
        );
        b.describe(format!("create {ix}"));
        b.push(up, down);
    }

    fn create_foreign_key(&mut self, b: &mut Body) {
        let (Some(t), Some(r)) = (self.table(), self.table()) else {
            return self.create_table(b);
        };
        let referenced = &self.schema.tables[r];
        let (ref_name, ref_ty) = (referenced.name.clone(), referenced.columns[0].ty);
        let table = &self.schema.tables[t];
        let col = Column {
            name: table.unique_name(&format!("{}_id", referenced.singular)),
            ty: ref_ty,
            nullable: true,
        };
        let name = table.name.clone();
        let fk = format!("fk_{}_{}_{}", name, col.name, ref_name);
        let column = self.column_expr(b, &col, false);
        let ondelete = *self.rng.pick(&["CASCADE", "SET NULL", "RESTRICT"]);
        let mut up = String::new();
        stmt(
            &mut up,
            BODY,
            "",
            &call("op.add_column", vec![q(&name), column]),
            "",
        );
        let create = call(
            "op.create_foreign_key",
            vec![
                q(&fk),
                q(&name),
                q(&ref_name),
                raw(format!("[\"{}\"]", col.name)),
                raw("[\"id\"]"),
                kw("ondelete", q(ondelete)),
            ],
        );
        stmt(&mut up, BODY, "", &create, "");
        let mut down = String::new();
        let drop_fk = call(
            "op.drop_constraint",
            vec![q(&fk), q(&name), kw("type_", q("foreignkey"))],
        );
        stmt(&mut down, BODY, "", &drop_fk, "");
        let drop_col = call("op.drop_column", vec![q(&name), q(&col.name)]);
        stmt(&mut down, BODY, "", &drop_col, "");
        b.describe(format!("link {name} to {ref_name}"));
        b.push(up, down);
        self.schema.tables[t].columns.push(col);
    }

    fn create_unique_constraint(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let table = self.schema.tables[t].name.clone();
        let col = self.schema.tables[t].columns[c].name.clone();
        let name = format!("uq_{table}_{col}");
        let mut up = String::new();
        let create = call(
            "op.create_unique_constraint",
            vec![q(&name), q(&table), raw(format!("[\"{col}\"]"))],
        );
        stmt(&mut up, BODY, "", &create, "");
        let mut down = String::new();
        let drop = call(
            "op.drop_constraint",
            vec![q(&name), q(&table), kw("type_", q("unique"))],
        );
        stmt(&mut down, BODY, "", &drop, "");
        b.describe(format!("make {table} {col} unique"));
        b.push(up, down);
    }

    fn alter_nullable(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let table = self.schema.tables[t].name.clone();
        let col = self.schema.tables[t].columns[c].clone();
        let ty = b.ty(col.ty);
        let mut up = String::new();
        let mut down = String::new();
        // Setting NOT NULL usually follows a backfill of the existing rows.
        if col.nullable && self.rng.chance(1, 2) {
            let sql = format!(
                "UPDATE {table} SET {0} = {1} WHERE {0} IS NULL",
                col.name,
                col.ty.sql_value()
            );
            stmt(&mut up, BODY, "", &call("op.execute", vec![q(&sql)]), "");
        }
        for (out, nullable) in [(&mut up, !col.nullable), (&mut down, col.nullable)] {
            let alter = call(
                "op.alter_column",
                vec![
                    q(&table),
                    q(&col.name),
                    kw("existing_type", raw(ty.clone())),
                    kw("nullable", raw(py_bool(nullable))),
                ],
            );
            stmt(out, BODY, "", &alter, "");
        }
        b.describe(if col.nullable {
            format!("make {table} {} not null", col.name)
        } else {
            format!("make {table} {} nullable", col.name)
        });
        b.push(up, down);
        self.schema.tables[t].columns[c].nullable = !col.nullable;
    }

    fn alter_type(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let col = self.schema.tables[t].columns[c].clone();
        let Some(wide) = col.ty.widened() else {
            return self.alter_default(b);
        };
        let table = self.schema.tables[t].name.clone();
        let mut up = String::new();
        let mut down = String::new();
        let as_sql = self.rng.chance(1, 4);
        for (out, from, to) in [(&mut up, col.ty, wide), (&mut down, wide, col.ty)] {
            if as_sql {
                let sql = format!(
                    "ALTER TABLE {table} ALTER COLUMN {} TYPE {}",
                    col.name,
                    to.sql_type()
                );
                stmt(out, BODY, "", &call("op.execute", vec![q(&sql)]), "");
                continue;
            }
            let mut args = vec![
                q(&table),
                q(&col.name),
                kw("existing_type", raw(b.ty(from))),
                kw("type_", raw(b.ty(to))),
                kw("existing_nullable", raw(py_bool(col.nullable))),
            ];
            if to == Ty::BigInteger {
                let using = format!("{}::bigint", col.name);
                args.push(kw("postgresql_using", q(&using)));
            }
            stmt(out, BODY, "", &call("op.alter_column", args), "");
        }
        b.describe(format!("widen {table} {}", col.name));
        b.push(up, down);
        self.schema.tables[t].columns[c].ty = wide;
    }

    fn alter_default(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let table = self.schema.tables[t].name.clone();
        let col = self.schema.tables[t].columns[c].clone();
        let default = self.server_default(col.ty);
        let mut up = String::new();
        let mut down = String::new();
        for (out, value) in [(&mut up, default), (&mut down, "None".to_string())] {
            let alter = call(
                "op.alter_column",
                vec![q(&table), q(&col.name), kw("server_default", raw(value))],
            );
            stmt(out, BODY, "", &alter, "");
        }
        b.describe(format!("set default for {table} {}", col.name));
        b.push(up, down);
    }

    fn rename_column(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let fresh = self.schema.tables[t].rename_for(c, &mut self.rng);
        let table = &mut self.schema.tables[t];
        let old = std::mem::replace(&mut table.columns[c].name, fresh.clone());
        let table = table.name.clone();
        let ty = self.schema.tables[t].columns[c].ty;
        let with_type = self.rng.chance(1, 2);
        let mut up = String::new();
        let mut down = String::new();
        for (out, from, to) in [(&mut up, &old, &fresh), (&mut down, &fresh, &old)] {
            let mut args = vec![q(&table), q(from), kw("new_column_name", q(to))];
            if with_type {
                args.push(kw("existing_type", raw(b.ty(ty))));
            }
            stmt(out, BODY, "", &call("op.alter_column", args), "");
        }
        b.describe(format!("rename {table} {old} to {fresh}"));
        b.push(up, down);
    }

    fn batch_alter(&mut self, b: &mut Body) {
        let Some(t) = self.table() else {
            return self.create_table(b);
        };
        let name = self.schema.tables[t].name.clone();
        let head = format!("with op.batch_alter_table(\"{name}\", schema=None) as batch_op:");
        let mut ups = Vec::new();
        let mut downs = Vec::new();
        for _ in 0..self.rng.range(1, 3) {
            let table = &self.schema.tables[t];
            match self.rng.below(3) {
                0 => {
                    let mut col = table.fresh_column(&mut self.rng);
                    col.nullable = true;
                    let column = self.column_expr(b, &col, false);
                    ups.push(call("batch_op.add_column", vec![column]));
                    downs.push(call("batch_op.drop_column", vec![q(&col.name)]));
                    self.schema.tables[t].columns.push(col);
                }
                1 => {
                    let Some(c) = table.pick_column(&mut self.rng) else {
                        continue;
                    };
                    let col = table.columns[c].clone();
                    let ty = b.ty(col.ty);
                    for (list, nullable) in [(&mut ups, !col.nullable), (&mut downs, col.nullable)]
                    {
                        list.push(call(
                            "batch_op.alter_column",
                            vec![
                                q(&col.name),
                                kw("existing_type", raw(ty.clone())),
                                kw("nullable", raw(py_bool(nullable))),
                            ],
                        ));
                    }
                    self.schema.tables[t].columns[c].nullable = !col.nullable;
                }
                _ => {
                    let Some(c) = table.pick_column(&mut self.rng) else {
                        continue;
                    };
                    let col = table.columns[c].name.clone();
                    let ix = table.index_name(&col);
                    let ix_expr = raw(format!("batch_op.f(\"{ix}\")"));
                    ups.push(call(
                        "batch_op.create_index",
                        vec![
                            ix_expr,
                            raw(format!("[\"{col}\"]")),
                            kw("unique", raw("False")),
                        ],
                    ));
                    let ix_expr = raw(format!("batch_op.f(\"{ix}\")"));
                    downs.push(call("batch_op.drop_index", vec![ix_expr]));
                    self.schema.tables[t].indexes.push(ix);
                }
            }
        }
        if ups.is_empty() {
            return self.add_column(b);
        }
        let mut up = String::new();
        line(&mut up, BODY, &head);
        for e in &ups {
            stmt(&mut up, BODY + 4, "", e, "");
        }
        let mut down = String::new();
        line(&mut down, BODY, &head);
        for e in downs.iter().rev() {
            stmt(&mut down, BODY + 4, "", e, "");
        }
        b.describe(format!("alter {name} in batch mode"));
        b.push(up, down);
    }

    fn update_sql(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let table = &self.schema.tables[t];
        let col = &table.columns[c];
        let name = table.name.clone();
        let sql = match self.rng.below(4) {
            0 => format!(
                "UPDATE {name} SET {0} = {1} WHERE {0} IS NULL",
                col.name,
                col.ty.sql_value()
            ),
            1 => format!(
                "UPDATE {name} SET {0} = {1} WHERE {0} IS NULL AND id < 1000000",
                col.name,
                col.ty.sql_value()
            ),
            2 => format!("DELETE FROM {name} WHERE {} IS NULL", col.name),
            _ => format!(
                "UPDATE {name} SET {} = {} WHERE created_at < now() - interval '30 days'",
                col.name,
                col.ty.sql_value()
            ),
        };
        let arg = if self.rng.chance(1, 3) {
            call("sa.text", vec![q(&sql)])
        } else {
            q(&sql)
        };
        let mut up = String::new();
        stmt(&mut up, BODY, "", &call("op.execute", vec![arg]), "");
        b.describe(format!("backfill {name} {}", col.name));
        b.push(up, String::new());
    }

    fn check_not_valid(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let table = &self.schema.tables[t];
        let col = table.columns[c].name.clone();
        let name = table.name.clone();
        let constraint = format!("ck_{name}_{col}_not_null");
        let add = format!(
            "ALTER TABLE {name} ADD CONSTRAINT {constraint} CHECK ({col} IS NOT NULL) NOT VALID"
        );
        let validate = format!("ALTER TABLE {name} VALIDATE CONSTRAINT {constraint}");
        let mut up = String::new();
        if self.rng.chance(1, 2) {
            stmt(&mut up, BODY, "", &call("op.execute", vec![q(&add)]), "");
            stmt(
                &mut up,
                BODY,
                "",
                &call("op.execute", vec![q(&validate)]),
                "",
            );
        } else {
            // One string with two statements, split by implicit concatenation.
            line(&mut up, BODY, "op.execute(");
            line(&mut up, BODY + 4, &format!("\"{add}; \""));
            line(&mut up, BODY + 4, &format!("\"{validate};\""));
            line(&mut up, BODY, ")");
        }
        let drop = format!("ALTER TABLE {name} DROP CONSTRAINT IF EXISTS {constraint}");
        let mut down = String::new();
        stmt(&mut down, BODY, "", &call("op.execute", vec![q(&drop)]), "");
        b.describe(format!("add not null check on {name} {col}"));
        b.push(up, down);
    }

    fn fstring_loop(&mut self, b: &mut Body) {
        let mut tables: Vec<String> = Vec::new();
        for _ in 0..self.rng.range(2, 4) {
            if let Some(t) = self.table() {
                let name = &self.schema.tables[t].name;
                if !tables.contains(name) {
                    tables.push(name.clone());
                }
            }
        }
        if tables.is_empty() {
            return self.create_table(b);
        }
        let list = tables
            .iter()
            .map(|t| format!("\"{t}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let (col, value) = *self.rng.pick(&[
            ("updated_at", "now()"),
            ("is_archived", "false"),
            ("version", "1"),
            ("retry_count", "0"),
        ]);
        let mut up = String::new();
        line(&mut up, BODY, &format!("for table in [{list}]:"));
        let sql = format!("f\"UPDATE {{table}} SET {col} = {value} WHERE {col} IS NULL\"");
        stmt(
            &mut up,
            BODY + 4,
            "",
            &call("op.execute", vec![raw(sql)]),
            "",
        );
        let mut down = String::new();
        if self.rng.chance(1, 2) {
            line(&mut down, BODY, &format!("for table in [{list}]:"));
            let sql = format!("f\"ALTER TABLE {{table}} ALTER COLUMN {col} DROP DEFAULT\"");
            stmt(
                &mut down,
                BODY + 4,
                "",
                &call("op.execute", vec![raw(sql)]),
                "",
            );
        }
        b.describe(format!("backfill {col} on {}", tables[0]));
        b.push(up, down);
    }

    /// A module-level batched backfill, called from `upgrade()`.
    fn batched_backfill(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let table = &self.schema.tables[t];
        let col = &table.columns[c];
        let (name, col_name) = (table.name.clone(), col.name.clone());
        let value = fstring_escape(col.ty.sql_value());
        let helper = b.helper_name(&format!("_backfill_{col_name}"));
        let batch = *self.rng.pick(&[500, 1000, 5000, 10000]);
        let mut def = String::new();
        line(
            &mut def,
            0,
            &format!("def {helper}(table, batch_size={batch}):"),
        );
        line(&mut def, BODY, "conn = op.get_bind()");
        line(&mut def, BODY, "while True:");
        line(&mut def, 8, "result = conn.execute(");
        line(&mut def, 12, "sa.text(");
        line(
            &mut def,
            16,
            &format!("f\"UPDATE {{table}} SET {col_name} = {value} \""),
        );
        line(
            &mut def,
            16,
            &format!("f\"WHERE id IN (SELECT id FROM {{table}} WHERE {col_name} IS NULL \""),
        );
        line(&mut def, 16, "\"LIMIT :batch_size)\"");
        line(&mut def, 12, "),");
        line(&mut def, 12, "{\"batch_size\": batch_size},");
        line(&mut def, 8, ")");
        line(&mut def, 8, "if result.rowcount == 0:");
        line(&mut def, 12, "break");
        b.helpers.push(def);
        let mut up = String::new();
        line(&mut up, BODY, &format!("{helper}(\"{name}\")"));
        b.describe(format!("backfill {name} {col_name} in batches"));
        b.push(up, String::new());
    }

    /// A module-level function that backfills and sets a default, called from `upgrade()`.
    fn default_helper(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let table = &self.schema.tables[t];
        let col = table.columns[c].clone();
        let name = table.name.clone();
        let helper = b.helper_name(&format!("_set_{}_default", col.name));
        let value = col.ty.sql_value();
        let mut def = String::new();
        line(&mut def, 0, &format!("def {helper}(table):"));
        let sql = format!(
            "f\"UPDATE {{table}} SET {0} = {1} WHERE {0} IS NULL\"",
            col.name,
            fstring_escape(value)
        );
        stmt(&mut def, BODY, "", &call("op.execute", vec![raw(sql)]), "");
        let alter = call(
            "op.alter_column",
            vec![
                raw("table"),
                q(&col.name),
                kw("server_default", raw(format!("sa.text(\"{value}\")"))),
            ],
        );
        stmt(&mut def, BODY, "", &alter, "");
        b.helpers.push(def);
        let mut up = String::new();
        line(&mut up, BODY, &format!("{helper}(\"{name}\")"));
        let mut down = String::new();
        let reset = call(
            "op.alter_column",
            vec![q(&name), q(&col.name), kw("server_default", raw("None"))],
        );
        stmt(&mut down, BODY, "", &reset, "");
        b.describe(format!("default {name} {}", col.name));
        b.push(up, down);
    }

    fn bulk_insert(&mut self, b: &mut Body) {
        let rows = self.rng.range(2, 6);
        self.insert_rows(b, rows, 0);
    }

    /// `op.bulk_insert` into a `sa.table` stub: `min_rows` rows, more until the file reaches
    /// `target` bytes.
    fn insert_rows(&mut self, b: &mut Body, min_rows: usize, target: usize) {
        let Some(t) = self.table() else {
            return self.create_table(b);
        };
        let table = &self.schema.tables[t];
        let mut columns: Vec<(String, Ty)> = vec![("id".into(), Ty::Integer)];
        for col in table.columns.iter().skip(1) {
            if columns.len() < 4 && matches!(col.ty, Ty::Str(_) | Ty::Boolean | Ty::Integer) {
                columns.push((col.name.clone(), col.ty));
            }
        }
        if !columns.iter().any(|(_, ty)| matches!(ty, Ty::Str(_))) {
            columns.insert(1, ("name".into(), Ty::Str(64)));
        }
        let name = table.name.clone();
        let var = format!("{}_table", table.singular);
        let mut stub = vec![q(&name)];
        for (col, ty) in &columns {
            let class = b.class(*ty);
            stub.push(call("sa.column", vec![q(col), raw(class)]));
        }
        let mut up = String::new();
        stmt(
            &mut up,
            BODY,
            &format!("{var} = "),
            &call("sa.table", stub),
            "",
        );
        let mut dicts = Vec::new();
        let mut ids = Vec::new();
        // Each row is written on its own line, indented by 12 and followed by a comma.
        let mut size = b.size() + up.len();
        let mut row = 0;
        while row < min_rows || size < target {
            row += 1;
            let mut fields = vec![format!("\"id\": {row}")];
            ids.push(row.to_string());
            for (col, ty) in columns.iter().skip(1) {
                if let Some(value) = ty.py_value(&mut self.rng, row) {
                    fields.push(format!("\"{col}\": {value}"));
                }
            }
            let dict = format!("{{{}}}", fields.join(", "));
            size += dict.len() + 14;
            dicts.push(raw(dict));
        }
        let insert = call("op.bulk_insert", vec![raw(var), Expr::List(dicts)]);
        stmt(&mut up, BODY, "", &insert, "");
        let mut down = String::new();
        let delete = if ids.len() <= 12 {
            format!("DELETE FROM {name} WHERE id IN ({})", ids.join(", "))
        } else {
            format!("DELETE FROM {name} WHERE id BETWEEN 1 AND {}", ids.len())
        };
        stmt(
            &mut down,
            BODY,
            "",
            &call("op.execute", vec![q(&delete)]),
            "",
        );
        b.describe(format!("seed {name}"));
        b.push(up, down);
    }

    fn bind_execute(&mut self, b: &mut Body) {
        let Some((t, c)) = self.table_column() else {
            return self.create_table(b);
        };
        let table = &self.schema.tables[t];
        let col = table.columns[c].clone();
        let name = table.name.clone();
        let mut up = String::new();
        line(&mut up, BODY, "conn = op.get_bind()");
        if self.rng.chance(1, 2) {
            let select = format!("SELECT id, {0} FROM {name} WHERE {0} IS NOT NULL", col.name);
            let fetch = call("conn.execute", vec![call("sa.text", vec![q(&select)])]);
            let fetch = raw(format!("{}.fetchall()", fetch.flat_string()));
            stmt(&mut up, BODY, "rows = ", &fetch, "");
            line(&mut up, BODY, "for row in rows:");
            let update = format!("UPDATE {name} SET {0} = :value WHERE id = :id", col.name);
            let exec = call(
                "conn.execute",
                vec![
                    call("sa.text", vec![q(&update)]),
                    raw(format!("{{\"value\": row.{}, \"id\": row.id}}", col.name)),
                ],
            );
            stmt(&mut up, BODY + 4, "", &exec, "");
        } else {
            let update = format!(
                "UPDATE {name} SET {0} = {1} WHERE {0} IS NULL",
                col.name,
                col.ty.sql_value()
            );
            let exec = call("conn.execute", vec![call("sa.text", vec![q(&update)])]);
            stmt(&mut up, BODY, "", &exec, "");
        }
        b.describe(format!("migrate {name} {} data", col.name));
        b.push(up, String::new());
    }

    fn rename_table(&mut self, b: &mut Body) {
        let Some(t) = self.table() else {
            return self.create_table(b);
        };
        let (fresh, singular) = self.schema.new_table_name(&mut self.rng);
        let table = &mut self.schema.tables[t];
        let old = std::mem::replace(&mut table.name, fresh.clone());
        table.singular = singular;
        let mut up = String::new();
        let mut down = String::new();
        stmt(
            &mut up,
            BODY,
            "",
            &call("op.rename_table", vec![q(&old), q(&fresh)]),
            "",
        );
        stmt(
            &mut down,
            BODY,
            "",
            &call("op.rename_table", vec![q(&fresh), q(&old)]),
            "",
        );
        b.describe(format!("rename {old} to {fresh}"));
        b.push(up, down);
    }

    fn drop_table(&mut self, b: &mut Body) {
        if self.schema.tables.len() < 12 {
            return self.add_column(b);
        }
        let t = self.rng.below(self.schema.tables.len());
        let table = self.schema.tables.remove(t);
        let mut up = String::new();
        stmt(
            &mut up,
            BODY,
            "",
            &call("op.drop_table", vec![q(&table.name)]),
            "",
        );
        // The downgrade re-creates the table the way autogenerate writes it.
        let mut args = vec![q(&table.name)];
        for col in &table.columns {
            args.push(call(
                "sa.Column",
                vec![
                    q(&col.name),
                    raw(b.ty(col.ty)),
                    kw("autoincrement", raw("False")),
                    kw("nullable", raw(py_bool(col.nullable))),
                ],
            ));
        }
        let pk = format!("{}_pkey", table.name);
        args.push(call(
            "sa.PrimaryKeyConstraint",
            vec![q("id"), kw("name", q(&pk))],
        ));
        let mut down = String::new();
        stmt(&mut down, BODY, "", &call("op.create_table", args), "");
        b.describe(format!("drop {} table", table.name));
        b.push(up, down);
    }

    fn enum_value(&mut self, b: &mut Body) {
        let Some(t) = self.table() else {
            return self.create_table(b);
        };
        let singular = self.schema.tables[t].singular.clone();
        let word = *self.rng.pick(WORDS);
        let sql = format!("ALTER TYPE {singular}_status ADD VALUE IF NOT EXISTS '{word}'");
        let exec = call("op.execute", vec![q(&sql)]);
        let mut up = String::new();
        if self.rng.chance(1, 2) {
            line(&mut up, BODY, "with op.get_context().autocommit_block():");
            stmt(&mut up, BODY + 4, "", &exec, "");
        } else {
            stmt(&mut up, BODY, "", &exec, "");
        }
        b.describe(format!("add {word} to {singular} status"));
        b.push(up, String::new());
    }

    fn dialect_branch(&mut self, b: &mut Body) {
        let Some(t) = self.table() else {
            return self.create_table(b);
        };
        let name = self.schema.tables[t].name.clone();
        let fill = *self.rng.pick(&[70, 80, 90]);
        let cond = "if op.get_bind().dialect.name == \"postgresql\":";
        let mut up = String::new();
        line(&mut up, BODY, cond);
        let set = format!("ALTER TABLE {name} SET (fillfactor = {fill})");
        stmt(
            &mut up,
            BODY + 4,
            "",
            &call("op.execute", vec![q(&set)]),
            "",
        );
        let mut down = String::new();
        line(&mut down, BODY, cond);
        let reset = format!("ALTER TABLE {name} RESET (fillfactor)");
        stmt(
            &mut down,
            BODY + 4,
            "",
            &call("op.execute", vec![q(&reset)]),
            "",
        );
        b.describe(format!("set {name} fillfactor"));
        b.push(up, down);
    }

    /// Long data migrations: several triple-quoted SQL scripts.
    fn long_sql(&mut self, b: &mut Body, target: usize) {
        let Some(first) = self.table() else {
            return self.new_table(b, 6, 14);
        };
        b.describe(format!("backfill {} data", self.schema.tables[first].name));
        while b.size() < target {
            let mut sql = Vec::new();
            for _ in 0..self.rng.range(4, 12) {
                let Some((t, c)) = self.table_column() else {
                    break;
                };
                let table = &self.schema.tables[t];
                let col = &table.columns[c];
                let other = self.rng.below(self.schema.tables.len());
                let other = &self.schema.tables[other].name;
                match self.rng.below(3) {
                    0 => {
                        sql.push(format!("UPDATE {}", table.name));
                        sql.push(format!("SET {} = {}", col.name, col.ty.sql_value()));
                        sql.push(format!("WHERE {} IS NULL", col.name));
                        sql.push(format!(
                            "  AND id IN (SELECT id FROM {} LIMIT 10000);",
                            table.name
                        ));
                    }
                    1 => {
                        sql.push(format!("DELETE FROM {other}"));
                        sql.push("WHERE created_at < now() - interval '365 days'".into());
                        sql.push(format!("  AND NOT EXISTS (SELECT 1 FROM {} t", table.name));
                        sql.push(format!("              WHERE t.id = {other}.id);"));
                    }
                    _ => {
                        sql.push(format!("INSERT INTO {other} (id, {})", col.name));
                        sql.push(format!("SELECT id, {} FROM {}", col.name, table.name));
                        sql.push(format!("WHERE {} IS NOT NULL", col.name));
                        sql.push("ON CONFLICT (id) DO NOTHING;".into());
                    }
                }
                sql.push(String::new());
            }
            sql.pop();
            if sql.is_empty() {
                break;
            }
            let mut up = String::new();
            triple_call(&mut up, BODY, "op.execute", &sql, "");
            b.push(up, String::new());
        }
    }
}

enum Downgrade {
    Inverse,
    Pass,
    Raise,
}

fn py_bool(value: bool) -> &'static str {
    if value {
        "True"
    } else {
        "False"
    }
}

fn fstring_escape(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// Alembic's slug: the words of the message joined by `_`, cut at a word boundary near 40.
fn slug(message: &str) -> String {
    let words: Vec<String> = message
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let mut slug = words.join("_");
    if slug.len() > 40 {
        slug.truncate(40);
        if let Some(cut) = slug.rfind('_') {
            slug.truncate(cut);
        }
    }
    slug
}

fn write_file(
    meta: &Meta,
    style: &Style,
    body: &Body,
    downgrade: Downgrade,
    message: &str,
) -> String {
    let mut out = String::with_capacity(body.size() + 1024);
    if style.spdx {
        out.push_str("# SPDX-License-Identifier: MIT\n");
    }
    let _ = write!(out, "\"\"\"{message}\n\n");
    if !style.notes.is_empty() {
        let words: Vec<&str> = style.notes.iter().flat_map(|n| n.split(' ')).collect();
        wrap(&mut out, &words, 79);
        out.push('\n');
    }
    let _ = write!(
        out,
        "Revision ID: {}\nRevises: {}\nCreate Date: {}\n\n\"\"\"\n",
        meta.revision,
        meta.parents.join(", "),
        meta.date
    );
    if style.typed {
        out.push_str("from typing import Sequence, Union\n\n");
    }
    let dialects = if body.postgresql {
        "from sqlalchemy.dialects import postgresql\n"
    } else {
        ""
    };
    if style.isort {
        let _ = write!(
            out,
            "import sqlalchemy as sa\n{dialects}\nfrom alembic import op\n"
        );
    } else {
        let _ = write!(
            out,
            "from alembic import op\nimport sqlalchemy as sa\n{dialects}"
        );
    }
    out.push_str("\n\n");
    if style.ids_comment {
        out.push_str("# revision identifiers, used by Alembic.\n");
    }
    let quote = if style.single_quotes { '\'' } else { '"' };
    let lit = |s: &str| format!("{quote}{s}{quote}");
    let down = match meta.parents {
        [] => "None".to_string(),
        [one] => lit(one),
        many => {
            let items: Vec<String> = many.iter().map(|s| lit(s)).collect();
            format!("({})", items.join(", "))
        }
    };
    if style.typed {
        let down_ty = if meta.parents.len() > 1 {
            "Union[str, Sequence[str], None]"
        } else {
            "Union[str, None]"
        };
        let _ = writeln!(out, "revision: str = {}", lit(meta.revision));
        let _ = writeln!(out, "down_revision: {down_ty} = {down}");
        out.push_str("branch_labels: Union[str, Sequence[str], None] = None\n");
        out.push_str("depends_on: Union[str, Sequence[str], None] = None\n");
    } else {
        let _ = writeln!(out, "revision = {}", lit(meta.revision));
        let _ = writeln!(out, "down_revision = {down}");
        if style.labels {
            out.push_str("branch_labels = None\ndepends_on = None\n");
        }
    }
    out.push_str("\n\n");
    for helper in &body.helpers {
        out.push_str(helper);
        out.push_str("\n\n");
    }
    let returns = if style.typed { " -> None" } else { "" };
    let _ = writeln!(out, "def upgrade(){returns}:");
    function_body(&mut out, style, body.up.iter());
    let _ = writeln!(out, "\n\ndef downgrade(){returns}:");
    match downgrade {
        Downgrade::Inverse => function_body(&mut out, style, body.down.iter().rev()),
        Downgrade::Pass => line(&mut out, BODY, "pass"),
        Downgrade::Raise => line(
            &mut out,
            BODY,
            "raise NotImplementedError(\"this migration cannot be reverted\")",
        ),
    }
    out
}

/// Writes `words` as lines of at most `width` characters.
fn wrap(out: &mut String, words: &[&str], width: usize) {
    let mut len = 0;
    for word in words {
        if len > 0 && len + 1 + word.len() > width {
            out.push('\n');
            len = 0;
        }
        if len > 0 {
            out.push(' ');
            len += 1;
        }
        out.push_str(word);
        len += word.len();
    }
    out.push('\n');
}

fn function_body<'a>(out: &mut String, style: &Style, chunks: impl Iterator<Item = &'a String>) {
    let chunks: Vec<&String> = chunks.filter(|c| !c.is_empty()).collect();
    if chunks.is_empty() {
        line(out, BODY, "pass");
        return;
    }
    if style.autogen_markers {
        line(
            out,
            BODY,
            "# ### commands auto generated by Alembic - please adjust! ###",
        );
    }
    for (i, chunk) in chunks.iter().enumerate() {
        if i > 0 && style.blank_between {
            out.push('\n');
        }
        out.push_str(chunk);
    }
    if style.autogen_markers {
        line(out, BODY, "# ### end Alembic commands ###");
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slug_matches_alembic() {
        assert_eq!(slug("Add status to orders"), "add_status_to_orders");
        assert_eq!(
            slug("backfill invoices_12 external_id in batches and more words"),
            "backfill_invoices_12_external_id_in"
        );
    }
}
