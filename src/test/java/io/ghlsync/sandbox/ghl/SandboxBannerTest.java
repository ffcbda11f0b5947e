package io.ghlsync.sandbox.ghl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.ghlsync.SyncAppTest;

/** The startup block that tells a newcomer the app is in sandbox mode and where everything is. */
@SyncAppTest
class SandboxBannerTest {

    @LocalServerPort
    int port;

    @Autowired
    SandboxBanner banner;

    @Test
    void itSaysSandboxModeAndWhereTheSimulatorItsLocationTokenAndWebhooksAre() {
        String text = String.join("\n", banner.lines());

        assertThat(text).contains("SANDBOX MODE", "http://127.0.0.1:" + port + "/sandbox/ghl", "sandbox-location",
                "sandbox-token", "Webhooks to         http://127.0.0.1:" + port + "/webhooks/ghl", "Seeded contacts     20");
    }
}
