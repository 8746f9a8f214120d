package org.residencedesk.ui.dashboard;

/**
 * Where the work behind a dashboard number is done (前往办理): a tab of the 居住证 area, the 签注 area or the 报表
 * area. The shell brings the area (and tab) to the front.
 */
public enum DashboardTarget {
    PERMIT_REVIEW, PERMIT_PRINT, PERMIT_COLLECTION, PERMIT_MATERIALS, ENDORSEMENT, REPORT
}
