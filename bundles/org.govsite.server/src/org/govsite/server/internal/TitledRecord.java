package org.govsite.server.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A {@link SiteRecord} with a title (message, solicitation, interview): the operation log names it by its title.
 *
 * @param <T> the record type itself
 */
public interface TitledRecord<T extends TitledRecord<T>> extends SiteRecord<T> {
    /** @return the title, 1 to 500 characters */
    String title();

    @Override
    @JsonIgnore
    default String name() {
        return title();
    }
}
