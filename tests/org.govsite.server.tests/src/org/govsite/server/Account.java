package org.govsite.server;

import org.govsite.crypto.Sm2KeyPair;

/** An operator as a test knows it: name, SM2 key pair and password. */
record Account(String name, Sm2KeyPair key, String password) {
    static Account generate(String name) {
        return new Account(name, Sm2KeyPair.generate(), "pass-" + name + "-2026");
    }
}
