package io.ghlsync.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** The name an instance claims inbox rows under ({@code inbox_event.claimed_by}, 100 characters). */
final class InstanceName {

    private static final int MAX = 100;

    private InstanceName() {
    }

    /**
     * The configured name, or host, process id and a random suffix: unique per process and per application context,
     * so that two contexts in one JVM (tests) or a restarted process never mistake each other's claims for their own.
     */
    static String resolve(String configured) {
        String name = configured != null && !configured.isBlank() ? configured.trim()
                : host() + ":" + ProcessHandle.current().pid() + ":"
                        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        if (name.length() > MAX) {
            throw new IllegalStateException("ghlsync.inbox.instance-id must have at most " + MAX + " characters");
        }
        return name;
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 60 ? host.substring(0, 60) : host;
        } catch (UnknownHostException e) {
            return "host";
        }
    }
}
