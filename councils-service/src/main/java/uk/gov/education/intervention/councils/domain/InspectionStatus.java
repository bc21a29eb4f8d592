package uk.gov.education.intervention.councils.domain;

/** A published inspection stays on record; a withdrawn one no longer counts towards the rating. */
public enum InspectionStatus { PUBLISHED, WITHDRAWN }
