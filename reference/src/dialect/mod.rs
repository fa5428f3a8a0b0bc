//! Dialect front-ends: each holds one API family's names, input shapes, argument conversion,
//! error texts and engine policy; what they share is [`crate::api`].
//!
//! - [`prisma1`]: the Prisma 1.34 API;
//! - [`graphcms`]: GraphCMS legacy = Prisma 1 plus system fields and optional 1.0–1.3 shapes;
//! - [`graphcool`]: the Graphcool Simple API (flat arguments, relation mutations, `File`);
//! - [`eightbase`]: 8base (`xCreate`/`xsList`, `{count, items}`, soft delete, string codes).

pub mod eightbase;
pub mod graphcms;
pub mod graphcool;
pub mod prisma1;

use std::fmt;
use std::str::FromStr;

/// The API families the reference executor speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    Prisma1,
    GraphCms,
    Graphcool,
    EightBase,
}

impl Dialect {
    pub const ALL: [Dialect; 4] = [
        Dialect::Prisma1,
        Dialect::GraphCms,
        Dialect::Graphcool,
        Dialect::EightBase,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dialect::Prisma1 => "prisma1",
            Dialect::GraphCms => "graphcms",
            Dialect::Graphcool => "graphcool",
            Dialect::EightBase => "8base",
        }
    }

    /// Whether the dialect's error objects carry a `requestId` (8base's do not).
    pub fn has_request_id(self) -> bool {
        self != Dialect::EightBase
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown dialect `{0}` (known: prisma1, graphcms, graphcool, 8base)")]
pub struct UnknownDialect(pub String);

impl FromStr for Dialect {
    type Err = UnknownDialect;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Dialect::ALL
            .into_iter()
            .find(|d| d.name() == s)
            .ok_or_else(|| UnknownDialect(s.to_string()))
    }
}
