package org.govsite.report.logs;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.govsite.protocol.PageTime;

import org.govsite.report.Visits;

/**
 * Reads web-server access logs into each site's {@link Visits} for one year (docs/reports.md, "Access logs"). Lines in
 * the combined log format (nginx and Apache), optionally preceded by the virtual host ({@code %v} or {@code %v:%p},
 * Apache's {@code vhost_combined}; nginx {@code $host}), which attributes the line to a site; lines without it go to
 * the host the caller gives for the file. Files are streamed line by line, plain or gzip (recognised by their first
 * bytes). Lines that do not parse are counted as malformed and skipped, never fatal.
 * <p>
 * Total visits are the page views under {@link LogRules}; unique visitors (独立用户访问总量) are the distinct
 * (IP address, User-Agent) pairs of each day (Asia/Shanghai) summed over the year, the daily unique-visitor figure
 * site statistics report, added up. Only requests of the report's year count. Not thread-safe.
 */
public final class AccessLogImport {
    /** {@code [vhost[:port] ]ip ident user [time] "method target protocol" status bytes "referer" "agent"}. */
    private static final Pattern LINE = Pattern.compile(
            "(?:(?<vhost>\\S+) )?(?<ip>\\S+) \\S+ \\S+ \\[(?<time>[^\\]]+)\\] \"(?<method>\\S+) (?<target>\\S+)(?: [^\"]*)?\" " //$NON-NLS-1$
                    + "(?<status>\\d{3}) \\S+ \"(?:[^\"\\\\]|\\\\.)*\" \"(?<agent>(?:[^\"\\\\]|\\\\.)*)\".*"); //$NON-NLS-1$
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", //$NON-NLS-1$
            Locale.ENGLISH);

    private final LogRules rules;
    private final int year;
    /** Per host: page views, and per day the hashes of the (IP, User-Agent) pairs seen. */
    private final Map<String, long[]> views = new TreeMap<>();
    private final Map<String, Map<LocalDate, Set<Long>>> visitors = new HashMap<>();
    private final LogSummary.Counter summary = new LogSummary.Counter();

    /**
     * @param rules what counts as a page view
     * @param year the report's year: requests of other years are skipped
     */
    public AccessLogImport(LogRules rules, int year) {
        this.rules = rules;
        this.year = year;
    }

    /**
     * Reads one log file.
     *
     * @param file a plain or gzip-compressed log
     * @param host the site of lines without a virtual-host field, or null when every line must carry one
     */
    public void read(Path file, String host) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                BufferedReader lines = new BufferedReader(new InputStreamReader(gzip(in),
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                line(line, host, file, number);
            }
        }
    }

    private static InputStream gzip(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private void line(String line, String fileHost, Path file, long number) {
        if (line.isBlank()) {
            return;
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            summary.malformed(file, number);
            return;
        }
        ZonedDateTime time;
        try {
            time = ZonedDateTime.parse(m.group("time"), TIME).withZoneSameInstant(PageTime.ZONE);
        } catch (DateTimeParseException e) {
            summary.malformed(file, number);
            return;
        }
        String host = m.group("vhost") == null ? fileHost : hostName(m.group("vhost"));
        if (host == null) {
            summary.unattributed();
        } else if (time.getYear() != year) {
            summary.otherYear();
        } else if (rules.pageView(m.group("method"), Integer.parseInt(m.group("status")), m.group("target"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                m.group("agent"))) { //$NON-NLS-1$
            summary.counted();
            views.computeIfAbsent(host, h -> new long[1])[0]++;
            visitors.computeIfAbsent(host, h -> new HashMap<>())
                    .computeIfAbsent(time.toLocalDate(), d -> new HashSet<>())
                    .add(Long.valueOf(visitor(m.group("ip"), m.group("agent"))));
        } else {
            summary.excluded();
        }
    }

    /** @return the host of a {@code %v} or {@code %v:%p} field, lower case, without port */
    private static String hostName(String field) {
        int colon = field.lastIndexOf(':');
        return (colon > 0 && field.indexOf(']') < colon ? field.substring(0, colon) : field).toLowerCase(Locale.ROOT);
    }

    /** @return a 64-bit FNV-1a hash of IP and User-Agent (collisions negligible at a site's daily visitor counts) */
    private static long visitor(String ip, String agent) {
        long hash = 0xcbf29ce484222325L;
        String key = ip + '\n' + agent;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** @return each host's visits (lower-case host names) from the files read so far */
    public Map<String, Visits> visits() {
        Map<String, Visits> result = new TreeMap<>();
        views.forEach((host, count) -> result.put(host, new Visits(visitors.get(host).values().stream()
                .mapToLong(Set::size).sum(), count[0])));
        return result;
    }

    /** @return what the lines read so far were: counted, excluded, other year, unattributed, malformed */
    public LogSummary summary() {
        return summary.snapshot();
    }
}
