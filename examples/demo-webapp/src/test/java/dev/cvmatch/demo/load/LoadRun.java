package dev.cvmatch.demo.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded loopback load on a running demo app: {@code users} logged-in users for {@code seconds}, each looping over
 * "list my analyses" (4 times) and "upload a sample CV" (once, answered when analysed). Then it waits for the queue to
 * drain and checks that every upload it was answered for is in its user's history (no lost analysis). Prints p50/p95
 * per request kind and the count of 5xx. Not a unit test: {@code java -cp ... dev.cvmatch.demo.load.LoadRun
 * http://localhost:8080 8 60 examples/samples}.
 */
public final class LoadRun {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int users = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<Path> samples;
        try (var files = Files.list(Path.of(args[3]))) {
            samples = files.filter(p -> p.toString().matches(".*\\.(pdf|docx|txt)")).sorted().toList();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors5xx = new AtomicLong();
        AtomicLong other = new AtomicLong();
        Map<String, AtomicLong> uploaded = new ConcurrentHashMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        for (int u = 0; u < users; u++) {
            int user = u;
            pool.submit(() -> {
                try {
                    String email = "load-" + UUID.randomUUID() + "@example.com";
                    String creds = "{\"email\":\"" + email + "\",\"password\":\"Correct-Horse-42\"}";
                    send(http, json(base + "/auth/register", creds));
                    Matcher m = TOKEN.matcher(send(http, json(base + "/auth/login", creds)).body());
                    m.find();
                    String token = "Bearer " + m.group(1);
                    tokens.add(token);
                    uploaded.put(token, new AtomicLong());
                    int i = 0;
                    while (System.nanoTime() < end) {
                        boolean upload = i++ % 5 == 4;
                        HttpRequest request = upload ? upload(base, token, samples.get((user + i) % samples.size()))
                                : HttpRequest.newBuilder(URI.create(base + "/analyses?size=20"))
                                        .header("Authorization", token).GET().build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = send(http, request);
                        long took = (System.nanoTime() - t0) / 1000;
                        latencies.computeIfAbsent(upload ? "upload" : "list",
                                k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                        if (r.statusCode() >= 500) {
                            errors5xx.incrementAndGet();
                        } else if (r.statusCode() >= 400) {
                            other.incrementAndGet();
                        } else if (upload) {
                            uploaded.get(token).incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    other.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, java.util.concurrent.TimeUnit.SECONDS);
        long lost = 0;
        long stored = 0;
        for (String token : tokens) {
            HttpResponse<String> r = send(http, HttpRequest.newBuilder(URI.create(base + "/analyses?size=1"))
                    .header("Authorization", token).GET().build());
            Matcher m = TOTAL.matcher(r.body());
            long total = m.find() ? Long.parseLong(m.group(1)) : 0;
            stored += total;
            lost += Math.max(0, uploaded.get(token).get() - total);
        }
        System.out.printf("users=%d seconds=%d 5xx=%d other-errors=%d uploads-answered=%d stored=%d lost=%d%n", users,
                seconds, errors5xx.get(), other.get(), uploaded.values().stream().mapToLong(AtomicLong::get).sum(),
                stored, lost);
        latencies.forEach((kind, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            System.out.printf("%-6s n=%d p50=%.1f ms p95=%.1f ms max=%.1f ms throughput=%.1f/s%n", kind, sorted.size(),
                    sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.95)) / 1000.0,
                    sorted.get(sorted.size() - 1) / 1000.0, sorted.size() / (double) seconds);
        });
    }

    private static HttpRequest json(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest upload(String base, String token, Path file) throws Exception {
        String boundary = "----cvmatch" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"job_description\"\r\n\r\n"
                + "Développeur Java senior. Compétences requises : Java, Spring Boot, PostgreSQL, Docker.\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"cv_file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(base + "/cv/upload")).header("Authorization", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
