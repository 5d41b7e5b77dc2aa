/**
 * Security headers on every response. Scripts: Next inlines its bootstrap and the RSC payload as
 * inline <script> tags; a nonce-based policy would make every page render per request, so the
 * script policy is 'self' plus 'unsafe-inline', with everything else locked down (no plugins, no
 * <base> hijack, forms post only here, no framing). HSTS is added by lib/cli/serve.mts when the
 * request came over https.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load from node_modules at run time instead of being bundled: SQLite's is
  // native, and pg has optional requires (pg-native) that a bundler would try to resolve.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  cacheComponents: true,
  partialPrefetching: false,
  generateEtags: false,
  // /problems was once the catalogue's address; the query string (the filter) is kept.
  async redirects() {
    return [{ source: "/problems", destination: "/", permanent: false }];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
