import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.mapping.Mapper;

/**
 * Maps realistic HighLevel contacts through mappings/default/ghl-contact-to-pushpress-customer
 * on one thread, the way a flow calls the engine (Mapper.map with a parsed JsonNode). A warm-up
 * harness rather than JMH: WARMUP rounds let the JIT settle, then each of ROUNDS rounds maps
 * CONTACTS contacts and reports records per second; the median is the figure. Run with bench/mapping/run.sh.
 *
 * <p>Two workloads, because the engine remembers recent phone results: "repeated" maps the same
 * 10,000 contacts every round (the sync re-maps a contact on each change and echo check), "distinct"
 * maps 10,000 contacts never seen before every round (all phones, emails and ids new), the cold-cache
 * figure. Distinct contacts are generated between rounds, outside the measured time.
 */
public class MappingBenchmark {

    static final int CONTACTS = 10_000;
    static final int WARMUP = 15;
    static final int ROUNDS = 15;
    static final String TEMPLATE = "ghl-contact-to-pushpress-customer";
    static final String[] AREAS = { "415", "212", "617", "312", "206", "512" };
    static final String[] PHONE_FORMATS = { "(%s) %s-%04d", "%s.%s.%04d", "+1 %s %s %04d", "%s-%s-%04d" };

    public static void main(String[] args) {
        Mapper mapper = Mapper.load(Path.of("mappings"), Map.of());
        List<JsonNode> repeated = contacts(new Random(42), -1);
        measure("repeated (the same contacts every round)", mapper, round -> repeated);
        measure("distinct (contacts never seen before)", mapper, round -> contacts(new Random(round), (long) round * CONTACTS));
    }

