import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load benchmark that needs only the JDK. Prints throughput and latency
 * percentiles for GET requests against a running service (loopback only).
 *
 * <pre>java deploy/bench/Bench.java URL [--token T] [--seconds 20] [--concurrency 8] [--warmup 5]</pre>
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        String url = null;
        String token = null;
        int seconds = 20;
        int concurrency = 8;
        int warmup = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--token" -> token = args[++i];
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> url = args[i];
            }
        }
        if (url == null) {
            System.err.println("usage: java Bench.java URL [--token T] [--seconds N] [--concurrency N] [--warmup N]");
            System.exit(2);
        }
        String host = URI.create(url).getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            System.err.println("Refusing to load anything but loopback: " + host);
            System.exit(2);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            rb.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = rb.build();

        run(client, request, concurrency, warmup);
        Result r = run(client, request, concurrency, seconds);
        long[] lat = r.latenciesMicros;
        Arrays.sort(lat);
        System.out.printf("url=%s concurrency=%d seconds=%d%n", url, concurrency, seconds);
        System.out.printf("requests=%d errors=%d non2xx=%d throughput=%.1f req/s%n", lat.length, r.errors, r.non2xx, lat.length / (double) seconds);
        if (lat.length > 0) {
            System.out.printf("latency_ms p50=%.2f p95=%.2f p99=%.2f max=%.2f%n",
                    pct(lat, 50) / 1000.0, pct(lat, 95) / 1000.0, pct(lat, 99) / 1000.0, lat[lat.length - 1] / 1000.0);
        }
    }

    record Result(long[] latenciesMicros, long errors, long non2xx) {
    }

    static Result run(HttpClient client, HttpRequest request, int concurrency, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong non2xx = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() / 100 != 2) {
                            non2xx.incrementAndGet();
                        }
                        mine.add((System.nanoTime() - start) / 1000);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return new Result(all.stream().mapToLong(Long::longValue).toArray(), errors.get(), non2xx.get());
    }

    static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
