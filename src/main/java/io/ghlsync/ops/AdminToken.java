package io.ghlsync.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.ghlsync.RunMode;

/**
 * The admin bearer token in force. Live mode refuses to start without one; sandbox mode generates
 * one when none is configured and prints it once, so a newcomer can open the dashboard.
 */
@Component
public class AdminToken {

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] token;

    AdminToken(AdminProperties properties, @Value("${" + RunMode.PROPERTY + "}") String mode) {
        String configured = properties.token();
        if (StringUtils.hasText(configured)) {
            this.token = configured.getBytes(StandardCharsets.UTF_8);
            return;
        }
        if (RunMode.fromProperty(mode) == RunMode.LIVE) {
            throw new IllegalStateException("ghlsync.admin.token is not set: live mode needs an admin token "
                    + "for /api/** and the dashboard; set the environment variable GHLSYNC_ADMIN_TOKEN");
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = "sandbox-admin-" + HexFormat.of().formatHex(random);
        this.token = generated.getBytes(StandardCharsets.UTF_8);
        // Printed only in sandbox mode, where it guards nothing but simulated data.
        log.info("Sandbox admin token (set GHLSYNC_ADMIN_TOKEN to choose your own): {}", generated);
    }

    /** Constant-time comparison, so the token cannot be guessed from response timing. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }
}
