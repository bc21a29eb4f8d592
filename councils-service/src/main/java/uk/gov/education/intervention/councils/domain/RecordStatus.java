package uk.gov.education.intervention.councils.domain;

/** People and organisations are retired, never deleted, so that past appointments still resolve. */
public enum RecordStatus { ACTIVE, RETIRED }
