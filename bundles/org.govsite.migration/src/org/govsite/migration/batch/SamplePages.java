package org.govsite.migration.batch;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.govsite.migration.extract.AttachmentStore;
import org.govsite.migration.extract.Attachments;
import org.govsite.migration.extract.Extraction;
import org.govsite.migration.extract.Extractor;
import org.govsite.migration.extract.TemplateRule;
import org.govsite.migration.source.Download;
import org.govsite.migration.source.LegacySource;
import org.govsite.migration.source.SourcePage;
import org.govsite.migration.source.SourceStatus;
import org.jsoup.Jsoup;

/**
 * Sample pages of a batch's source for the extraction rules' preview: the first pages read that may be articles (not
 * home or column index pages, whose path ends in {@code /}), kept as HTML so that each change of the rules extracts
 * them again without a request. The preview does not fetch attachments (the dry run does): they are listed by link.
 */
public final class SamplePages {
    /** An old page and its HTML as read. */
    public record Sample(URI url, String html) {
    }

    /** The preview's source: no pages, attachments not fetched. */
    private static final LegacySource NOT_FETCHED = new LegacySource() {
        @Override
        public void read(Consumer<SourcePage> sink, IProgressMonitor monitor) {
            // the preview reads no pages
        }

        @Override
        public Download fetch(URI url, long maxBytes) {
            return Download.unreachable(Messages.PreviewNotFetched);
        }

        @Override
        public void close() {
            // nothing held
        }
    };

    private SamplePages() {
    }

    /**
     * @return at most {@code count} pages of the batch's source (the known-URL list aside), in the order read
     * @throws OperationCanceledException when {@code monitor} is cancelled
     */
    public static List<Sample> fetch(MigrationBatch batch, int count, IProgressMonitor monitor) throws BatchException {
        IProgressMonitor outer = monitor == null ? new NullProgressMonitor() : monitor;
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        IProgressMonitor enough = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return outer.isCanceled() || samples.size() >= count;
            }

            @Override
            public void subTask(String name) {
                outer.subTask(name);
            }
        };
        outer.beginTask(Messages.TaskSamples, IProgressMonitor.UNKNOWN);
        try (LegacySource source = BatchSources.open(batch, List.of())) {
            source.read(page -> {
                if (page.status() == SourceStatus.FETCHED && !page.url().getPath().endsWith("/") //$NON-NLS-1$
                        && samples.size() < count) {
                    samples.add(new Sample(page.url(), page.document().outerHtml()));
                }
            }, enough);
        } catch (OperationCanceledException e) {
            if (outer.isCanceled()) {
                throw e;
            }
        } finally {
            outer.done();
        }
        synchronized (samples) {
            return List.copyOf(samples.subList(0, Math.min(count, samples.size())));
        }
    }

    /** @return the text of an article body (HTML), as a browser shows it, whitespace collapsed */
    public static String text(String bodyHtml) {
        return Jsoup.parse(bodyHtml).text();
    }

    /** @return what {@code rules} (tried in order, then automatic detection) extract from the sample */
    public static Extraction preview(Sample sample, List<TemplateRule> rules) {
        Extractor extractor = new Extractor(rules,
                new Attachments(NOT_FETCHED, 0, AttachmentStore.DIGEST_ONLY, (digest, type) -> null)); // nothing fetched: no address
        return extractor.extract(sample.url(), Jsoup.parse(sample.html(), sample.url().toString()));
    }
}
