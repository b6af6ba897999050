package org.govsite.migration.redirect;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.govsite.migration.ImportResult;
import org.govsite.migration.Messages;
import org.govsite.migration.MigrationPlan;
import org.govsite.migration.UrlOutcome;
import org.govsite.migration.extract.AttachmentRef;
import org.govsite.migration.extract.ExtractionFailure;
import org.govsite.migration.load.Importer;
import org.govsite.migration.source.Download;
import org.govsite.migration.source.SourceStatus;

/**
 * The redirect table of a migration (docs/migration.md, step 6): one {@link Redirect} per old URL of the plan, in URL
 * order. A redirected article imported (now or by an earlier run) is moved to its new address; a duplicate follows its
 * first copy; an attachment of an imported article is moved to its digest address (not ready when it was
 * oversized or unreachable); another redirected page that is
 * no article (a home or column page, a document) is moved to the mapping's address; an archived URL is gone with its
 * archive link. Not ready, with the reason: an unresolved URL, an article not (yet) imported or whose import failed,
 * a failed extraction, a redirected URL that could not be read. No URL of the plan is left out.
 */
public final class RedirectTable {
    private final List<Redirect> entries;

    private RedirectTable(List<Redirect> entries) {
        this.entries = List.copyOf(entries);
    }

    /** @return the table of {@code plan} after an import that answered {@code results} (empty: nothing imported) */
    public static RedirectTable of(MigrationPlan plan, List<ImportResult> results) {
        Map<URI, ImportResult> byUrl = new HashMap<>();
        results.forEach(result -> byUrl.put(result.url(), result));
        Map<URI, AttachmentRef> attachments = new HashMap<>();
        for (UrlOutcome outcome : plan.outcomes()) {
            ImportResult result = byUrl.get(outcome.url());
            if (Importer.imports(outcome) && result != null && result.status() != ImportResult.Status.FAILED) {
                outcome.article().attachments().forEach(a -> attachments.putIfAbsent(a.url(), a));
            }
        }
        Map<URI, Redirect> done = new HashMap<>();
        List<Redirect> entries = new ArrayList<>();
        for (UrlOutcome outcome : plan.outcomes()) {
            Redirect redirect = switch (outcome.decision().outcome()) {
            case ARCHIVE -> new Redirect(outcome.url(), Redirect.Kind.GONE, outcome.decision().address(), ""); //$NON-NLS-1$
            case UNRESOLVED -> notReady(outcome.url(), Messages.RedirectUnresolved);
            case REDIRECT -> moved(outcome, byUrl.get(outcome.url()), done, attachments);
            };
            done.put(outcome.url(), redirect);
            entries.add(redirect);
        }
        return new RedirectTable(entries);
    }

    private static Redirect moved(UrlOutcome outcome, ImportResult result, Map<URI, Redirect> done, Map<URI, AttachmentRef> attachments) {
        URI url = outcome.url();
        if (outcome.duplicateOf() != null) {
            Redirect first = done.get(outcome.duplicateOf());
            return first != null && first.kind() == Redirect.Kind.MOVED ? new Redirect(url, Redirect.Kind.MOVED, first.target(), "") //$NON-NLS-1$
                    : notReady(url, NLS.bind(Messages.RedirectDuplicateNotReady, outcome.duplicateOf()));
        }
        if (Importer.imports(outcome)) {
            if (result == null) {
                return notReady(url, Messages.RedirectNotImported);
            }
            if (result.status() == ImportResult.Status.FAILED) {
                return notReady(url, NLS.bind(Messages.RedirectImportFailed, result.reason()));
            }
            return result.address() == null ? notReady(url, Messages.RedirectNoAddress)
                    : new Redirect(url, Redirect.Kind.MOVED, result.address(), ""); //$NON-NLS-1$
        }
        if (outcome.status() == SourceStatus.UNREACHABLE || outcome.status() == SourceStatus.SKIPPED) {
            return notReady(url, NLS.bind(Messages.RedirectUnreadable, outcome.detail()));
        }
        if (outcome.failure() != null && outcome.failure() != ExtractionFailure.NOT_ARTICLE) {
            return notReady(url, NLS.bind(Messages.RedirectExtractionFailed, outcome.failure().reason()));
        }
        AttachmentRef attachment = attachments.get(url);
        if (attachment == null) {
            return new Redirect(url, Redirect.Kind.MOVED, outcome.decision().address(), ""); //$NON-NLS-1$
        }
        return attachment.status() == Download.Status.OK ? new Redirect(url, Redirect.Kind.MOVED, attachment.address(), "") //$NON-NLS-1$
                : notReady(url, NLS.bind(Messages.RedirectAttachmentNotImported, attachment.status(), attachment.detail()));
    }

    private static Redirect notReady(URI url, String reason) {
        return new Redirect(url, Redirect.Kind.NOT_READY, null, reason);
    }

    /** @return every old URL of the plan, in URL order */
    public List<Redirect> entries() {
        return entries;
    }

    /** @return the old URLs answered with {@code kind}, in URL order */
    public List<Redirect> entries(Redirect.Kind kind) {
        return entries.stream().filter(entry -> entry.kind() == kind).toList();
    }

    /** @return the old host names (lower case), sorted */
    public List<String> hosts() {
        TreeSet<String> hosts = new TreeSet<>();
        entries.forEach(entry -> hosts.add(host(entry)));
        return List.copyOf(hosts);
    }

    /** @return the entries of old host {@code host} (lower case), in URL order */
    public List<Redirect> entriesOf(String host) {
        return entries.stream().filter(entry -> host(entry).equals(host)).toList();
    }

    /**
     * @param links a new archive link per old URL (its archived snapshot on the platform)
     * @return this table with the {@code GONE} entries of those URLs pointing at their new links
     */
    public RedirectTable withArchiveLinks(Map<URI, URI> links) {
        return new RedirectTable(entries.stream().map(entry -> entry.kind() == Redirect.Kind.GONE && links.containsKey(entry.oldUrl())
                ? new Redirect(entry.oldUrl(), Redirect.Kind.GONE, links.get(entry.oldUrl()), entry.reason()) : entry).toList());
    }

    /** @return the old host name of {@code entry}, lower case */
    public static String host(Redirect entry) {
        return entry.oldUrl().getHost().toLowerCase(Locale.ROOT);
    }
}
