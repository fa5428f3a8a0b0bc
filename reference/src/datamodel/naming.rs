//! Naming rules of generated APIs: Prisma's pluraliser (evo-inflector English plurals, `es`
//! appended when the plural equals the singular) and first-letter case changes.

/// The plural Prisma 1 uses in `updateMany<Plural>` and list queries: `Todo` → `Todoes`,
/// `Child` → `Children`, `Technology` → `Technologies`, `Post` → `Posts`.
pub fn plural(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let irregular: &[(&str, &str)] = &[
        ("child", "children"),
        ("person", "people"),
        ("man", "men"),
        ("woman", "women"),
        ("mouse", "mice"),
        ("goose", "geese"),
        ("tooth", "teeth"),
        ("foot", "feet"),
        ("ox", "oxen"),
    ];
    for (s, p) in irregular {
        if lower.ends_with(s) && (lower.len() == s.len()) {
            return format!(
                "{}{}",
                &name[..name.len() - s.len()],
                &match_case(name, p)[..]
            );
        }
    }
    let uncountable = [
        "equipment",
        "information",
        "rice",
        "money",
        "species",
        "series",
        "fish",
        "sheep",
        "news",
        "data",
    ];
    let p = if uncountable.iter().any(|u| lower.ends_with(u)) {
        name.to_string()
    } else if lower.ends_with('o')
        && !ends_with_any(
            &lower,
            &[
                "ao", "eo", "io", "oo", "uo", "photo", "piano", "solo", "halo",
            ],
        )
    {
        // evo-inflector: consonant + o → oes (`Todo` → `Todoes`, Prisma's DeleteManySpec).
        format!("{name}es")
    } else if ends_with_any(&lower, &["ch", "sh", "ss", "x", "zz"]) {
        format!("{name}es")
    } else if lower.ends_with('y') && !ends_with_any(&lower, &["ay", "ey", "iy", "oy", "uy"]) {
        format!("{}ies", &name[..name.len() - 1])
    } else if lower.ends_with("us") {
        format!("{name}es")
    } else if lower.ends_with('s') {
        name.to_string()
    } else {
        format!("{name}s")
    };
    if p == name {
        if lower.ends_with('s') {
            format!("{name}es")
        } else {
            format!("{name}s")
        }
    } else {
        p
    }
}

fn ends_with_any(s: &str, suffixes: &[&str]) -> bool {
    suffixes.iter().any(|x| s.ends_with(x))
}

fn match_case(original: &str, replacement: &str) -> String {
    let upper = original
        .chars()
        .next()
        .map(|c| c.is_uppercase())
        .unwrap_or(false);
    if upper {
        upper_first(replacement)
    } else {
        replacement.to_string()
    }
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

    #[test]
    fn prisma_plurals() {
        assert_eq!(plural("Todo"), "Todoes");
        assert_eq!(plural("Post"), "Posts");
        assert_eq!(plural("Child"), "Children");
        assert_eq!(plural("Technology"), "Technologies");
        assert_eq!(plural("AUser"), "AUsers");
        assert_eq!(plural("User"), "Users");
        assert_eq!(plural("Parent"), "Parents");
        assert_eq!(plural("Comment"), "Comments");
        assert_eq!(plural("Status"), "Statuses");
        assert_eq!(plural("Box"), "Boxes");
        assert_eq!(plural("ContactDetails"), "ContactDetailses");
        assert_eq!(plural("Day"), "Days");
    }

    #[test]
    fn first_letter_case() {
        assert_eq!(lower_first("AUser"), "aUser");
        assert_eq!(upper_first("posts"), "Posts");
    }
}
