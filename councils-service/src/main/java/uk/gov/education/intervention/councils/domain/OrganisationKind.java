package uk.gov.education.intervention.councils.domain;

public enum OrganisationKind { LOCAL_AUTHORITY, GOVERNMENT_DEPARTMENT, REGIONAL_IMPROVEMENT_ALLIANCE, OTHER }
