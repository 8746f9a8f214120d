package org.residencedesk.port.report;

/**
 * How a figure's number reads: a count, money in fen (shown and exported as yuan with two decimals), or an instant
 * as epoch seconds (shown as a station date and time, exported as an ISO instant; 0 means never — ADR 0285).
 */
public enum FigureUnit {
    COUNT, FEN, INSTANT
}
