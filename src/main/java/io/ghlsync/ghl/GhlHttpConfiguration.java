package io.ghlsync.ghl;

import java.net.http.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ghlsync.ConditionalOnSync;

/** The HTTP client for HighLevel (API and OAuth token endpoint); see {@link GhlHttp} for why the JDK one. */
@Configuration
@ConditionalOnSync
class GhlHttpConfiguration {

    @Bean
    HttpClient ghlHttpClient(GhlProperties properties) {
        // HTTP/1.1: plain-http h2c upgrades (the simulator) gain nothing, and at 10 requests per second
        // per location multiplexing is not needed.
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
