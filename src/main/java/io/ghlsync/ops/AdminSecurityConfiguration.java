package io.ghlsync.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may call what. Webhooks, the OAuth redirect pair, health and the simulators are public
 * (webhooks are verified by signature, simulators check their own fake credentials), and so is the
 * dashboard's static shell (HTML, CSS, scripts: no data, no secret); everything else, the dashboard's
 * data under {@code /api/dashboard/**} included, needs the admin bearer token.
 * <p>The dashboard keeps the token in the tab's sessionStorage and sends it as a bearer header on each
 * fetch: the browser never attaches it by itself, so another site cannot forge a request with it (no
 * cookie, no CSRF). Its Content-Security-Policy allows scripts and styles from this origin only, none
 * inline, and no framing.
 */
@Configuration
class AdminSecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
        "/webhooks/**", "/oauth/ghl/**", "/sandbox/**", "/actuator/health", "/actuator/health/**", "/error"
    };

    /** The dashboard's static shell: served to anyone, holds no data (that comes from /api/dashboard/**). */
    static final String[] DASHBOARD_SHELL = {"/", "/index.html", "/dashboard/**", "/webjars/**", "/favicon.ico"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    /**
     * No users: the admin token is the only credential. Declaring this keeps Spring Boot from creating a default user
     * and printing its generated password at startup.
     */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }

    /**
     * The firewall's refusals (a path with "..", an encoded slash, a control character...) in the app's error shape,
     * with the firewall's reason as the message; Spring's default answers a bare 400.
     */
    @Bean
    RequestRejectedHandler requestRejected(ObjectMapper json) {
        return (request, response, rejected) -> {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(response.getWriter(), AdminApiErrors.answer(HttpStatus.BAD_REQUEST,
                    rejected.getMessage()).getBody());
        };
    }

    @Bean
    SecurityFilterChain adminSecurity(HttpSecurity http, AdminToken adminToken) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable) // stateless bearer-token API: no cookies to forge
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new AdminTokenFilter(adminToken), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(HttpMethod.GET, DASHBOARD_SHELL).permitAll()
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
