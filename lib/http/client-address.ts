import { BlockList, isIP } from "node:net";

/**
 * The header our server sets to the client's address after deciding whom to believe (see
 * lib/cli/serve.mts). Anything a client sends under this name is discarded first, so code that
 * reads it (Better Auth's rate limiter, our sign-in limits) never sees a forged value.
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/**
 * The proxies named in TRUSTED_PROXIES (comma-separated addresses or CIDR ranges), whose
 * X-Forwarded-For we believe. Empty: no proxy is trusted and the socket address is the client.
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address ?? "");
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address!, type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(address!, bits, type);
    }
  }
  return list;
}

function normalise(address: string): string {
  // Node reports IPv4 clients of a dual-stack socket as ::ffff:1.2.3.4.
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Whom a request comes from. Without a trusted proxy, the socket's peer, whatever headers say.
 * Behind trusted proxies, X-Forwarded-For is read from the right, skipping trusted hops: each
 * proxy appends the address it saw, so the rightmost untrusted entry is the one no client could
 * forge, and the leftmost entries are whatever the client wrote.
 */
export function resolveClient(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trusted: BlockList,
): { address: string; viaTrustedProxy: boolean } {
  const peer = normalise(socketAddress ?? "") || "unknown";
  if (!isTrusted(peer, trusted)) return { address: peer, viaTrustedProxy: false };
  const hops = (forwardedFor ?? "").split(",").map((hop) => normalise(hop.trim())).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index]!;
    // A malformed entry means the chain cannot be read; the proxy itself is all we know.
    if (!isIP(hop)) return { address: peer, viaTrustedProxy: true };
    if (!isTrusted(hop, trusted)) return { address: hop, viaTrustedProxy: true };
  }
  return { address: hops[0] ?? peer, viaTrustedProxy: true };
}
