package io.ghlsync.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * A location's row of {@code oauth_token}, decrypted.
 *
 * @param grant   the tokens and who they belong to
 * @param status  ACTIVE, REFRESHING (one instance is spending the refresh token) or NEEDS_REAUTH
 * @param reason  why the location needs re-authorisation, when it does
 * @param version optimistic-lock counter: every change increments it, so two instances never both
 *                claim the single-use refresh token
 * @param updatedAt when the row last changed: the lease start of a REFRESHING row
 */
record StoredGrant(OAuthGrant grant, Status status, String reason, int version, Instant updatedAt) {

    enum Status { ACTIVE, REFRESHING, NEEDS_REAUTH }

    /**
     * When to refresh: {@code skew} before expiry, but never earlier than half the token's lifetime,
     * so short-lived tokens (the simulator's, in tests) are not refreshed on every call.
     */
    Instant refreshAt(Duration skew) {
        Duration lifetime = Duration.between(grant.obtainedAt(), grant.expiresAt());
        Duration ahead = skew.compareTo(lifetime.dividedBy(2)) < 0 ? skew : lifetime.dividedBy(2);
        return grant.expiresAt().minus(ahead);
    }

    boolean freshAt(Instant now, Duration skew) {
        return status == Status.ACTIVE && now.isBefore(refreshAt(skew));
    }

    boolean leaseExpiredAt(Instant now, Duration lease) {
        return status == Status.REFRESHING && now.isAfter(updatedAt.plus(lease));
    }

    @Override
    public String toString() {
        return "StoredGrant[" + grant + ", status=" + status + ", version=" + version + "]";
    }
}
