package uk.gov.education.intervention.directions.domain;

/** Shapes of the identifiers a direction uses. */
public final class References {

    /** A GSS (Government Statistical Service) code, e.g. E06000021. */
    public static final String GSS = "[ENSW][0-9]{8}";
    public static final String GSS_MESSAGE = "must be a GSS code such as E06000021";

    /** A direction's public reference: its council's GSS code and its date, e.g. E06000021-2019-10-31. */
    public static final String DIRECTION = "[ENSW][0-9]{8}-[0-9]{4}-[0-9]{2}-[0-9]{2}";
    public static final String DIRECTION_MESSAGE = "must be a direction reference such as E06000021-2019-10-31";

    /** The number of one clause within its parent as the document numbers it: 7, e, iii. */
    public static final String CLAUSE_NUMBER = "[0-9]{1,3}|[a-z]{1,6}";
    public static final String CLAUSE_NUMBER_MESSAGE = "must be a paragraph number (7), a letter (e) or a roman numeral (iii)";

    /** An annex's reference: Annex, AnnexA, AnnexB. */
    public static final String ANNEX = "Annex[A-Z]?";
    public static final String ANNEX_MESSAGE = "must be Annex, or Annex followed by one capital letter (AnnexA)";

    /** A duty's code: a slug unique within its direction. */
    public static final String DUTY_CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String DUTY_CODE_MESSAGE = "must be a lower-case slug such as monthly-progress-report";

    /** A clause's full reference: 7.e.a, 8.b.ii, Annex.3.h, AnnexB.5. */
    public static final String CLAUSE_REFERENCE = "(Annex[A-Z]?\\.)?[0-9]{1,3}(\\.[a-z]{1,6}){0,3}";
    public static final String CLAUSE_REFERENCE_MESSAGE = "must be a clause reference such as 7.e.a or AnnexA.2.e";

    private References() {
    }

    public static String direction(String gssCode, java.time.LocalDate date) {
        return gssCode + "-" + date;
    }
}
