package org.govsite.migration.load;

/**
 * How the import runs.
 *
 * @param batchSize articles per batch: the journal is made durable (fsync) at the start and end of each batch
 * @param defaultSource the source (信息来源) of articles whose page named none: the library requires one (1 to 200
 *        characters), e.g. the legacy site's organisation
 */
public record ImportSettings(int batchSize, String defaultSource) {
    /** The library's longest source. */
    private static final int MAX_SOURCE = 200;

    /** @throws IllegalArgumentException for a batch size below 1 or a blank or too long default source */
    public ImportSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize); //$NON-NLS-1$
        }
        if (defaultSource == null || defaultSource.isBlank() || defaultSource.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("default source \"" + defaultSource + '"'); //$NON-NLS-1$
        }
    }
}
