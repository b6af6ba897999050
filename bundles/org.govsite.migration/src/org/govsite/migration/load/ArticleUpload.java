package org.govsite.migration.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.govsite.client.ArticleBatchResult;
import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.client.Versioned;
import org.govsite.crypto.Sm3;
import org.govsite.migration.Messages;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.UrlOutcome;
import org.govsite.migration.extract.AttachmentRef;
import org.govsite.migration.extract.DigestFolder;
import org.govsite.migration.source.Download;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Puts one article into the library: its attachments by digest from the digest folder, then the article itself in
 * its target column, with the outcome's key as article id and idempotency key. Any refusal becomes a failed entry
 * with its reason; only a request without an answer stops the run.
 */
final class ArticleUpload {
    private static final String ARTICLES = "/api/v1/articles"; //$NON-NLS-1$
    private final PlatformClient client;
    private final DigestFolder folder;
    private final String defaultSource;
    private final LocalDateTime undatedTime;
    private final PublishedAddresses addresses;
    private final BodyLinks links;

    /**
     * @param settings the default source, the new site's address and the time of undated articles
     * @param plan the plan the articles are imported from: where the links between them lead
     */
    ArticleUpload(PlatformClient client, DigestFolder folder, ImportSettings settings, MigrationPlan plan) {
        this.client = client;
        this.folder = folder;
        this.defaultSource = settings.defaultSource();
        this.undatedTime = settings.undatedTime();
        this.addresses = new PublishedAddresses(client, settings.newSite());
        this.links = new BodyLinks(plan, addresses, undatedTime);
    }

    /**
     * @param earlier the journal's entry of an article imported by an earlier run
     * @return the entry with the address the platform publishes the article at (the same as {@code earlier} when it
     *         holds it already; an older journal holds the mapping's address)
     */
    JournalEntry published(JournalEntry earlier, UrlOutcome outcome) {
        String publishedAt = ArticleRequest.publishedAt(outcome.article(), undatedTime);
        if (publishedAt == null) {
            return earlier; // undated now (no undated time given this run): its address cannot be computed
        }
        URI address = addresses.article(outcome.decision().column(), publishedAt, earlier.articleId());
        return address == null ? earlier : earlier.withAddress(address);
    }

    /** @return the journal entry of the outcome's article: imported (with the library's answer) or failed */
    JournalEntry upload(UrlOutcome outcome) {
        Prepared prepared = prepare(outcome);
        return prepared.failed() != null ? prepared.failed() : send(outcome, prepared.request());
    }

    /**
     * Puts the article's attachments into the library.
     *
     * @return the article's request, or its failed entry (undated, an attachment missing, damaged or refused)
     * @throws ClientException when a request got no answer ({@link #refusal})
     */
    Prepared prepare(UrlOutcome outcome) {
        if (ArticleRequest.publishedAt(outcome.article(), undatedTime) == null) {
            return new Prepared(null, JournalEntry.failed(outcome.key(), outcome.url(), Messages.ImportUndated));
        }
        try {
            List<String> digests = new ArrayList<>();
            for (AttachmentRef attachment : outcome.article().attachments()) {
                if (attachment.status() == Download.Status.OK && !digests.contains(attachment.digest())) {
                    putAttachment(attachment);
                    digests.add(attachment.digest());
                }
            }
            return new Prepared(ArticleRequest.of(outcome, links.body(outcome.article()), digests, defaultSource,
                    undatedTime), null);
        } catch (AttachmentProblem e) {
            return new Prepared(null, JournalEntry.failed(outcome.key(), outcome.url(), e.getMessage()));
        }
    }

    /** @return the entry of a prepared article sent on its own, with the outcome's key as idempotency key */
    private JournalEntry send(UrlOutcome outcome, ArticleRequest request) {
        try {
            return imported(outcome, client.post(ARTICLES, request, outcome.key()));
        } catch (ClientException e) {
            return JournalEntry.failed(outcome.key(), outcome.url(), refusal(e));
        }
    }

    /** @return the entry of a prepared article by its result in a batch ({@link ArticleBatches}) */
    JournalEntry entry(UrlOutcome outcome, ArticleBatchResult result) {
        return result.isCreated() ? imported(outcome, result.created())
                : JournalEntry.failed(outcome.key(), outcome.url(), refusal(result.refusal()));
    }

    private JournalEntry imported(UrlOutcome outcome, Versioned<JsonNode> answer) {
        return JournalEntry.imported(outcome.key(), outcome.url(), answer.value().path("id").asText(), //$NON-NLS-1$
                answer.version(), addresses.article(answer.value()));
    }

    /** An article ready to be sent ({@code request}) or failed before ({@code failed}): one of them is null. */
    record Prepared(ArticleRequest request, JournalEntry failed) {
    }

    private void putAttachment(AttachmentRef attachment) throws AttachmentProblem {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.path(attachment.digest()));
        } catch (NoSuchFileException e) {
            throw new AttachmentProblem(NLS.bind(Messages.ImportAttachmentMissing, attachment.url()));
        } catch (IOException e) {
            throw new AttachmentProblem(NLS.bind(Messages.ImportAttachmentUnreadable, attachment.url(), e.getMessage()));
        }
        if (!Sm3.digestHex(bytes).equals(attachment.digest())) {
            throw new AttachmentProblem(NLS.bind(Messages.ImportAttachmentDamaged, attachment.url()));
        }
        try {
            client.putAttachment(attachment.digest(), bytes, attachment.contentType());
        } catch (ClientException e) {
            throw new AttachmentProblem(NLS.bind(Messages.ImportAttachmentRefused, attachment.url(), refusal(e)));
        }
    }

    /**
     * @return the reason of a refusal: the server's verified answer
     * @throws ClientException {@code e} itself when no answer came (the server unreachable, the connection broken):
     *         whether the request was applied is unknown, so the run stops rather than failing every article after
     *         it; the key stays pending and a later run sends it again
     */
    static String refusal(ClientException e) {
        if (e.code() == null) {
            throw e;
        }
        return e.getLocalizedMessage();
    }

    /** An attachment that keeps its article out of the library; the message is localized. */
    private static final class AttachmentProblem extends Exception {
        private static final long serialVersionUID = 1L;

        AttachmentProblem(String message) {
            super(message);
        }
    }
}
