package org.govsite.migration.after;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.govsite.audit.export.Texts;
import org.govsite.migration.Messages;

/**
 * The title and text of a migration notice (docs/migration.md, step 6, "Migration notices"). The default wording,
 * the same for the command line ({@code govsite migrate --notice}) and the workbench (发布迁移公告), says when the old
 * site moved and where its content went: 网站迁移公告 / 本网站已于2026年12月7日整合迁移至某市人民政府门户网站（https://…/），…
 *
 * @param title the notice's title
 * @param text the notice's text
 */
public record NoticeWording(String title, String text) {

    /**
     * @param language the language of the wording (Chinese for a Chinese site; English: {@link Locale#ROOT})
     * @param siteName the new site's name
     * @param address the new site's address
     * @param date the day of the migration
     * @return the default wording
     */
    public static NoticeWording defaults(Locale language, String siteName, URI address, LocalDate date) {
        Texts texts = new Texts("org.govsite.migration.messages", language, Messages.class.getClassLoader()); //$NON-NLS-1$
        String day = DateTimeFormatter.ofPattern(texts.get("NoticeDate"), Locale.ROOT).format(date); //$NON-NLS-1$
        return new NoticeWording(texts.get("NoticeTitle"), texts.get("NoticeText", day, siteName, address)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return this wording with {@code title} and {@code text} where they are not blank */
    public NoticeWording with(String title, String text) {
        return new NoticeWording(title == null || title.isBlank() ? this.title : title.strip(),
                text == null || text.isBlank() ? this.text : text.strip());
    }
}
