package io.ghlsync.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.ghlsync.ghl.AccessToken;
import io.ghlsync.ghl.GhlProperties;

/** Every record that holds a token hides it in {@code toString}, so a log line or error cannot leak it. */
class SecretsAreNeverPrintedTest {

    private static final String SECRET = "s3cr3t-token-value";

    @Test
    void accessTokensHideTheirValue() {
        assertThat(new AccessToken(SECRET, Set.of("contacts.readonly"), true).toString()).doesNotContain(SECRET);
    }

    @Test
    void grantsHideBothTokens() {
        OAuthGrant grant = new OAuthGrant("loc", "co", "user", "Location", SECRET, SECRET + "-refresh",
                Instant.now(), Instant.now(), Set.of());
        assertThat(grant.toString()).doesNotContain(SECRET);
        assertThat(new StoredGrant(grant, StoredGrant.Status.ACTIVE, null, 1, Instant.now()).toString()).doesNotContain(SECRET);
    }

    @Test
    void settingsHideTheApiTokenAndClientSecret() {
        GhlProperties properties = new GhlProperties("https://example", SECRET, "", List.of("contacts.readonly"),
                "2021-07-28", Duration.ofSeconds(1), Duration.ofSeconds(1),
                new GhlProperties.OAuth("client", SECRET, "", List.of("contacts.readonly"), "https://a", "https://t"));
        assertThat(properties.toString()).doesNotContain(SECRET);
        assertThat(properties.oauth().toString()).doesNotContain(SECRET);
        assertThat(new AuthProperties(SECRET, Duration.ZERO, Duration.ZERO, Duration.ZERO)
                .toString()).doesNotContain(SECRET);
    }
}
