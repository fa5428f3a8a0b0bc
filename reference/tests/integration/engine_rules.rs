//! The engine's relation rules (prisma1-behaviours.md §4.0) cell by cell over the nine
//! relation kinds, every engine error of §10, and atomicity: a failing mutation at any depth
//! leaves the store exactly as it was.

// Engine errors are the failure path, built once per failed operation (as in the library).
#![allow(clippy::result_large_err)]

use crudspec_reference::datamodel::{DataModel, ModelId, Side};
use crudspec_reference::engine::*;
use crudspec_reference::store::Store;
use serde_json::{Value, json};

/// One relation-matrix fixture with its field names.
struct Kind {
    code: &'static str,
    file: &'static str,
    parent_field: &'static str,
    child_field: &'static str,
}

const KINDS: [Kind; 9] = [
    Kind {
        code: "P1!-C1!",
        file: "relation_p1req_c1req",
        parent_field: "childReq",
        child_field: "parentReq",
    },
    Kind {
        code: "P1!-C1",
        file: "relation_p1req_c1opt",
        parent_field: "childReq",
        child_field: "parentOpt",
    },
    Kind {
        code: "P1-C1!",
        file: "relation_p1opt_c1req",
        parent_field: "childOpt",
        child_field: "parentReq",
    },
    Kind {
        code: "P1-C1",
        file: "relation_p1opt_c1opt",
        parent_field: "childOpt",
        child_field: "parentOpt",
    },
    Kind {
        code: "PM-C1!",
        file: "relation_pm_c1req",
        parent_field: "childrenOpt",
        child_field: "parentReq",
    },
    Kind {
        code: "PM-C1",
        file: "relation_pm_c1opt",
        parent_field: "childrenOpt",
        child_field: "parentOpt",
    },
    Kind {
        code: "P1!-CM",
        file: "relation_p1req_cm",
        parent_field: "childReq",
        child_field: "parentsOpt",
    },
    Kind {
        code: "P1-CM",
        file: "relation_p1opt_cm",
        parent_field: "childOpt",
        child_field: "parentsOpt",
    },
    Kind {
        code: "PM-CM",
        file: "relation_pm_cm",
        parent_field: "childrenOpt",
        child_field: "parentsOpt",
    },
];

fn kind(code: &str) -> &'static Kind {
    KINDS.iter().find(|k| k.code == code).expect("known kind")
}

struct World {
    dm: DataModel,
    store: Store,
    policy: Policy,
    k: &'static Kind,
}

const PARENT: ModelId = 0;
const CHILD: ModelId = 1;

fn scalars(field: &str, v: &str) -> Vec<(String, Value)> {
    vec![(field.to_string(), json!(v))]
}

fn child(c: &str) -> CreateInput {
    CreateInput {
        scalars: scalars("c", c),
        ..Default::default()
    }
}

fn by_p(p: &str) -> WhereUnique {
    WhereUnique::by("p", p)
}

fn by_c(c: &str) -> WhereUnique {
    WhereUnique::by("c", c)
}

impl World {
    fn new(code: &str) -> World {
        let k = kind(code);
        let path = format!(
            "{}/../fixtures/datamodels/{}.graphql",
            env!("CARGO_MANIFEST_DIR"),
            k.file
        );
        let sdl = std::fs::read_to_string(&path).expect("fixture exists");
        let dm = DataModel::parse(&sdl).expect("fixture parses");
        assert_eq!(dm.models[PARENT].name, "Parent");
        let store = Store::new(&dm, Some(7));
        World {
            dm,
            store,
            policy: Policy::default(),
            k,
        }
    }

