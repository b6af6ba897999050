package org.govsite.audit.content;

import java.util.List;
import java.util.Map;

/**
 * What the content checks can be told, with the defaults documented in docs/audit.md ("Content findings").
 *
 * @param sensitiveWords words reported wherever the visible text holds them (case-insensitive); none by default
 * @param minFontSizePx a link whose font size is under this many CSS pixels is hidden (pt count 4/3 px, em and rem
 *        16 px)
 * @param offScreenPx an absolutely or fixed positioned element whose left or top is at or beyond minus this many
 *        pixels is off screen
 * @param typos the user's typo dictionary, wrong form to correct form, added to the built-in one (an entry replaces
 *        the built-in one with the same wrong form); none by default
 */
public record ContentSettings(List<String> sensitiveWords, double minFontSizePx, double offScreenPx,
        Map<String, String> typos) {

    public ContentSettings {
        sensitiveWords = List.copyOf(sensitiveWords);
        typos = Map.copyOf(typos);
    }

    /**
     * @return no sensitive words, fonts under 2 px hidden, positions at or beyond -500 px off screen, the built-in
     *         typo dictionary only
     */
    public static ContentSettings defaults() {
        return new ContentSettings(List.of(), 2, 500, Map.of());
    }

    /** @return these settings with the given sensitive words */
    public ContentSettings withSensitiveWords(List<String> words) {
        return new ContentSettings(words, minFontSizePx, offScreenPx, typos);
    }

    /** @return these settings with the given user typo dictionary (wrong form to correct form) */
    public ContentSettings withTypos(Map<String, String> userTypos) {
        return new ContentSettings(sensitiveWords, minFontSizePx, offScreenPx, userTypos);
    }
}
