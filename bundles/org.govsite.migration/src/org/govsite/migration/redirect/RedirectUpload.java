package org.govsite.migration.redirect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Entries not ready are not sent, and the entries an earlier upload wrote for them are deleted
 * ({@code DELETE /api/v1/redirects/{old host}}): the platform answers them 404 until they are ready again.
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
     * What an upload did.
     *
     * @param sent the ready entries written (301 and 410)
     * @param deleted the entries of not-ready old URLs the platform still had (from an earlier upload) and deleted now
     */
    public record Result(int sent, int deleted) {
    }

    /**
     * Writes the ready entries and deletes the platform's entries of the URLs not ready now, so that an old URL that
     * became unresolved (or whose article failed) keeps no stale 301 or 410 from an earlier upload.
     *
     * @param monitor progress, one unit per entry sent or deleted; may be {@code null}
     * @throws OperationCanceledException when cancelled (checked before each batch)
     * @throws org.govsite.client.ClientException when the platform refuses a batch or cannot be reached
     */
    public Result upload(RedirectTable table, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.TaskUploadRedirects, table.entries().size()),
                table.entries().size());
        int sent = 0;
        int deleted = 0;
        for (String host : table.hosts()) {
            List<Redirect> entries = table.entriesOf(host);
            List<Redirect> ready = entries.stream().filter(entry -> entry.kind() != Redirect.Kind.NOT_READY).toList();
            Set<String> readyPaths = ready.stream().map(Redirect::pathAndQuery).collect(Collectors.toSet());
            List<String> notReady = entries.stream().filter(entry -> entry.kind() == Redirect.Kind.NOT_READY)
                    .map(Redirect::pathAndQuery).filter(path -> !readyPaths.contains(path)).distinct().toList();
            for (List<String> batch : batches(notReady, batchSize)) {
                checkCanceled(progress);
                deleted += client.deleteRedirects(host, batch);
                progress.worked(batch.size());
            }
            for (List<Redirect> batch : batches(ready, batchSize)) {
                checkCanceled(progress);
                client.putBytes("/api/v1/redirects/" + host, body(batch), "application/json"); //$NON-NLS-1$ //$NON-NLS-2$
                sent += batch.size();
                progress.worked(batch.size());
            }
        }
        return new Result(sent, deleted);
    }

    /** @return {@code items} cut into consecutive lists of at most {@code size} (the requests of a bulk write) */
    public static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return batches;
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
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
