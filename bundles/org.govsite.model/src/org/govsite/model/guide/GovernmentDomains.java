package org.govsite.model.guide;

import java.net.IDN;
import java.util.List;
import java.util.Locale;

/**
 * The government domains of the Guide (国办发〔2017〕47号 三（一）4 域名规范): government sites use English domains under
 * {@code .gov.cn} or Chinese domains under {@code .政务}. One rule for the model's domain checks, the platform's
 * leave-site prompts and the audit's external links.
 */
public final class GovernmentDomains {
    private static final List<String> SUFFIXES = List.of("gov.cn", "\u653f\u52a1", IDN.toASCII("\u653f\u52a1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private GovernmentDomains() {
    }

    /**
     * @param host a host name (any case; 政务 as written or in its {@code xn--} form; a trailing dot ignored)
     * @return whether it is under a government domain ({@code gov.cn}, {@code 政务}) or is one
     */
    public static boolean isGovernmentHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name; //$NON-NLS-1$
        for (String suffix : SUFFIXES) {
            if (name.equals(suffix) || name.endsWith("." + suffix)) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }
}
