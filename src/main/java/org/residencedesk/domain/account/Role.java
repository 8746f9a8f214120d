package org.residencedesk.domain.account;

/** What a person at the station may do; one account may hold several roles. */
public enum Role {
    /** 系统管理员: users, settings, devices. */
    ADMIN,
    /** 窗口工作人员: registrations, applications, endorsements. */
    WINDOW_STAFF,
    /** 制证员: prints and hands over permit cards. */
    CLERK,
    /** 审核人员: approves or rejects permit applications. */
    REVIEWER,
    /** 站长: reviews, summaries, statistics. */
    CHIEF,
    /** 网格员: collects registrations outside the window (社会化采集); cannot confirm or register them. */
    GRID_WORKER;

    /** The Chinese name of this role in the app bundle. */
    public String labelKey() {
        return "role." + name();
    }
}
