// The "use cache" entries and their tags (cacheHandlers.default) in Redis, so that an updateTag
// on one instance expires the entry on all. Loaded by next.config.js only when REDIS_URL is set.
module.exports = require("@trieb.work/nextjs-turbo-redis-cache").redisCacheHandler;
