package uk.gov.education.intervention.councils.domain;

/** Kinds of English local authority with children's social care functions. */
public enum CouncilType { UNITARY_AUTHORITY, COUNTY_COUNCIL, METROPOLITAN_DISTRICT, LONDON_BOROUGH, CITY_OF_LONDON, ISLES_OF_SCILLY }
