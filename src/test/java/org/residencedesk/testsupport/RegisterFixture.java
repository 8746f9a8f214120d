package org.residencedesk.testsupport;

import org.residencedesk.domain.identity.SocialCreditCode;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.HouseForm;

/** Valid houses and employers for the register tests: a rented flat in 海核社区, a logistics company in Wuhan. */
public final class RegisterFixture {
    private RegisterFixture() {
    }

    /** A well-formed credit code: the 17-character body and its check character. */
    public static String creditCode(String body17) {
        return body17 + SocialCreditCode.checkCharacter(body17);
    }

    /** A rented flat let by a person; {@code code} blank for a station-assigned code. */
    public static HouseForm house(String code) {
        return new HouseForm(code, "RENTAL", "420111002003", "珞喻路", "1037号", "3", "2", "501", "PERSON", "李四",
                "34052419800101001X", "", "13900001111", "3", "4", "");
    }

    public static HouseForm house(String code, String capacity) {
        HouseForm h = house(code);
        return new HouseForm(h.houseCode(), h.kind(), h.divisionCode(), h.street(), h.houseNumber(), h.building(),
                h.unit(), h.room(), h.managerKind(), h.managerName(), h.managerIdNumber(), h.managerCreditCode(),
                h.managerPhone(), h.rooms(), capacity, h.note());
    }

    public static EmployerForm employer(String creditCode, String name) {
        return new EmployerForm(creditCode, name, "420111002", "珞喻路1号", "王经理", "027-87654321", "物流");
    }
}
