package io.ghlsync.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin surface's credentials.
 *
 * @param token bearer token for {@code /api/**}, {@code /actuator/**} (except health) and the
 *              dashboard; from the environment variable {@code GHLSYNC_ADMIN_TOKEN}
 */
@ConfigurationProperties("ghlsync.admin")
public record AdminProperties(@DefaultValue("") String token) {
}
