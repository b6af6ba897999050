package org.govsite.demo;

/** A department kind: its Chinese name (without the government's name) and the Latin short name of its sub-domain. */
record Department(String name, String shortName) {
}
