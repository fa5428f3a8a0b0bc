//! The plural 8base's schema-name-generator (`@8base/schema-name-generator` 0.1.23) gives a table
//! name: the npm package `pluralize` at the version that generator pins (7.0.0), its rules and word
//! lists in their order. 8base names `<table>List` with it (`Person` → `peopleList`, `Todo` →
//! `todosList`, `Equipment` → `equipmentList`), so the Evo Inflector of Prisma 1 and Graphcool
//! would name the wrong list queries.
//!
//! `pluralize` 7.0.0 decides in this order, on the whole word:
//!
//! 1. a known plural of an irregular word (`feet`, `oxen`) is kept;
//! 2. an irregular single (`foot`, `ox`, `schema`, `quiz`) takes its plural;
//! 3. an uncountable word (`equipment`, `media`, `news`) is kept;
//! 4. otherwise the last added rule that matches replaces its match (the uncountable patterns
//!    `-fish`, `-sheep`, `-ous`, ... were added last, so they win over the suffix rules).
//!
//! Replacements keep the letter case of what they replace: a match in capitals gives capitals,
//! a capitalised match a capitalised replacement, and an empty match (the `s` appended by the
//! first rule) the case of the letter before it. That is why `Item2` becomes `Item2S`: `pluralize`
//! reads the digit as an upper-case letter. Faithful to 7.0.0, not to later versions (8.0 added
//! `aircraft`, `pokemon` and `-ice` fixes); the Rust port `pluralizer` follows 8.0, hence this one.

use regex::{Captures, Regex};
use std::sync::LazyLock;

/// Irregular words, single → plural (the package's `addIrregularRule` list, lower case).
const IRREGULAR: &[(&str, &str)] = &[
    ("i", "we"),
    ("me", "us"),
    ("he", "they"),
    ("she", "they"),
    ("them", "them"),
    ("myself", "ourselves"),
    ("yourself", "yourselves"),
    ("itself", "themselves"),
    ("herself", "themselves"),
    ("himself", "themselves"),
    ("themself", "themselves"),
    ("is", "are"),
    ("was", "were"),
    ("has", "have"),
    ("this", "these"),
    ("that", "those"),
    ("echo", "echoes"),
    ("dingo", "dingoes"),
    ("volcano", "volcanoes"),
    ("tornado", "tornadoes"),
    ("torpedo", "torpedoes"),
    ("genus", "genera"),
    ("viscus", "viscera"),
    ("stigma", "stigmata"),
    ("stoma", "stomata"),
    ("dogma", "dogmata"),
    ("lemma", "lemmata"),
    ("schema", "schemata"),
    ("anathema", "anathemata"),
    ("ox", "oxen"),
    ("axe", "axes"),
    ("die", "dice"),
    ("yes", "yeses"),
    ("foot", "feet"),
    ("eave", "eaves"),
    ("goose", "geese"),
    ("tooth", "teeth"),
    ("quiz", "quizzes"),
    ("human", "humans"),
    ("proof", "proofs"),
    ("carve", "carves"),
    ("valve", "valves"),
    ("looey", "looies"),
    ("thief", "thieves"),
    ("groove", "grooves"),
    ("pickaxe", "pickaxes"),
    ("whiskey", "whiskies"),
];

/// Pluralisation rules in the order they were added (the last match wins), then the uncountable
/// patterns (added after them, as `$0` rules). Each pattern is case-insensitive and JavaScript's
/// `$n` marks a group of the match (`$0` the match itself).
const RULES: &[(&str, &str)] = &[
    (r"s?$", "s"),
    (r"[^\x00-\x7F]$", "$0"),
    (r"([^aeiou]ese)$", "$1"),
    (r"(ax|test)is$", "$1es"),
    (r"(alias|[^aou]us|tlas|gas|ris)$", "$1es"),
    (r"(e[mn]u)s?$", "$1s"),
    (r"([^l]ias|[aeiou]las|[emjzr]as|[iu]am)$", "$1"),
    (
        r"(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$",
        "$1i",
    ),
    (r"(alumn|alg|vertebr)(?:a|ae)$", "$1ae"),
    (r"(seraph|cherub)(?:im)?$", "$1im"),
    (r"(her|at|gr)o$", "$1oes"),
    (
        r"(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$",
        "$1a",
    ),
    (
        r"(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$",
        "$1a",
    ),
    (r"sis$", "ses"),
    (r"(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$", "$1$2ves"),
    (r"([^aeiouy]|qu)y$", "$1ies"),
    (r"([^ch][ieo][ln])ey$", "$1ies"),
    (r"(x|ch|ss|sh|zz)$", "$1es"),
    (r"(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$", "$1ices"),
    (r"(m|l)(?:ice|ouse)$", "$1ice"),
    (r"(pe)(?:rson|ople)$", "$1ople"),
    (r"(child)(?:ren)?$", "$1ren"),
    (r"eaux$", "$0"),
    (r"m[ae]n$", "men"),
    (r"^thou$", "you"),
    // The uncountable patterns.
    (r"[^aeiou]ese$", "$0"),
    (r"deer$", "$0"),
    (r"fish$", "$0"),
    (r"measles$", "$0"),
    (r"o[iu]s$", "$0"),
    (r"pox$", "$0"),
    (r"sheep$", "$0"),
];

