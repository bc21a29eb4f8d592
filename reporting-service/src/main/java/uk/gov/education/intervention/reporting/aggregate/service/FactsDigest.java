package uk.gov.education.intervention.reporting.aggregate.service;

import uk.gov.education.intervention.reporting.schedule.domain.EventFact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 digest of the facts of ON_EVENT duties, so that a kept aggregate can be compared with the facts read now
 * without keeping a copy of every appointment. Each value is written with its length, so no two contents write alike.
 */
final class FactsDigest {

    private FactsDigest() {
    }

    static String of(Map<String, List<EventFact>> facts) {
        MessageDigest sha = sha256();
        for (Map.Entry<String, List<EventFact>> e : new TreeMap<>(facts).entrySet()) {
            put(sha, e.getKey());
            put(sha, String.valueOf(e.getValue().size()));
            for (EventFact f : e.getValue()) {
                put(sha, f.councilGss());
                put(sha, f.roleCode());
                put(sha, f.on() == null ? null : f.on().toString());
                put(sha, f.ref());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void put(MessageDigest sha, String value) {
        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        sha.update((value == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
