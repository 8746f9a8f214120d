package org.residencedesk.ui.permit;

/** The tabs of the 居住证 area, in their order on screen. */
public enum PermitTab {
    APPLY, REVIEW, PRINT, COLLECTION, MATERIALS, ONLINE
}
