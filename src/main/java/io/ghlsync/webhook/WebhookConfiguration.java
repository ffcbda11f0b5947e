package io.ghlsync.webhook;

import java.util.Arrays;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.ghlsync.ConditionalOnSync;

/** Servlet-level parts of the webhook intake. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSync
class WebhookConfiguration {

    /**
     * The body checks (type, size, presence) in front of {@code /webhooks/ghl}, {@code /webhooks/pushpress} and
     * {@code /webhooks/app}.
     */
    @Bean
    FilterRegistrationBean<WebhookBodyFilter> webhookBodyChecks(WebhookProperties properties, IntakeMetrics metrics) {
        FilterRegistrationBean<WebhookBodyFilter> registration = new FilterRegistrationBean<>(
                new WebhookBodyFilter(properties.maxBodySize().toBytes(), metrics));
        registration.setUrlPatterns(Arrays.stream(WebhookSource.values())
                .map(source -> WebhookBodyFilter.PATH_PREFIX + source.id()).toList());
        return registration;
    }
}