    fn engine(&mut self) -> Engine<'_> {
        Engine::new(&self.dm, &mut self.store, &self.policy)
    }

    /// Creates parent `p` with a new child `c` (None: a parent without child; only possible
    /// where the parent's field is optional).
    fn parent(&mut self, p: &str, c: Option<&str>) -> Result<String, EngineError> {
        let mut data = CreateInput {
            scalars: scalars("p", p),
            ..Default::default()
        };
        if let Some(c) = c {
            data.relations.push((
                self.k.parent_field.to_string(),
                CreateRelation {
                    create: vec![child(c)],
                    connect: vec![],
                },
            ));
        }
        self.engine().create(PARENT, &data)
    }

    /// Creates a child with no parent (only possible where the child's field is optional).
    fn loose_child(&mut self, c: &str) -> Result<String, EngineError> {
        self.engine().create(CHILD, &child(c))
    }

    fn update_parent(&mut self, p: &str, rel: UpdateRelation) -> Result<String, EngineError> {
        let data = UpdateInput {
            relations: vec![(self.k.parent_field.to_string(), rel)],
            ..Default::default()
        };
        self.engine().update(PARENT, &by_p(p), &data)
    }

    fn create_parent_connecting(&mut self, p: &str, c: &str) -> Result<String, EngineError> {
        let data = CreateInput {
            scalars: scalars("p", p),
            relations: vec![(
                self.k.parent_field.to_string(),
                CreateRelation {
                    create: vec![],
                    connect: vec![by_c(c)],
                },
            )],
            ..Default::default()
        };
        self.engine().create(PARENT, &data)
    }

    fn id_of(&self, model: ModelId, field: &str, v: &str) -> String {
        let r = Reader::new(&self.dm, &self.store);
        r.find_unique(model, &WhereUnique::by(field, v))
            .unwrap()
            .expect("node exists")
    }

    /// The `c` values of the children of parent `p`.
    fn children_of(&self, p: &str) -> Vec<String> {
        let r = Reader::new(&self.dm, &self.store);
        let id = self.id_of(PARENT, "p", p);
        r.related(PARENT, &id, self.k.parent_field, &ListArgs::default())
            .unwrap()
            .iter()
            .map(|c| {
                r.value(CHILD, c, "c")
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }

    /// The `p` values of the parents of child `c`.
    fn parents_of(&self, c: &str) -> Vec<String> {
        let r = Reader::new(&self.dm, &self.store);
        let id = self.id_of(CHILD, "c", c);
        r.related(CHILD, &id, self.k.child_field, &ListArgs::default())
            .unwrap()
            .iter()
            .map(|p| {
                r.value(PARENT, p, "p")
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    }

    fn child_exists(&self, c: &str) -> bool {
        Reader::new(&self.dm, &self.store)
            .find_unique(CHILD, &by_c(c))
            .unwrap()
            .is_some()
    }

    /// Everything in the store, for before/after comparisons.
    fn dump(&self) -> String {
        let mut out = String::new();
        for (m, model) in self.dm.models.iter().enumerate() {
            for id in self.store.ids(m) {
                out += &format!(
                    "{} {:?}\n",
                    model.name,
                    self.store.get(m, id).map(|n| &n.values)
                );
            }
        }
        for (r, rel) in self.dm.relations.iter().enumerate() {
            for m in [PARENT, CHILD] {
                for id in self.store.ids(m) {
                    let side = if self.dm.models[rel.a.model].name == self.dm.models[m].name {
                        Side::A
                    } else {
                        Side::B
                    };
                    let linked: Vec<_> = self.store.linked(r, side, id).collect();
                    out += &format!("{} {id} {linked:?}\n", rel.name);
                }
            }
        }
        out
    }
}

fn is_3042(r: Result<String, EngineError>) -> bool {
    matches!(r, Err(EngineError::RequiredRelationViolation { ref relation, ref model_a, ref model_b, .. })
        if relation == "ChildToParent" && model_a == "Child" && model_b == "Parent")
}

/// Runs `op`; if it fails, asserts the store is unchanged. Returns the result.
fn atomically(
    w: &mut World,
    op: impl FnOnce(&mut World) -> Result<String, EngineError>,
) -> Result<String, EngineError> {
    let before = w.dump();
    let r = op(w);
    if r.is_err() {
        assert_eq!(
            before,
            w.dump(),
            "{}: a failed mutation changed the store",
            w.k.code
        );
    }
    r
}

// ---- nested create inside create: never checks ------------------------------------------

#[test]
fn nested_create_inside_create_always_links() {
    for k in &KINDS {
        let mut w = World::new(k.code);
        w.parent("p1", Some("c1"))
            .unwrap_or_else(|e| panic!("{}: {e}", k.code));
        assert_eq!(w.children_of("p1"), ["c1"], "{}", k.code);
        assert_eq!(w.parents_of("c1"), ["p1"], "{}", k.code);
        assert_eq!(w.store.link_count(0), 1);
    }
}

// ---- nested create inside update ----------------------------------------------------------

#[test]
fn nested_create_inside_update() {
    for k in &KINDS {
        let mut w = World::new(k.code);
        w.parent("p1", Some("c1")).unwrap();
        let r = atomically(&mut w, |w| {
            w.update_parent(
                "p1",
                UpdateRelation {
                    create: vec![child("c2")],
                    ..Default::default()
                },
            )
        });
        match k.code {
            "P1!-C1!" | "P1-C1!" => assert!(is_3042(r), "{}", k.code),
            "P1!-C1" | "P1-C1" | "P1!-CM" | "P1-CM" => {
                r.unwrap();
                assert_eq!(w.children_of("p1"), ["c2"], "{}", k.code);
                assert!(
                    w.parents_of("c1").is_empty(),
                    "{}: old child detached",
                    k.code
                );
                assert!(w.child_exists("c1"), "{}: old child survives", k.code);
            }
            _ => {
                r.unwrap();
                assert_eq!(w.children_of("p1"), ["c1", "c2"], "{}: appended", k.code);
            }
        }
    }
    // P1-C1!: a parent without a child can get one.
    let mut w = World::new("P1-C1!");
    w.parent("p0", None).unwrap();
    w.update_parent(
        "p0",
        UpdateRelation {
            create: vec![child("c9")],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.children_of("p0"), ["c9"]);
}

// ---- connect inside update ----------------------------------------------------------------

#[test]
fn connect_inside_update() {
    for k in &KINDS {
        let mut w = World::new(k.code);
        w.parent("p1", Some("c1")).unwrap();
        w.parent("p2", Some("c2")).unwrap();
        let r = atomically(&mut w, |w| {
            w.update_parent(
                "p1",
                UpdateRelation {
                    connect: vec![by_c("c2")],
                    ..Default::default()
                },
            )
        });
        match k.code {
            // the target child has a parent that would lose its required child, or the old
            // child would lose its required parent
            "P1!-C1!" | "P1!-C1" | "P1-C1!" => assert!(is_3042(r), "{}", k.code),
            "P1-C1" => {
                r.unwrap();
                assert_eq!(w.children_of("p1"), ["c2"]);
                assert!(w.children_of("p2").is_empty(), "c2 stolen from p2");
                assert!(w.parents_of("c1").is_empty(), "c1 detached");
                assert_eq!(w.store.link_count(0), 1);
            }
            "PM-C1!" | "PM-C1" => {
                r.unwrap();
                assert_eq!(w.children_of("p1"), ["c1", "c2"], "{}", k.code);
                assert!(w.children_of("p2").is_empty(), "{}: c2 moved", k.code);
            }
            "P1!-CM" | "P1-CM" => {
                r.unwrap();
                assert_eq!(w.children_of("p1"), ["c2"], "{}", k.code);
                assert!(
                    w.parents_of("c1").is_empty(),
                    "{}: old link removed",
                    k.code
                );
                assert_eq!(
                    w.parents_of("c2"),
                    ["p1", "p2"],
                    "{}: c2 gains a parent",
                    k.code
                );
            }
            "PM-CM" => {
                r.unwrap();
                assert_eq!(w.children_of("p1"), ["c1", "c2"]);
                assert_eq!(w.parents_of("c2"), ["p1", "p2"]);
                // connecting the same pair again changes nothing
                w.update_parent(
                    "p1",
                    UpdateRelation {
                        connect: vec![by_c("c2")],
                        ..Default::default()
                    },
                )
                .unwrap();
                assert_eq!(w.store.link_count(0), 3);
            }
            other => unreachable!("{other}"),
        }
    }
    // P1!-C1: a loose target is fine; the old child is detached.
    let mut w = World::new("P1!-C1");
    w.parent("p1", Some("c1")).unwrap();
    w.loose_child("c3").unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            connect: vec![by_c("c3")],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.children_of("p1"), ["c3"]);
    assert!(w.parents_of("c1").is_empty());
    // P1-C1!: a parent without child takes a child from another parent.
    let mut w = World::new("P1-C1!");
    w.parent("p0", None).unwrap();
    w.parent("p2", Some("c2")).unwrap();
    w.update_parent(
        "p0",
        UpdateRelation {
            connect: vec![by_c("c2")],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.parents_of("c2"), ["p0"]);
    // P1-C1: re-connecting the connected pair is a no-op.
    let mut w = World::new("P1-C1");
    w.parent("p1", Some("c1")).unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            connect: vec![by_c("c1")],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.children_of("p1"), ["c1"]);
}

#[test]
fn connect_duplicates_and_missing_targets() {
    let mut w = World::new("PM-C1");
    w.parent("p1", None).unwrap();
    w.loose_child("c1").unwrap();
    w.loose_child("c2").unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            connect: vec![by_c("c1"), by_c("c2"), by_c("c2")],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.children_of("p1"), ["c1", "c2"]);
    let r = atomically(&mut w, |w| {
        w.create_parent_connecting("p9", "DOES NOT EXIST")
    });
    assert!(
        matches!(r, Err(EngineError::RelatedNodeNotFound { ref model, ref field, ref value })
        if model == "Child" && field == "c" && value == "DOES NOT EXIST"),
        "{r:?}"
    );
}

// ---- connect inside create ----------------------------------------------------------------

#[test]
fn connect_inside_create() {
    for k in &KINDS {
        let mut w = World::new(k.code);
        w.parent("p2", Some("c2")).unwrap();
        let r = atomically(&mut w, |w| w.create_parent_connecting("p3", "c2"));
        match k.code {
            "P1!-C1!" | "P1!-C1" => assert!(is_3042(r), "{}", k.code),
            "P1-C1!" | "P1-C1" | "PM-C1!" | "PM-C1" => {
                r.unwrap();
                assert_eq!(w.parents_of("c2"), ["p3"], "{}: child moved", k.code);
            }
            _ => {
                r.unwrap();
                assert_eq!(
                    w.parents_of("c2"),
                    ["p2", "p3"],
                    "{}: child gains a parent",
                    k.code
                );
            }
        }
    }
    let mut w = World::new("P1!-C1");
    w.loose_child("c3").unwrap();
    w.create_parent_connecting("p3", "c3").unwrap();
    assert_eq!(w.parents_of("c3"), ["p3"]);
}

// ---- disconnect ---------------------------------------------------------------------------

#[test]
fn disconnect() {
    for k in &KINDS {
        let mut w = World::new(k.code);
        w.parent("p1", Some("c1")).unwrap();
        let target = if k.code.starts_with("PM") {
            Target::Where(by_c("c1"))
        } else {
            Target::Connected
        };
        let r = atomically(&mut w, |w| {
            w.update_parent(
                "p1",
                UpdateRelation {
                    disconnect: vec![target],
                    ..Default::default()
                },
            )
        });
        match k.code {
            // required to-one on either side: 3042 (P1!-* is not even in the schema)
            "P1!-C1!" | "P1!-C1" | "P1!-CM" | "P1-C1!" | "PM-C1!" => {
                assert!(is_3042(r), "{}", k.code)
            }
            _ => {
                r.unwrap();
                assert!(w.children_of("p1").is_empty(), "{}", k.code);
                assert!(w.child_exists("c1"), "{}: the child survives", k.code);
            }
        }
    }
    // to-one with nothing connected → 3041
    for code in ["P1-C1", "P1-CM"] {
        let mut w = World::new(code);
        w.parent("p0", None).unwrap();
        let r = w.update_parent(
            "p0",
            UpdateRelation {
                disconnect: vec![Target::Connected],
                ..Default::default()
            },
        );
        assert!(
            matches!(r, Err(EngineError::NodesNotConnected { on_path: true, .. })),
            "{code}: {r:?}"
        );
    }
    // to-many: unknown → 3039, not linked → 3041, and nothing changes
    for code in ["PM-C1", "PM-CM"] {
        let mut w = World::new(code);
        w.parent("p1", Some("c1")).unwrap();
        w.parent("p2", Some("c2")).unwrap();
        let r = atomically(&mut w, |w| {
            w.update_parent(
                "p1",
                UpdateRelation {
                    disconnect: vec![Target::Where(by_c("c1")), Target::Where(by_c("nope"))],
                    ..Default::default()
                },
            )
        });
        assert!(
            matches!(r, Err(EngineError::NodeNotFound { .. })),
            "{code}: {r:?}"
        );
        let r = atomically(&mut w, |w| {
            w.update_parent(
                "p1",
                UpdateRelation {
                    disconnect: vec![Target::Where(by_c("c1")), Target::Where(by_c("c2"))],
                    ..Default::default()
                },
            )
        });
        assert!(
            matches!(
                r,
                Err(EngineError::NodesNotConnected { on_path: false, .. })
            ),
            "{code}: {r:?}"
        );
        assert_eq!(w.children_of("p1"), ["c1"]);
    }
}

// ---- delete, set, update, upsert, batch ---------------------------------------------------

#[test]
fn top_level_delete_of_parent() {
    for k in &KINDS {
        let mut w = World::new(k.code);
        w.parent("p1", Some("c1")).unwrap();
        let r = atomically(&mut w, |w| {
            w.engine().delete(PARENT, &by_p("p1")).map(|n| n.id)
        });
        if k.code.ends_with("C1!") {
            assert!(is_3042(r), "{}", k.code);
        } else {
            r.unwrap();
            assert!(w.child_exists("c1"), "{}: child survives detached", k.code);
            assert_eq!(w.store.link_count(0), 0);
        }
    }
}

#[test]
fn nested_delete_and_its_required_checks() {
    let mut w = World::new("PM-C1!");
    w.parent("p1", Some("c1")).unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            create: vec![child("c2")],
            ..Default::default()
        },
    )
    .unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            delete: vec![Target::Where(by_c("c1"))],
            ..Default::default()
        },
    )
    .unwrap();
    assert!(!w.child_exists("c1"));
    assert_eq!(w.children_of("p1"), ["c2"]);
    // P1-C1: delete with nothing connected → 3041
    let mut w = World::new("P1-C1");
    w.parent("p0", None).unwrap();
    let r = w.update_parent(
        "p0",
        UpdateRelation {
            delete: vec![Target::Connected],
            ..Default::default()
        },
    );
    assert!(
        matches!(r, Err(EngineError::NodesNotConnected { .. })),
        "{r:?}"
    );
    // deleting a child whose other required relation points at it → 3042 naming that relation
    let dm = DataModel::parse(
        "type Parent { id: ID! @unique p: String! @unique childrenOpt: [Child] }
         type Child { id: ID! @unique c: String! @unique parentsOpt: [Parent] other: Other }
         type Other { id: ID! @unique o: String! @unique childReq: Child! }",
    )
    .unwrap();
    let mut store = Store::new(&dm, None);
    let policy = Policy::default();
    let mut e = Engine::new(&dm, &mut store, &policy);
    e.create(
        0,
        &CreateInput {
            scalars: scalars("p", "p1"),
            relations: vec![(
                "childrenOpt".into(),
                CreateRelation {
                    create: vec![child("c1")],
                    connect: vec![],
                },
            )],
            ..Default::default()
        },
    )
    .unwrap();
    e.create(
        2,
        &CreateInput {
            scalars: scalars("o", "o1"),
            relations: vec![(
                "childReq".into(),
                CreateRelation {
                    create: vec![],
                    connect: vec![by_c("c1")],
                },
            )],
            ..Default::default()
        },
    )
    .unwrap();
    let r = e.update(
        0,
        &by_p("p1"),
        &UpdateInput {
            relations: vec![(
                "childrenOpt".into(),
                UpdateRelation {
                    delete: vec![Target::Where(by_c("c1"))],
                    ..Default::default()
                },
            )],
            ..Default::default()
        },
    );
    assert!(
        matches!(r, Err(EngineError::RequiredRelationViolation { ref relation, .. }) if relation == "ChildToOther"),
        "{r:?}"
    );
}

