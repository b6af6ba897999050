package org.govsite.ui.handlers;

import java.nio.file.Path;

import org.govsite.model.Platform;
import org.govsite.store.interchange.PlatformJson;
import org.govsite.store.interchange.PlatformXmi;

/** The interchange formats of the import/export commands (command parameter {@value #PARAMETER}). */
enum Interchange {
    XMI("*.xmi"), JSON("*.json");

    static final String PARAMETER = "org.govsite.ui.commandparameter.format";

    private final String pattern;

    Interchange(String pattern) {
        this.pattern = pattern;
    }

    static Interchange of(String parameter) {
        return parameter == null ? XMI : valueOf(parameter.toUpperCase(java.util.Locale.ROOT));
    }

    String pattern() {
        return pattern;
    }

    Platform read(Path file) {
        return this == XMI ? PlatformXmi.read(file) : PlatformJson.read(file);
    }

    void write(Platform platform, Path file) {
        if (this == XMI) {
            PlatformXmi.write(platform, file);
        } else {
            PlatformJson.write(platform, file);
        }
    }
}
