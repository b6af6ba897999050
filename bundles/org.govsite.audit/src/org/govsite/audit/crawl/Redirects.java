package org.govsite.audit.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one walk along a chain of redirects, for the crawler's {@link Resolution}s and the migration's redirect
 * verification: each URL requested once, each {@code Location} resolved against the URL that answered it
 * ({@link Urls#resolve}: a relative one too, a malformed one ends the walk), a loop and a chain longer than the
 * limit told apart.
 */
public final class Redirects {

    /** Requests one URL, as the caller requests (GET, HEAD with fallback, through a proxy...). */
    @FunctionalInterface
    public interface Request<A, X extends Exception> {
        /** @return the answer to {@code url} */
        A get(URI url) throws X;
    }

    /**
     * The walk: the URLs requested in order and their answers (at least one), and how it ended.
     *
     * @param next where the last answer redirects to, or {@code null} when it does not: with {@code loop} a URL
     *        already requested, with {@code tooManyRedirects} the one not requested any more
     * @param loop the last answer redirects to a URL already requested
     * @param tooManyRedirects the last answer redirects after {@code maxRedirects} redirects were followed
     */
    public record Walk<A>(List<URI> urls, List<A> answers, URI next, boolean loop, boolean tooManyRedirects) {
        public Walk {
            urls = List.copyOf(urls);
            answers = List.copyOf(answers);
        }

        /** @return the last URL requested */
        public URI lastUrl() {
            return urls.get(urls.size() - 1);
        }

        /** @return the last answer */
        public A last() {
            return answers.get(answers.size() - 1);
        }
    }

    private Redirects() {
    }

    /**
     * @param request asks for one URL
     * @param location the {@code Location} of an answer that redirects, {@code null} for one that does not (which
     *        statuses redirect is the caller's rule)
     */
    public static <A, X extends Exception> Walk<A> follow(URI url, int maxRedirects, Request<A, X> request,
            Function<A, String> location) throws X {
        List<URI> urls = new ArrayList<>();
        List<A> answers = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        URI next = url;
        while (true) {
            seen.add(next);
            urls.add(next);
            A answer = request.get(next);
            answers.add(answer);
            String redirect = location.apply(answer);
            URI target = redirect == null ? null : Urls.resolve(next, redirect);
            if (target == null) {
                return new Walk<>(urls, answers, null, false, false);
            }
            if (seen.contains(target)) {
                return new Walk<>(urls, answers, target, true, false);
            }
            if (answers.size() > maxRedirects) {
                return new Walk<>(urls, answers, target, false, true);
            }
            next = target;
        }
    }
}
