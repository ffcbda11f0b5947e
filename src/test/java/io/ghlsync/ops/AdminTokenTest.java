package io.ghlsync.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Which admin token is in force in each run mode. */
@ExtendWith(OutputCaptureExtension.class)
class AdminTokenTest {

    @Test
    void liveModeRefusesToStartWithoutAnAdminToken() {
        assertThatThrownBy(() -> new AdminToken(new AdminProperties(""), "live"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GHLSYNC_ADMIN_TOKEN");
    }

    @Test
    void sandboxModeWithoutATokenGeneratesOneAndPrintsItOnce(CapturedOutput output) {
        AdminToken token = new AdminToken(new AdminProperties(""), "sandbox");

        Matcher printed = Pattern.compile("Sandbox admin token \\(set GHLSYNC_ADMIN_TOKEN to choose your own\\): "
                + "(sandbox-admin-[0-9a-f]{48})").matcher(output.getOut());
        assertThat(printed.find()).as(output.getOut()).isTrue();
        assertThat(token.matches(printed.group(1))).isTrue();
        assertThat(printed.find()).isFalse();
    }

    @Test
    void twoSandboxStartsGenerateDifferentTokens(CapturedOutput output) {
        AdminToken first = new AdminToken(new AdminProperties(""), "sandbox");
        AdminToken second = new AdminToken(new AdminProperties(""), "sandbox");

        Matcher printed = Pattern.compile("(sandbox-admin-[0-9a-f]{48})").matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        String firstToken = printed.group(1);
        assertThat(first.matches(firstToken)).isTrue();
        assertThat(second.matches(firstToken)).isFalse();
    }

    @Test
    void aConfiguredTokenIsUsedAndNeverPrinted(CapturedOutput output) {
        AdminToken token = new AdminToken(new AdminProperties("my-chosen-admin-token"), "live");

        assertThat(token.matches("my-chosen-admin-token")).isTrue();
        assertThat(token.matches("my-chosen-admin-tokenX")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(output.getAll()).doesNotContain("my-chosen-admin-token");
    }
}
