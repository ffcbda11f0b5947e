package io.ghlsync.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may call what. Webhooks, the OAuth redirect pair, health and the simulators are public
 * (webhooks are verified by signature, simulators check their own fake credentials); everything
 * else needs the admin bearer token.
 */
@Configuration
class AdminSecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/webhooks/**", "/oauth/ghl/**", "/sandbox/**", "/actuator/health", "/actuator/health/**", "/error"
    };

    @Bean
    SecurityFilterChain adminSecurity(HttpSecurity http, AdminToken adminToken) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable) // stateless bearer-token API: no cookies to forge
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new AdminTokenFilter(adminToken), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    response.setStatus(401);
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\","
                            + "\"message\":\"admin endpoints need 'Authorization: Bearer <GHLSYNC_ADMIN_TOKEN>'\"}");
                }))
                .build();
    }
}
