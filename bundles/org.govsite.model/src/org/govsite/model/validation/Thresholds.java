package org.govsite.model.validation;

/**
 * The configurable numbers of the rules; {@link #DEFAULTS} holds the values of the Guide (国办发〔2017〕47号).
 *
 * @param maxOfflineDays longest temporary offline period in days ({@link Rule#OFFLINE_DURATION}), default 30
 * @param minChannels    fewest channels before {@link Rule#CHANNEL_COUNT} warns, default 5
 * @param maxChannels    most channels before {@link Rule#CHANNEL_COUNT} warns, default 8
 */
public record Thresholds(int maxOfflineDays, int minChannels, int maxChannels) {

    /** The Guide's values: offline at most 30 days, 5 to 8 channels. */
    public static final Thresholds DEFAULTS = new Thresholds(30, 5, 8);

    public Thresholds {
        if (maxOfflineDays < 0 || minChannels < 0 || maxChannels < minChannels) {
            throw new IllegalArgumentException(
                    "thresholds out of range: " + maxOfflineDays + ", " + minChannels + ", " + maxChannels); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
