package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * PushPress signs {@code JSON.stringify(data)} (docs/api-research.md §3), so the receiver must write JSON exactly as
 * JavaScript does. Every expected string below was produced by Node.js 18: {@code JSON.stringify(JSON.parse(input))}.
 */
class JavaScriptJsonTest {

    @Test
    void numbersAndKeyOrderFollowJavaScript() {
        assertStringifies(
                "{\"b\":1,\"2\":\"two\",\"a\":[1.0,2.50,-0.0,1e21,1e-7,123456789012345678901,0.1,1.7976931348623157e308,5e-324,100,1E2,0.000001,123e-20],\"10\":true,\"01\":null}",
                "{\"2\":\"two\",\"10\":true,\"b\":1,\"a\":[1,2.5,0,1e+21,1e-7,123456789012345680000,0.1,1.7976931348623157e+308,5e-324,100,100,0.000001,1.23e-18],\"01\":null}");
    }

    @Test
    void stringsAreEscapedAsJavaScriptEscapesThem() {
        assertStringifies(
                "{\"name\":{\"first\":\"Zo\u00eb\",\"last\":\"O\\\"Brien\\\\\"},\"ctl\":\"\\u0001\\u001b\\u007f\\b\\f\\n\\r\\t/\",\"emoji\":\"\\ud83d\\ude00\",\"lone\":\"\\ud800x\",\"e\":{}}",
                "{\"name\":{\"first\":\"Zo\u00eb\",\"last\":\"O\\\"Brien\\\\\"},\"ctl\":\"\\u0001\\u001b\u007f\\b\\f\\n\\r\\t/\",\"emoji\":\"\ud83d\ude00\",\"lone\":\"\\ud800x\",\"e\":{}}");
    }

    @Test
    void aCustomerIsWrittenCompactlyWithIndexKeysFirst() {
        assertStringifies(
                "{\"id\":\"usr_1234\",\"companyId\":\"cli_1234\",\"name\":{\"first\":\"Ada\",\"last\":\"Lovelace\",\"nickname\":null},\"role\":\"lead\",\"n\":[0.30000000000000004, 2e-7, 1.5e300, 4294967295, 9007199254740993],\"4294967294\":1,\"4294967295\":2}",
                "{\"4294967294\":1,\"id\":\"usr_1234\",\"companyId\":\"cli_1234\",\"name\":{\"first\":\"Ada\",\"last\":\"Lovelace\",\"nickname\":null},\"role\":\"lead\",\"n\":[0.30000000000000004,2e-7,1.5e+300,4294967295,9007199254740992],\"4294967295\":2}");
    }

    @ParameterizedTest
    @CsvSource({"123.456,123.456", "1e-6,0.000001", "1.5e-7,1.5e-7", "1e20,100000000000000000000", "2.5e21,2.5e+21",
            "-42.0,-42", "0.1,0.1", "3.0000000000000004,3.0000000000000004"})
    void numbersPrintAsNumberToString(double value, String expected) {
        assertThat(JavaScriptJson.number(value)).isEqualTo(expected);
    }

    private static void assertStringifies(String input, String expected) {
        WebhookJson json = WebhookJson.parse(input.getBytes(StandardCharsets.UTF_8));
        assertThat(JavaScriptJson.stringify(json.node())).isEqualTo(expected);
    }
}
