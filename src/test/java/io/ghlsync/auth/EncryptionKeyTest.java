package io.ghlsync.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The key that encrypts stored tokens: live mode refuses to start without a valid one, naming the
 * environment variable; sandbox mode starts with the sandbox key and says so.
 */
@ExtendWith(OutputCaptureExtension.class)
class EncryptionKeyTest {

    @Configuration
    @EnableConfigurationProperties(AuthProperties.class)
    @Import(TokenCipherConfiguration.class)
    static class KeyOnly {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(KeyOnly.class);

    @Test
    void liveModeWithoutAKeyRefusesToStartAndNamesTheVariable() {
        context.withPropertyValues("ghlsync.mode=live").run(started -> {
            assertThat(started).hasFailed();
            assertThat(rootCause(started.getStartupFailure())).hasMessageContaining("GHLSYNC_ENCRYPTION_KEY is not set");
        });
    }

    @Test
    void liveModeWithAKeyOfTheWrongLengthRefusesToStart() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        context.withPropertyValues("ghlsync.mode=live", "ghlsync.auth.encryption-key=" + shortKey).run(started -> {
            assertThat(started).hasFailed();
            assertThat(rootCause(started.getStartupFailure())).hasMessageContaining("GHLSYNC_ENCRYPTION_KEY decodes to 16 bytes");
        });
    }

    @Test
    void liveModeWithAValidKeyStarts() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        context.withPropertyValues("ghlsync.mode=live", "ghlsync.auth.encryption-key=" + key)
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(TokenCipher.class));
    }

    @Test
    void sandboxModeWithoutAKeyUsesTheSandboxKeyAndSaysSo(CapturedOutput output) {
        context.withPropertyValues("ghlsync.mode=sandbox").run(started -> {
            assertThat(started).hasNotFailed().hasSingleBean(TokenCipher.class);
            assertThat(output).contains("fixed sandbox key");
        });
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
