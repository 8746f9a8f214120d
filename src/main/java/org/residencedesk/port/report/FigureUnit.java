package org.residencedesk.port.report;

/** How a figure's number reads: a count, or money in fen (shown and exported as yuan with two decimals). */
public enum FigureUnit {
    COUNT, FEN
}
