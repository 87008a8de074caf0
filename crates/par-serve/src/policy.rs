//! What a province's web server sends with each file of the build (docs/hosting.md says the same
//! for nginx, Caddy and IIS): the Content-Security-Policy, how long a file may be cached, its
//! type, and which precompressed copy to send.

use std::path::Path;

/// The policy the app runs under, sent as a header. The same policy, less `frame-ancestors`
/// (which a `<meta>` cannot carry), is the `<meta http-equiv>` of `index.html`; a test keeps
/// the two equal. Nothing inline and no `eval`: WebAssembly needs only `'wasm-unsafe-eval'`,
/// and the build has no inline script (scripts/post-build.sh moves Trunk's start-up script
/// into a file).
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The part of [`CONTENT_SECURITY_POLICY`] a `<meta http-equiv>` can carry.
pub fn meta_policy() -> String {
    CONTENT_SECURITY_POLICY
        .split("; ")
        .filter(|directive| !directive.starts_with("frame-ancestors"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Headers every response carries besides the policy.
pub const SECURITY_HEADERS: [(&str, &str); 2] = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
];

/// A file whose name carries a hash of its content (Trunk's `main-0123456789abcdef.css`,
/// `par-app-0123456789abcdef_bg.wasm`, post-build's `start-…js`) never changes: cache it for a
/// year. Everything else (`index.html`, `sw.js`, the manifest, icons) is revalidated on every
/// use, so a new release is seen at once.
pub fn cache_control(path: &Path) -> &'static str {
    if is_hashed(path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

fn is_hashed(path: &Path) -> bool {
    let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    // Trunk writes its 64-bit hash in hex without leading zeros: 16 digits, rarely fewer.
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("webmanifest") => "application/manifest+json",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A precompressed copy the build ships beside a file (`x.wasm.br`, `x.wasm.gz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    pub fn token(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
        }
    }

    pub fn suffix(self) -> &'static str {
        match self {
            Encoding::Brotli => ".br",
            Encoding::Gzip => ".gz",
        }
    }
}

/// The encodings an `Accept-Encoding` header accepts, best first (brotli is smaller).
pub fn accepted(accept_encoding: &str) -> Vec<Encoding> {
    let accepts = |wanted: &str| {
        accept_encoding.split(',').any(|entry| {
            let mut parts = entry.split(';').map(str::trim);
            let name = parts.next().unwrap_or("");
            let refused = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            name.eq_ignore_ascii_case(wanted) && !refused
        })
    };
    [Encoding::Brotli, Encoding::Gzip]
        .into_iter()
        .filter(|e| accepts(e.token()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_files_are_immutable_and_the_rest_revalidated() {
        for hashed in [
            "main-b08d58f18263ac6c.css",
            "par-app-d31f1bd83d116a74_bg.wasm",
            "par-app-d31f1bd83d116a74.js",
            "par-app-e97aa94875d52c1_bg.wasm",
            "office/start-0123456789abcdef.js",
        ] {
            assert_eq!(
                cache_control(Path::new(hashed)),
                "public, max-age=31536000, immutable",
                "{hashed}"
            );
        }
        for plain in [
            "index.html",
            "sw.js",
            "manifest.webmanifest",
            "icon-192.png",
            "demo/mau-xa-2025.answers.json",
            "x-0123456789abcdeg.js",
            "icon-192.png",
            "x-0123456789a.js",
        ] {
            assert_eq!(cache_control(Path::new(plain)), "no-cache", "{plain}");
        }
    }

    #[test]
    fn brotli_is_preferred_and_a_refused_encoding_is_not_sent() {
        use Encoding::*;
        assert_eq!(accepted("gzip, deflate, br, zstd"), [Brotli, Gzip]);
        assert_eq!(accepted("gzip"), [Gzip]);
        assert_eq!(accepted("br;q=0, gzip;q=0.5"), [Gzip]);
        assert_eq!(accepted(""), []);
        assert_eq!(accepted("identity"), []);
    }

    #[test]
    fn the_page_and_the_documented_servers_carry_the_same_policy() {
        let page = include_str!("../../../index.html");
        let meta = format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
            meta_policy()
        );
        assert!(
            page.contains(&meta),
            "index.html must carry exactly this policy:\n{meta}"
        );
        // The appraising office's page (/office/), the appraisal round's (/round/) and the
        // export's (/export/) carry the same one.
        for (name, other) in [
            (
                "office/index.html",
                include_str!("../../../office/index.html"),
            ),
            (
                "round/index.html",
                include_str!("../../../round/index.html"),
            ),
            (
                "export/index.html",
                include_str!("../../../export/index.html"),
            ),
        ] {
            assert!(
                other.contains(&meta),
                "{name} must carry exactly this policy:\n{meta}"
            );
        }
        for (file, text) in [
            (
                "par-app-headers.conf",
                include_str!("../../../docs/hosting/par-app-headers.conf"),
            ),
            ("Caddyfile", include_str!("../../../docs/hosting/Caddyfile")),
            (
                "web.config",
                include_str!("../../../docs/hosting/web.config"),
            ),
        ] {
            assert!(
                text.contains(CONTENT_SECURITY_POLICY),
                "docs/hosting/{file} must send exactly the policy"
            );
        }
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
        assert!(!CONTENT_SECURITY_POLICY.contains("'unsafe-eval'"));
    }
}
