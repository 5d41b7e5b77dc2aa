/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native SQLite driver: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
};

module.exports = nextConfig;
