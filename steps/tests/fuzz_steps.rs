//! Property tests that stay in the repository (issue 11, item 7): arbitrary feature files never
//! panic the suite loader (every problem names a line), and JSON matching never panics, agrees
//! with its diagnostic form and accepts every value against itself. They run on a thread with
//! a 1 MiB stack, so a recursion without a bound shows up as a crash.
//!
//! The default case counts keep `cargo test` fast; a longer run:
//! `PROPTEST_CASES=20000 cargo test --release -p crudspec-steps --test fuzz_steps`.

use crudspec_steps::json::JsonPath;
use crudspec_steps::matching::{ListOrder, compare, matches};
use crudspec_steps::suite;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Value, json};

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(f)
        .expect("thread")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
}

const LINES: &[&str] = &[
    "Feature: f",
    "Feature:",
    "  Scenario: s",
    "  Scenario Outline: o <id>",
    "  Background:",
    "  Rule: r",
    "  Examples:",
    "    | id | relation |",
    "    | 1  | A |",
    "    | x |",
    "  @id:fz-1 @behaviour:nested-create",
    "  @id:fz-1",
    "  @seed:001 @requires:fragments",
    "    Given the data model \"user_posts\"",
    "    Given the data model \"<relation>\"",
    "    And an empty database",
    "    When executing:",
    "    Then the result should be:",
    "    Then the result should be, in order:",
    "    And the side effects should be:",
    "    Then the error should be of class \"NodeNotFound\"",
    "    And the variables are:",
    "    But something unknown",
    "      \"\"\"",
    "      ```",
    "      { users { id } }",
    "      {\"users\": [[[[[[]]]]]]}",
    "      {\"a\": \"<id>\"}",
    "      mutation { createUser(data: {username: \"{{x}}\"}) { id } }",
    "    * a star step",
    "# comment",
    "",
    "\t",
    "Funktionalität: de",
    "# language: de",
];

#[test]
fn arbitrary_feature_files_never_panic_the_loader() {
    on_small_stack(|| {
        let dir =
            std::env::temp_dir().join(format!("crudspec-fuzz-features-{}", std::process::id()));
        let features = dir.join("prisma1");
        std::fs::create_dir_all(&features).expect("temp dir");
        let known = vec!["prisma1".to_string()];
        let mut runner = TestRunner::new(Config {
            cases: cases(48),
            ..Config::default()
        });
        let strategy = prop_oneof![
            prop::collection::vec(prop::sample::select(LINES), 0..40).prop_map(|l| l.join("\n")),
            any::<String>(),
        ];
        let result = runner.run(&strategy, |text| {
            std::fs::write(features.join("f.feature"), &text).expect("write");
            let loaded = suite::load(&dir, None, &known);
            for p in &loaded.problems {
                prop_assert!(!p.message.is_empty(), "{p:?}");
            }
            for s in &loaded.scenarios {
                prop_assert!(s.location().contains("f.feature"), "{}", s.location());
            }
            Ok(())
        });
        let _ = std::fs::remove_dir_all(&dir);
        if let Err(e) = result {
            panic!("{e}");
        }
    });
}

/// Arbitrary JSON, placeholders included.
fn json_value(placeholders: bool) -> impl Strategy<Value = Value> {
    let mut strings = vec![
        "a",
        "b",
        "",
        "2016-01-01T00:00:00.000Z",
        "cjld2cjxh0000qzrmn831i7rn",
    ];
    if placeholders {
        strings.extend(["<id>", "<datetime>", "<any>"]);
    }
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-3i64..3).prop_map(|n| json!(n)),
        Just(json!(1.0)),
        Just(json!(0.5)),
        prop::sample::select(strings).prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(5, 40, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(prop::sample::select(vec!["a", "b", "id"]), inner, 0..3)
                .prop_map(|m| Value::Object(
                    m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
                )),
        ]
    })
}

fn order() -> impl Strategy<Value = ListOrder> {
    prop_oneof![Just(ListOrder::Any), Just(ListOrder::InOrder)]
}

#[test]
fn json_matching_agrees_with_itself() {
    on_small_stack(|| {
        let root = JsonPath::root("data");
        let mut runner = TestRunner::new(Config {
            cases: cases(256),
            ..Config::default()
        });
        let strategy = (json_value(true), json_value(false), order());
        let result = runner.run(&strategy, |(expected, actual, order)| {
            let verdict = compare(&expected, &actual, order, &root);
            prop_assert_eq!(
                verdict.is_ok(),
                matches(&expected, &actual, order),
                "compare and matches disagree on {} vs {}",
                expected,
                actual
            );
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
        let mut runner = TestRunner::new(Config {
            cases: cases(256),
            ..Config::default()
        });
        let result = runner.run(&(json_value(false), order()), |(v, order)| {
            prop_assert!(
                compare(&v, &v, order, &root).is_ok(),
                "a value does not match itself: {}",
                v
            );
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
    });
}
