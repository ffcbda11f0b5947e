package io.ghlsync.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RestActionTest {

    @Test
    void readsMethodAndPathAndFillsPlaceholders() {
        RestAction action = RestAction.parse("ghlsync.app.tasks.update", "put /tasks/{id}", "id");

        assertThat(action.method()).isEqualTo("PUT");
        assertThat(action.expand(Map.of("id", "task 1/2"))).isEqualTo("/tasks/task%201%2F2");
    }

    @Test
    void encodesQueryPlaceholdersSoAPlusSurvives() {
        RestAction action = RestAction.parse("p", "GET /tasks?customerId={customerId}", "customerId");

        assertThat(action.expand(Map.of("customerId", "a+b&c"))).isEqualTo("/tasks?customerId=a%2Bb%26c");
    }

    @Test
    void anEmptyValueSwitchesTheActionOff() {
        assertThat(RestAction.parse("p", "", "id").enabled()).isFalse();
        assertThat(RestAction.parse("p", "  ", "id").toString()).isEqualTo("(disabled)");
    }

    @Test
    void aPathWithoutItsPlaceholderIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> RestAction.parse("ghlsync.app.tasks.update", "PUT /tasks", "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ghlsync.app.tasks.update = \"PUT /tasks\": path must contain {id}");
    }

    @Test
    void anUnknownPlaceholderOrMethodIsRefused() {
        assertThatThrownBy(() -> RestAction.parse("p", "PUT /tasks/{taskId}", "id"))
                .hasMessageContaining("unknown placeholder {taskId}");
        assertThatThrownBy(() -> RestAction.parse("p", "FETCH /tasks/{id}", "id"))
                .hasMessageContaining("method must be one of");
        assertThatThrownBy(() -> RestAction.parse("p", "/tasks/{id}", "id"))
                .hasMessageContaining("expected \"METHOD /path\"");
    }

    @Test
    void aQueryStringSkipsNullsAndEncodesStrictly() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("page", 2);
        parameters.put("email", "ava+gym@example.com");
        parameters.put("role", null);

        assertThat(RestAction.queryString(parameters)).isEqualTo("?page=2&email=ava%2Bgym%40example.com");
        assertThat(RestAction.queryString(Map.of())).isEmpty();
    }
}
