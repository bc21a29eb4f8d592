package uk.gov.education.intervention.platform.rest;

import java.util.Locale;

/**
 * The content codings a client accepts (Accept-Encoding, RFC 9110 12.5.3), as far as the suite offers one: gzip, for
 * large answers that are kept and compressed once, so that a client that asks receives a twentieth of the bytes
 * without the server compressing on every request.
 */
public final class ContentCodings {

    public static final String GZIP = "gzip";

    /** Longest header value read; a longer one is not a list of codings, and the answer is sent uncompressed. */
    private static final int MAX_HEADER = 1024;

    private ContentCodings() {
    }

    /**
     * Whether the header allows gzip: named ({@code gzip} or {@code x-gzip}) with a weight above zero, or not named
     * and allowed by {@code *}. No header, a malformed weight or an overlong header allow nothing but the identity.
     */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.length() > MAX_HEADER) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String member : acceptEncoding.split(",")) {
            int semi = member.indexOf(';');
            String coding = (semi < 0 ? member : member.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
            double weight = semi < 0 ? 1 : weight(member.substring(semi + 1));
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = Math.max(gzip, weight);
            } else if (coding.equals("*")) {
                any = Math.max(any, weight);
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    /**
     * The strong tag of a representation's gzip-coded form: a coded answer is a representation of its own, so its
     * tag differs from the identity's (RFC 9110 8.8.3).
     */
    public static String gzipTag(String tag) {
        return tag.substring(0, tag.length() - 1) + "-gzip\"";
    }

    /** The weight a member's parameters give (qvalue: 0 to 1, at most three decimals); -1 when it is not one. */
    private static double weight(String parameters) {
        double weight = 1;
        for (String parameter : parameters.split(";")) {
            String p = parameter.trim();
            if (p.length() < 2 || (p.charAt(0) != 'q' && p.charAt(0) != 'Q') || p.charAt(1) != '=') {
                continue;
            }
            String value = p.substring(2);
            if (!value.matches("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?")) {
                return -1;
            }
            weight = Double.parseDouble(value);
        }
        return weight;
    }
}
