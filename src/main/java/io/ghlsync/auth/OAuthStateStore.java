package io.ghlsync.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Single-use OAuth {@code state} values in table {@code oauth_state}, so that any instance behind a
 * load balancer can check a callback that another instance started. A consumed state keeps its row
 * with {@code expires_at = created_at}: a second use is then told apart from a value never issued.
 */
@Component
@ConditionalOnSync
class OAuthStateStore {

    /** How a callback's {@code state} fared. */
    enum Check { VALID, UNKNOWN, EXPIRED, ALREADY_USED }

    private static final Duration KEEP_USED = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    OAuthStateStore(JdbcClient jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.ttl = properties.stateTtl();
    }

    /** A new unguessable state (256 random bits), valid for {@code ghlsync.auth.state-ttl}. */
    String issue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("delete from oauth_state where created_at < ?").param(utc(now.minus(KEEP_USED))).update();
        jdbc.sql("insert into oauth_state (state, created_at, expires_at) values (?, ?, ?)")
                .params(state, utc(now), utc(now.plus(ttl)))
                .update();
        return state;
    }

    /** Consumes {@code state}: exactly one caller ever gets {@link Check#VALID} for a value. */
    Check consume(String state) {
        Instant now = clock.instant();
        int consumed = jdbc.sql("update oauth_state set expires_at = created_at where state = ? and expires_at > ?")
                .params(state, utc(now))
                .update();
        if (consumed == 1) {
            return Check.VALID;
        }
        return jdbc.sql("select created_at, expires_at from oauth_state where state = ?")
                .param(state)
                .query((rs, row) -> rs.getObject("created_at", OffsetDateTime.class).toInstant()
                        .equals(rs.getObject("expires_at", OffsetDateTime.class).toInstant()) ? Check.ALREADY_USED : Check.EXPIRED)
                .optional()
                .orElse(Check.UNKNOWN);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
