import uk.gov.education.intervention.devkit.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A soak of the running suite: mixed reads and writes against the three services for some minutes,
 * then every acknowledged write looked up in the services' databases. Prints, each minute, the
 * requests sent, errors and each service's heap (read from its JVM with jcmd: in use, and live
 * after a full collection); at the end, acknowledged writes and rows found, which must be equal.
 * Run it with deploy/soak/run.sh (see there for the options); exits 1 on any error or difference.
 */
public final class Soak {

    private static final String STOKE = "E06000021";
    private static final String MEDWAY = "E06000035";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"currentVersion\"\\s*:\\s*(\\d+)");
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final Map<String, String> urls = new LinkedHashMap<>();
    private final String dbBase;
    private final String dbUser;
    private final String dbPassword;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String draftCouncil = String.format("E0797%04d", ThreadLocalRandom.current().nextInt(10_000));
    private final AtomicInteger draftDay = new AtomicInteger();

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong reads = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    /** Acknowledged writes by kind: submission ids, "id#version" of versions, review submission ids, people, drafts. */
    private final Map<String, ConcurrentLinkedQueue<String>> acknowledged = new LinkedHashMap<>();
    /** Submissions of this soak with the ETag of their latest version, for versions and reviews. */
    private final ConcurrentLinkedQueue<String[]> open = new ConcurrentLinkedQueue<>();
    private volatile Map<String, String> tokens = Map.of();

    private Soak(Map<String, String> urls, String dbBase, String dbUser, String dbPassword) {
        this.urls.putAll(urls);
        this.dbBase = dbBase.endsWith("/") ? dbBase : dbBase + "/";
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        for (String kind : List.of("submission", "version", "review", "person", "draft")) {
            acknowledged.put(kind, new ConcurrentLinkedQueue<>());
        }
    }

    public static void main(String[] args) throws Exception {
        int minutes = 5;
        int concurrency = 4;
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("councils", "http://127.0.0.1:8081");
        urls.put("directions", "http://127.0.0.1:8082");
        urls.put("reporting", "http://127.0.0.1:8083");
        String db = "jdbc:postgresql://127.0.0.1:15432/";
        String user = System.getenv().getOrDefault("SUITE_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("SUITE_DB_PASSWORD", "");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--minutes" -> minutes = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--councils" -> urls.put("councils", args[++i]);
                case "--directions" -> urls.put("directions", args[++i]);
                case "--reporting" -> urls.put("reporting", args[++i]);
                case "--db" -> db = args[++i];
                default -> {
                    System.err.println("unknown option " + args[i] + "; see deploy/soak/run.sh --help");
                    System.exit(2);
                }
            }
        }
        if (minutes < 1 || minutes > 120 || concurrency < 1 || concurrency > 64) {
            System.err.println("--minutes is 1 to 120 and --concurrency 1 to 64");
            System.exit(2);
        }
        System.exit(new Soak(urls, db, user, password).soak(minutes, concurrency));
    }

    private int soak(int minutes, int concurrency) throws Exception {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (var e : urls.entrySet()) {
            pids.put(e.getKey(), listeningPid(URI.create(e.getValue()).getPort()));
        }
        refreshTokens();
        System.out.printf("Soak %s: %d minute(s), %d clients, against %s; database %s%n", run, minutes, concurrency, urls.values(), dbBase);
        System.out.printf("JVMs: %s%n", pids);
        warmUp();
        printHeap("start", pids);

        long start = System.nanoTime();
        long end = start + Duration.ofMinutes(minutes).toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    step();
                }
            }, "soak-" + i);
            t.start();
            clients.add(t);
        }
        for (int m = 1; m <= minutes; m++) {
            // minute marks from the start, so that the time spent reading heaps does not shift them
            long due = start + Duration.ofMinutes(m).toNanos();
            while (System.nanoTime() < due) {
                Thread.sleep(Math.max(1, Math.min(1000, (due - System.nanoTime()) / 1_000_000)));
            }
            refreshTokens();
            List<Long> window = new ArrayList<>();
            for (Long l; (l = latencies.poll()) != null; ) {
                window.add(l);
            }
            window.sort(null);
            System.out.printf("minute %d: %d requests (%d reads, %d writes), %d errors; latency p50 %s ms, p95 %s ms%n", m,
                    requests.get(), reads.get(), writes.get(), errors.get(), percentile(window, 50), percentile(window, 95));
            printHeap("minute " + m, pids);
        }
        for (Thread t : clients) {
            t.join();
        }

        System.out.println();
        System.out.printf("Requests sent: %d (%d reads, %d writes); errors: %d%n", requests.get(), reads.get(), writes.get(), errors.get());
        errorSamples.stream().limit(10).forEach(s -> System.out.println("  error: " + s));
        boolean equal = true;
        System.out.printf("%-11s %12s %10s%n", "write", "acknowledged", "found");
        Map<String, Long> found = countRows();
        long ackTotal = 0;
        long foundTotal = 0;
        for (var e : acknowledged.entrySet()) {
            long ack = e.getValue().size();
            long rows = found.get(e.getKey());
            ackTotal += ack;
            foundTotal += rows;
            equal &= ack == rows;
            System.out.printf("%-11s %12d %10d%s%n", e.getKey(), ack, rows, ack == rows ? "" : "   DIFFERENT");
        }
        System.out.printf("%-11s %12d %10d%n", "all", ackTotal, foundTotal);
        System.out.println(equal && errors.get() == 0 ? "RESULT: no errors; every acknowledged write is in the database"
                : "RESULT: FAILED (errors, or acknowledged writes missing from the database)");
        return equal && errors.get() == 0 ? 0 : 1;
    }

    // ------------------------------------------------------------------ the workload

    /**
     * Each read once, until it answers 200 (for up to a minute), before anything is counted: the
     * first calls of services just started may miss the timeouts of their calls to each other.
     */
    private void warmUp() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        for (int dice = 0; dice < 7; dice++) {
            String[] read = readOf(dice);
            while (true) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(urls.get(read[0]) + read[1]))
                        .header("Authorization", "Bearer " + token("dfe-analyst")).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(500);
            }
        }
    }

    private void step() {
        int dice = ThreadLocalRandom.current().nextInt(100);
        try {
            if (dice < 70) {
                read(dice);
            } else {
                write(dice);
            }
        } catch (Exception e) {
            error("no answer: " + e);
        }
    }

    private void read(int dice) throws Exception {
        String[] choice = readOf(dice);
        send("GET", choice[0], choice[1], token("dfe-analyst"), null, Map.of());
    }

    private static String[] readOf(int dice) {
        return switch (dice % 7) {
            case 0 -> new String[]{"reporting", "/v1/aggregates/monthly"};
            case 1 -> new String[]{"reporting", "/v1/due-items?council=" + STOKE};
            case 2 -> new String[]{"reporting", "/v1/submissions?council=" + MEDWAY + "&limit=20"};
            case 3 -> new String[]{"councils", "/v1/councils/" + STOKE};
            case 4 -> new String[]{"councils", "/v1/councils/" + STOKE + "/appointments?activeOn=2020-01-31"};
            case 5 -> new String[]{"directions", "/v1/directions/" + STOKE + "-2019-10-31"};
            default -> new String[]{"reporting", "/v1/aggregates/quarterly?format=csv"};
        };
    }

    private void write(int dice) throws Exception {
        String admin = token("dfe-admin");
        if (dice < 82) {
            String attachment = dice % 2 == 0 ? "" : ",\"attachments\":[{\"fileName\":\"soak.txt\",\"contentType\":\"text/plain\","
                    + "\"contentBase64\":\"" + Base64.getEncoder().encodeToString(randomText(10_000).getBytes(StandardCharsets.UTF_8)) + "\"}]";
            String body = "{\"councilGssCode\":\"" + MEDWAY + "\",\"title\":\"Soak " + run + " " + UUID.randomUUID() + "\","
                    + "\"sections\":[{\"contributor\":\"COUNCIL\",\"narrative\":\"Soak narrative " + randomText(200) + "\"" + attachment + "}]}";
            HttpResponse<String> r = send("POST", "reporting", "/v1/submissions", admin, body, idempotencyKey());
            if (r != null) {
                String id = group(ID, r.body());
                acknowledged.get("submission").add(id);
                open.add(new String[]{id, r.headers().firstValue("ETag").orElse("")});
            }
        } else if (dice < 90) {
            String[] s = open.poll();
            if (s == null) {
                return;
            }
            String body = "{\"sections\":[{\"contributor\":\"COUNCIL\",\"narrative\":\"Revised " + randomText(200) + "\"}]}";
            HttpResponse<String> r = send("POST", "reporting", "/v1/submissions/" + s[0] + "/versions", admin, body, idempotencyKey());
            if (r != null) {
                acknowledged.get("version").add(s[0] + "#" + group(VERSION, r.body()));
                open.add(new String[]{s[0], r.headers().firstValue("ETag").orElse("")});
            }
        } else if (dice < 93) {
            String[] s = open.poll();
            if (s == null) {
                return;
            }
            // reviewed once, with the ETag of its latest version; it takes no further versions once accepted
            HttpResponse<String> r = send("POST", "reporting", "/v1/submissions/" + s[0] + "/reviews", admin,
                    "{\"decision\":\"ACCEPT\"}", Map.of("If-Match", s[1]));
            if (r != null) {
                acknowledged.get("review").add(s[0]);
            }
        } else if (dice < 97) {
            HttpResponse<String> r = send("POST", "councils", "/v1/people", admin,
                    "{\"fullName\":\"Soak " + run + " person " + UUID.randomUUID().toString().substring(0, 8) + "\"}", Map.of());
            if (r != null) {
                acknowledged.get("person").add(group(ID, r.body()));
            }
        } else {
            String date = LocalDate.of(2021, 1, 1).plusDays(draftDay.getAndIncrement()).toString();
            HttpResponse<String> r = send("POST", "directions", "/v1/directions", admin, draft(draftCouncil, date), Map.of());
            if (r != null) {
                acknowledged.get("draft").add(group(REFERENCE, r.body()));
            }
        }
    }

    /** Sends the request; returns the response when it is 2xx, else counts an error and returns null. */
    private HttpResponse<String> send(String method, String service, String path, String token, String body,
                                      Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(urls.get(service) + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json, text/csv");
        headers.forEach(b::header);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        long start = System.nanoTime();
        requests.incrementAndGet();
        (method.equals("GET") ? reads : writes).incrementAndGet();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        latencies.add((System.nanoTime() - start) / 1_000_000);
        if (r.statusCode() / 100 != 2) {
            error(method + " " + service + path + " -> " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
            return null;
        }
        return r;
    }

    private void error(String what) {
        errors.incrementAndGet();
        if (errorSamples.size() < 50) {
            errorSamples.add(what);
        }
    }

    private static Map<String, String> idempotencyKey() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    private static String randomText(int length) {
        StringBuilder sb = new StringBuilder(length);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (sb.length() < length) {
            sb.append((char) ('a' + r.nextInt(26)));
            if (r.nextInt(8) == 0) {
                sb.append(' ');
            }
        }
        return sb.substring(0, length);
    }

    private static String draft(String gss, String date) {
        return ("{'councilGssCode':'%s','date':'%s','title':'SOAK DRAFT DIRECTION TO %s',"
                + "'statutoryBasis':'section 497A(4B) of the Education Act 1996',"
                + "'signatory':{'name':'A. Signatory','capacity':'A Senior Civil Servant in the Department for Education',"
                + "'onBehalfOf':'the Secretary of State for Education'},"
                + "'clauses':[{'number':'1','text':'The Secretary of State directs the Council as follows:',"
                + "'items':[{'number':'a','text':'To provide a monthly progress report to the Department for Education;'}]}],"
                + "'duties':[{'code':'monthly-progress-report','clause':'1.a','kind':'PROGRESS_REPORT','title':'Monthly progress report',"
                + "'providers':['COUNCIL'],'recipient':'DEPARTMENT_FOR_EDUCATION','cadence':{'type':'MONTHLY'}}]}")
                .formatted(gss, date, gss).replace('\'', '"');
    }

    // ------------------------------------------------------------------ tokens, heap, rows

    /** Every token of the soak comes from here (development tokens, as deploy/local/token.sh makes them). */
    private String token(String role) {
        return tokens.get(role);
    }

    private void refreshTokens() {
        tokens = Map.of("dfe-admin", DevTokens.token("dfe-admin"), "dfe-analyst", DevTokens.token("dfe-analyst"));
    }

    /** The process listening on the loopback port, from {@code ss}; -1 when it cannot be told. */
    private static long listeningPid(int port) {
        try {
            Process p = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("pid=(\\d+)").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static void printHeap(String when, Map<String, Long> pids) {
        StringBuilder line = new StringBuilder("  heap at " + when + ":");
        for (var e : pids.entrySet()) {
            long[] before = heap(e.getValue(), false);
            long[] live = heap(e.getValue(), true);
            line.append(String.format(Locale.ROOT, "  %s %s MiB in use, %s MiB live (of %s MiB)", e.getKey(),
                    mib(before[1]), mib(live[1]), mib(live[0])));
        }
        System.out.println(line);
    }

    private static String mib(long kib) {
        return kib < 0 ? "?" : String.valueOf(kib / 1024);
    }

    /** {total, used} heap in KiB from {@code jcmd PID GC.heap_info}, after a full collection when {@code collect}. */
    private static long[] heap(long pid, boolean collect) {
        if (pid < 0) {
            return new long[]{-1, -1};
        }
        try {
            if (collect) {
                jcmd(pid, "GC.run");
            }
            Matcher m = HEAP.matcher(jcmd(pid, "GC.heap_info"));
            return m.find() ? new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : new long[]{-1, -1};
        } catch (Exception e) {
            return new long[]{-1, -1};
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static String percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.valueOf(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    private Map<String, Long> countRows() throws Exception {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Connection reporting = DriverManager.getConnection(dbBase + "reporting", dbUser, dbPassword);
             Connection councils = DriverManager.getConnection(dbBase + "councils", dbUser, dbPassword);
             Connection directions = DriverManager.getConnection(dbBase + "directions", dbUser, dbPassword)) {
            found.put("submission", count(reporting, "SELECT count(*) FROM submission WHERE id = ANY (?::uuid[])",
                    acknowledged.get("submission")));
            long versions = 0;
            try (PreparedStatement s = reporting.prepareStatement(
                    "SELECT count(*) FROM submission_version WHERE submission_id = ?::uuid AND number = ?")) {
                for (String v : acknowledged.get("version")) {
                    String[] idAndNumber = v.split("#");
                    s.setString(1, idAndNumber[0]);
                    s.setInt(2, Integer.parseInt(idAndNumber[1]));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        versions += rs.getLong(1);
                    }
                }
            }
            found.put("version", versions);
            found.put("review", count(reporting, "SELECT count(*) FROM submission_review WHERE submission_id = ANY (?::uuid[])",
                    acknowledged.get("review")));
            found.put("person", count(councils, "SELECT count(*) FROM person WHERE id = ANY (?::uuid[])", acknowledged.get("person")));
            found.put("draft", count(directions, "SELECT count(*) FROM direction WHERE reference = ANY (?)", acknowledged.get("draft")));
        }
        return found;
    }

    private static long count(Connection c, String sql, java.util.Collection<String> ids) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
