package uk.gov.education.intervention.reporting.notification.domain;

import uk.gov.education.intervention.platform.domain.InvalidInput;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Where a subscription's webhooks go: an absolute http or https URL with a host, no user information and no
 * fragment, at most {@link #MAX_LENGTH} characters. Unless private targets are allowed (tests, the local
 * stack), none of the addresses its host resolves to may be loopback, link-local, site-local (RFC 1918),
 * unique-local (fc00::/7), wildcard or multicast: the service must not be made to call into its own network.
 */
public final class TargetUrl {

    public static final int MAX_LENGTH = 2000;

    private TargetUrl() {
    }

    /** The URL parsed, or 400 {@code url} saying what is wrong with it. */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInput("url", "must not be blank");
        }
        if (url.length() > MAX_LENGTH) {
            throw new InvalidInput("url", "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInput("url", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInput("url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInput("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInput("url", "must carry no user information and no fragment");
        }
        return uri;
    }

    /** Why these addresses may not be called (null when they may): the first private one. */
    public static String refusal(List<InetAddress> addresses, boolean privateAllowed) {
        if (addresses.isEmpty()) {
            return "its host resolves to no address";
        }
        if (privateAllowed) {
            return null;
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                return "its host resolves to " + a.getHostAddress() + ", a loopback, private or local address, which webhooks are not sent to";
            }
        }
        return null;
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        // 100.64.0.0/10, carrier-grade NAT, shared address space
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }
}
