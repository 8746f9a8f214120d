package org.residencedesk.domain.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * The station's one permission matrix: every service method names the permission it needs, and a role
 * holds the permissions listed here. 管理员 manages the station (users, settings, audit, backup) and sees
 * no personal data unless the account also holds a counter role.
 */
public enum Permission {
    /** 查询登记（列表，身份证号码脱敏）. */
    REGISTRATION_SEARCH(Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF),
    /** 查看登记详情与时间线（完整个人信息）. */
    REGISTRATION_VIEW(Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF),
    /** 居住登记、变更、注销. */
    REGISTRATION_WRITE(Role.WINDOW_STAFF, Role.CHIEF),
    /** 查看房屋登记簿和单位登记簿（列表与详情，证件号码在列表中脱敏）. */
    REGISTER_VIEW(Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF),
    /** 登记、变更房屋和单位. */
    REGISTER_WRITE(Role.WINDOW_STAFF, Role.CHIEF),
    /** 打印居住登记凭证. */
    CERTIFICATE_PRINT(Role.WINDOW_STAFF, Role.CHIEF),
    /** 查看居住证申领与各类队列. */
    PERMIT_VIEW(Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF),
    /** 居住证申领受理、补材料. */
    PERMIT_APPLY(Role.WINDOW_STAFF, Role.CHIEF),
    /** 审核居住证申请. */
    PERMIT_REVIEW(Role.REVIEWER, Role.CHIEF),
    /** 制证（打印卡片）. */
    CARD_PRINT(Role.CLERK),
    /** 发证（交付卡片）. */
    CARD_ISSUE(Role.CLERK, Role.WINDOW_STAFF),
    /** 签注. */
    ENDORSE(Role.WINDOW_STAFF, Role.CHIEF),
    /** 换领、补领、注销居住证. */
    PERMIT_CHANGE(Role.WINDOW_STAFF, Role.CHIEF),
    /** 授权重印卡片. */
    REPRINT_AUTHORISE(Role.CHIEF),
    /** 网上预申请处理. */
    ONLINE_HANDLE(Role.WINDOW_STAFF, Role.CHIEF),
    /** 查看流出人口登记（列表，身份证号码脱敏）与统计. */
    OUTFLOW_VIEW(Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF),
    /** 流出人口登记、变更、返回. */
    OUTFLOW_WRITE(Role.WINDOW_STAFF, Role.CHIEF),
    /** 核验居住证与居住证明（政务共享查询）. */
    VERIFY(Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF),
    /** 导出个人信息. */
    EXPORT(Role.CHIEF),
    /** 打印或导出业务文书并记入审计（凭证、回执、通知书、提醒名单）. */
    DOCUMENT_OUTPUT(Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF),
    /** 报表与统计. */
    REPORTS(Role.CHIEF, Role.REVIEWER),
    /** 查看审计日志. */
    AUDIT_VIEW(Role.ADMIN, Role.CHIEF),
    /** 确认审计告警. */
    AUDIT_ACKNOWLEDGE(Role.ADMIN),
    /** 用户管理. */
    USERS_MANAGE(Role.ADMIN),
    /** 系统设置（打印机、站点政策等）. */
    SETTINGS_MANAGE(Role.ADMIN),
    /** 备份与恢复. */
    BACKUP(Role.ADMIN),
    /** 生成演示数据. */
    DEMO_DATA(Role.ADMIN),
    /** 查看平台同步状态（积压、历史、被拒事件、告警）. */
    SYNC_VIEW(Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF, Role.ADMIN),
    /** 立即同步、解除同步告警. */
    SYNC_RUN(Role.ADMIN, Role.CHIEF),
    /** 社会化采集：导入采集表、录入采集行（进入采集队列，不成为登记）. */
    COLLECT(Role.GRID_WORKER, Role.WINDOW_STAFF, Role.CHIEF),
    /** 确认或作废采集队列中的行（核验身份后成为登记）. */
    COLLECTION_CONFIRM(Role.WINDOW_STAFF, Role.CHIEF),
    /** 查看本站尚未配置的设备与设置（状态栏“尚未配置”；不含个人信息，ADR 0316）. */
    SETUP_STATUS_VIEW(Role.ADMIN, Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF, Role.GRID_WORKER);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** The roles that hold this permission. */
    public Set<Role> roles() {
        return roles;
    }

    /** The Chinese name of this permission in the app bundle (docs/permissions.md, the window). */
    public String labelKey() {
        return "permission." + name();
    }

    public boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
