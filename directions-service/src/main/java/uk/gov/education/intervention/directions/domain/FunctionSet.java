package uk.gov.education.intervention.directions.domain;

/**
 * The children's social care functions to which section 497A of the Education Act 1996 is applied
 * by section 50 of the Children Act 2004: the sets a direction finds the council failing in.
 */
public enum FunctionSet {
    SOCIAL_SERVICES_FUNCTIONS_CHILDREN("Local Authority Social Services Act 1970", "social services functions as the Act defines them",
            "Social services functions, so far as they relate to children"),
    CHILDREN_ACT_1989_SS23C_TO_24D("Children Act 1989", "sections 23C to 24D",
            "Functions under sections 23C to 24D, so far as they are not social services functions"),
    CHILDREN_ACT_2004_SS10_12_12C_12D_17A("Children Act 2004", "sections 10, 12, 12C, 12D and 17A",
            "Functions under sections 10, 12, 12C, 12D and 17A");

    private final String act;
    private final String provisions;
    private final String description;

    FunctionSet(String act, String provisions, String description) {
        this.act = act;
        this.provisions = provisions;
        this.description = description;
    }

    public String act() {
        return act;
    }

    public String provisions() {
        return provisions;
    }

    public String description() {
        return description;
    }
}
