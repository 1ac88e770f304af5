//! Release notes of a plan: what the schema gains and loses, what running code must already
//! handle before the deploy, and what is left to do by hand.

use crate::model::{ConstraintKind, DataVerb, DefaultValue, OpKind};

/// Names added, dropped and renamed, in plan order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: Vec<String>,
    pub dropped: Vec<String>,
    /// `(old, new)`.
    pub renamed: Vec<(String, String)>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.dropped.is_empty() && self.renamed.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReleaseNotes {
    pub tables: Changes,
    /// `table.column`.
    pub columns: Changes,
    pub indexes: Changes,
    pub constraints: Changes,
    /// What running code must already handle before the deploy.
    pub before_deploy: Vec<String>,
    /// Steps to take by hand, after the deploy or in a later release.
    pub manual_steps: Vec<String>,
    /// The command that rolls the whole plan back.
    pub rollback: String,
}

impl ReleaseNotes {
    /// Nothing to tell but the rollback command.
    pub fn is_empty(&self) -> bool {
        self.tables.is_empty()
            && self.columns.is_empty()
            && self.indexes.is_empty()
            && self.constraints.is_empty()
            && self.before_deploy.is_empty()
            && self.manual_steps.is_empty()
    }
}

fn name(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "?".to_owned())
}

fn column(table: &Option<String>, column: &Option<String>) -> String {
    format!("{}.{}", name(table), name(column))
}

/// Collects the notes operation by operation.
#[derive(Default)]
pub(super) struct Notes {
    notes: ReleaseNotes,
    /// Constraints added `NOT VALID` and not validated since: `(name, table)`.
    unvalidated: Vec<(String, String)>,
}

impl Notes {
    /// Records `kind` (its names resolved through the history); `existing` says whether its
    /// table holds rows the running application uses (it was not created in the plan).
    pub(super) fn record(&mut self, kind: &OpKind, existing: bool) {
        let n = &mut self.notes;
        match kind {
            OpKind::CreateTable { table, .. } => n.tables.added.push(name(table)),
            OpKind::DropTable { table } => {
                n.tables.dropped.push(name(table));
                if existing {
                    n.before_deploy
                        .push(format!("stop using table `{}`: it is dropped", name(table)));
                }
            }
            OpKind::RenameTable { old, new } => {
                n.tables.renamed.push((name(old), name(new)));
                if existing {
                    n.before_deploy.push(format!(
                        "stop using table `{}` by its old name: it is renamed to `{}`",
                        name(old),
                        name(new)
                    ));
                }
            }
            OpKind::AddColumn { table, column: c } => {
                let full = column(table, &c.name);
                n.columns.added.push(full.clone());
                let no_default = matches!(c.server_default, None | Some(DefaultValue::Null));
                if existing && c.is_not_null() && no_default && !c.generated {
                    n.before_deploy.push(format!(
                        "write `{full}` in every insert: it is a new NOT NULL column without a server default"
                    ));
                }
            }
            OpKind::DropColumn { table, column: c } => {
                let full = column(table, c);
                n.columns.dropped.push(full.clone());
                if existing {
                    n.before_deploy
                        .push(format!("stop reading and writing `{full}`: it is dropped"));
                }
            }
            OpKind::AlterColumn {
                table,
                column: c,
                new_name,
                nullable,
                ..
            } => {
                let full = column(table, c);
                if let Some(new) = new_name {
                    n.columns
                        .renamed
                        .push((full.clone(), format!("{}.{new}", name(table))));
                    if existing {
                        n.before_deploy.push(format!(
                            "stop using `{full}` by its old name: it is renamed to `{new}`"
                        ));
                    }
                }
                if *nullable == Some(false) && existing {
                    n.before_deploy.push(format!(
                        "write a value to `{full}` in every insert and update: it becomes NOT NULL"
                    ));
                }
            }
            OpKind::CreateIndex {
                name: index,
                table,
                concurrently,
                ..
            } => {
                n.indexes
                    .added
                    .push(format!("{} on {}", name(index), name(table)));
                if *concurrently {
                    n.manual_steps.push(format!(
                        "if building `{}` concurrently fails, it leaves an invalid index: drop it and run the migration again",
                        name(index)
                    ));
                }
            }
            OpKind::DropIndex {
                name: index, table, ..
            } => n
                .indexes
                .dropped
                .push(format!("{} on {}", name(index), name(table))),
            OpKind::AddConstraint {
                name: constraint,
                table,
                constraint: what,
                not_valid,
                ..
            } => {
                n.constraints.added.push(format!(
                    "{} ({}) on {}",
                    name(constraint),
                    constraint_kind(*what),
                    name(table)
                ));
                if *not_valid {
                    self.unvalidated.push((name(constraint), name(table)));
                }
            }
            OpKind::DropConstraint {
                name: constraint,
                table,
            } => n
                .constraints
                .dropped
                .push(format!("{} on {}", name(constraint), name(table))),
            OpKind::ValidateConstraint {
                name: Some(constraint),
                ..
            } => self
                .unvalidated
                .retain(|(c, _)| !c.eq_ignore_ascii_case(constraint)),
            OpKind::DataChange {
                verb: verb @ (DataVerb::Update | DataVerb::Delete),
                table,
                has_where: false,
            } if existing => {
                let verb = if *verb == DataVerb::Update {
                    "updates"
                } else {
                    "deletes"
                };
                n.manual_steps.push(format!(
                    "the migration {verb} every row of `{}` in one transaction: on a large table, run it in batches by hand instead",
                    name(table)
                ));
            }
            _ => {}
        }
    }

    pub(super) fn finish(mut self, rollback: String) -> ReleaseNotes {
        for (constraint, table) in self.unvalidated {
            self.notes.manual_steps.push(format!(
                "validate `{constraint}` in a later release: `ALTER TABLE {table} VALIDATE CONSTRAINT {constraint}` (it reads every row without blocking writes)"
            ));
        }
        self.notes.rollback = rollback;
        self.notes
    }
}

fn constraint_kind(kind: ConstraintKind) -> &'static str {
    match kind {
        ConstraintKind::ForeignKey => "foreign key",
        ConstraintKind::Check => "check",
        ConstraintKind::Unique => "unique",
        ConstraintKind::PrimaryKey => "primary key",
        ConstraintKind::Exclude => "exclude",
        ConstraintKind::Other => "constraint",
    }
}
