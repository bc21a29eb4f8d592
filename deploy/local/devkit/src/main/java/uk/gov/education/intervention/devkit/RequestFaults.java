package uk.gov.education.intervention.devkit;

import java.util.List;
import java.util.Random;

import static uk.gov.education.intervention.devkit.ContractInputs.SERVER_TARGET_CAP;

/** The Content-Type of a generated request, and the faults of a request as a whole, for {@link ContractInputs}. */
final class RequestFaults {

    private final Random random;
    private final ContractValues values;
    private final long maxBodyBytes;
    private int hugeBodies;

    RequestFaults(Random random, ContractValues values, long maxBodyBytes) {
        this.random = random;
        this.values = values;
        this.maxBodyBytes = maxBodyBytes;
    }

    void contentType(ContractInputs.Request r, boolean bad) {
        String type;
        if (bad) {
            type = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                    "application/octet-stream", "text/html", "application/jsonx"));
            r.notes.add("Content-Type refused: '" + type + "'");
        } else {
            // none at all is read as JSON, the only type an operation takes
            type = pick(List.of("application/json", "application/json", "application/json", "application/json; charset=UTF-8",
                    "APPLICATION/JSON", "application/json;charset=utf-8", ""));
        }
        if (!type.isEmpty()) {
            r.headers.add(new String[]{"Content-Type", type});
        }
    }

    /** Faults of the request as a whole, each refused before the application reads it. */
    void wholeRequest(ContractInputs.Request r, boolean takesBody) {
        // an operation that takes no body does not read one: only a declared length is refused before reading
        int fault = random.nextInt(5);
        switch (!takesBody && fault == 4 ? 3 : fault) {
            case 0 -> {
                int length = 8193 + random.nextInt(Math.max(1, SERVER_TARGET_CAP - 8200 - r.target.length()));
                r.target += (r.target.contains("?") ? "&" : "?") + "cursor=" + "a".repeat(length);
                r.notes.add("request target over the limit (" + r.target.length() + " chars)");
            }
            case 1 -> {
                r.headers.add(new String[]{"X-Padding", "p".repeat(16_385 + random.nextInt(40_000))});
                r.notes.add("headers over the limit");
            }
            case 2 -> {
                r.target += (r.target.contains("?") ? "&" : "?") + pick(List.of("q=%zz", "q=%", "q=%e9%", "%zz=1", "q=%ED%A0%80%G0"));
                r.notes.add("malformed escape in the query");
                r.refusedByTheServer = true;
            }
            case 3 -> {
                r.headers.removeIf(h -> h[0].equalsIgnoreCase("Content-Type"));
                r.headers.add(new String[]{"Content-Type", "application/json"});
                r.headers.add(new String[]{"Content-Length", String.valueOf(maxBodyBytes + 1 + random.nextInt(1_000_000))});
                r.body = new byte[0];
                r.notes.add("body declared over the limit");
            }
            default -> {
                r.headers.removeIf(h -> h[0].equalsIgnoreCase("Content-Type"));
                r.headers.add(new String[]{"Content-Type", "application/json"});
                long size = maxBodyBytes + 1 + random.nextInt(1000);
                if (size > 2_000_000 && hugeBodies++ >= 2) {
                    r.headers.add(new String[]{"Content-Length", String.valueOf(size)});
                    r.notes.add("body declared over the limit");
                    return;
                }
                r.body = numbers((int) size);
                r.chunked = random.nextBoolean();
                r.notes.add("body over the limit (" + r.body.length + " bytes" + (r.chunked ? ", chunked" : "") + ")");
            }
        }
    }

    /** A JSON array of zeros of exactly {@code size} bytes (at least 2). */
    private static byte[] numbers(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i % 2 == 0 ? '0' : ',');
        }
        b[0] = '[';
        b[size - 1] = ']';
        if (size > 2 && b[size - 2] == ',') {
            b[size - 2] = ' ';
        }
        return b;
    }

    private <T> T pick(List<T> options) {
        return values.pick(options);
    }
}
