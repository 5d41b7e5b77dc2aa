// Next's incremental cache (cacheHandler, singular: prerendered pages and route shells) in Redis,
// so that every instance serves and expires the same copy. Loaded by next.config.js only when
// REDIS_URL is set; the package reads REDIS_URL itself and prefixes keys with the build's id.
module.exports = require("@trieb.work/nextjs-turbo-redis-cache").default;
