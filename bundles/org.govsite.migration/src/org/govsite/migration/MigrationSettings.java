package org.govsite.migration;

import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;

import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.mapping.Mapping;
import org.govsite.protocol.PublishedPaths;

/**
 * How a legacy site is migrated.
 *
 * @param templates the extraction's template rules, tried in order (none: automatic detection only)
 * @param mapping the mapping rules
 * @param maxAttachmentBytes attachments larger than this are reported OVERSIZED and not kept
 * @param attachmentAddress an attachment's new address, given its SM3 digest and content type (see {@link #filesUnder(URI)})
 * @param samplesPerColumn how many articles per target column the report previews
 */
public record MigrationSettings(List<TemplateRule> templates, Mapping mapping, long maxAttachmentBytes,
        BiFunction<String, String, URI> attachmentAddress, int samplesPerColumn) {

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
     * @return addresses as the platform's published site serves attachments (docs/server.md, {@link PublishedPaths#file}):
     *         {@code <site>/files/<sm3>.<ext>}, the extension the platform gives the content type the import stores
     *         the attachment under ({@link org.govsite.protocol.FileTypes#detect}, {@link org.govsite.migration.extract.AttachmentRef#contentType}:
     *         {@code .jpeg} is published as {@code .jpg}, a file of no known type as {@code .bin})
     */
    public static BiFunction<String, String, URI> filesUnder(URI site) {
        return (digest, type) -> site.resolve(PublishedPaths.file(digest, type).substring(1));
    }
}
