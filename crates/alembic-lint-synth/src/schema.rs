//! The imagined database the migrations change: tables, columns and their types.
//!
//! Tracking it keeps the generated operations plausible (a column is dropped only after it was
//! added, a downgrade re-adds it with its old type) without aiming to be a faithful model.

use crate::rng::Rng;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ty {
    Integer,
    BigInteger,
    Str(u16),
    Text,
    Boolean,
    DateTime,
    Date,
    Numeric,
    Jsonb,
    Uuid,
}

impl Ty {
    /// The SQLAlchemy type expression as autogenerate writes it.
    pub(crate) fn expr(self) -> String {
        match self {
            Ty::Integer => "sa.Integer()".into(),
            Ty::BigInteger => "sa.BigInteger()".into(),
            Ty::Str(n) => format!("sa.String(length={n})"),
            Ty::Text => "sa.Text()".into(),
            Ty::Boolean => "sa.Boolean()".into(),
            Ty::DateTime => "sa.DateTime(timezone=True)".into(),
            Ty::Date => "sa.Date()".into(),
            Ty::Numeric => "sa.Numeric(precision=12, scale=2)".into(),
            Ty::Jsonb => "postgresql.JSONB(astext_type=sa.Text())".into(),
            Ty::Uuid => "postgresql.UUID(as_uuid=True)".into(),
        }
    }

    /// The bare class form used in `sa.column(...)` for `sa.table` stubs.
    pub(crate) fn class(self) -> &'static str {
        match self {
            Ty::Integer => "sa.Integer",
            Ty::BigInteger => "sa.BigInteger",
            Ty::Str(_) => "sa.String",
            Ty::Text => "sa.Text",
            Ty::Boolean => "sa.Boolean",
            Ty::DateTime => "sa.DateTime",
            Ty::Date => "sa.Date",
            Ty::Numeric => "sa.Numeric",
            Ty::Jsonb => "postgresql.JSONB",
            Ty::Uuid => "postgresql.UUID",
        }
    }

    pub(crate) fn is_postgresql(self) -> bool {
        matches!(self, Ty::Jsonb | Ty::Uuid)
    }

    pub(crate) fn sql_type(self) -> String {
        match self {
            Ty::Integer => "integer".into(),
            Ty::BigInteger => "bigint".into(),
            Ty::Str(n) => format!("varchar({n})"),
            Ty::Text => "text".into(),
            Ty::Boolean => "boolean".into(),
            Ty::DateTime => "timestamptz".into(),
            Ty::Date => "date".into(),
            Ty::Numeric => "numeric(12, 2)".into(),
            Ty::Jsonb => "jsonb".into(),
            Ty::Uuid => "uuid".into(),
        }
    }

    /// A SQL value for backfills and server defaults; free of double quotes and backslashes.
    pub(crate) fn sql_value(self) -> &'static str {
        match self {
            Ty::Integer | Ty::BigInteger | Ty::Numeric => "0",
            Ty::Str(_) => "'unknown'",
            Ty::Text => "''",
            Ty::Boolean => "false",
            Ty::DateTime => "now()",
            Ty::Date => "CURRENT_DATE",
            Ty::Jsonb => "'{}'::jsonb",
            Ty::Uuid => "gen_random_uuid()",
        }
    }

    /// A Python literal for `op.bulk_insert` rows, for the types that have a simple one.
    pub(crate) fn py_value(self, rng: &mut Rng, row: usize) -> Option<String> {
        Some(match self {
            Ty::Integer | Ty::BigInteger => (row * 10 + rng.below(10)).to_string(),
            Ty::Str(_) | Ty::Text => format!("\"{}\"", rng.pick(WORDS)),
            Ty::Boolean => if rng.chance(3, 4) { "True" } else { "False" }.into(),
            Ty::Numeric => format!("{}.{:02}", rng.below(500), rng.below(100)),
            _ => return None,
        })
    }

    /// A wider type this one is commonly migrated to.
    pub(crate) fn widened(self) -> Option<Ty> {
        match self {
            Ty::Integer => Some(Ty::BigInteger),
            Ty::Str(n) if n < 1024 => Some(Ty::Str(n * 2)),
            Ty::Str(_) => Some(Ty::Text),
            _ => None,
        }
    }
}

pub(crate) const WORDS: &[&str] = &[
    "standard",
    "premium",
    "basic",
    "pending",
    "active",
    "archived",
    "draft",
    "paid",
    "overdue",
    "cancelled",
    "refunded",
    "shipped",
    "delivered",
    "trial",
    "enterprise",
    "monthly",
    "yearly",
    "email",
    "sms",
    "webhook",
    "manual",
    "automatic",
    "internal",
    "external",
    "primary",
];

/// Plural table names with the singular used for foreign key columns.
const TABLES: &[(&str, &str)] = &[
    ("users", "user"),
    ("accounts", "account"),
    ("orders", "order"),
    ("invoices", "invoice"),
    ("payments", "payment"),
    ("products", "product"),
    ("customers", "customer"),
    ("subscriptions", "subscription"),
    ("sessions", "session"),
    ("events", "event"),
    ("audit_logs", "audit_log"),
    ("notifications", "notification"),
    ("teams", "team"),
    ("projects", "project"),
    ("documents", "document"),
    ("comments", "comment"),
    ("tags", "tag"),
    ("addresses", "address"),
    ("shipments", "shipment"),
    ("refunds", "refund"),
    ("api_keys", "api_key"),
    ("webhooks", "webhook"),
    ("organizations", "organization"),
    ("memberships", "membership"),
    ("invitations", "invitation"),
    ("line_items", "line_item"),
    ("coupons", "coupon"),
    ("warehouses", "warehouse"),
    ("jobs", "job"),
    ("attachments", "attachment"),
    ("messages", "message"),
    ("reports", "report"),
    ("roles", "role"),
    ("permissions", "permission"),
    ("plans", "plan"),
    ("prices", "price"),
    ("carts", "cart"),
    ("reviews", "review"),
    ("credentials", "credential"),
    ("devices", "device"),
];

