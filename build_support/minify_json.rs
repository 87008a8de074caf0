//! Shared by the build scripts of the commune app (build.rs) and the office app (office/build.rs),
//! which both compile the bundled criteria set in without its indentation.

/// Removes the whitespace between JSON tokens; text inside strings is kept byte for byte.
pub fn without_insignificant_whitespace(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