/// Words with no plural (the package's uncountable strings).
const UNCOUNTABLE: &[&str] = &[
    "adulthood",
    "advice",
    "agenda",
    "aid",
    "alcohol",
    "ammo",
    "anime",
    "athletics",
    "audio",
    "bison",
    "blood",
    "bream",
    "buffalo",
    "butter",
    "carp",
    "cash",
    "chassis",
    "chess",
    "clothing",
    "cod",
    "commerce",
    "cooperation",
    "corps",
    "debris",
    "diabetes",
    "digestion",
    "elk",
    "energy",
    "equipment",
    "excretion",
    "expertise",
    "flounder",
    "fun",
    "gallows",
    "garbage",
    "graffiti",
    "headquarters",
    "health",
    "herpes",
    "highjinks",
    "homework",
    "housework",
    "information",
    "jeans",
    "justice",
    "kudos",
    "labour",
    "literature",
    "machinery",
    "mackerel",
    "mail",
    "media",
    "mews",
    "moose",
    "music",
    "manga",
    "news",
    "pike",
    "plankton",
    "pliers",
    "pollution",
    "premises",
    "rain",
    "research",
    "rice",
    "salmon",
    "scissors",
    "series",
    "sewage",
    "shambles",
    "shrimp",
    "species",
    "staff",
    "swine",
    "tennis",
    "traffic",
    "transporation",
    "trout",
    "tuna",
    "wealth",
    "welfare",
    "whiting",
    "wildebeest",
    "wildlife",
    "you",
];

/// The compiled rules, last added first (the order they are tried in).
static COMPILED: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    RULES
        .iter()
        .rev()
        .filter_map(|(pattern, replacement)| {
            // The patterns are constants checked by the tests; one that did not compile would
            // only lose its rule.
            Regex::new(&format!("(?i){pattern}"))
                .ok()
                .map(|re| (re, *replacement))
        })
        .collect()
});

/// `Author` → `Authors`, `Person` → `People`, `Equipment` → `Equipment`: the table-name plural of
/// 8base's generator (`pluralize.plural` of `pluralize` 7.0.0).
pub fn plural_8base(word: &str) -> String {
    let token = word.to_lowercase();
    if IRREGULAR.iter().any(|(_, plural)| *plural == token) {
        return restore_case(word, &token);
    }
    if let Some((_, plural)) = IRREGULAR.iter().find(|(single, _)| *single == token) {
        return restore_case(word, plural);
    }
    if token.is_empty() || UNCOUNTABLE.contains(&token.as_str()) {
        return word.to_string();
    }
    for (re, replacement) in COMPILED.iter() {
        if let Some(caps) = re.captures(word) {
            return replace(word, &caps, replacement);
        }
    }
    word.to_string()
}

/// The word with the rule's match replaced, in the match's case.
fn replace(word: &str, caps: &Captures<'_>, replacement: &str) -> String {
    let Some(whole) = caps.get(0) else {
        return word.to_string();
    };
    let result = interpolate(replacement, caps);
    let cased = if whole.as_str().is_empty() {
        // The case of the character before an empty match (the word is never empty here).
        let before = word[..whole.start()].chars().last().map(String::from);
        restore_case(before.as_deref().unwrap_or(""), &result)
    } else {
        restore_case(whole.as_str(), &result)
    };
    format!("{}{cased}{}", &word[..whole.start()], &word[whole.end()..])
}

/// `$1ies` with group 1 put in (a group that did not take part is empty).
fn interpolate(replacement: &str, caps: &Captures<'_>) -> String {
    let mut out = String::with_capacity(replacement.len() + 8);
    let mut chars = replacement.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek().and_then(|d| d.to_digit(10)) {
            Some(group) if c == '$' => {
                chars.next();
                out.push_str(caps.get(group as usize).map_or("", |m| m.as_str()));
            }
            _ => out.push(c),
        }
    }
    out
}

/// `pluralize`'s `restoreCase`: `token` in the case of `word` (same, all capitals, capitalised,
/// else lower case). JavaScript's `toUpperCase` leaves digits alone, so a digit reads as a
/// capital.
fn restore_case(word: &str, token: &str) -> String {
    if word == token {
        return token.to_string();
    }
    if word == word.to_uppercase() {
        return token.to_uppercase();
    }
    if word
        .chars()
        .next()
        .is_some_and(|c| c.to_uppercase().eq(std::iter::once(c)))
    {
        let mut chars = token.chars();
        return match chars.next() {
            Some(first) => first
                .to_uppercase()
                .chain(chars.as_str().to_lowercase().chars())
                .collect(),
            None => String::new(),
        };
    }
    token.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles() {
        assert_eq!(COMPILED.len(), RULES.len());
    }

    #[test]
    fn plurals_of_pluralize_7() {
        for (single, plural) in [
            ("Author", "Authors"),
            ("Todo", "Todos"),
            ("Person", "People"),
            ("SalesPerson", "SalesPeople"),
            ("Category", "Categories"),
            ("Equipment", "Equipment"),
            ("Fish", "Fish"),
            ("Goldfish", "Goldfish"),
            ("Status", "Statuses"),
            ("Index", "Indices"),
            ("Matrix", "Matrices"),
            ("Knife", "Knives"),
            ("Hoof", "Hooves"),
            ("Money", "Monies"),
            ("Foot", "Feet"),
            ("Feet", "Feet"),
            ("Ox", "Oxen"),
            ("Data", "Data"),
            ("Hero", "Heroes"),
            ("Memo", "Memos"),
            ("Slice", "Slice"),
            ("Octopus", "Octopi"),
            ("Aircraft", "Aircrafts"),
            ("Woman", "Women"),
            ("ChildToy", "ChildToys"),
            ("StepChild", "StepChildren"),
            ("SMS", "SMS"),
            ("Item2", "Item2S"),
            ("api", "apis"),
        ] {
            assert_eq!(plural_8base(single), plural, "{single}");
        }
    }
}
