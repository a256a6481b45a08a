import type { CandidateFilter } from './candidate.js';

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
  return undefined;
};
