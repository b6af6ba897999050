package org.govsite.report.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govsite.client.ClientException;
import org.govsite.client.PlatformClient;
import org.govsite.report.ReportTexts;
import org.govsite.report.SiteStatistics;
import org.govsite.report.publish.NoReportColumnException;
import org.govsite.report.publish.Published;
import org.govsite.report.publish.ReportPublisher;

/**
 * {@code govsite report --publish}: each site's written XLSX uploaded to its annual-report column
 * ({@link ReportPublisher}). A site whose report has consistency errors, that has no such column or whose upload
 * the platform refuses is named on standard error; the other sites are published all the same.
 */
final class ReportPublication {
    private ReportPublication() {
    }

    /**
     * @param client logged in as a content editor
     * @param sites the sites written, in order
     * @param clean the XLSX of each site whose report has no consistency error
     * @param out receives a line per article created or updated
     * @param err receives a line per site not published
     * @return whether every site was published
     */
    static boolean publish(PlatformClient client, int year, List<SiteStatistics> sites, Map<SiteStatistics, Path> clean,
            ReportTexts text, PrintStream out, PrintStream err) throws IOException {
        ReportPublisher publisher = new ReportPublisher(client, text);
        boolean all = true;
        for (SiteStatistics site : sites) {
            Path file = clean.get(site);
            if (file == null) {
                err.println(text.get("Cli_notPublished", site.host(), text.get("Cli_hasErrors"))); //$NON-NLS-1$ //$NON-NLS-2$
                all = false;
                continue;
            }
            try {
                Published published = publisher.publish(site.siteId(), year, Files.readAllBytes(file));
                out.println(text.get(published.created() ? "Cli_publishedNew" : "Cli_publishedAgain", //$NON-NLS-1$ //$NON-NLS-2$
                        site.host(), published.articleId(), published.version(), published.attachment()));
            } catch (NoReportColumnException | ClientException e) {
                err.println(text.get("Cli_notPublished", site.host(), e.getLocalizedMessage())); //$NON-NLS-1$
                all = false;
            }
        }
        return all;
    }
}
