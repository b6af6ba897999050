package org.govsite.migration.load;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * The content type an attachment is stored under in the library, from its old URL's extension (the documents and
 * images the extraction takes as attachments); the published site names its file by it.
 */
public final class ContentTypes {
    /** The type of anything else. */
    static final String OCTET_STREAM = "application/octet-stream"; //$NON-NLS-1$
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("doc", "application/msword"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("xls", "application/vnd.ms-excel"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("ppt", "application/vnd.ms-powerpoint"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("wps", "application/vnd.ms-works"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("zip", "application/zip"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("rar", "application/vnd.rar"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("7z", "application/x-7z-compressed"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("png", "image/png"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("jpg", "image/jpeg"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("jpeg", "image/jpeg"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("gif", "image/gif"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("bmp", "image/bmp"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("webp", "image/webp"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("svg", "image/svg+xml")); //$NON-NLS-1$ //$NON-NLS-2$

    private ContentTypes() {
    }

    /** @return the content type of the attachment at {@code url} ({@link #OCTET_STREAM} when unknown) */
    public static String of(URI url) {
        String path = url.getPath() == null ? "" : url.getPath(); //$NON-NLS-1$
        int dot = path.lastIndexOf('.');
        if (dot < path.lastIndexOf('/') + 1) {
            return OCTET_STREAM;
        }
        return BY_EXTENSION.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
    }
}
