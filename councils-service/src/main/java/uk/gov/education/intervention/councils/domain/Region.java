package uk.gov.education.intervention.councils.domain;

/** The nine English regions. */
public enum Region { NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_THE_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS, EAST_OF_ENGLAND, LONDON, SOUTH_EAST, SOUTH_WEST }
