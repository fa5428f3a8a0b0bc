//! Naming rules of generated APIs: the English pluraliser both Graphcool and Prisma 1 used
//! (Evo Inflector 1.2, `org.atteo:evo-inflector`, anglicized mode, every rule in its order),
//! the two servers' use of it ([`plural`] for Prisma 1, [`plural_graphcool`]) and first-letter
//! case changes.
//!
//! Evo Inflector 1.2 tries its rules in order and takes the first that matches:
//!
//! 1. uncountable endings and words (`fish`, `sheep`, `series`, `news`, ...): unchanged;
//! 2. irregular words (`child` → `children`, `genus` → `genera`, `quiz` → `quizzes`, ...),
//!    matched as a case-insensitive *suffix*, so `StepChild` → `StepChildren`;
//! 3. category and suffix rules (`human` → `humans`, `-man` → `-men`, `-ouse` → `-ice`,
//!    classical `-um` → `-a` words, `-us` → `-i` words, sibilants → `-es`, `-f(e)` → `-ves`,
//!    `-y` → `-ies`, `-o` → `-os`/`-oes`, ...);
//! 4. otherwise `-s`.
//!
//! Faithful to 1.2 (not to later versions): the `-man` and `-oo-` rules replace without keeping
//! the letter case (`Woman` → `Women`, `Tooth` → `teeth`), `ulum` is not anchored at the end
//! (fixed in 1.3), category entries written with a capital (`German`) never match (the word is
//! lower-cased before the comparison), and `todo` is not yet an `-os` word (1.2.2), which is why
//! Prisma 1 names `Todo` lists `todoes`.

/// Words that do not inflect (`CategoryRule(list, "", "")`: the word ends with one of them).
const UNCOUNTABLE: &[&str] = &[
    "fish",
    "ois",
    "sheep",
    "deer",
    "pox",
    "itis",
    "bison",
    "flounder",
    "pliers",
    "bream",
    "gallows",
    "proceedings",
    "breeches",
    "graffiti",
    "rabies",
    "britches",
    "headquarters",
    "salmon",
    "carp",
    "herpes",
    "scissors",
    "chassis",
    "high-jinks",
    "sea-bass",
    "clippers",
    "homework",
    "series",
    "cod",
    "innings",
    "shears",
    "contretemps",
    "jackanapes",
    "species",
    "corps",
    "mackerel",
    "swine",
    "debris",
    "measles",
    "trout",
    "diabetes",
    "mews",
    "tuna",
    "djinn",
    "mumps",
    "whiting",
    "eland",
    "news",
    "wildebeest",
    "elk",
    "pincers",
    "sugar",
];

/// Irregular plurals: the general ones, then the anglicized-mode ones. All pairs share their
/// first letter, so 1.2's rule `(?i)(c)hild$` → `$1hildren` keeps the word's own first letter.
const IRREGULAR: &[(&str, &str)] = &[
    ("child", "children"),
    ("ephemeris", "ephemerides"),
    ("mongoose", "mongoose"),
    ("mythos", "mythoi"),
    ("soliloquy", "soliloquies"),
    ("trilby", "trilbys"),
    ("genus", "genera"),
    ("quiz", "quizzes"),
    ("beef", "beefs"),
    ("brother", "brothers"),
    ("cow", "cows"),
    ("genie", "genies"),
    ("money", "moneys"),
    ("octopus", "octopuses"),
    ("opus", "opuses"),
];