#[test]
fn set_replaces_links_without_required_check() {
    let mut w = World::new("PM-C1!");
    w.parent("p1", Some("c1")).unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            create: vec![child("c2")],
            ..Default::default()
        },
    )
    .unwrap();
    w.parent("p2", Some("c3")).unwrap();
    // Prisma 1.34 quirk (SE03): c1 is orphaned without error.
    w.update_parent(
        "p1",
        UpdateRelation {
            set: Some(vec![by_c("c2"), by_c("c3"), by_c("c3")]),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.children_of("p1"), ["c2", "c3"]);
    assert!(w.parents_of("c1").is_empty());
    assert!(w.children_of("p2").is_empty());
    // with the policy switched on, the same set is 3042
    let mut w = World::new("PM-C1!");
    w.policy.set_checks_required = true;
    w.parent("p1", Some("c1")).unwrap();
    let r = atomically(&mut w, |w| {
        w.update_parent(
            "p1",
            UpdateRelation {
                set: Some(vec![]),
                ..Default::default()
            },
        )
    });
    assert!(is_3042(r));
}

#[test]
fn nested_update_and_upsert_address_only_linked_children() {
    let mut w = World::new("PM-C1");
    w.parent("p1", Some("c1")).unwrap();
    w.loose_child("loose").unwrap();
    let data = UpdateInput {
        scalars: vec![("test".into(), json!("updated"))],
        ..Default::default()
    };
    let r = atomically(&mut w, |w| {
        w.update_parent(
            "p1",
            UpdateRelation {
                update: vec![NestedUpdate {
                    target: Target::Where(by_c("loose")),
                    data: data.clone(),
                }],
                ..Default::default()
            },
        )
    });
    assert!(
        matches!(r, Err(EngineError::NodesNotConnected { ref child, on_path: true, .. })
        if child.selector == Some(("c".into(), json!("loose")))),
        "{r:?}"
    );
    // upsert on an unlinked node creates (and clashes on the unique c → 3010)
    let r = atomically(&mut w, |w| {
        w.update_parent(
            "p1",
            UpdateRelation {
                upsert: vec![NestedUpsert {
                    target: Target::Where(by_c("loose")),
                    update: data.clone(),
                    create: child("loose"),
                }],
                ..Default::default()
            },
        )
    });
    assert!(
        matches!(r, Err(EngineError::UniqueConstraintViolation { ref model, ref field }) if model == "Child" && field == "c"),
        "{r:?}"
    );
    // upsert hit → update in place; miss → create appended
    w.update_parent(
        "p1",
        UpdateRelation {
            upsert: vec![
                NestedUpsert {
                    target: Target::Where(by_c("c1")),
                    update: data.clone(),
                    create: child("x"),
                },
                NestedUpsert {
                    target: Target::Where(by_c("c9")),
                    update: data.clone(),
                    create: child("c9"),
                },
            ],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.children_of("p1"), ["c1", "c9"]);
}

#[test]
fn execution_order_is_fixed_not_textual() {
    // create + delete of the freshly created child in one input: creates run first.
    let mut w = World::new("PM-CM");
    w.parent("p1", Some("c1")).unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            delete: vec![Target::Where(by_c("c3"))],
            create: vec![child("c3")],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.children_of("p1"), ["c1"]);
    assert!(!w.child_exists("c3"));
    // connect + disconnect of the same node: disconnects run after connects.
    w.loose_child("c4").unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            disconnect: vec![Target::Where(by_c("c4"))],
            connect: vec![by_c("c4")],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(w.children_of("p1"), ["c1"]);
}

