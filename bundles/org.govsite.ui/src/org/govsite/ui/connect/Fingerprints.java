package org.govsite.ui.connect;

import java.util.ArrayList;
import java.util.List;

/** Key fingerprints shown for comparison by eye: groups of four hex digits, eight groups per line. */
public final class Fingerprints {

    private static final int GROUP = 4;
    private static final int GROUPS_PER_LINE = 8;

    private Fingerprints() {
    }

    public static String grouped(String fingerprint) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fingerprint.length(); i += GROUP) {
            if (i > 0 && i % (GROUP * GROUPS_PER_LINE) == 0) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (i > 0) {
                line.append(' ');
            }
            line.append(fingerprint, i, Math.min(fingerprint.length(), i + GROUP));
        }
        lines.add(line.toString());
        return String.join("\n", lines);
    }

    /** The first two groups, enough to tell connections apart in a table. */
    public static String shortForm(String fingerprint) {
        return fingerprint.length() <= 2 * GROUP ? fingerprint
                : fingerprint.substring(0, GROUP) + ' ' + fingerprint.substring(GROUP, 2 * GROUP) + '\u2026';
    }
}
