package io.ghlsync.ghl;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The HighLevel connection ({@code ghlsync.ghl.*}, documented in application.yaml). Secrets
 * ({@code api-token}, {@code oauth.client-secret}) come from the environment only.
 *
 * @param baseUrl        live API base URL; sandbox mode uses the simulator instead
 * @param apiToken       private-integration token (env {@code GHLSYNC_GHL_API_TOKEN}); selects live mode
 * @param locationId     the location used when a call names none (sandbox: {@code ghlsync.sandbox.location-id})
 * @param scopes         scopes granted to {@code api-token} (a private-integration token does not say)
 * @param version        the {@code Version} header the Contacts API requires
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for a whole answer
 * @param oauth          the OAuth 2.0 marketplace app, when the app is installed through OAuth
 */
@Validated
@ConfigurationProperties("ghlsync.ghl")
public record GhlProperties(
        @DefaultValue("https://services.leadconnectorhq.com") @NotBlank String baseUrl,
        @DefaultValue("") String apiToken,
        @DefaultValue("") String locationId,
        @DefaultValue("contacts.readonly") @NotEmpty List<String> scopes,
        @DefaultValue("2021-07-28") @NotBlank String version,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("30s") @NotNull Duration readTimeout,
        @DefaultValue @Valid OAuth oauth) {

    /** Never print the token. */
    @Override
    public String toString() {
        return "GhlProperties[baseUrl=" + baseUrl + ", apiToken=" + (apiToken.isEmpty() ? "" : "***")
                + ", locationId=" + locationId + ", scopes=" + scopes + ", version=" + version + "]";
    }

    /**
     * @param clientId     the marketplace app's client id; selects live mode
     * @param clientSecret its secret (env {@code GHLSYNC_GHL_OAUTH_CLIENT_SECRET})
     * @param redirectUri  where HighLevel sends the user back: this app's {@code /oauth/ghl/callback}
     * @param scopes       scopes asked for at {@code /oauth/ghl/start}
     * @param authorizeUrl HighLevel's location chooser
     * @param tokenUrl     HighLevel's token endpoint
     */
    public record OAuth(
            @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret,
            @DefaultValue("") String redirectUri,
            @DefaultValue("contacts.readonly") @NotEmpty List<String> scopes,
            @DefaultValue("https://marketplace.gohighlevel.com/v2/oauth/chooselocation") @NotBlank String authorizeUrl,
            @DefaultValue("https://services.leadconnectorhq.com/oauth/token") @NotBlank String tokenUrl) {

        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + ", clientSecret=" + (clientSecret.isEmpty() ? "" : "***")
                    + ", redirectUri=" + redirectUri + ", scopes=" + scopes + "]";
        }
    }
}