#[test]
fn nested_batch_acts_on_this_parents_children_only() {
    let mut w = World::new("PM-C1");
    w.parent("p1", Some("c1")).unwrap();
    w.update_parent(
        "p1",
        UpdateRelation {
            create: vec![child("c2")],
            ..Default::default()
        },
    )
    .unwrap();
    w.parent("p2", Some("c3")).unwrap();
    let f = Filter::Scalar {
        field: "c".into(),
        op: ScalarOp::Contains,
        value: json!("c"),
    };
    w.update_parent(
        "p1",
        UpdateRelation {
            update_many: vec![NestedUpdateMany {
                filter: f.clone(),
                data: UpdateInput {
                    scalars: vec![("test".into(), json!("u"))],
                    ..Default::default()
                },
            }],
            ..Default::default()
        },
    )
    .unwrap();
    let r = Reader::new(&w.dm, &w.store);
    let c3 = w.id_of(CHILD, "c", "c3");
    assert_eq!(r.value(CHILD, &c3, "test"), Some(&Value::Null));
    w.update_parent(
        "p1",
        UpdateRelation {
            delete_many: vec![f],
            ..Default::default()
        },
    )
    .unwrap();
    assert!(!w.child_exists("c1") && !w.child_exists("c2") && w.child_exists("c3"));
}

