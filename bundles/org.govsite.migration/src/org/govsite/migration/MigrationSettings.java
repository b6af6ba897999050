package org.govsite.migration;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.mapping.Mapping;

/**
 * How a legacy site is migrated.
 *
 * @param templates the extraction's template rules, tried in order (none: automatic detection only)
 * @param mapping the mapping rules
 * @param maxAttachmentBytes attachments larger than this are reported OVERSIZED and not kept
 * @param attachmentAddress an attachment's new address, given its SM3 digest and old URL (see {@link #filesUnder(URI)})
 * @param samplesPerColumn how many articles per target column the report previews
 */
public record MigrationSettings(List<TemplateRule> templates, Mapping mapping, long maxAttachmentBytes,
        BiFunction<String, URI, URI> attachmentAddress, int samplesPerColumn) {

    /** The default attachment cap: 50 MiB. */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;
    /** The default number of previews per column. */
    public static final int DEFAULT_SAMPLES = 5;

    public MigrationSettings {
        templates = List.copyOf(templates);
    }

    /** @return settings with the default cap and samples, attachments at {@link #filesUnder(URI)} {@code site} */
    public static MigrationSettings of(List<TemplateRule> templates, Mapping mapping, URI site) {
        return new MigrationSettings(templates, mapping, DEFAULT_MAX_ATTACHMENT_BYTES, filesUnder(site),
                DEFAULT_SAMPLES);
    }

    /**
     * @param site the new site's address
     * @return addresses as the platform's published site serves attachments (docs/server.md):
     *         {@code <site>/files/<sm3>.<ext>}, the extension the old URL's (lower case), else {@code bin}
     */
    public static BiFunction<String, URI, URI> filesUnder(URI site) {
        return (digest, old) -> {
            String path = old.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 || dot == name.length() - 1 ? "bin" //$NON-NLS-1$
                    : name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""); //$NON-NLS-1$ //$NON-NLS-2$
            return site.resolve("files/" + digest + "." + extension); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }
}
