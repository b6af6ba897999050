package org.govsite.demo;

/** A government of the demo province: its name, administrative division code and Latin short name. */
record Place(String name, String divisionCode, String shortName) {
}
