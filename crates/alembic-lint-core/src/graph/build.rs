//! Building one script directory's revision graph from the extracted metadata.

// FxHash for the maps of revision ids: hashing 100,000 ids with SipHash costs more than building
// the graph, and the ids come from the project's own files, so hash flooding is no concern.
use crate::check::FileReport;
use crate::model::{IdField, IdValue, RevisionMeta};
use rustc_hash::FxHashMap as IdMap;

/// One migration file as the graph sees it.
pub(crate) struct FileMeta<'a> {
    pub report: &'a FileReport,
    pub meta: Option<&'a RevisionMeta>,
    /// The literal revision id, when the file has one.
    pub revision: Option<&'a str>,
}

impl<'a> FileMeta<'a> {
    /// The literal ids of one of the file's revision identifier variables.
    pub(crate) fn ids(&self, field: fn(&RevisionMeta) -> &Option<IdField>) -> &'a [String] {
        self.field(field).map_or(&[], |f| f.value.ids())
    }

    pub(crate) fn field(
        &self,
        field: fn(&RevisionMeta) -> &Option<IdField>,
    ) -> Option<&'a IdField> {
        self.meta.and_then(|m| field(m).as_ref())
    }
}

/// One revision: a node of the graph.
pub(crate) struct Node<'a> {
    pub id: &'a str,
    /// The file that declares the revision; the last one when several do, as Alembic keeps it.
    pub file: usize,
    /// Parents named by `down_revision` that exist, without repeats.
    pub down: Vec<u32>,
    /// Revisions `depends_on` resolves to, without repeats and without those in `down`.
    pub deps: Vec<u32>,
    /// Revisions whose `down_revision` names this one (Alembic's `nextrev`).
    pub children: Vec<u32>,
    /// Revisions that depend on this one without naming it in `down_revision`.
    pub dependents: Vec<u32>,
    /// `down_revision` is `None` or empty: Alembic's base.
    pub is_base: bool,
    /// `down_revision` names two or more revisions: Alembic's merge point.
    pub is_merge: bool,
    /// Declares branch labels, literal or computed.
    pub labelled: bool,
}

impl Node<'_> {
    /// A head as `alembic heads` shows it: no revision names it in `down_revision`.
    pub(crate) fn is_head(&self) -> bool {
        self.children.is_empty()
    }

    /// Two or more revisions name it in `down_revision`.
    pub(crate) fn is_branch_point(&self) -> bool {
        self.children.len() > 1
    }

    /// Two or more revisions follow it, dependencies included.
    pub(crate) fn is_real_branch_point(&self) -> bool {
        self.children.len() + self.dependents.len() > 1
    }
}

/// What a name in `depends_on` refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Resolved<'a> {
    Revision(u32),
    Label(u32),
    /// A partial id that starts exactly one revision id (Alembic accepts these on the command
    /// line, not in a file).
    Prefix(u32),
    /// A partial id that starts several revision ids (up to three shown).
    Ambiguous(Vec<&'a str>),
    Missing,
}

/// The revision graph of one script directory.
pub(crate) struct Graph<'a> {
    pub files: Vec<FileMeta<'a>>,
    /// In the order revisions were first seen, which is file order.
    pub nodes: Vec<Node<'a>>,
    pub index: IdMap<&'a str, u32>,
    /// Each branch label and the first revision that declares it.
    pub labels: IdMap<&'a str, u32>,
    /// The files of each revision id declared more than once, in file order.
    pub duplicates: Vec<Vec<usize>>,
    /// Revision ids sorted, for partial-id lookups.
    sorted_ids: Vec<&'a str>,
    /// Files whose revision id cannot be read (a syntax error, a computed id, a
    /// `down_revision` without `revision`).
    pub unreadable: Vec<usize>,
    /// Some file's `down_revision` is missing or computed: the edges are not all known.
    pub unknown_edges: bool,
    /// Some `down_revision` names a revision that is not here.
    pub dangling: bool,
    /// Some revision's branch labels are computed at run time.
    pub computed_labels: bool,
}

