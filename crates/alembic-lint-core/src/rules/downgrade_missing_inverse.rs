use std::collections::HashSet;

use crate::diagnostic::{Finding, Severity};
use crate::model::{BodyKind, OpKind, Operation, Origin, Span};
use crate::rules::{Check, FileContext, Rule};
use crate::settings::DowngradePolicy;

pub(crate) static RULE: Rule = Rule {
    code: "AL501",
    name: "downgrade-missing-inverse",
    severity: Severity::Warning,
    default_on: true,
    postgresql_only: false,
    summary: "an `upgrade()` operation that `downgrade()` does not undo",
    doc: include_str!("../../../../rules/downgrade-missing-inverse.md"),
    check: Check::File(check),
};

fn check(ctx: &FileContext, out: &mut Vec<Finding>) {
    let (Some(up), Some(down)) = (&ctx.migration.upgrade, &ctx.migration.downgrade) else {
        return;
    };
    // A missing, empty or raising downgrade is what other rules report.
    if ctx.settings.downgrade != DowngradePolicy::Required || down.body != BodyKind::Statements {
        return;
    }
    for change in not_undone(&up.ops, &down.ops) {
        let (what, inverse) = change.describe();
        out.push(
                Finding::new(change.span, format!("`downgrade()` does not undo this: {what}"))
                    .label(format!("`downgrade()` has no {inverse}"))
                    .help(format!(
                        "add the {inverse} to `downgrade()`, so that `alembic downgrade` leaves the schema as the previous revision had it; if the change cannot be undone, make `downgrade()` raise with a message that says why"
                    )),
        );
    }
}

/// The changes of `up` that `down` does not undo; none when `down` runs SQL the linter cannot
/// read, which may undo anything.
fn not_undone(up: &[Operation], down: &[Operation]) -> Vec<Change> {
    if down.iter().any(unreadable) {
        return Vec::new();
    }
    let down = Net::of(down);
    Net::of(up)
        .changes
        .into_iter()
        .filter(|change| !down.undoes(change))
        .collect()
}

/// Whether `down` undoes every change of `up`, as this rule reads them.
pub(crate) fn undoes_all(up: &[Operation], down: &[Operation]) -> bool {
    not_undone(up, down).is_empty()
}

fn unreadable(op: &Operation) -> bool {
    matches!(op.kind, OpKind::OpaqueExecute)
        || matches!(&op.origin, Origin::Sql(sql) if sql.dynamic)
}

/// A schema object, by lowercase name; indexes and constraints also know their table.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Object {
    Table(String),
    Column(String, String),
    Index(String),
    Constraint(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    Created,
    Dropped,
    /// Dropped and created again (a changed constraint, a column swapped for another).
    Replaced,
    Altered,
    Renamed {
        from: Object,
    },
}

/// What a function does to one object once its operations are taken together: creating and
/// then dropping an object is nothing, renaming a new object only changes its name.
#[derive(Clone, Debug)]
struct Change {
    object: Object,
    table: Option<String>,
    kind: Kind,
    span: Span,
}

impl Change {
    fn describe(&self) -> (String, &'static str) {
        let name = match &self.object {
            Object::Table(t) => format!("table `{t}`"),
            Object::Column(t, c) => format!("column `{c}` of `{t}`"),
            Object::Index(i) => format!("index `{i}`"),
            Object::Constraint(c) => format!("constraint `{c}`"),
        };
        match &self.kind {
            Kind::Created => (format!("it creates {name}"), "operation that drops it"),
            Kind::Dropped => (
                format!("it drops {name}"),
                "operation that creates it again",
            ),
            Kind::Replaced => (format!("it replaces {name}"), "operation that restores it"),
            Kind::Altered => (format!("it alters {name}"), "operation that alters it back"),
            Kind::Renamed { .. } => (format!("it renames to {name}"), "rename back"),
        }
    }
}

/// The net effect of a function's operations.
struct Net {
    changes: Vec<Change>,
    /// Tables whose indexes or constraints are changed by operations that do not name them.
    unnamed: HashSet<String>,
}

fn key(name: &Option<String>) -> Option<String> {
    name.as_deref().map(str::to_ascii_lowercase)
}

impl Net {
    fn of(ops: &[Operation]) -> Net {
        let mut net = Net {
            changes: Vec::new(),
            unnamed: HashSet::new(),
        };
        for op in ops {
            net.add(op);
        }
        net
    }

    fn add(&mut self, op: &Operation) {
        let span = op.span;
        let column =
            |t: &Option<String>, c: &Option<String>| Some(Object::Column(key(t)?, key(c)?));
        match &op.kind {
            OpKind::CreateTable { table, .. } => {
                self.create(key(table).map(Object::Table), None, span)
            }
            OpKind::DropTable { table } => self.drop(key(table).map(Object::Table), None, span),
            OpKind::RenameTable { old, new } => self.rename(
                key(old).map(Object::Table),
                key(new).map(Object::Table),
                span,
            ),
            OpKind::AddColumn { table, column: c } => {
                self.create(column(table, &c.name), key(table), span)
            }
            OpKind::DropColumn { table, column: c } => {
                self.drop(column(table, c), key(table), span)
            }
            OpKind::AlterColumn {
                table,
                column: c,
                new_name,
                nullable,
                new_type,
                server_default,
                ..
            } => {
                let mut current = column(table, c);
                if new_name.is_some() {
                    let renamed = column(table, new_name);
                    self.rename(current, renamed.clone(), span);
                    current = renamed;
                }
                if nullable.is_some() || new_type.is_some() || server_default.is_some() {
                    self.alter(current, key(table), span);
                }
            }
            OpKind::CreateIndex { name, table, .. } => {
                self.named(Object::Index, name, table, span, true)
            }
            OpKind::DropIndex { name, table, .. } => {
                self.named(Object::Index, name, table, span, false)
            }
            OpKind::AddConstraint { name, table, .. } => {
                self.named(Object::Constraint, name, table, span, true)
            }
            OpKind::DropConstraint { name, table } => {
                self.named(Object::Constraint, name, table, span, false)
            }
            _ => {}
        }
    }