const COLUMNS: &[(&str, Ty)] = &[
    ("email", Ty::Str(255)),
    ("name", Ty::Str(128)),
    ("status", Ty::Str(32)),
    ("deleted_at", Ty::DateTime),
    ("external_id", Ty::Str(64)),
    ("amount", Ty::Numeric),
    ("currency", Ty::Str(3)),
    ("description", Ty::Text),
    ("title", Ty::Str(200)),
    ("is_active", Ty::Boolean),
    ("is_archived", Ty::Boolean),
    ("priority", Ty::Integer),
    ("metadata", Ty::Jsonb),
    ("settings", Ty::Jsonb),
    ("token", Ty::Str(64)),
    ("position", Ty::Integer),
    ("retry_count", Ty::Integer),
    ("total_cents", Ty::BigInteger),
    ("public_id", Ty::Uuid),
    ("slug", Ty::Str(100)),
    ("locale", Ty::Str(16)),
    ("timezone", Ty::Str(64)),
    ("expires_at", Ty::DateTime),
    ("last_seen_at", Ty::DateTime),
    ("due_date", Ty::Date),
    ("notes", Ty::Text),
    ("kind", Ty::Str(32)),
    ("version", Ty::Integer),
    ("source", Ty::Str(50)),
    ("country_code", Ty::Str(2)),
    ("phone_number", Ty::Str(32)),
    ("is_verified", Ty::Boolean),
    ("payload", Ty::Jsonb),
    ("checksum", Ty::Str(64)),
    ("size_bytes", Ty::BigInteger),
    ("processed_at", Ty::DateTime),
    ("quantity", Ty::Integer),
    ("reference", Ty::Str(80)),
    ("error_message", Ty::Text),
    ("sort_order", Ty::Integer),
];

#[derive(Clone)]
pub(crate) struct Column {
    pub(crate) name: String,
    pub(crate) ty: Ty,
    pub(crate) nullable: bool,
}

pub(crate) struct Table {
    pub(crate) name: String,
    pub(crate) singular: String,
    /// `columns[0]` is always the `id` primary key.
    pub(crate) columns: Vec<Column>,
    pub(crate) indexes: Vec<String>,
}

impl Table {
    /// A column other than the primary key, if there is one.
    pub(crate) fn pick_column(&self, rng: &mut Rng) -> Option<usize> {
        (self.columns.len() > 1).then(|| rng.range(1, self.columns.len() - 1))
    }

    pub(crate) fn has_column(&self, name: &str) -> bool {
        self.columns.iter().any(|c| c.name == name)
    }

    /// A column name from the pool that this table does not have yet.
    pub(crate) fn fresh_column(&self, rng: &mut Rng) -> Column {
        let (base, ty) = *rng.pick(COLUMNS);
        let name = self.unique_name(base);
        let nullable = !rng.chance(1, 4);
        Column { name, ty, nullable }
    }

    /// A new name for column `c`, taken from the pool entries of the same type.
    pub(crate) fn rename_for(&self, c: usize, rng: &mut Rng) -> String {
        let col = &self.columns[c];
        let same: Vec<&str> = COLUMNS
            .iter()
            .filter(|(name, ty)| ty.class() == col.ty.class() && !col.name.starts_with(name))
            .map(|&(name, _)| name)
            .collect();
        if same.is_empty() {
            return self.unique_name(&format!("{}_legacy", col.name));
        }
        self.unique_name(same[rng.below(same.len())])
    }

    pub(crate) fn unique_name(&self, base: &str) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while self.has_column(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        name
    }

    pub(crate) fn index_name(&self, column: &str) -> String {
        let base = format!("ix_{}_{}", self.name, column);
        let mut name = base.clone();
        let mut n = 2;
        while self.indexes.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        name
    }
}

#[derive(Default)]
pub(crate) struct Schema {
    pub(crate) tables: Vec<Table>,
    /// How many tables were ever named after each `TABLES` entry, to number the next one.
    named: Vec<usize>,
}

impl Schema {
    /// A table name not used before, with the singular for `<singular>_id` columns.
    pub(crate) fn new_table_name(&mut self, rng: &mut Rng) -> (String, String) {
        if self.named.is_empty() {
            self.named = vec![0; TABLES.len()];
        }
        let i = rng.below(TABLES.len());
        self.named[i] += 1;
        let (plural, singular) = TABLES[i];
        match self.named[i] {
            1 => (plural.to_string(), singular.to_string()),
            n => (format!("{plural}_{n}"), format!("{singular}_{n}")),
        }
    }

    pub(crate) fn pick_table(&self, rng: &mut Rng) -> Option<usize> {
        (!self.tables.is_empty()).then(|| rng.below(self.tables.len()))
    }
}
