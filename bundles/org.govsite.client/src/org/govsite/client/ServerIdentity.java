package org.govsite.client;

import org.govsite.crypto.Sm2PublicKey;

/**
 * The server's SM2 public key as it presented it, and its fingerprint (SM3 of the SubjectPublicKeyInfo DER, 64
 * lower-case hex digits; docs/protocol.md), which the operator compares with the published one and pins.
 */
public record ServerIdentity(Sm2PublicKey key, String fingerprint) {
}
