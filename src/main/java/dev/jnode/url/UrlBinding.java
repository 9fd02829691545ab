package dev.jnode.url;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.graalvm.polyglot.HostAccess;

/**
 * {@code internalBinding('url')}: the WHATWG URL parser for lib/internal/url.js. A parse returns the
 * serialized URL (href) and leaves where its components start in {@link #components()}, an Int32Array for
 * JavaScript, so the getters slice the href with no further call: protocol end (after ":"), username end,
 * host start, host end, port (-1 if none), pathname start, search start ("?", -1 if none), hash start ("#",
 * -1 if none), and 1 when the URL has a host (0 if not).
 */
public final class UrlBinding {
    /** Setter codes, in the order lib/internal/url.js numbers them. */
    private static final String[] SETTERS = {
        "href", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"
    };
    private static final int COMPONENTS = 9;

    private final ByteBuffer shared = ByteBuffer.allocateDirect(COMPONENTS * Integer.BYTES).order(ByteOrder.nativeOrder());
    private final IntBuffer sharedInts = shared.asIntBuffer();
    private final int[] offsets = new int[COMPONENTS];

    @HostAccess.Export
    public Object components() {
        return shared;
    }

    /** Parses {@code input} against {@code base} (null for none); returns the href, or null on failure. */
    @HostAccess.Export
    public String parse(String input, String base) {
        WhatwgUrl url = parseWithBase(input, base);
        return url == null ? null : publish(url);
    }

    @HostAccess.Export
    public boolean canParse(String input, String base) {
        return parseWithBase(input, base) != null;
    }

    /**
     * Runs the setter numbered {@code setter} (see {@link #SETTERS}) on the URL {@code href}; returns the new
     * href. Only "href" can fail (null); the other setters leave a URL unchanged when the value does not fit.
     */
    @HostAccess.Export
    public String update(String href, int setter, String value) {
        if (setter == 0) {
            return parse(value, null);
        }
        WhatwgUrl url = WhatwgUrl.parse(href, null);
        apply(url, SETTERS[setter], value);
        return publish(url);
    }

    /** The origin of the URL {@code href} ("null" when opaque). */
    @HostAccess.Export
    public String origin(String href) {
        return WhatwgUrl.parse(href, null).origin();
    }

    /** {@code url.domainToASCII}: "" when the domain is invalid. */
    @HostAccess.Export
    public String domainToAscii(String domain) {
        String host = HostParser.parse(domain, false);
        return host == null ? "" : host;
    }

    /** The legacy {@code url.parse}'s host conversion ({@link HostParser#legacyDomainToAscii}): "" when invalid. */
    @HostAccess.Export
    public String legacyDomainToAscii(String domain) {
        String host = HostParser.legacyDomainToAscii(domain);
        return host == null ? "" : host;
    }

    /** {@code url.domainToUnicode}: "" when the domain is invalid. */
    @HostAccess.Export
    public String domainToUnicode(String domain) {
        String host = HostParser.parse(domain, false);
        if (host == null) {
            return "";
        }
        String unicode = HostParser.domainToUnicode(host);
        return unicode == null ? "" : unicode;
    }

    /** {@code url.format(URL, options)}: the href without the parts the options leave out. */
    @HostAccess.Export
    public String format(String href, boolean fragment, boolean unicode, boolean search, boolean auth) {
        WhatwgUrl url = WhatwgUrl.parse(href, null);
        if (!fragment) {
            url.fragment = null;
        }
        if (unicode && url.host != null && !url.host.startsWith("[")) {
            String host = HostParser.domainToUnicode(url.host);
            if (host != null) {
                url.host = host;
            }
        }
        if (!search) {
            url.query = null;
        }
        if (!auth) {
            url.username = "";
            url.password = "";
        }
        return url.serialize(null);
    }

    private static WhatwgUrl parseWithBase(String input, String base) {
        WhatwgUrl baseUrl = null;
        if (base != null) {
            baseUrl = WhatwgUrl.parse(base, null);
            if (baseUrl == null) {
                return null;
            }
        }
        return WhatwgUrl.parse(input, baseUrl);
    }

    private String publish(WhatwgUrl url) {
        String href = url.serialize(offsets);
        sharedInts.put(0, offsets);
        return href;
    }

    /** The URL Standard's API setters (all but href), which run the parser from a state override. */
    static void apply(WhatwgUrl url, String setter, String value) {
        switch (setter) {
            case "protocol" -> url.parseOverride(value + ":", WhatwgUrl.State.SCHEME_START);
            case "username" -> {
                if (!url.cannotHaveCredentialsOrPort()) {
                    url.username = PercentEncoding.encode(value, PercentEncoding.Set.USERINFO);
                }
            }
            case "password" -> {
                if (!url.cannotHaveCredentialsOrPort()) {
                    url.password = PercentEncoding.encode(value, PercentEncoding.Set.USERINFO);
                }
            }
            case "host", "hostname" -> {
                if (url.opaquePath == null) {
                    url.parseOverride(value, setter.equals("host") ? WhatwgUrl.State.HOST : WhatwgUrl.State.HOSTNAME);
                }
            }
            case "port" -> {
                if (url.cannotHaveCredentialsOrPort()) {
                    return;
                }
                if (value.isEmpty()) {
                    url.port = -1;
                } else {
                    url.parseOverride(value, WhatwgUrl.State.PORT);
                }
            }
            case "pathname" -> {
                if (url.opaquePath == null) {
                    url.path.clear();
                    url.parseOverride(value, WhatwgUrl.State.PATH_START);
                }
            }
            case "search" -> {
                if (value.isEmpty()) {
                    url.query = null;
                    return;
                }
                url.query = "";
                url.parseOverride(value.startsWith("?") ? value.substring(1) : value, WhatwgUrl.State.QUERY);
            }
            case "hash" -> {
                if (value.isEmpty()) {
                    url.fragment = null;
                    return;
                }
                url.fragment = "";
                url.parseOverride(value.startsWith("#") ? value.substring(1) : value, WhatwgUrl.State.FRAGMENT);
            }
            default -> throw new IllegalArgumentException(setter);
        }
    }
}
