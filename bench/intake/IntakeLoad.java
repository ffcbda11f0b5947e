import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Load driver for POST /webhooks/ghl: posts signed HighLevel webhooks over loopback to a running ghl-sync and
 * reports accepted events per second and latency percentiles.
 *
 * Every request (body, Ed25519 signature with the sandbox key, HTTP/1.1 bytes) is built before the clock starts,
 * and each connection is a plain keep-alive socket on its own thread, so the driver spends its CPU on little more
 * than writing and reading bytes. Latency is measured per request, from the first byte written to the last byte
 * of the answer read (closed loop: each connection sends its next request once the answer is in).
 *
 *   java bench/intake/IntakeLoad.java --count 60000 --concurrency 32
 *
 * Options: --url (http://127.0.0.1:8080/webhooks/ghl), --count (requests measured, 20000), --warmup (requests
 * before measuring, 10000), --concurrency (connections, 16), --contacts (distinct contacts, 1000),
 * --key (src/main/resources/sandbox/keys/ghl-webhook-ed25519-private.pem), --pid (the server's process id: also
 * report the server's CPU time per request, read from /proc).
 */
public class IntakeLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI url = URI.create(options.getOrDefault("url", "http://127.0.0.1:8080/webhooks/ghl"));
        int count = Integer.parseInt(options.getOrDefault("count", "20000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        int contacts = Integer.parseInt(options.getOrDefault("contacts", "1000"));
        PrivateKey key = privateKey(Path.of(options.getOrDefault("key",
                "src/main/resources/sandbox/keys/ghl-webhook-ed25519-private.pem")));

        long prepareStart = System.nanoTime();
        String location = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        byte[][] requests = IntStream.range(0, warmup + count).parallel()
                .mapToObj(i -> request(url, key, location, "contact-" + (i % contacts))).toArray(byte[][]::new);
        System.out.printf("prepared %d signed requests in %.1f s%n", requests.length,
                (System.nanoTime() - prepareStart) / 1e9);

        run(url, Arrays.copyOfRange(requests, 0, warmup), concurrency, null);
        Result result = new Result(count);
        String pid = options.get("pid");
        double cpuBefore = pid == null ? 0 : cpuSeconds(pid);
        long start = System.nanoTime();
        run(url, Arrays.copyOfRange(requests, warmup, requests.length), concurrency, result);
        double seconds = (System.nanoTime() - start) / 1e9;
        result.report(seconds, concurrency);
        if (pid != null) {
            // CPU time is what the server spends per event whatever else runs on the machine; throughput is not.
            double cpu = cpuSeconds(pid) - cpuBefore;
            System.out.printf("server CPU %.1f s, %.0f us per request (%.2f cores busy)%n", cpu, cpu * 1e6 / count,
                    cpu / seconds);
        }
    }

    /** User plus system CPU seconds of a process, from /proc/<pid>/stat (Linux; clock ticks of 1/100 s). */
    private static double cpuSeconds(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static void run(URI url, byte[][] requests, int concurrency, Result result) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Thread[] threads = new Thread[concurrency];
        for (int t = 0; t < concurrency; t++) {
            threads[t] = new Thread(() -> {
                Connection connection = null;
                try {
                    for (int i = next.getAndIncrement(); i < requests.length; i = next.getAndIncrement()) {
                        if (connection == null) {
                            connection = new Connection(url);
                        }
                        long sent = System.nanoTime();
                        Answer answer = connection.exchange(requests[i]);
                        if (result != null) {
                            result.record(i, System.nanoTime() - sent, answer);
                        }
                        if (answer.closing()) { // Tomcat closes a keep-alive connection after 100 requests
                            connection.close();
                            connection = null;
                        }
                    }
                    if (connection != null) {
                        connection.close();
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** A ContactUpdate shaped like HighLevel's example (src/test/resources/ghl/webhook-events/ContactUpdate.md). */
    private static byte[] request(URI url, PrivateKey key, String location, String contact) {
        String body = "{\"type\":\"ContactUpdate\",\"locationId\":\"" + location + "\",\"id\":\"" + contact + "\","
                + "\"address1\":\"3535 1st St N\",\"city\":\"ruDolomitebika\",\"state\":\"AL\",\"companyName\":\"Loram ipsum\","
                + "\"country\":\"DE\",\"source\":\"xyz form\",\"dateAdded\":\"2021-11-26T12:41:02.193Z\","
                + "\"dateOfBirth\":\"2000-01-05T00:00:00.000Z\",\"dnd\":true,\"email\":\"JohnDeo@gmail.comm\","
                + "\"name\":\"John Deo\",\"firstName\":\"John\",\"lastName\":\"Deo\",\"phone\":\"+919509597501\","
                + "\"postalCode\":\"452001\",\"tags\":[\"id magna sed Lorem\",\"Duis dolor commodo aliqua\"],"
                + "\"website\":\"https://www.google.com/\",\"attachments\":[],\"assignedTo\":\"nmFmQEsNgz6AVpgLVUJ0\","
                + "\"customFields\":[{\"id\":\"BcdmQEsNgz6AVpgLVUJ0\",\"value\":\"XYZ Corp\"}],"
                + "\"webhookId\":\"" + UUID.randomUUID() + "\",\"timestamp\":\""
                + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + url.getPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nx-ghl-signature: " + sign(key, bytes) + "\r\n\r\n";
        byte[] head8 = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head8, head8.length + bytes.length);
        System.arraycopy(bytes, 0, request, head8.length, bytes.length);
        return request;
    }

    private static String sign(PrivateKey key, byte[] body) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(Path pem) throws Exception {
        String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "");
        return KeyFactory.getInstance("Ed25519").generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(text)));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** One keep-alive connection. */
    static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(URI url) throws IOException {
            socket = new Socket(url.getHost(), url.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        Answer exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            return Answer.read(in);
        }

        void close() throws IOException {
            socket.close();
        }
    }

    /** Status and body of one HTTP/1.1 answer (Content-Length or chunked), and whether the server closes. */
    record Answer(int status, String body, boolean closing) {

        static Answer read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
                     size = Integer.parseInt(line(in).trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
            } else if (length > 0) {
                body.write(in.readNBytes(length));
            }
            return new Answer(status, body.toString(StandardCharsets.UTF_8), closing);
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    static final class Result {
        private final long[] latencies;
        private final LongAdder accepted = new LongAdder();
        private final Map<String, LongAdder> others = new ConcurrentHashMap<>();

        Result(int count) {
            latencies = new long[count];
        }

        void record(int index, long nanos, Answer answer) {
            latencies[index] = nanos;
            if (answer.status() == 200 && answer.body().contains("\"accepted\"")) {
                accepted.increment();
            } else {
                others.computeIfAbsent(answer.status() + " " + answer.body(), k -> new LongAdder()).increment();
            }
        }

        void report(double seconds, int concurrency) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            System.out.printf("requests %d, concurrency %d, %.2f s%n", sorted.length, concurrency, seconds);
            System.out.printf("accepted %d (%.0f accepted/s)%n", accepted.sum(), accepted.sum() / seconds);
            others.forEach((answer, n) -> System.out.printf("other answers: %d x %s%n", n.sum(), answer));
            System.out.printf("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        }

        private static double percentile(long[] sorted, double p) {
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
