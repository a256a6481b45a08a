import type { CandidateFilter } from './candidate.js';

/** `-----BEGIN ` in base64, as it starts a PEM file encoded whole (kubeconfig `*-data`, Terraform `*_base64`). */
const BASE64_PEM = /^LS0tLS1CRUdJTi[A-Za-z0-9+/]/;
/** Armour of public material, once decoded: the certificate or public key that a CA bundle or cluster config carries. */
const PUBLIC_ARMOUR = /^-----BEGIN (?:[A-Z0-9 ]+ )?(?:PUBLIC KEY|CERTIFICATE(?: REQUEST)?|PGP PUBLIC KEY BLOCK)-----/;

/**
 * Public material that looks like key material: OpenSSH public keys (`ssh-rsa AAAA...`), PEM public
 * keys and certificates, PGP public key blocks. Publishing them is their purpose.
 */
const SSH_PUBLIC_BODY = /^AAAA(?:B3NzaC1yc2E|C3NzaC1lZDI1NTE5|E2VjZHNhLXNoYTItbmlzdHA|B3NzaC1kc3M|C3NzaC1lZDQ0OA|GnNrLWVjZHNh|GnNrLXNzaC1lZDI1NTE5)/;
const PUBLIC_CONTEXT = /\b(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d+|sk-(?:ssh|ecdsa)-[\w@.-]+)\s+$|-----BEGIN (?:[A-Z0-9 ]+ )?(?:PUBLIC KEY|CERTIFICATE(?: REQUEST)?|PGP PUBLIC KEY BLOCK)-----/;

export const isPublicKey: CandidateFilter = ({ secret, line, lineOffset }) => {
  if (/^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-)/.test(secret) || SSH_PUBLIC_BODY.test(secret)) return 'SSH public key';
  if (/-----BEGIN (?:[A-Z0-9 ]+ )?(?:PUBLIC KEY|CERTIFICATE)-----/.test(secret)) return 'public key or certificate';
  if (PUBLIC_CONTEXT.test(line.slice(Math.max(0, lineOffset - 200), lineOffset))) return 'public key or certificate';
  // A base64-encoded PEM file is public when its armour says so (a cluster's CA certificate); an encoded
  // private key (`client-key-data`) is not dropped here.
  if (BASE64_PEM.test(secret) && PUBLIC_ARMOUR.test(decodePrefix(secret))) return 'base64-encoded certificate or public key';
  return undefined;
};

/** The text that the first 80 base64 characters of `value` decode to (whole 4-character groups only). */
function decodePrefix(value: string): string {
  const head = value.slice(0, 80);
  return Buffer.from(head.slice(0, head.length - (head.length % 4)), 'base64').toString('latin1');
}
