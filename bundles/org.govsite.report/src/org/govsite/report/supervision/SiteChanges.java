package org.govsite.report.supervision;

import java.util.Collection;
import java.util.Date;

import org.govsite.model.LifecycleStatus;
import org.govsite.model.Site;
import org.govsite.protocol.PageTime;

/**
 * Sites opened and closed in a year, counted from the model's life-cycle dates in Asia/Shanghai: opened when
 * {@code openedOn} falls in the year; closed when the status is {@link LifecycleStatus#CLOSED} and
 * {@code statusSince} falls in the year. The model has no merged status: merged sites are entered by hand.
 *
 * @param opened sites opened in the year
 * @param closed sites closed in the year
 */
public record SiteChanges(int opened, int closed) {

    /** @return the changes of these sites in this year */
    public static SiteChanges count(Collection<? extends Site> sites, int year) {
        int opened = (int) sites.stream().filter(site -> in(site.getOpenedOn(), year)).count();
        int closed = (int) sites.stream()
                .filter(site -> site.getStatus() == LifecycleStatus.CLOSED && in(site.getStatusSince(), year))
                .count();
        return new SiteChanges(opened, closed);
    }

    /** @return how many of these sites were in service in the year ({@link #inService(Site, int)}) */
    public static int inService(Collection<? extends Site> sites, int year) {
        return (int) sites.stream().filter(site -> inService(site, year)).count();
    }

    /**
     * @return whether the site was in service in the year: not {@link LifecycleStatus#PLANNED}, opened
     *         ({@code openedOn}, when known) by the year's end and not closed before it began (Asia/Shanghai)
     */
    public static boolean inService(Site site, int year) {
        return site.getStatus() != LifecycleStatus.PLANNED
                && (site.getOpenedOn() == null || year(site.getOpenedOn()) <= year)
                && (site.getStatus() != LifecycleStatus.CLOSED || site.getStatusSince() == null
                        || year(site.getStatusSince()) >= year);
    }

    private static int year(Date date) {
        return date.toInstant().atZone(PageTime.ZONE).getYear();
    }

    private static boolean in(Date date, int year) {
        return date != null && year(date) == year;
    }
}
