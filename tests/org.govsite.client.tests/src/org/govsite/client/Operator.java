package org.govsite.client;

import org.govsite.crypto.Sm2KeyPair;

/** An operator as a test knows it: name, SM2 key pair and password. */
record Operator(String name, Sm2KeyPair key, String password) {
    static Operator generate(String name) {
        return new Operator(name, Sm2KeyPair.generate(), "口令-" + name + "-2026");
    }

    char[] passwordChars() {
        return password.toCharArray();
    }
}
