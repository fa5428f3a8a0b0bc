//! Validation once per document, not once per request. async-graphql runs its 22 validation
//! rules on every request, although clients send the same few documents again and again with
//! other variables; for a small mutation that is about a third of the executor's time.
//!
//! Of those rules only one looks at the variables: argument values are checked with the
//! variables that are provided put in place (`ArgumentsOfCorrectType`; a variable that is not
//! provided leaves its argument unchecked). Everything else depends on the document alone. So
//! a document that passed for one operation name and one set of provided variable names
//! ([`PassKey`]) passes again for the same key, as long as the new variable values are valid
//! input values of their declared types ([`crate::api::variables`], whose test is as strict as
//! async-graphql's or stricter, on the declared type, which validation has already found at
//! least as strict as every place the variable is used). When the values fit, the request carries [`Revalidation::Skip`] and
//! the [`RevalidationExtension`] answers async-graphql's validation step without running the
//! rules; otherwise the rules run as always and their errors are the ones a client sees.
//! Whatever is uncertain (a null variable, an unknown type, a `@oneOf` input) takes the full
//! path: skipping is only ever an optimisation, never a change of answer.

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextValidation};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{ServerError, ValidationResult, Variables};
use std::sync::{Arc, PoisonError, RwLock};

/// How many (operation, variable names) keys one document remembers; more are validated each
/// time (a document is rarely sent with more than a couple of variable sets).
const KEYS_PER_DOCUMENT: usize = 16;

/// A parsed document with the keys it has passed validation for.
#[derive(Debug)]
pub struct ParsedDocument {
    pub doc: ExecutableDocument,
    passed: RwLock<Vec<PassKey>>,
}

impl ParsedDocument {
    pub fn new(doc: ExecutableDocument) -> ParsedDocument {
        ParsedDocument {
            doc,
            passed: RwLock::new(Vec::new()),
        }
    }

    /// Has the document passed validation with this operation name and these provided
    /// variable names?
    pub fn has_passed(&self, operation: Option<&str>, variables: &Variables) -> bool {
        self.passed
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .any(|k| k.matches(operation, variables))
    }

    fn record(&self, key: PassKey) {
        let mut passed = self.passed.write().unwrap_or_else(PoisonError::into_inner);
        if passed.len() < KEYS_PER_DOCUMENT && !passed.contains(&key) {
            passed.push(key);
        }
    }
}

/// What validation depends on besides the document: the operation chosen and which variables
/// are provided (not their values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassKey {
    operation: Option<String>,
    /// Sorted.
    provided: Vec<String>,
}

impl PassKey {
    pub fn of(operation: Option<&str>, variables: &Variables) -> PassKey {
        let mut provided: Vec<String> = variables.keys().map(|n| n.to_string()).collect();
        provided.sort_unstable();
        PassKey {
            operation: operation.map(str::to_string),
            provided,
        }
    }

    fn matches(&self, operation: Option<&str>, variables: &Variables) -> bool {
        self.operation.as_deref() == operation
            && self.provided.len() == variables.len()
            && variables.keys().all(|n| {
                self.provided
                    .binary_search_by(|p| p.as_str().cmp(n))
                    .is_ok()
            })
    }
}

/// What the executor tells the extension about one request (request data).
pub enum Revalidation {
    /// The document passed for this key and the variables fit: do not run the rules.
    Skip,
    /// Run the rules; if they pass, remember the key on the document.
    Record(Arc<ParsedDocument>, PassKey),
}

impl Revalidation {
    /// The decision for one request on a parsed document.
    /// `variables_fit`: [`crate::api::variables::Checked::all_fit`] for this request.
    pub fn decide(
        parsed: &Arc<ParsedDocument>,
        operation: Option<&str>,
        variables: &Variables,
        variables_fit: bool,
    ) -> Revalidation {
        if variables_fit && parsed.has_passed(operation, variables) {
            Revalidation::Skip
        } else {
            Revalidation::Record(parsed.clone(), PassKey::of(operation, variables))
        }
    }
}

/// The schema extension that acts on [`Revalidation`]; requests without it are validated as
/// always.
pub struct RevalidationExtension;

impl ExtensionFactory for RevalidationExtension {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(RevalidationExtension)
    }
}

#[async_trait::async_trait]
impl Extension for RevalidationExtension {
    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        match ctx.data_opt::<Revalidation>() {
            Some(Revalidation::Skip) => Ok(ValidationResult {
                cache_control: Default::default(),
                complexity: 0,
                depth: 0,
            }),
            Some(Revalidation::Record(parsed, key)) => {
                let result = next.run(ctx).await;
                if result.is_ok() {
                    parsed.record(key.clone());
                }
                result
            }
            None => next.run(ctx).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Dialect, Executor, ExecutorOptions};
    use serde_json::json;

    const SDL: &str = "type User { id: ID! @unique name: String! age: Int role: Role }\n\
                       enum Role { ADMIN USER }";

    fn executor() -> Executor {
        Executor::deploy(Dialect::Prisma1, SDL, ExecutorOptions::default())
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn vars(v: serde_json::Value) -> Variables {
        Variables::from_json(v)
    }

    const CREATE: &str = "mutation ($d: UserCreateInput!) { createUser(data: $d) { id } }";

    /// The answer without its request ids (which count the executor's requests).
    fn answer(ex: &Executor, query: &str, v: serde_json::Value) -> serde_json::Value {
        let mut answer = futures::executor::block_on(
            ex.execute(crate::GraphqlRequest::new(query).with_variables(v)),
        );
        if let Some(serde_json::Value::Array(errors)) = answer.get_mut("errors") {
            for e in errors
                .iter_mut()
                .filter_map(serde_json::Value::as_object_mut)
            {
                e.remove("requestId");
            }
        }
        answer
    }

    #[test]
    fn a_document_that_passed_answers_bad_variables_as_a_fresh_one_does() {
        let warm = executor();
        let first = answer(&warm, CREATE, json!({"d": {"name": "a"}}));
        assert!(first.get("errors").is_none(), "{first}");
        let cached = warm.cached_document(CREATE);
        assert!(cached.is_some_and(|d| d.has_passed(None, &vars(json!({"d": 1})))));
        for bad in [
            json!({"d": {}}),
            json!({"d": {"name": 1}}),
            json!({"d": {"name": "a", "role": "NOPE"}}),
            json!({"d": {"name": "a", "nope": 1}}),
            json!({"d": null}),
            json!({}),
        ] {
            let fresh = executor();
            assert_eq!(
                answer(&warm, CREATE, bad.clone()),
                answer(&fresh, CREATE, bad.clone()),
                "{bad}"
            );
        }
        // And good variables still create (an extra variable is ignored, as before).
        for good in [
            json!({"d": {"name": "b", "role": "USER"}}),
            json!({"d": {"name": "c"}, "extra": 1}),
        ] {
            let again = answer(&warm, CREATE, good.clone());
            assert!(
                again["data"]["createUser"]["id"].is_string(),
                "{good}: {again}"
            );
        }
    }

    #[test]
    fn keys_match_the_operation_and_the_provided_names_only() {
        let key = PassKey::of(None, &vars(json!({"b": 1, "a": 2})));
        assert!(key.matches(None, &vars(json!({"a": "x", "b": null}))));
        assert!(!key.matches(Some("Op"), &vars(json!({"a": 1, "b": 2}))));
        assert!(!key.matches(None, &vars(json!({"a": 1}))));
        assert!(!key.matches(None, &vars(json!({"a": 1, "c": 2}))));
    }
}
