//! `crudspec serve`'s cost-limit flags (`--max-input-depth`, `--max-aliases`, `--max-cost`,
//! `--default-list-size`, `--max-response-bytes`, `--parse-cache-bytes`): each overrides one
//! field of the reference executor's [`Limits`] (whose defaults they print in `--help`).

use clap::Args;
use crudspec_reference::limits::Limits;

/// What a request to `crudspec serve` may cost; each limit answers a GraphQL error naming it.
#[derive(Debug, Clone, Default, Args)]
pub struct LimitArgs {
    /// Deepest nesting of lists and input objects in argument values and variables
    /// [default: 64].
    #[arg(long, value_name = "N")]
    pub max_input_depth: Option<usize>,
    /// Most aliases in one document [default: 256].
    #[arg(long, value_name = "N")]
    pub max_aliases: Option<usize>,
    /// Highest estimated cost of an operation: every field counted once per element of the
    /// lists it is in (first/last bound a list, else --default-list-size) [default: 5000000].
    #[arg(long, value_name = "N")]
    pub max_cost: Option<u64>,
    /// Elements a list without first/last counts in the estimated cost [default: 100].
    #[arg(long, value_name = "N")]
    pub default_list_size: Option<u64>,
    /// Largest response, in bytes of JSON [default: 33554432 (32 MiB)].
    #[arg(long = "max-response-bytes", value_name = "BYTES")]
    pub max_response_bytes: Option<usize>,
    /// Estimated memory the cache of parsed queries may hold [default: 67108864 (64 MiB)].
    #[arg(long, value_name = "BYTES")]
    pub parse_cache_bytes: Option<usize>,
}

impl LimitArgs {
    /// The executor's limits with the flags given applied.
    pub fn limits(&self) -> Limits {
        let mut l = Limits::default();
        if let Some(n) = self.max_input_depth {
            l.max_input_depth = n;
        }
        if let Some(n) = self.max_aliases {
            l.max_aliases = n;
        }
        if let Some(n) = self.max_cost {
            l.max_cost = n;
        }
        if let Some(n) = self.default_list_size {
            l.default_list_size = n;
        }
        if let Some(n) = self.max_response_bytes {
            l.max_response_bytes = n;
        }
        if let Some(n) = self.parse_cache_bytes {
            l.parse_cache_bytes = n;
        }
        l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_defaults_are_the_executors() {
        // The help texts state these numbers.
        let l = LimitArgs::default().limits();
        assert_eq!(l, Limits::default());
        assert_eq!(
            (
                l.max_input_depth,
                l.max_aliases,
                l.max_cost,
                l.default_list_size,
                l.max_response_bytes,
                l.parse_cache_bytes
            ),
            (64, 256, 5_000_000, 100, 32 * 1024 * 1024, 64 * 1024 * 1024)
        );
        let l = LimitArgs {
            max_cost: Some(7),
            ..LimitArgs::default()
        }
        .limits();
        assert_eq!(l.max_cost, 7);
    }
}
