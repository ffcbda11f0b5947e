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

    /** The body cap in front of {@code /webhooks/ghl}, {@code /webhooks/pushpress} and {@code /webhooks/app}. */
    @Bean
    FilterRegistrationBean<WebhookBodyLimitFilter> webhookBodyLimit(WebhookProperties properties, IntakeMetrics metrics) {
        FilterRegistrationBean<WebhookBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new WebhookBodyLimitFilter(properties.maxBodySize().toBytes(), metrics));
        registration.setUrlPatterns(Arrays.stream(WebhookSource.values())
                .map(source -> WebhookBodyLimitFilter.PATH_PREFIX + source.id()).toList());
        return registration;
    }
}
