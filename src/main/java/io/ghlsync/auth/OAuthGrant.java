package io.ghlsync.auth;

import java.time.Instant;
import java.util.Set;

/**
 * What HighLevel's token endpoint granted (oauth.json {@code GetAccessCodeSuccessfulResponseDto}),
 * or what is stored for a location. Tokens are never printed.
 *
 * @param locationId   the sub-account ({@code user_type=Location} tokens always name one)
 * @param companyId    the agency
 * @param userId       who installed the app
 * @param userType     {@code Location} or {@code Company}
 * @param accessToken  the bearer token
 * @param refreshToken single-use: spending it yields a new one
 * @param obtainedAt   when the access token was issued
 * @param expiresAt    when the access token stops working
 * @param scopes       the scopes granted (the {@code scope} answer field, space-separated)
 */
record OAuthGrant(
        String locationId,
        String companyId,
        String userId,
        String userType,
        String accessToken,
        String refreshToken,
        Instant obtainedAt,
        Instant expiresAt,
        Set<String> scopes) {

    OAuthGrant {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "OAuthGrant[location=" + locationId + ", company=" + companyId + ", user=" + userId
                + ", tokens hidden, expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
    }
}
