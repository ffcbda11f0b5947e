package io.ghlsync;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in sandbox mode on a random port, with the simulators mounted and reached
 * over real loopback HTTP. Admin token: {@code test-admin-token}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@CamelSpringBootTest
// Only classpath configuration: the packaged application.yaml, then application-test.yaml over it.
// (A ./application.yaml in the working directory would otherwise outrank the test profile.)
@SpringBootTest(classes = GhlSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.location=classpath:/")
@ActiveProfiles("test")
public @interface SyncAppTest {
}
