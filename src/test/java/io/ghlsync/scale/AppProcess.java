package io.ghlsync.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code java -jar target/ghl-sync.jar} process, as an operator runs it: its own port, arguments and
 * environment, its output in {@code target/fault-suite/<name>.log}. {@link #kill()} is {@code kill -9};
 * {@link #terminate()} is the SIGTERM a container runtime sends.
 */
final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "ghl-sync.jar");
    private static final Path LOGS = Path.of("target", "fault-suite");

    final String name;
    final int port;
    private final String readyPath;
    private final List<String> command;
    private final Map<String, String> environment;
    private Process process;

    private AppProcess(String name, int port, String readyPath, List<String> arguments, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.readyPath = readyPath;
        this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--server.port=" + port));
        this.command.addAll(arguments);
        this.environment = environment;
    }

    /** Serves only the simulators (profile {@code simulator}), on an in-memory database of its own. */
    static AppProcess simulators(List<String> arguments) {
        List<String> all = new ArrayList<>(List.of("--spring.profiles.active=simulator"));
        all.addAll(arguments);
        return new AppProcess("simulators", freePort(), "/actuator/health", all, Map.of());
    }

    /** A sandbox-mode instance of the sync on {@code databaseUrl}, using the simulators at {@code simulatorsUrl}. */
    static AppProcess instance(String name, int port, String databaseUrl, String simulatorsUrl, List<String> arguments) {
        List<String> all = new ArrayList<>(List.of("--ghlsync.sandbox.url=" + simulatorsUrl,
                "--ghlsync.inbox.instance-id=" + name));
        all.addAll(arguments);
        return new AppProcess(name, port, "/actuator/health/readiness", all, Map.of("SPRING_DATASOURCE_URL", databaseUrl,
                "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", ""));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the process and waits until it says it is ready. */
    AppProcess start() throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the fault suite runs after `mvn package` (mvn verify)");
        }
        Files.createDirectories(LOGS);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve(name + ".log").toFile()));
        // Whatever database the surrounding build runs on, this process uses only what it is given.
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_DATASOURCE_"));
        builder.environment().putAll(environment);
        process = builder.start();
        // A test JVM that ends abruptly must not leave servers behind on the machine.
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        awaitHealthy(Duration.ofSeconds(120));
        return this;
    }

    /** {@code kill -9}: no shutdown hook, no goodbye to the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; answers how long the process took to exit, or null when it did not within {@code limit}. */
    Duration terminate(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? Duration.ofNanos(System.nanoTime() - start) : null;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill();
        }
    }

    private void awaitHealthy(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see "
                        + LOGS.resolve(name + ".log"));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url() + readyPath))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become healthy within " + limit + "; see " + LOGS.resolve(name + ".log"));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
