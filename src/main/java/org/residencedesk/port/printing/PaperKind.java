package org.residencedesk.port.printing;

/** Paper the templates are laid out for; sizes in millimetres. */
public enum PaperKind {
    A4(210.0, 297.0),
    /** ISO/IEC 7810 ID-1 card (CR80) used for permit card blanks. */
    CR80(85.6, 54.0);

    private final double widthMm;
    private final double heightMm;

    PaperKind(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }
}
