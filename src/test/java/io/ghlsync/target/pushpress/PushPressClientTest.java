package io.ghlsync.target.pushpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.SyncAppTest;
import io.ghlsync.sandbox.pushpress.PushPressSimulator;
import io.ghlsync.sandbox.pushpress.PushPressSimulatorProperties;
import io.ghlsync.sandbox.simulation.RequestRecord;
import io.ghlsync.target.TargetAuthenticationException;
import io.ghlsync.target.TargetHttpFactory;
import io.ghlsync.target.TargetNotFoundException;
import io.ghlsync.target.TargetUnsupportedOperationException;
import io.ghlsync.target.TargetValidationException;

@SyncAppTest
class PushPressClientTest {

    @Autowired
    PushPressClient pushpress;

    @Autowired
    PushPressSimulator gym;

    @Autowired
    PushPressProperties properties;

    @Autowired
    PushPressSimulatorProperties simulatorProperties;

    @Autowired
    TargetHttpFactory factory;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void freshGymWithoutWebhooks() {
        gym.service().reset();
        gym.service().webhooks().orElseThrow().configure(null, false);
    }

    @Test
    void listsOnePageOfCustomersWithPageAndLimit() {
        staffAdds("ava@example.com", "member");
        staffAdds("liam@example.com", "member");
        staffAdds("mia@example.com", "member");

        assertThat(pushpress.listCustomers(1, 2, null, null)).extracting(c -> c.get("email"))
                .containsExactly("ava@example.com", "liam@example.com");
        assertThat(pushpress.listCustomers(2, 2, null, null)).extracting(c -> c.get("email"))
                .containsExactly("mia@example.com");
    }

    @Test
    void listsOnlyCustomersOfTheRequestedRole() {
        staffAdds("ava@example.com", "member");
        staffAdds("liam@example.com", "lead");

        assertThat(pushpress.listCustomers(null, null, null, "lead")).extracting(c -> c.get("email"))
                .containsExactly("liam@example.com");
    }

    @Test
    void readsEveryCustomerPageByPageAndStopsAfterTheFirstShortPage() {
        for (int i = 0; i < 5; i++) {
            staffAdds("member" + i + "@example.com", "member");
        }
        PushPressClient pagesOfTwo = new PushPressClient(withPageSize(2), simulatorProperties, factory);

        List<Object> emails = new ArrayList<>();
        pagesOfTwo.allCustomers(null).forEachRemaining(customer -> emails.add(customer.get("email")));

        assertThat(emails).hasSize(5).doesNotHaveDuplicates();
        assertThat(gym.service().requests(0)).extracting(RequestRecord::query)
                .containsExactly("page=1&limit=2", "page=2&limit=2", "page=3&limit=2");
    }

    @Test
    void findsACustomerByEmailIgnoringCase() {
        String id = staffAdds("Grace.Hopper@example.com", "member").get("id").asText();

        assertThat(pushpress.findCustomerByEmail("grace.hopper@EXAMPLE.com")).containsEntry("id", id);
    }

    @Test
    void anEmailWithAPlusSignIsSentIntact() {
        String id = staffAdds("ava+gym@example.com", "member").get("id").asText();

        assertThat(pushpress.findCustomerByEmail("ava+gym@example.com")).containsEntry("id", id);
    }

    @Test
    void findingAnEmailNobodyHasAnswersNull() {
        staffAdds("ava@example.com", "member");

        assertThat(pushpress.findCustomerByEmail("nobody@example.com")).isNull();
    }

    @Test
    void getsTheBareCustomerByUuid() {
        String id = staffAdds("ava@example.com", "member").get("id").asText();

        Map<String, Object> customer = pushpress.getCustomer(id);

        assertThat(customer).containsEntry("id", id).containsEntry("companyId", "sandbox-company")
                .containsEntry("role", "member").containsKeys("name", "address", "account", "membershipDetails");
    }