// ---- every engine error of §10 ------------------------------------------------------------

fn scalar_world() -> (DataModel, Store, Policy) {
    let dm = DataModel::parse(
        r#"type Item {
             id: ID! @unique
             key: String! @unique
             alias: String @unique
             req: String!
             withDefault: String! @default(value: "d")
             other: ID
             tags: [String!]!
             when: DateTime
           }"#,
    )
    .unwrap();
    let store = Store::new(&dm, Some(1));
    (dm, store, Policy::default())
}

fn item(key: &str) -> CreateInput {
    CreateInput {
        scalars: vec![("key".into(), json!(key)), ("req".into(), json!("r"))],
        ..Default::default()
    }
}

#[test]
fn every_engine_error_code() {
    let (dm, mut store, policy) = scalar_world();
    let mut e = Engine::new(&dm, &mut store, &policy);
    e.create(0, &item("a")).unwrap();
    // 3007
    let mut long = item("b");
    long.scalars.push(("other".into(), json!("x".repeat(26))));
    assert!(
        matches!(e.create(0, &long), Err(EngineError::ValueTooLong { ref field }) if field == "other")
    );
    // 3010
    assert!(
        matches!(e.create(0, &item("a")), Err(EngineError::UniqueConstraintViolation { ref field, .. }) if field == "key")
    );
    // 3020
    let null_req = UpdateInput {
        scalars: vec![("req".into(), Value::Null)],
        ..Default::default()
    };
    assert!(matches!(
        e.update(0, &WhereUnique::by("key", "a"), &null_req),
        Err(EngineError::NullInRequiredField { .. })
    ));
    // 3036
    let mut null_default = item("c");
    null_default
        .scalars
        .push(("withDefault".into(), Value::Null));
    assert!(
        matches!(e.create(0, &null_default), Err(EngineError::InvalidValue { ref field, .. }) if field == "withDefault")
    );
    // 3039
    let miss = e.update(
        0,
        &WhereUnique::by("alias", "NOT A VALID ALIAS"),
        &UpdateInput::default(),
    );
    assert!(
        matches!(miss, Err(EngineError::NodeNotFound { ref field, ref value, .. }) if field == "alias" && value == "NOT A VALID ALIAS")
    );
    // 3040
    assert!(matches!(
        e.delete(0, &WhereUnique::default()),
        Err(EngineError::InvalidSelector { .. })
    ));
    assert!(matches!(
        e.delete(0, &WhereUnique::by("alias", Value::Null)),
        Err(EngineError::InvalidSelector { .. })
    ));
    // 3045
    let two = WhereUnique {
        fields: vec![("key".into(), json!("a")), ("alias".into(), json!("x"))],
    };
    assert!(matches!(
        e.delete(0, &two),
        Err(EngineError::AmbiguousSelector { .. })
    ));
    // defaults, lists and DateTime normalisation on a successful create
    let mut full = item("d");
    full.lists
        .push(("tags".into(), vec![json!("b"), json!("a")]));
    full.scalars.push(("when".into(), json!("2016")));
    let id = e.create(0, &full).unwrap();
    let r = Reader::new(&dm, &store);
    assert_eq!(r.value(0, &id, "withDefault"), Some(&json!("d")));
    assert_eq!(r.value(0, &id, "tags"), Some(&json!(["b", "a"])));
    assert_eq!(
        r.value(0, &id, "when"),
        Some(&json!("2016-01-01T00:00:00.000Z"))
    );
}

