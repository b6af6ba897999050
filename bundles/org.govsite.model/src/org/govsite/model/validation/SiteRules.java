package org.govsite.model.validation;

import static org.govsite.model.GovSitePackage.Literals.SITE__CHANNELS;
import static org.govsite.model.GovSitePackage.Literals.SITE__COLUMNS;
import static org.govsite.model.GovSitePackage.Literals.SITE__HOST;
import static org.govsite.model.GovSitePackage.Literals.SITE__MAIN_COLOUR;
import static org.govsite.model.GovSitePackage.Literals.SITE__STATUS_UNTIL;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.guide.GuideDays;
import org.govsite.model.guide.GuideRules;
import org.govsite.model.guide.ModelLabels;

/**
 * Site rules beyond domains and codes: {@link Rule#SITE_PER_ORGANISATION}, {@link Rule#COLUMNS_REQUIRED},
 * {@link Rule#CHANNEL_COUNT}, {@link Rule#OFFLINE_DATES}, {@link Rule#OFFLINE_DURATION}, {@link Rule#COLOUR_FORMAT}.
 */
final class SiteRules {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}"); //$NON-NLS-1$
    private static final String LIST_SEPARATOR = "\u3001"; //$NON-NLS-1$

    private SiteRules() {
    }

    static void check(Site site, ValidationContext context, Findings findings) {
        if (Sites.inService(site)) {
            checkOnePerOrganisation(site, findings);
            checkRequiredColumns(site, findings);
            checkChannelCount(site, context.thresholds(), findings);
        }
        if (site.getStatus() == LifecycleStatus.TEMPORARILY_OFFLINE) {
            checkOffline(site, context.thresholds(), findings);
        }
        if (!Text.isBlank(site.getMainColour()) && !COLOUR.matcher(site.getMainColour()).matches()) {
            findings.add(Rule.COLOUR_FORMAT, site, SITE__MAIN_COLOUR, Describe.object(site), site.getMainColour());
        }
    }

    /** Reported on every in-service site of a unit that has more than one. */
    private static void checkOnePerOrganisation(Site site, Findings findings) {
        if (site.getHost() == null) {
            return;
        }
        List<Site> open = site.getHost().getSites().stream().filter(Sites::inService).toList();
        if (open.size() > 1) {
            String names = open.stream().map(Describe::object).collect(Collectors.joining(LIST_SEPARATOR));
            findings.add(Rule.SITE_PER_ORGANISATION, site, SITE__HOST, Describe.object(site.getHost()), open.size(),
                    names);
        }
    }

    private static void checkRequiredColumns(Site site, Findings findings) {
        Set<ColumnCategory> present = EnumSet.noneOf(ColumnCategory.class);
        for (Column column : site.getColumns()) {
            present.add(column.getCategory());
        }
        for (ColumnCategory required : GuideRules.requiredCategories(site.getKind())) {
            if (!present.contains(required)) {
                findings.add(Rule.COLUMNS_REQUIRED, site, SITE__COLUMNS, Describe.object(site),
                        ModelLabels.label(site.getKind()), ModelLabels.label(required));
            }
        }
    }

    /** Portals always; other sites only once they have channels at all. */
    private static void checkChannelCount(Site site, Thresholds thresholds, Findings findings) {
        int count = site.getChannels().size();
        boolean applies = site.getKind() == SiteKind.PORTAL || count > 0;
        if (applies && (count < thresholds.minChannels() || count > thresholds.maxChannels())) {
            findings.add(Rule.CHANNEL_COUNT, site, SITE__CHANNELS, Describe.object(site), count,
                    thresholds.minChannels(), thresholds.maxChannels());
        }
    }

    /** Counts calendar days in Beijing time, so 2026-01-01 to 2026-01-31 is 30 days whatever the hours. */
    private static void checkOffline(Site site, Thresholds thresholds, Findings findings) {
        if (site.getStatusSince() == null || site.getStatusUntil() == null
                || site.getStatusUntil().before(site.getStatusSince())) {
            findings.add(Rule.OFFLINE_DATES, site, SITE__STATUS_UNTIL, Describe.object(site),
                    Describe.day(site.getStatusSince()), Describe.day(site.getStatusUntil()));
            return;
        }
        long days = ChronoUnit.DAYS.between(GuideDays.day(site.getStatusSince()),
                GuideDays.day(site.getStatusUntil()));
        if (days > thresholds.maxOfflineDays()) {
            findings.add(Rule.OFFLINE_DURATION, site, SITE__STATUS_UNTIL, Describe.object(site), days,
                    Describe.day(site.getStatusSince()), Describe.day(site.getStatusUntil()),
                    thresholds.maxOfflineDays());
        }
    }
}
