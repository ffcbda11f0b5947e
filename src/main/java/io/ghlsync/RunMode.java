package io.ghlsync;

import java.util.Locale;

/**
 * How this process runs, decided once at startup by {@link RunModeDetector} and published as the
 * property {@code ghlsync.mode} so that beans, conditions and YAML routes can all read it.
 */
public enum RunMode {
    /** No HighLevel credentials: the app syncs against the embedded (or external) simulators. */
    SANDBOX,
    /** Credentials configured: real HighLevel, PushPress and Push; no simulator is mounted. */
    LIVE,
    /** Profile {@code simulator}: serves only the simulators under {@code /sandbox/**}, no sync. */
    SIMULATOR;

    public static final String PROPERTY = "ghlsync.mode";

    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunMode fromProperty(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
