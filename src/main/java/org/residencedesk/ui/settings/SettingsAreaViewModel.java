package org.residencedesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;

/** Which sub-tabs of 系统设置 an operator sees: each tab names the permission it needs. */
public final class SettingsAreaViewModel {
    /** The sub-tabs, in order. */
    public enum Tab {
        PRINTERS("main.settings.printers", Permission.SETTINGS_MANAGE),
        USERS("main.settings.users", Permission.USERS_MANAGE),
        POLICY("main.settings.policy", Permission.SETTINGS_MANAGE),
        BACKUP("main.settings.backup", Permission.BACKUP),
        /** 平台: platform.properties and 连接测试 (ADR 0271). */
        PLATFORM("main.settings.platform", Permission.SETTINGS_MANAGE),
        /** 读卡器: this PC's card reader port and 测试读卡, as in the first-run wizard (ADR 0317). */
        CARD_READER("main.settings.cardReader", Permission.SETTINGS_MANAGE),
        /** 摄像头: this PC's capture command and 试拍 (ADR 0389). */
        CAMERA("main.settings.camera", Permission.SETTINGS_MANAGE),
        /** 关于与诊断: versions and the health report (ADR 0253). */
        ABOUT("main.settings.about", Permission.SETTINGS_MANAGE);

        private final String titleKey;
        private final Permission permission;

        Tab(String titleKey, Permission permission) {
            this.titleKey = titleKey;
            this.permission = permission;
        }

        public String titleKey() {
            return titleKey;
        }
    }

    private final Operator operator;

    public SettingsAreaViewModel(Operator operator) {
        this.operator = operator;
    }

    /** Empty when the operator may change no setting: then the area is not shown at all. */
    public List<Tab> tabs() {
        List<Tab> shown = new ArrayList<>();
        for (Tab tab : Tab.values()) {
            if (operator.may(tab.permission)) {
                shown.add(tab);
            }
        }
        return shown;
    }
}
