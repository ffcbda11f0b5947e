package io.ghlsync.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * Table {@code oauth_token} (V1__core.sql): one row per location, tokens encrypted with
 * {@link TokenCipher} (associated data: table, location and column). Portable SQL for H2 and
 * PostgreSQL: no upsert statement, an insert that meets a duplicate key becomes an update.
 */
@Component
@ConditionalOnSync
class OAuthTokenStore {

    private final JdbcClient jdbc;
    private final TokenCipher cipher;
    private final ApplicationEventPublisher events;

    OAuthTokenStore(JdbcClient jdbc, TokenCipher cipher, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
    }

    Optional<StoredGrant> find(String locationId) {
        return jdbc.sql("select * from oauth_token where location_id = ?")
                .param(locationId)
                .query((rs, row) -> read(rs))
                .optional();
    }

    /** Stores a grant from the OAuth callback, replacing whatever the location had, as ACTIVE. */
    void save(OAuthGrant grant) {
        if (update(grant) == 0) {
            try {
                jdbc.sql("insert into oauth_token (location_id, company_id, user_id, user_type, access_token_enc, "
                        + "refresh_token_enc, expires_at, scopes, status, status_reason, version, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', null, 0, ?)")
                        .params(grant.locationId(), grant.companyId(), grant.userId(), grant.userType(),
                                cipher.encrypt(grant.accessToken(), context(grant.locationId(), "access")),
                                encryptedRefresh(grant), utc(grant.expiresAt()), scopes(grant.scopes()), utc(grant.obtainedAt()))
                        .update();
            } catch (DuplicateKeyException concurrentInsert) {
                update(grant);
            }
        }
    }

    /** Takes the right to spend the refresh token: succeeds for exactly one caller per version. */
    boolean claimRefresh(String locationId, int version, Instant now) {
        return jdbc.sql("update oauth_token set status = 'REFRESHING', version = version + 1, updated_at = ? "
                + "where location_id = ? and version = ? and status <> 'NEEDS_REAUTH'")
                .params(utc(now), locationId, version)
                .update() == 1;
    }

    /**
     * Stores the refreshed grant. Unconditional on purpose: these tokens were just issued and the old
     * refresh token is spent, so they are the newest truth even if this instance's lease ran out.
     */
    void completeRefresh(OAuthGrant grant) {
        update(grant);
    }

    /** Gives a claim back untouched (the token endpoint was unreachable; the refresh token is unspent). */
    void releaseClaim(String locationId, int claimedVersion, Instant previousUpdatedAt) {
        jdbc.sql("update oauth_token set status = 'ACTIVE', version = version + 1, updated_at = ? "
                + "where location_id = ? and version = ? and status = 'REFRESHING'")
                .params(utc(previousUpdatedAt), locationId, claimedVersion)
                .update();
    }

    /** Marks the location NEEDS_REAUTH and tells the listeners ({@link LocationNeedsReauthorization}). */
    void markNeedsReauth(String locationId, String reason, Instant now) {
        int marked = jdbc.sql("update oauth_token set status = 'NEEDS_REAUTH', status_reason = ?, version = version + 1, updated_at = ? "
                + "where location_id = ?")
                .params(reason.length() > 2000 ? reason.substring(0, 2000) : reason, utc(now), locationId)
                .update();
        if (marked > 0) {
            events.publishEvent(new LocationNeedsReauthorization(locationId, reason, now));
        }
    }

    private int update(OAuthGrant grant) {
        return jdbc.sql("update oauth_token set company_id = coalesce(?, company_id), user_id = coalesce(?, user_id), "
                + "user_type = coalesce(?, user_type), access_token_enc = ?, refresh_token_enc = ?, expires_at = ?, "
                + "scopes = ?, status = 'ACTIVE', status_reason = null, version = version + 1, updated_at = ? "
                + "where location_id = ?")
                .params(grant.companyId(), grant.userId(), grant.userType(),
                        cipher.encrypt(grant.accessToken(), context(grant.locationId(), "access")),
                        encryptedRefresh(grant), utc(grant.expiresAt()), scopes(grant.scopes()), utc(grant.obtainedAt()), grant.locationId())
                .update();
    }

    private StoredGrant read(ResultSet rs) throws SQLException {
        String locationId = rs.getString("location_id");
        String refreshEnc = rs.getString("refresh_token_enc");
        Instant updatedAt = rs.getObject("updated_at", OffsetDateTime.class).toInstant();
        OAuthGrant grant = new OAuthGrant(locationId, rs.getString("company_id"), rs.getString("user_id"),
                rs.getString("user_type"), cipher.decrypt(rs.getString("access_token_enc"), context(locationId, "access")),
                refreshEnc == null ? null : cipher.decrypt(refreshEnc, context(locationId, "refresh")),
                updatedAt, rs.getObject("expires_at", OffsetDateTime.class).toInstant(), scopes(rs.getString("scopes")));
        return new StoredGrant(grant, StoredGrant.Status.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getInt("version"), updatedAt);
    }

    private String encryptedRefresh(OAuthGrant grant) {
        return grant.refreshToken() == null ? null : cipher.encrypt(grant.refreshToken(), context(grant.locationId(), "refresh"));
    }

    private static String context(String locationId, String column) {
        return "oauth_token:" + locationId + ":" + column;
    }

    private static String scopes(Set<String> scopes) {
        return scopes.stream().sorted().collect(Collectors.joining(" "));
    }

    private static Set<String> scopes(String stored) {
        return stored == null ? Set.of()
                : Arrays.stream(stored.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
