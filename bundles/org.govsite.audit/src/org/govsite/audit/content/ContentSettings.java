package org.govsite.audit.content;

import java.util.List;

/**
 * What the content checks can be told, with the defaults documented in docs/audit.md ("Content findings").
 *
 * @param sensitiveWords words reported wherever the visible text holds them (case-insensitive); none by default
 * @param minFontSizePx a link whose font size is under this many CSS pixels is hidden (pt count 4/3 px, em and rem
 *        16 px)
 * @param offScreenPx an absolutely or fixed positioned element whose left or top is at or beyond minus this many
 *        pixels is off screen
 */
public record ContentSettings(List<String> sensitiveWords, double minFontSizePx, double offScreenPx) {

    public ContentSettings {
        sensitiveWords = List.copyOf(sensitiveWords);
    }

    /** @return no sensitive words, fonts under 2 px hidden, positions at or beyond -500 px off screen */
    public static ContentSettings defaults() {
        return new ContentSettings(List.of(), 2, 500);
    }

    /** @return these settings with the given sensitive words */
    public ContentSettings withSensitiveWords(List<String> words) {
        return new ContentSettings(words, minFontSizePx, offScreenPx);
    }
}