    fn named(
        &mut self,
        object: fn(String) -> Object,
        name: &Option<String>,
        table: &Option<String>,
        span: Span,
        create: bool,
    ) {
        match key(name) {
            Some(name) if create => self.create(Some(object(name)), key(table), span),
            Some(name) => self.drop(Some(object(name)), key(table), span),
            None => {
                self.unnamed.extend(key(table));
            }
        }
    }

    fn position(&self, object: &Object) -> Option<usize> {
        self.changes.iter().position(|c| c.object == *object)
    }

    fn create(&mut self, object: Option<Object>, table: Option<String>, span: Span) {
        let Some(object) = object else { return };
        match self.position(&object) {
            Some(i) if self.changes[i].kind == Kind::Dropped => {
                self.changes[i].kind = Kind::Replaced
            }
            Some(_) => {}
            None => self.changes.push(Change {
                object,
                table,
                kind: Kind::Created,
                span,
            }),
        }
    }

    fn drop(&mut self, object: Option<Object>, table: Option<String>, span: Span) {
        let Some(object) = object else { return };
        match self.position(&object) {
            Some(i) => match self.changes[i].kind.clone() {
                Kind::Created => {
                    self.changes.remove(i);
                }
                Kind::Renamed { from } => {
                    // Renamed away and dropped: the old name is gone, unless a new object took
                    // it in between, which then replaces it.
                    match self.position(&from) {
                        Some(j) => {
                            self.changes[j].kind = Kind::Replaced;
                            self.changes.remove(i);
                        }
                        None => {
                            self.changes[i].object = from;
                            self.changes[i].kind = Kind::Dropped;
                        }
                    }
                }
                _ => self.changes[i].kind = Kind::Dropped,
            },
            None => self.changes.push(Change {
                object,
                table,
                kind: Kind::Dropped,
                span,
            }),
        }
    }

    fn rename(&mut self, from: Option<Object>, to: Option<Object>, span: Span) {
        let (Some(from), Some(to)) = (from, to) else {
            return;
        };
        match self.position(&from) {
            Some(i) => {
                let change = &mut self.changes[i];
                change.object = to.clone();
                change.kind = match change.kind.clone() {
                    Kind::Created => Kind::Created,
                    Kind::Renamed { from: first } => Kind::Renamed { from: first },
                    _ => Kind::Renamed { from },
                };
                // A new object renamed to the name of one dropped before takes its place.
                let dropped = self
                    .changes
                    .iter()
                    .position(|c| c.object == to && c.kind == Kind::Dropped);
                if let Some(j) = dropped {
                    self.changes.remove(j);
                    if let Some(k) = self.position(&to) {
                        self.changes[k].kind = Kind::Replaced;
                    }
                }
            }
            None => self.changes.push(Change {
                object: to,
                table: None,
                kind: Kind::Renamed { from },
                span,
            }),
        }
    }

    fn alter(&mut self, object: Option<Object>, table: Option<String>, span: Span) {
        let Some(object) = object else { return };
        if self.position(&object).is_none() {
            self.changes.push(Change {
                object,
                table,
                kind: Kind::Altered,
                span,
            });
        }
    }

    fn find(&self, object: &Object) -> Option<&Kind> {
        self.changes
            .iter()
            .find(|c| c.object == *object)
            .map(|c| &c.kind)
    }

    /// Whether the table is dropped, which undoes everything done to it.
    fn drops_table(&self, table: Option<&String>) -> bool {
        table.is_some_and(|t| self.find(&Object::Table(t.clone())) == Some(&Kind::Dropped))
    }

    /// Whether this net effect (a downgrade's) undoes `change` (an upgrade's).
    fn undoes(&self, change: &Change) -> bool {
        let table = match &change.object {
            Object::Column(t, _) => Some(t),
            _ => change.table.as_ref(),
        };
        if self.drops_table(table) {
            return true;
        }
        let unnamed = matches!(change.object, Object::Index(_) | Object::Constraint(_))
            && table.is_some_and(|t| self.unnamed.contains(t));
        let found = self.find(&change.object);
        // Dropping a constraint drops the index it owns, which has its name (`USING INDEX`).
        let owner_dropped = matches!(&change.object, Object::Index(name)
            if self.find(&Object::Constraint(name.clone())) == Some(&Kind::Dropped));
        match &change.kind {
            Kind::Created => matches!(found, Some(Kind::Dropped)) || unnamed || owner_dropped,
            Kind::Dropped => matches!(found, Some(Kind::Created | Kind::Replaced)) || unnamed,
            Kind::Replaced | Kind::Altered => found.is_some() || unnamed,
            Kind::Renamed { from } => {
                matches!(self.find(from), Some(Kind::Renamed { from: back }) if *back == change.object)
                    || matches!(found, Some(Kind::Dropped))
            }
        }
    }
}
