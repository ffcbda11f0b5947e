import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.mapping.Mapper;
import io.ghlsync.mapping.MappingResult;

/**
 * Maps 10,000 realistic HighLevel contacts through mappings/default/ghl-contact-to-pushpress-customer
 * on one thread, the way a flow calls the engine (Mapper.map with a parsed JsonNode). A warm-up
 * harness rather than JMH: WARMUP rounds let the JIT settle, then each of ROUNDS rounds maps all
 * contacts and reports records per second; the median is the figure. Run with bench/mapping/run.sh.
 */
public class MappingBenchmark {

    static final int CONTACTS = 10_000;
    static final int WARMUP = 15;
    static final int ROUNDS = 15;

    public static void main(String[] args) {
        Mapper mapper = Mapper.load(Path.of("mappings"), Map.of());
        List<JsonNode> contacts = contacts(new Random(42));
        String template = "ghl-contact-to-pushpress-customer";
        long sink = 0;
        for (int round = 0; round < WARMUP; round++) {
            sink += mapAll(mapper, template, contacts);
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall-clock rate also
        // counts the time other processes held the core; the CPU-time rate is what one core delivers.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[ROUNDS];
        double[] cpuRates = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            sink += mapAll(mapper, template, contacts);
            cpuRates[round] = CONTACTS / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            rates[round] = CONTACTS / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        int warnings = 0;
        for (JsonNode contact : contacts) {
            warnings += mapper.map("bench-location", template, contact).warnings().size();
        }
        System.out.printf("contacts=%d rounds=%d warmup=%d warnings-per-10k=%d (sink %d)%n",
                CONTACTS, ROUNDS, WARMUP, warnings, sink);
        System.out.printf("records/s (wall clock):  median %.0f, min %.0f, max %.0f%n",
                rates[ROUNDS / 2], rates[0], rates[ROUNDS - 1]);
        System.out.printf("records/s (thread CPU):  median %.0f, min %.0f, max %.0f; median %.2f µs of CPU per record%n",
                cpuRates[ROUNDS / 2], cpuRates[0], cpuRates[ROUNDS - 1], 1e6 / cpuRates[ROUNDS / 2]);
    }

    private static long mapAll(Mapper mapper, String template, List<JsonNode> contacts) {
        long fields = 0;
        for (JsonNode contact : contacts) {
            MappingResult result = mapper.map("bench-location", template, contact);
            fields += result.output().size();
        }
        return fields;
    }

    /** Contacts shaped like HighLevel's (contacts.json GetContectByIdSchema), seeded so every run maps the same ones. */
    static List<JsonNode> contacts(Random random) {
        ObjectMapper json = new ObjectMapper();
        String[] first = { "Zoë", "Łukasz", "María José", "Søren", "Ngozi", "Chloé", "Björn", "Aoife", "Mateo", "Yūki", "Ana", "Oliver" };
        String[] last = { "Ångström-Núñez", "Kowalski", "García López", "Kierkegård", "Okafor", "Dubois", "Öberg", "Ní Bhriain",
            "Rossi", "Tanaka", "Silva", "O'Brien" };
        String[] areas = { "415", "212", "617", "312", "206", "512" };
        String[] phoneFormats = { "(%s) 555-01%02d", "%s.555.01%02d", "+1 %s 555 01%02d", "%s-555-01%02d" };
        String[] tags = { "member", "former member", "lead", "newsletter", "vip", "trial class", "non-member" };
        List<JsonNode> contacts = new ArrayList<>(CONTACTS);
        for (int i = 0; i < CONTACTS; i++) {
            String f = first[random.nextInt(first.length)];
            String l = last[random.nextInt(last.length)];
            ObjectNode contact = json.createObjectNode();
            contact.put("id", "c" + Integer.toString(1_000_000 + i, 36) + "Xk2mLr4TnV8sY");
            contact.put("locationId", "bench-location");
            if (random.nextInt(10) > 0) {
                contact.put("firstName", " " + f + " ").put("lastName", l);
            }
            contact.put("name", f + " " + l);
            contact.put("email", "  " + f.replace(' ', '.') + "." + i + "@Example" + (i % 7) + ".COM ");
            contact.put("phone", String.format(phoneFormats[random.nextInt(phoneFormats.length)],
                    areas[random.nextInt(areas.length)], random.nextInt(100)));
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
            custom.addObject().put("id", "Hq2Zr8WmVx4Lp0NcTe7D").put("value", String.format("(%s) 555-01%02d",
                    areas[random.nextInt(areas.length)], random.nextInt(100)));
            custom.addObject().put("id", "Tn5Wk1Gs9Qe3Ua7Xo4Ip").put("value", "Run 5k under 30 minutes");
            contact.put("dateAdded", "2026-11-20T16:02:11.482Z").put("dateUpdated", "2026-11-24T09:41:57.031Z");
            contacts.add(contact);
        }
        return contacts;
    }
}