    @Test
    void gettingAnUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> pushpress.getCustomer("usr_unknown"))
                .isInstanceOfSatisfying(TargetNotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.serverMessage()).isEqualTo("Customer usr_unknown not found");
                });
    }

    @Test
    void createsALeadThatPushPressStoresWithRoleLead() {
        Map<String, Object> lead = pushpress.createLead(Map.of("email", "new.lead@example.com",
                "name", Map.of("first", "New", "last", "Lead"), "phone", "+15550001111"));

        assertThat(lead.get("id").toString()).startsWith("usr_");
        assertThat(lead).containsEntry("role", "lead").containsEntry("email", "new.lead@example.com");
        assertThat(gym.customer(lead.get("id").toString())).isPresent();
    }

    @Test
    void aLeadWithoutEmailIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> pushpress.createLead(Map.of("name", Map.of("first", "No", "last", "Email"))))
                .isInstanceOfSatisfying(TargetValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(gym.service().requests(0)).isEmpty();
    }

    @Test
    void aLeadWithAFieldPushPressDoesNotTakeIsRefusedNamingIt() {
        assertThatThrownBy(() -> pushpress.createLead(Map.of("email", "a@example.com", "tags", List.of("vip"))))
                .isInstanceOfSatisfying(TargetValidationException.class, e -> assertThat(e.field()).isEqualTo("tags"));
    }

    @Test
    void updatesACustomerWithTheConfiguredPatch() {
        String id = staffAdds("ava@example.com", "member").get("id").asText();

        Map<String, Object> updated = pushpress.updateCustomer(id, Map.of("phone", "+15550002222"));

        assertThat(updated).containsEntry("phone", "+15550002222");
        assertThat(gym.customer(id).orElseThrow().get("phone").asText()).isEqualTo("+15550002222");
        assertThat(gym.service().requests(0)).extracting(RequestRecord::method).containsExactly("PATCH");
    }

    @Test
    void updatingAnUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> pushpress.updateCustomer("usr_gone", Map.of("phone", "+15550002222")))
                .isInstanceOf(TargetNotFoundException.class);
    }

    @Test
    void deletesACustomer() {
        String id = staffAdds("ava@example.com", "member").get("id").asText();

        pushpress.deleteCustomer(id);

        assertThat(gym.customer(id)).isEmpty();
    }

    @Test
    void anUpdateSwitchedOffInConfigurationFailsNamingTheSetting() {
        PushPressClient noUpdates = new PushPressClient(withActions("", "DELETE /customers/{uuid}"),
                simulatorProperties, factory);

        assertThatThrownBy(() -> noUpdates.updateCustomer("usr_1", Map.of("phone", "+15550002222")))
                .isInstanceOf(TargetUnsupportedOperationException.class)
                .hasMessageContaining("ghlsync.pushpress.update-customer is empty")
                .hasMessageContaining("published");
        assertThat(gym.service().requests(0)).isEmpty();
    }

    @Test
    void aServerThatDoesNotAllowTheUpdateMethodIsReportedAsUnsupported() {
        String id = staffAdds("ava@example.com", "member").get("id").asText();
        PushPressClient putUpdates = new PushPressClient(withActions("PUT /customers/{uuid}", "DELETE /customers/{uuid}"),
                simulatorProperties, factory);

        assertThatThrownBy(() -> putUpdates.updateCustomer(id, Map.of("phone", "+15550002222")))
                .isInstanceOf(TargetUnsupportedOperationException.class)
                .hasMessageContaining("HTTP 405")
                .hasMessageContaining("ghlsync.pushpress.update-customer");
    }

    @Test
    void aServerWithoutTheDeletePathIsReportedAsUnsupportedWhileTheCustomerExists() {
        String id = staffAdds("ava@example.com", "member").get("id").asText();
        PushPressClient wrongPath = new PushPressClient(withActions("PATCH /customers/{uuid}", "DELETE /members/{uuid}"),
                simulatorProperties, factory);

        assertThatThrownBy(() -> wrongPath.deleteCustomer(id))
                .isInstanceOf(TargetUnsupportedOperationException.class)
                .hasMessageContaining("HTTP 404 for DELETE /members/{uuid} although customer " + id + " exists");
        assertThat(gym.customer(id)).isPresent();
    }

    @Test
    void aWrongApiKeyIsAnAuthenticationFailureWithPushPresssMessage() {
        PushPressClient wrongKey = new PushPressClient(properties, withCredentials("wrong-key", "sandbox-company"),
                factory);

        assertThatThrownBy(() -> wrongKey.listCustomers(1, 10, null, null))
                .isInstanceOfSatisfying(TargetAuthenticationException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.serverMessage()).isEqualTo("Invalid API key");
                });
    }

    @Test
    void anotherGymsCompanyIdIsForbidden() {
        PushPressClient otherGym = new PushPressClient(properties, withCredentials("sandbox-key", "cli_other"), factory);

        assertThatThrownBy(() -> otherGym.getCustomer("usr_1"))
                .isInstanceOfSatisfying(TargetAuthenticationException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.serverMessage()).contains("cli_other");
                });
    }

    private ObjectNode staffAdds(String email, String role) {
        return gym.createCustomer(json.valueToTree(Map.of("email", email, "role", role,
                "name", Map.of("first", "Test", "last", "Customer"))));
    }

    private PushPressProperties withPageSize(int pageSize) {
        return new PushPressProperties(properties.baseUrl(), properties.apiKey(), properties.companyId(), pageSize,
                properties.updateCustomer(), properties.deleteCustomer(), properties.http());
    }

    private PushPressProperties withActions(String update, String delete) {
        return new PushPressProperties(properties.baseUrl(), properties.apiKey(), properties.companyId(),
                properties.pageSize(), update, delete, properties.http());
    }

    private PushPressSimulatorProperties withCredentials(String apiKey, String companyId) {
        PushPressSimulatorProperties s = simulatorProperties;
        return new PushPressSimulatorProperties(apiKey, companyId, s.seedCustomers(), s.seed(), s.requestLogSize(),
                s.rateLimit(), s.webhooks());
    }
}