#[test]
fn required_relation_given_without_create_or_connect_is_3032() {
    let mut w = World::new("P1!-C1");
    let data = CreateInput {
        scalars: scalars("p", "p1"),
        relations: vec![("childReq".into(), CreateRelation::default())],
        ..Default::default()
    };
    let r = atomically(&mut w, |w| w.engine().create(PARENT, &data));
    assert!(
        matches!(r, Err(EngineError::RequiredFieldMissing { ref model, ref field }) if model == "Parent" && field == "childReq"),
        "{r:?}"
    );
}

#[test]
fn failure_at_depth_three_rolls_back_everything() {
    let dm = DataModel::parse(
        "type Top { id: ID! @unique t: String! @unique middles: [Middle] }
         type Middle { id: ID! @unique m: String! @unique top: Top bottoms: [Bottom] }
         type Bottom { id: ID! @unique b: String! @unique middle: Middle }",
    )
    .unwrap();
    let mut store = Store::new(&dm, None);
    let policy = Policy::default();
    let mut e = Engine::new(&dm, &mut store, &policy);
    let bottom = |b: &str| CreateInput {
        scalars: vec![("b".into(), json!(b))],
        ..Default::default()
    };
    e.create(2, &bottom("taken")).unwrap();
    let count = |s: &Store| (0..3).map(|m| s.node_count(m)).collect::<Vec<_>>();
    let deep = CreateInput {
        scalars: vec![("t".into(), json!("t1"))],
        relations: vec![(
            "middles".into(),
            CreateRelation {
                create: vec![CreateInput {
                    scalars: vec![("m".into(), json!("m1"))],
                    relations: vec![(
                        "bottoms".into(),
                        CreateRelation {
                            create: vec![bottom("ok"), bottom("taken")],
                            connect: vec![],
                        },
                    )],
                    ..Default::default()
                }],
                connect: vec![],
            },
        )],
        ..Default::default()
    };
    let r = e.create(0, &deep);
    assert!(
        matches!(r, Err(EngineError::UniqueConstraintViolation { ref model, .. }) if model == "Bottom"),
        "{r:?}"
    );
    assert_eq!(count(&store), vec![0, 0, 1]);
    assert_eq!(store.link_count(0) + store.link_count(1), 0);
}