    /** Runs WARMUP + ROUNDS rounds over the contacts {@code batch} gives for each round number, and prints the rates. */
    private static void measure(String workload, Mapper mapper, IntFunction<List<JsonNode>> batch) {
        long sink = 0;
        int round = 0;
        for (; round < WARMUP; round++) {
            sink += mapAll(mapper, batch.apply(round));
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall-clock rate also
        // counts the time other processes held the core; the CPU-time rate is what one core delivers.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[ROUNDS];
        double[] cpuRates = new double[ROUNDS];
        int warnings = 0;
        for (int measured = 0; measured < ROUNDS; measured++, round++) {
            List<JsonNode> contacts = batch.apply(round);
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            sink += mapAll(mapper, contacts);
            cpuRates[measured] = CONTACTS / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            rates[measured] = CONTACTS / ((System.nanoTime() - start) / 1e9);
            warnings += warnings(mapper, contacts);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        System.out.printf("%s: contacts=%d rounds=%d warmup=%d warnings=%d (sink %d)%n",
                workload, CONTACTS, ROUNDS, WARMUP, warnings, sink);
        System.out.printf("  records/s (wall clock):  median %.0f, min %.0f, max %.0f%n",
                rates[ROUNDS / 2], rates[0], rates[ROUNDS - 1]);
        System.out.printf("  records/s (thread CPU):  median %.0f, min %.0f, max %.0f; median %.2f µs of CPU per record%n",
                cpuRates[ROUNDS / 2], cpuRates[0], cpuRates[ROUNDS - 1], 1e6 / cpuRates[ROUNDS / 2]);
    }

    private static long mapAll(Mapper mapper, List<JsonNode> contacts) {
        long fields = 0;
        for (JsonNode contact : contacts) {
            fields += mapper.map("bench-location", TEMPLATE, contact).output().size();
        }
        return fields;
    }

    /** The round's warnings, counted in a pass outside the measured time (a valid phone refused would show here). */
    private static int warnings(Mapper mapper, List<JsonNode> contacts) {
        int warnings = 0;
        for (JsonNode contact : contacts) {
            warnings += mapper.map("bench-location", TEMPLATE, contact).warnings().size();
        }
        return warnings;
    }

    /**
     * Contacts shaped like HighLevel's (contacts.json GetContectByIdSchema), from a seed so every run maps
     * the same ones. With {@code firstSerial} below zero the phones come from 600 fictional 555-01xx
     * numbers in four spellings; otherwise the contacts get serials from there on, and phones, email
     * and id unique to their serial.
     */
    static List<JsonNode> contacts(Random random, long firstSerial) {
        ObjectMapper json = new ObjectMapper();
        String[] first = { "Zoë", "Łukasz", "María José", "Søren", "Ngozi", "Chloé", "Björn", "Aoife", "Mateo", "Yūki", "Ana", "Oliver" };
        String[] last = { "Ångström-Núñez", "Kowalski", "García López", "Kierkegård", "Okafor", "Dubois", "Öberg", "Ní Bhriain",
            "Rossi", "Tanaka", "Silva", "O'Brien" };
        String[] tags = { "member", "former member", "lead", "newsletter", "vip", "trial class", "non-member" };
        List<JsonNode> contacts = new ArrayList<>(CONTACTS);
        for (int i = 0; i < CONTACTS; i++) {
            long serial = firstSerial < 0 ? i : firstSerial + i;
            String f = first[random.nextInt(first.length)];
            String l = last[random.nextInt(last.length)];
            ObjectNode contact = json.createObjectNode();
            contact.put("id", "c" + Long.toString(1_000_000 + serial, 36) + "Xk2mLr4TnV8sY");
            contact.put("locationId", "bench-location");
            if (random.nextInt(10) > 0) {
                contact.put("firstName", " " + f + " ").put("lastName", l);
            }
            contact.put("name", f + " " + l);
            contact.put("email", "  " + f.replace(' ', '.') + "." + serial + "@Example" + (serial % 7) + ".COM ");
            contact.put("phone", phone(random, firstSerial < 0 ? -1 : 2 * serial));
            contact.put("dateOfBirth", String.format("19%02d-%02d-%02dT00:00:00.000Z", 50 + random.nextInt(50),
                    1 + random.nextInt(12), 1 + random.nextInt(28)));
            contact.put("address1", (1 + random.nextInt(9999)) + " Valencia St").put("city", "San Francisco")
                    .put("state", "CA").put("postalCode", "941" + String.format("%02d", random.nextInt(100))).put("country", "us");
            ArrayNode tagList = contact.putArray("tags");
            for (int t = 0; t < 1 + random.nextInt(3); t++) {
                tagList.add(tags[random.nextInt(tags.length)]);
            }
            ArrayNode custom = contact.putArray("customFields");
            custom.addObject().put("id", "Ka9Pf3Jd6Rt1Yb5Sg2Wn").put("value", random.nextBoolean() ? "Female" : "Male");
            custom.addObject().put("id", "3sv6UEo51C9Bmpo1cKTq").put("value", first[random.nextInt(first.length)] + " " + l);
            custom.addObject().put("id", "Hq2Zr8WmVx4Lp0NcTe7D").put("value", phone(random, firstSerial < 0 ? -1 : 2 * serial + 1));
            custom.addObject().put("id", "Tn5Wk1Gs9Qe3Ua7Xo4Ip").put("value", "Run 5k under 30 minutes");
            contact.put("dateAdded", "2026-11-20T16:02:11.482Z").put("dateUpdated", "2026-11-24T09:41:57.031Z");
            contacts.add(contact);
        }
        return contacts;
    }

    /** A US number as people type it: 555-01xx when {@code unique} is below zero, else one no other {@code unique} gets. */
    private static String phone(Random random, long unique) {
        String format = PHONE_FORMATS[random.nextInt(PHONE_FORMATS.length)];
        if (unique < 0) {
            return String.format(format, AREAS[random.nextInt(AREAS.length)], "555", 100 + random.nextInt(100));
        }
        // Exchanges from 230 up: valid in every listed area, and clear of the N11 service codes.
        long rest = unique / AREAS.length;
        return String.format(format, AREAS[(int) (unique % AREAS.length)], Long.toString(230 + rest / 10_000), rest % 10_000);
    }
}