const CATEGORY_MAN_MANS: &[&str] = &[
    "human",
    "Alabaman",
    "Bahaman",
    "Burman",
    "German",
    "Hiroshiman",
    "Liman",
    "Nakayaman",
    "Oklahoman",
    "Panaman",
    "Selman",
    "Sonaman",
    "Tacoman",
    "Yakiman",
    "Yokohaman",
    "Yuman",
];
const CATEGORY_EX_ICES: &[&str] = &["codex", "murex", "silex"];
const CATEGORY_IX_ICES: &[&str] = &["radix", "helix"];
const CATEGORY_UM_A: &[&str] = &[
    "bacterium",
    "agendum",
    "desideratum",
    "erratum",
    "stratum",
    "datum",
    "ovum",
    "extremum",
    "candelabrum",
];
const CATEGORY_US_I: &[&str] = &[
    "alumnus",
    "alveolus",
    "bacillus",
    "bronchus",
    "locus",
    "nucleus",
    "stimulus",
    "meniscus",
    "thesaurus",
];
const CATEGORY_ON_A: &[&str] = &[
    "criterion",
    "perihelion",
    "aphelion",
    "phenomenon",
    "prolegomenon",
    "noumenon",
    "organon",
    "asyndeton",
    "hyperbaton",
];
const CATEGORY_A_AE: &[&str] = &["alumna", "alga", "vertebra", "persona"];
const CATEGORY_O_OS: &[&str] = &[
    "albino",
    "archipelago",
    "armadillo",
    "commando",
    "crescendo",
    "fiasco",
    "ditto",
    "dynamo",
    "embryo",
    "ghetto",
    "guano",
    "inferno",
    "jumbo",
    "lumbago",
    "magneto",
    "manifesto",
    "medico",
    "octavo",
    "photo",
    "pro",
    "quarto",
    "canto",
    "lingo",
    "generalissimo",
    "stylo",
    "rhino",
    "casino",
    "auto",
    "macro",
    "zero",
];
const CATEGORY_O_I: &[&str] = &[
    "solo",
    "soprano",
    "basso",
    "alto",
    "contralto",
    "tempo",
    "piano",
    "virtuoso",
];
const CATEGORY_A_ATA: &[&str] = &[
    "anathema",
    "enema",
    "oedema",
    "bema",
    "enigma",
    "sarcoma",
    "carcinoma",
    "gumma",
    "schema",
    "charisma",
    "lemma",
    "soma",
    "diploma",
    "lymphoma",
    "stigma",
    "dogma",
    "magma",
    "stoma",
    "drama",
    "melisma",
    "trauma",
    "edema",
    "miasma",
];
const CATEGORY_IS_IDES: &[&str] = &["iris", "clitoris"];
const CATEGORY_US_US: &[&str] = &[
    "apparatus",
    "impetus",
    "prospectus",
    "cantus",
    "nexus",
    "sinus",
    "coitus",
    "plexus",
    "status",
    "hiatus",
];
const CATEGORY_S_ES: &[&str] = &[
    "acropolis",
    "chaos",
    "lens",
    "aegis",
    "cosmos",
    "mantis",
    "alias",
    "dais",
    "marquis",
    "asbestos",
    "digitalis",
    "metropolis",
    "atlas",
    "epidermis",
    "pathos",
    "bathos",
    "ethos",
    "pelvis",
    "bias",
    "gas",
    "polis",
    "caddis",
    "glottis",
    "rhinoceros",
    "cannabis",
    "sassafras",
    "canvas",
    "ibis",
    "trellis",
];

/// One rule of the inflector, in 1.2's order.
enum Rule {
    /// The lower-cased word ends with an entry: drop `singular.len()` characters, add `plural`.
    Category(&'static [&'static str], &'static str, &'static str),
    /// A case-insensitive suffix `ending` (lower case) preceded by one character of `before`
    /// (when given): `ending` is replaced by `plural`, the preceding character is kept.
    Suffix {
        before: Option<&'static str>,
        before_excludes: bool,
        ending: &'static str,
        plural: &'static str,
    },
}

const fn suffix(ending: &'static str, plural: &'static str) -> Rule {
    Rule::Suffix {
        before: None,
        before_excludes: false,
        ending,
        plural,
    }
}

const fn after(before: &'static str, ending: &'static str, plural: &'static str) -> Rule {
    Rule::Suffix {
        before: Some(before),
        before_excludes: false,
        ending,
        plural,
    }
}

/// The rules after the uncountable and irregular ones (English.java 1.2, anglicized mode).
const RULES: &[Rule] = &[
    Rule::Category(CATEGORY_MAN_MANS, "", "s"),
    suffix("man", "men"),
    after("lm", "ouse", "ice"),
    suffix("tooth", "teeth"),
    suffix("goose", "geese"),
    suffix("foot", "feet"),
    suffix("zoon", "zoa"),
    after("csx", "is", "es"),
    Rule::Category(CATEGORY_EX_ICES, "ex", "ices"),
    Rule::Category(CATEGORY_IX_ICES, "ix", "ices"),
    Rule::Category(CATEGORY_UM_A, "um", "a"),
    Rule::Category(CATEGORY_ON_A, "on", "a"),
    Rule::Category(CATEGORY_A_AE, "a", "ae"),
    Rule::Category(CATEGORY_US_I, "us", "i"),
    // ([cs]h|[zx])$ → $1es
    after("cs", "h", "hes"),
    suffix("z", "zes"),
    suffix("x", "xes"),
    Rule::Category(CATEGORY_S_ES, "", "es"),
    Rule::Category(CATEGORY_IS_IDES, "", "es"),
    Rule::Category(CATEGORY_US_US, "", "es"),
    suffix("us", "uses"),
    Rule::Category(CATEGORY_A_ATA, "", "s"),
    // ([cs])h$ → $1hes (already taken above), ss$ → sses
    suffix("ss", "sses"),
    after("aeo", "lf", "lves"),
    Rule::Suffix {
        before: Some("d"),
        before_excludes: true,
        ending: "eaf",
        plural: "eaves",
    },
    suffix("arf", "arves"),
    after("nlw", "ife", "ives"),
    after("aeiou", "y", "ys"),
    suffix("y", "ies"),
    Rule::Category(CATEGORY_O_I, "o", "os"),
    Rule::Category(CATEGORY_O_OS, "o", "os"),
    after("aeiou", "o", "os"),
    suffix("o", "oes"),
];

