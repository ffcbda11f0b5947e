package io.ghlsync.sandbox.pushpress;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Realistic gym customers, the same ones for the same seed: members with a membership start date,
 * ex-members, non-members and leads; some with unicode names, a linked family account or an
 * emergency contact, as the Customer model allows.
 */
final class CustomerSeeder {

    private static final List<String> FIRST = List.of("Ava", "Liam", "Mia", "Noah", "Zoë", "Mateo", "Chloé",
            "Hiro", "Ingrid", "Kwame", "Priya", "Søren", "Lucía", "Omar", "Grace", "Ethan");
    private static final List<String> LAST = List.of("Smith", "García", "Nguyen", "Okafor", "Müller", "Kowalski",
            "Tanaka", "O'Brien", "Silva", "Haddad", "Johansson", "Patel", "Brown", "Rossi");
    private static final List<String> CITIES = List.of("Austin", "Denver", "Portland", "Boston", "Chicago");
    private static final List<String> STATES = List.of("TX", "CO", "OR", "MA", "IL");

    private CustomerSeeder() {
    }

    /** {@code count} customers of company {@code companyId}, derived from {@code seed}. */
    static List<ObjectNode> customers(int count, long seed, String companyId) {
        Random random = new Random(seed);
        return IntStream.range(0, count).mapToObj(n -> customer(n, random, companyId)).toList();
    }

    private static ObjectNode customer(int n, Random random, String companyId) {
        byte[] idBytes = new byte[10];
        random.nextBytes(idBytes);
        ObjectNode customer = CustomerDocument.blank("usr_" + HexFormat.of().formatHex(idBytes), companyId);
        String first = FIRST.get(random.nextInt(FIRST.size()));
        String last = LAST.get(random.nextInt(LAST.size()));
        ((ObjectNode) customer.get("name")).put("first", first).put("last", last);
        customer.put("gender", random.nextBoolean() ? "female" : "male");
        customer.put("dob", LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28))
                .toString());
        int city = random.nextInt(CITIES.size());
        ((ObjectNode) customer.get("address")).put("line1", (100 + random.nextInt(9000)) + " Main St")
                .put("city", CITIES.get(city)).put("country", "US").put("state", STATES.get(city))
                .put("zip", String.format("%05d", random.nextInt(99999)));
        customer.put("email", ascii(first) + "." + ascii(last) + "." + n + "@example.com");
        customer.put("phone", String.format("+1555%07d", random.nextInt(10_000_000)));
        int roll = random.nextInt(100);
        String role = roll < 70 ? "member" : roll < 85 ? "lead" : roll < 95 ? "ex-member" : "non-member";
        customer.put("role", role);
        if (!"lead".equals(role)) {
            customer.putObject("membershipDetails").put("initialMembershipStartDate",
                    LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1).toString());
        }
        if (random.nextInt(5) == 0) {
            customer.putObject("emergencyContact").put("name", FIRST.get(random.nextInt(FIRST.size())) + " " + last)
                    .put("phone", String.format("+1555%07d", random.nextInt(10_000_000))).put("relationship", "spouse");
        }
        return customer;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }
}
