package org.govsite.ui.connect;

import org.govsite.ui.Messages;

/** Where a platform sits in the province's "1+N" model: the one province platform or one of the city platforms. */
public enum PlatformLevel {
    PROVINCE, CITY;

    public String label() {
        return this == PROVINCE ? Messages.Level_province : Messages.Level_city;
    }
}