/// `ulum` → `ula`, anywhere in the word (1.2's pattern has no `$`), before the last rules.
const ULUM: (&str, &str) = ("ulum", "ula");

/// Evo Inflector 1.2's `English.plural(word)`.
pub fn evo_plural(word: &str) -> String {
    let lower = word.to_lowercase();
    let n = word.len();
    if !word.is_ascii() {
        // Generated names are GraphQL names (ASCII); anything else just gets an `s`.
        return format!("{word}s");
    }
    if UNCOUNTABLE.iter().any(|u| lower.ends_with(u)) {
        return word.to_string();
    }
    for (singular, plural) in IRREGULAR {
        if lower.ends_with(singular) {
            let start = n - singular.len();
            // `(?i)(c)hild$` → `$1hildren`: the word's own first letter, then the plural's rest.
            return format!("{}{}", &word[..=start], &plural[1..]);
        }
    }
    for rule in RULES {
        if let Some(p) = apply(rule, word, &lower) {
            return p;
        }
    }
    if let Some(at) = lower.find(ULUM.0) {
        return format!("{}{}{}", &word[..at], ULUM.1, &word[at + ULUM.0.len()..]);
    }
    if lower.ends_with('s') {
        return format!("{}ses", &word[..n - 1]);
    }
    format!("{word}s")
}

fn apply(rule: &Rule, word: &str, lower: &str) -> Option<String> {
    let n = word.len();
    match rule {
        Rule::Category(list, singular, plural) => list
            .iter()
            .any(|entry| lower.ends_with(entry))
            .then(|| format!("{}{plural}", &word[..n - singular.len()])),
        Rule::Suffix {
            before,
            before_excludes,
            ending,
            plural,
        } => {
            if !lower.ends_with(ending) {
                return None;
            }
            let cut = n - ending.len();
            if let Some(set) = before {
                let prev = lower[..cut].chars().next_back()?;
                if set.contains(prev) == *before_excludes {
                    return None;
                }
            }
            Some(format!("{}{plural}", &word[..cut]))
        }
    }
}

/// The plural Prisma 1 uses in list queries and `updateMany<Plural>`: Evo Inflector's, or the
/// name plus `es`/`s` when that would equal the singular (`PluralsCache`), first letter upper
/// case: `Todo` → `Todoes`, `StepChild` → `StepChildren`, `Fish` → `Fishs`, `News` → `Newses`.
pub fn plural(name: &str) -> String {
    let candidate = evo_plural(name);
    let p = if candidate != name {
        candidate
    } else if name.ends_with('s') {
        format!("{name}es")
    } else {
        format!("{name}s")
    };
    upper_first(&p)
}

/// The plural Graphcool uses in `all<Plural>` and `_all<Plural>Meta`: Evo Inflector's with the
/// first letter upper case, even when it equals the singular (`Fish` → `allFish`).
pub fn plural_graphcool(name: &str) -> String {
    upper_first(&evo_plural(name))
}

