package org.govsite.model.ids;

import java.util.UUID;

/** Identifiers of model objects: random UUID strings, stable once assigned. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
