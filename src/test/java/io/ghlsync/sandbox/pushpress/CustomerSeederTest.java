package io.ghlsync.sandbox.pushpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class CustomerSeederTest {

    @Test
    void theSameSeedGivesTheSameCustomers() {
        assertThat(CustomerSeeder.customers(50, 7, "sandbox-company"))
                .isEqualTo(CustomerSeeder.customers(50, 7, "sandbox-company"));
    }

    @Test
    void seededCustomersAreCompletePushPressCustomersWithUniqueEmails() {
        List<ObjectNode> customers = CustomerSeeder.customers(200, 42, "sandbox-company");

        assertThat(customers).extracting(c -> c.get("email").asText()).doesNotHaveDuplicates();
        assertThat(customers).allSatisfy(customer -> {
            assertThat(customer.get("id").asText()).matches("usr_[0-9a-f]{20}");
            assertThat(customer.get("companyId").asText()).isEqualTo("sandbox-company");
            assertThat(customer.get("email").asText()).matches("[a-z]+\\.[a-z]+\\.\\d+@example\\.com");
            assertThat(CustomerDocument.ROLES).contains(customer.get("role").asText());
            assertThat(customer.fieldNames()).toIterable().containsExactly("id", "companyId", "name", "gender", "dob",
                    "address", "assignedToStaffId", "account", "profileImage", "emergencyContact", "membershipDetails",
                    "email", "phone", "role");
        });
        assertThat(customers).extracting(c -> c.get("role").asText()).contains("member", "lead", "ex-member");
    }
}
