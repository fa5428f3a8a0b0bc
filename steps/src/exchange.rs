//! What travels between the suite and a target: a [`Request`], its [`Answer`] (the GraphQL
//! response and, over HTTP, the [`HttpEvidence`]) and the recorded [`Exchange`] that a results
//! record carries as evidence.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// A GraphQL request as sent to a target (and recorded in results).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Request {
    pub query: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variables: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub operation_name: Option<String>,
}

/// What came back over HTTP with an answer (status and headers of interest).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpEvidence {
    pub status: u16,
    /// Response headers of interest (content type and length, server, request ids, location),
    /// lower-case names.
    pub headers: BTreeMap<String, String>,
}

/// A GraphQL answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub body: Value,
    /// `None` in process.
    pub http: Option<HttpEvidence>,
}

/// One request and what came back: the answer, or for a transport failure the raw body (as a
/// JSON string) or `null`.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub endpoint: String,
    pub request: Request,
    pub http: Option<HttpEvidence>,
    pub response: Value,
}
