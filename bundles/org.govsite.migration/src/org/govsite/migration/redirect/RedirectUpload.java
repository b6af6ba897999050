package org.govsite.migration.redirect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.PlatformClient;
import org.govsite.migration.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the ready entries of a {@link RedirectTable} (301 and 410) to the platform's redirect table through the
 * signed API: {@code PUT /api/v1/redirects/{old host}} in batches (docs/server.md, "Redirects"). Idempotent: the
 * entries are keyed by old path and query, so an upload repeated after a failure or cancel writes the same state.
 * Entries not ready are not sent (the platform answers them 404 until they are).
 */
public final class RedirectUpload {
    /** The server's limit of entries per request. */
    public static final int MAX_BATCH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformClient client;
    private final int batchSize;

    /**
     * @param client logged in as a content editor
     * @param batchSize entries per request, 1 to {@link #MAX_BATCH}
     */
    public RedirectUpload(PlatformClient client, int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batch size " + batchSize + " is not 1 to " + MAX_BATCH); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.client = client;
        this.batchSize = batchSize;
    }

    /**
     * @param monitor progress, one unit per entry sent; may be {@code null}
     * @return how many entries were sent
     * @throws OperationCanceledException when cancelled (checked before each batch)
     * @throws org.govsite.client.ClientException when the platform refuses a batch or cannot be reached
     */
    public int upload(RedirectTable table, IProgressMonitor monitor) {
        List<Redirect> ready = table.entries().stream().filter(entry -> entry.kind() != Redirect.Kind.NOT_READY).toList();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.TaskUploadRedirects, ready.size()), ready.size());
        int sent = 0;
        for (String host : table.hosts()) {
            List<Redirect> entries = ready.stream().filter(entry -> RedirectTable.host(entry).equals(host)).toList();
            for (int from = 0; from < entries.size(); from += batchSize) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                List<Redirect> batch = entries.subList(from, Math.min(entries.size(), from + batchSize));
                client.putBytes("/api/v1/redirects/" + host, body(batch), "application/json"); //$NON-NLS-1$ //$NON-NLS-2$
                sent += batch.size();
                progress.worked(batch.size());
            }
        }
        return sent;
    }

    private static byte[] body(List<Redirect> batch) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Redirect entry : batch) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("path", entry.pathAndQuery()); //$NON-NLS-1$
            json.put("status", entry.kind().status()); //$NON-NLS-1$
            json.put("target", entry.target().toString()); //$NON-NLS-1$
            entries.add(json);
        }
        try {
            return JSON.writeValueAsString(Map.of("entries", entries)).getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
