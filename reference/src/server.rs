//! GraphQL over HTTP for a deployed executor (axum).
