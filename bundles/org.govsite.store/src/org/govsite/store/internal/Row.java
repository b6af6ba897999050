package org.govsite.store.internal;

import java.util.List;

/** The stored form of one model object: its id, its values in {@link TableSpec#valueColumns()} order, its dependent list. */
public record Row(String id, Object[] values, List<String> dependents) {
}