impl<'a> Graph<'a> {
    pub(crate) fn build(reports: &[&'a FileReport]) -> Graph<'a> {
        let files: Vec<FileMeta<'a>> = reports
            .iter()
            .map(|&report| {
                let meta = report.meta.as_ref();
                FileMeta {
                    report,
                    meta,
                    revision: meta.and_then(RevisionMeta::revision_id),
                }
            })
            .collect();
        let mut graph = Graph {
            nodes: Vec::new(),
            index: IdMap::with_capacity_and_hasher(files.len(), Default::default()),
            labels: IdMap::default(),
            duplicates: Vec::new(),
            sorted_ids: Vec::new(),
            unreadable: Vec::new(),
            unknown_edges: false,
            dangling: false,
            computed_labels: false,
            files,
        };
        graph.add_nodes();
        graph.add_labels();
        graph.add_edges();
        graph
    }

    fn add_nodes(&mut self) {
        let mut duplicated: IdMap<u32, usize> = IdMap::default();
        for (i, file) in self.files.iter().enumerate() {
            let Some(id) = file.revision else {
                // A module that assigns neither variable (a package `__init__.py`, a helper)
                // declares no revision; anything else may hide one.
                let silent = file
                    .meta
                    .is_some_and(|m| m.revision.is_none() && m.down_revision.is_none());
                if !silent {
                    self.unreadable.push(i);
                }
                continue;
            };
            let down = file.field(|m| &m.down_revision).map(|f| &f.value);
            if matches!(down, None | Some(IdValue::NotLiteral)) {
                self.unknown_edges = true;
            }
            let labels = file.field(|m| &m.branch_labels).map(|f| &f.value);
            if labels == Some(&IdValue::NotLiteral) {
                self.computed_labels = true;
            }
            let node = Node {
                id,
                file: i,
                down: Vec::new(),
                deps: Vec::new(),
                children: Vec::new(),
                dependents: Vec::new(),
                is_base: matches!(down, Some(IdValue::None))
                    || matches!(down, Some(IdValue::Many(ids)) if ids.is_empty()),
                is_merge: down.is_some_and(|d| d.ids().len() > 1),
                labelled: match labels {
                    Some(IdValue::NotLiteral) => true,
                    Some(value) => !value.ids().is_empty(),
                    None => false,
                },
            };
            match self.index.get(id) {
                // Alembic keeps the last file declaring an id, at the first one's place.
                Some(&n) => {
                    let first = self.nodes[n as usize].file;
                    match duplicated.get(&n) {
                        Some(&d) => self.duplicates[d].push(i),
                        None => {
                            duplicated.insert(n, self.duplicates.len());
                            self.duplicates.push(vec![first, i]);
                        }
                    }
                    self.nodes[n as usize] = node;
                }
                None => {
                    self.index.insert(id, self.nodes.len() as u32);
                    self.nodes.push(node);
                }
            }
        }
        self.duplicates.sort_unstable();
        self.sorted_ids = self.nodes.iter().map(|n| n.id).collect();
        self.sorted_ids.sort_unstable();
    }

    fn add_labels(&mut self) {
        for n in 0..self.nodes.len() {
            let file = &self.files[self.nodes[n].file];
            for label in file.ids(|m| &m.branch_labels) {
                self.labels.entry(label.as_str()).or_insert(n as u32);
            }
        }
    }

    fn add_edges(&mut self) {
        for n in 0..self.nodes.len() {
            let file = &self.files[self.nodes[n].file];
            let mut down: Vec<u32> = Vec::new();
            for id in file.ids(|m| &m.down_revision) {
                match self.index.get(id.as_str()) {
                    Some(&p) if !down.contains(&p) => down.push(p),
                    Some(_) => {}
                    None => self.dangling = true,
                }
            }
            let mut deps: Vec<u32> = Vec::new();
            for name in file.ids(|m| &m.depends_on) {
                let target = match self.resolve(name) {
                    Resolved::Revision(p) | Resolved::Label(p) | Resolved::Prefix(p) => p,
                    Resolved::Ambiguous(_) | Resolved::Missing => continue,
                };
                if !down.contains(&target) && !deps.contains(&target) {
                    deps.push(target);
                }
            }
            for &p in &down {
                self.nodes[p as usize].children.push(n as u32);
            }
            for &p in &deps {
                self.nodes[p as usize].dependents.push(n as u32);
            }
            let node = &mut self.nodes[n];
            node.down = down;
            node.deps = deps;
        }
    }

    pub(crate) fn node(&self, n: u32) -> &Node<'a> {
        &self.nodes[n as usize]
    }

    pub(crate) fn file_of(&self, n: u32) -> &FileMeta<'a> {
        &self.files[self.node(n).file]
    }

    /// Resolves a `depends_on` entry the way Alembic's revision map does (a revision id, then a
    /// branch label), then as a partial id for the hint.
    pub(crate) fn resolve(&self, name: &str) -> Resolved<'a> {
        if let Some(&n) = self.index.get(name) {
            return Resolved::Revision(n);
        }
        if let Some(&n) = self.labels.get(name) {
            return Resolved::Label(n);
        }
        match self.ids_starting_with(name, 3).as_slice() {
            [] => Resolved::Missing,
            [one] => self
                .index
                .get(one)
                .map_or(Resolved::Missing, |&n| Resolved::Prefix(n)),
            many => Resolved::Ambiguous(many.to_vec()),
        }
    }

    /// Up to `limit` revision ids that start with `prefix`, as Alembic's partial lookup finds
    /// them (it only considers ids longer than three characters).
    pub(crate) fn ids_starting_with(&self, prefix: &str, limit: usize) -> Vec<&'a str> {
        if prefix.is_empty() {
            return Vec::new();
        }
        let start = self.sorted_ids.partition_point(|id| *id < prefix);
        self.sorted_ids[start..]
            .iter()
            .take_while(|id| id.starts_with(prefix))
            .filter(|id| id.len() > 3 && id.len() > prefix.len())
            .take(limit)
            .copied()
            .collect()
    }

    /// Whether a file that could not be read may declare `id` (its text mentions it).
    pub(crate) fn maybe_in_unreadable(&self, id: &str) -> bool {
        self.unreadable
            .iter()
            .any(|&f| self.files[f].report.text.contains(id))
    }
}
