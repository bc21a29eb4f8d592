package uk.gov.education.intervention.reporting.access.domain;

/** One appointment in force on the day: a role for a council (none: a national role), held by a person or an organisation. */
public record RoleHolding(String councilGss, String roleCode, boolean byOrganisation) {
}
