package uk.gov.education.intervention.platform.rest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The content codings a client accepts (Accept-Encoding, RFC 9110 12.5.3), as far as the suite offers one: gzip, for
 * large answers that are kept and coded once, so that a client that asks receives a fraction of the bytes without
 * the server compressing on every request.
 */
public final class ContentCodings {

    public static final String GZIP = "gzip";

    /** Longest header value read; a longer one is not a list of codings, and the answer is sent uncompressed. */
    private static final int MAX_HEADER = 1024;

    /** A weight (qvalue): 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private ContentCodings() {
    }

    /**
     * Whether the header allows gzip: named ({@code gzip} or {@code x-gzip}) with a weight above zero, or not named
     * and allowed by {@code *}. A member whose weight is not a qvalue refuses what it names. No header, or an
     * overlong one, allows nothing but the identity.
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
     * The tag of a representation's gzip-coded form: a coded answer is a representation of its own, so its tag differs
     * from the identity's (RFC 9110 8.8.3). Weak, since its bytes are the compressor's: another build of zlib could
     * code the same answer differently.
     */
    public static String gzipTag(String tag) {
        String opaque = tag.startsWith("W/") ? tag.substring(2) : tag;
        return "W/" + opaque.substring(0, opaque.length() - 1) + "-gzip\"";
    }

    /** The weight a member's parameters give (1 when none is given); 0 when its value is not a qvalue. */
    private static double weight(String parameters) {
        double weight = 1;
        for (String parameter : parameters.split(";")) {
            int eq = parameter.indexOf('=');
            if (eq < 0 || !parameter.substring(0, eq).trim().equalsIgnoreCase("q")) {
                continue;
            }
            String value = parameter.substring(eq + 1).trim();
            weight = QVALUE.matcher(value).matches() ? Double.parseDouble(value) : 0;
        }
        return weight;
    }
}
