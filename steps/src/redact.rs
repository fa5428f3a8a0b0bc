//! Secrets stay secret: header values from a target config or `--header`, and the credentials
//! of a URL (`https://user:password@host/`), are replaced by `***` in everything the suite prints
//! or records, including answers in which a server echoes them back.

use serde_json::Value;

/// What replaces a secret.
pub const MASK: &str = "***";

/// The secrets of one target, longest first (so a token inside a longer secret is masked whole).
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    secrets: Vec<String>,
}

impl Redactor {
    /// Secrets shorter than 4 characters are not masked (they would mask ordinary text); each
    /// whitespace-separated word of 6 or more characters of a secret (the token of `Bearer
    /// <token>`) is a secret too.
    pub fn new<I: IntoIterator<Item = String>>(secrets: I) -> Redactor {
        let mut all: Vec<String> = Vec::new();
        for s in secrets {
            let s = s.trim().to_string();
            if s.chars().count() >= 4 {
                for word in s.split_whitespace() {
                    if word.chars().count() >= 6 && word != s {
                        all.push(word.to_string());
                    }
                }
                all.push(s);
            }
        }
        all.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        all.dedup();
        Redactor { secrets: all }
    }

    pub fn is_empty(&self) -> bool {
        self.secrets.is_empty()
    }

    /// `text` with every secret masked.
    pub fn text(&self, text: &str) -> String {
        let mut out = text.to_string();
        for s in &self.secrets {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), MASK);
            }
        }
        out
    }

    /// Masks secrets in place in every string (and object key) of a JSON value.
    pub fn json(&self, value: &mut Value) {
        if self.is_empty() {
            return;
        }
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                Value::String(s) => {
                    let masked = self.text(s);
                    if masked != *s {
                        *s = masked;
                    }
                }
                Value::Array(items) => stack.extend(items.iter_mut()),
                Value::Object(map) => {
                    let keys: Vec<String> = map.keys().cloned().collect();
                    for k in keys {
                        let masked = self.text(&k);
                        if masked != k
                            && let Some(v) = map.remove(&k)
                        {
                            map.insert(masked, v);
                        }
                    }
                    stack.extend(map.values_mut());
                }
                _ => {}
            }
        }
    }

    pub fn option(&self, text: &mut Option<String>) {
        if let Some(t) = text {
            *t = self.text(t);
        }
    }
}

/// The credentials of a URL (`user:password@`), as secrets: the password, and `user:password`.
pub fn url_credentials(url: &str) -> Vec<String> {
    let Some((_, rest)) = url.split_once("://") else {
        return Vec::new();
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let Some((userinfo, _)) = authority.rsplit_once('@') else {
        return Vec::new();
    };
    let mut out = vec![userinfo.to_string()];
    if let Some((_, password)) = userinfo.split_once(':') {
        out.push(password.to_string());
    }
    out
}

/// A URL without its credentials (`https://***@host/x` for `https://u:p@host/x`).
pub fn url_without_credentials(url: &str) -> String {
    let creds = url_credentials(url);
    match creds.first() {
        Some(userinfo) => url.replacen(&format!("{userinfo}@"), &format!("{MASK}@"), 1),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn masks_values_tokens_and_echoes() {
        let r = Redactor::new(["Bearer s3cr3t-token-42".to_string(), "ab".to_string()]);
        assert_eq!(
            r.text("Authorization: Bearer s3cr3t-token-42"),
            "Authorization: ***"
        );
        assert_eq!(r.text("token s3cr3t-token-42 echoed"), "token *** echoed");
        assert_eq!(
            r.text("ab is too short to be a secret"),
            "ab is too short to be a secret"
        );
        let mut v = json!({"extensions": {"echo": {"authorization": "Bearer s3cr3t-token-42"}},
                           "list": ["x s3cr3t-token-42"], "s3cr3t-token-42": 1});
        r.json(&mut v);
        let text = v.to_string();
        assert!(!text.contains("s3cr3t"), "{text}");
    }

    #[test]
    fn url_credentials_are_secrets() {
        assert_eq!(
            url_credentials("https://admin:hunter22@example.test:8443/api?x=1"),
            vec!["admin:hunter22".to_string(), "hunter22".to_string()]
        );
        assert!(url_credentials("http://127.0.0.1:4466/").is_empty());
        assert_eq!(
            url_without_credentials("https://admin:hunter22@example.test/api"),
            "https://***@example.test/api"
        );
    }
}
