package uk.gov.education.intervention.councils.domain;

/** How an appointment came about: a first appointment, a re-appointment or an extension of an earlier one. */
public enum AppointmentBasis { APPOINTMENT, RE_APPOINTMENT, EXTENSION }
