package uk.gov.education.intervention.e2e;

import uk.gov.education.intervention.devkit.DevTokens;

/**
 * The bearer tokens of the fault, restart and kill tests, all made here: when the claims a token
 * must carry change, this is the one place to change.
 */
final class Tokens {

    static final String STOKE = "E06000021";
    static final String MEDWAY = "E06000035";
    static final String STOCKPORT = "E08000007";

    private Tokens() {
    }

    /** A development token for the role, acting for the given councils. */
    static String of(String role, String... councils) {
        return DevTokens.token(role, councils);
    }

    static String admin() {
        return of("dfe-admin");
    }

    static String analyst() {
        return of("dfe-analyst");
    }

    /** Stockport's own staff: Stockport is a Partner in Practice for Stoke-on-Trent. */
    static String stockport() {
        return of("council-reporter", STOCKPORT);
    }
}