/// `post` → `Post`.
pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// `Post` → `post`, `AUser` → `aUser`.
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(cases: &[(&str, &str)]) {
        for (word, want) in cases {
            assert_eq!(evo_plural(word), *want, "plural of {word}");
        }
    }

    #[test]
    fn regular_words_take_s() {
        check(&[
            ("Post", "Posts"),
            ("User", "Users"),
            ("AUser", "AUsers"),
            ("Comment", "Comments"),
            ("ContactDetail", "ContactDetails"),
            ("Day", "Days"),
        ]);
    }

    #[test]
    fn uncountable_words_are_unchanged() {
        check(&[
            ("Fish", "Fish"),
            ("Sheep", "Sheep"),
            ("Series", "Series"),
            ("News", "News"),
            ("Species", "Species"),
            ("Tuna", "Tuna"),
            ("Turquois", "Turquois"),
            ("Arthritis", "Arthritis"),
        ]);
    }

    #[test]
    fn irregular_words_match_as_suffixes_and_keep_their_first_letter() {
        check(&[
            ("Child", "Children"),
            ("StepChild", "StepChildren"),
            ("ZChild", "ZChildren"),
            ("child", "children"),
            ("Genus", "Genera"),
            ("Quiz", "Quizzes"),
            ("Mongoose", "Mongoose"),
            ("Octopus", "Octopuses"),
            ("Money", "Moneys"),
            ("Cow", "Cows"),
            ("Brother", "Brothers"),
        ]);
    }

    #[test]
    fn man_ouse_and_oo_rules() {
        check(&[
            ("Human", "Humans"),
            ("German", "Germen"),
            ("Woman", "Women"),
            ("Man", "men"),
            ("Mouse", "Mice"),
            ("Louse", "Lice"),
            ("Tooth", "teeth"),
            ("Goose", "geese"),
            ("Foot", "feet"),
            ("Protozoon", "Protozoa"),
            ("Analysis", "Analyses"),
            ("Axis", "Axes"),
        ]);
    }

    #[test]
    fn classical_categories() {
        check(&[
            ("Codex", "Codices"),
            ("Helix", "Helices"),
            ("Datum", "Data"),
            ("Bacterium", "Bacteria"),
            ("Criterion", "Criteria"),
            ("Phenomenon", "Phenomena"),
            ("Alga", "Algae"),
            ("Persona", "Personae"),
            ("Nucleus", "Nuclei"),
            ("Stimulus", "Stimuli"),
            ("Schema", "Schemas"),
            ("Drama", "Dramas"),
        ]);
    }

    #[test]
    fn sibilants_and_s_endings_take_es() {
        check(&[
            ("Church", "Churches"),
            ("Dish", "Dishes"),
            ("Box", "Boxes"),
            ("Buzz", "Buzzes"),
            ("Class", "Classes"),
            ("Status", "Statuses"),
            ("Virus", "Viruses"),
            ("Atlas", "Atlases"),
            ("Canvas", "Canvases"),
            ("Lens", "Lenses"),
            ("Iris", "Irises"),
            ("ContactDetails", "ContactDetailses"),
            ("Pancreas", "Pancreases"),
        ]);
    }

    #[test]
    fn f_and_fe_take_ves() {
        check(&[
            ("Wolf", "Wolves"),
            ("Calf", "Calves"),
            ("Leaf", "Leaves"),
            ("Dwarf", "Dwarves"),
            ("Knife", "Knives"),
            ("Wife", "Wives"),
            ("Life", "Lives"),
            ("Roof", "Roofs"),
            ("Chief", "Chiefs"),
        ]);
    }

    #[test]
    fn y_endings() {
        check(&[
            ("Technology", "Technologies"),
            ("Category", "Categories"),
            ("Key", "Keys"),
            ("Toy", "Toys"),
            ("Guy", "Guys"),
        ]);
    }

    #[test]
    fn o_endings() {
        check(&[
            ("Todo", "Todoes"),
            ("Hero", "Heroes"),
            ("Potato", "Potatoes"),
            ("Photo", "Photos"),
            ("Zero", "Zeros"),
            ("Piano", "Pianos"),
            ("Solo", "Solos"),
            ("Radio", "Radios"),
            ("Video", "Videos"),
            ("Zoo", "Zoos"),
        ]);
    }

    #[test]
    fn ulum_is_replaced_anywhere_as_in_1_2() {
        check(&[
            ("Curriculum", "Curricula"),
            ("Baculum", "Bacula"),
            ("CurriculumItem", "CurriculaItem"),
        ]);
    }

    #[test]
    fn prisma_appends_when_the_plural_equals_the_singular() {
        assert_eq!(plural("Todo"), "Todoes");
        assert_eq!(plural("StepChild"), "StepChildren");
        assert_eq!(plural("Fish"), "Fishs");
        assert_eq!(plural("News"), "Newses");
        assert_eq!(plural("Post"), "Posts");
        assert_eq!(plural("tooth"), "Teeth");
        assert_eq!(lower_first(&plural("ZChild")), "zChildren");
        assert_eq!(lower_first(&plural("StepChild")), "stepChildren");
    }

    #[test]
    fn graphcool_keeps_an_unchanged_plural() {
        assert_eq!(plural_graphcool("Fish"), "Fish");
        assert_eq!(plural_graphcool("Post"), "Posts");
        assert_eq!(plural_graphcool("Todo"), "Todoes");
        assert_eq!(plural_graphcool("Man"), "Men");
        assert_eq!(plural_graphcool("File"), "Files");
    }

    #[test]
    fn first_letter_case() {
        assert_eq!(lower_first("AUser"), "aUser");
        assert_eq!(upper_first("posts"), "Posts");
    }
}
