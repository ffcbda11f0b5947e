package io.ghlsync.webhook;

/** The public keys HighLevel publishes for its webhook signatures, used in live mode unless configured otherwise. */
final class HighLevelWebhookKeys {

    /**
     * Ed25519 key of {@code x-ghl-signature}. [SECONDARY] in docs/api-research.md §1.8: quoted from HighLevel's
     * "Webhook Integration Guide" by many independent repositories, not read from the official page itself; set
     * {@code ghlsync.webhooks.ghl.ed25519-public-key} to the key shown in your Marketplace app to be sure.
     */
    static final String ED25519 = "MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=";

    /** RSA key of the legacy {@code x-wh-signature}, from src/test/resources/ghl/webhook-events/WebhookAuthentication.md. */
    static final String RSA = """
            -----BEGIN PUBLIC KEY-----
            MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
            Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
            dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
            csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
            uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
            3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
            J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
            IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
            h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
            HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
            PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
            T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
            -----END PUBLIC KEY-----
            """;

    /** The sandbox key pair's public halves; the HighLevel simulator signs with the private halves. */
    static final String SANDBOX_ED25519 = "classpath:sandbox/keys/ghl-webhook-ed25519-public.pem";
    static final String SANDBOX_RSA = "classpath:sandbox/keys/ghl-webhook-rsa-public.pem";

    private HighLevelWebhookKeys() {
    }
}
