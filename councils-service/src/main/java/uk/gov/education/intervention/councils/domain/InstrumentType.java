package uk.gov.education.intervention.councils.domain;

/** The instrument that made an appointment. */
public enum InstrumentType { DIRECTION, LETTER_OF_APPOINTMENT, OTHER }
