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

/**
 * With REDIS_URL (several instances, see README "Several instances"), the caches live in Redis:
 * "use cache" entries and tag expiries (cacheHandlers) and prerendered pages (cacheHandler), with
 * the in-process copy turned off, so a write through one instance shows on the next request to any
 * other. Next reads this file again when the server starts, so one build serves either way; without
 * REDIS_URL nothing here changes and Next keeps its own in-process and on-disk caches.
 */
const redisCaches = process.env.REDIS_URL
  ? {
      cacheHandler: require.resolve("./lib/cache/redis/incremental-cache.cjs"),
      cacheHandlers: { default: require.resolve("./lib/cache/redis/use-cache.cjs") },
      cacheMaxMemorySize: 0,
    }
  : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load from node_modules at run time instead of being bundled: SQLite's is
  // native, and pg has optional requires (pg-native) that a bundler would try to resolve.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  cacheComponents: true,
  partialPrefetching: false,
  generateEtags: false,
  ...redisCaches,
  // /problems was once the catalogue's address; the query string (the filter) is kept.
  async redirects() {
    return [{ source: "/problems", destination: "/", permanent: false }];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
