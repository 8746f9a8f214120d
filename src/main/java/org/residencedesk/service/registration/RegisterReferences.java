package org.residencedesk.service.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.SocialCreditCode;
import org.residencedesk.domain.register.HouseCode;
import org.residencedesk.port.EmployerRepository;
import org.residencedesk.port.HouseRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Problems;
import org.residencedesk.service.ValidationFailure;

/**
 * A registration names its house and its employer by the registers' keys (ADR 0212): a house code or credit code
 * typed on the form must be in the register. A 变更 that keeps the code the registration already had is not
 * checked again (registrations from before the registers, or demo data, may name houses never registered).
 */
final class RegisterReferences {
    private final Transactions tx;
    private final HouseRepository houses;
    private final EmployerRepository employers;

    RegisterReferences(Transactions tx, HouseRepository houses, EmployerRepository employers) {
        this.tx = tx;
        this.houses = houses;
        this.employers = employers;
    }

    /**
     * The values with both codes normalised (upper-case), or {@link ValidationFailure} naming the field whose code
     * is not registered. @param before the stored form of the registration being changed, or null
     */
    FormValues normalised(FormValues values, FormValues before) {
        String house = values.get("houseCode").strip();
        String credit = values.get("workplaceCreditCode").strip();
        Optional<String> houseCode = house.isEmpty() ? Optional.empty() : HouseCode.normalize(house);
        SocialCreditCode.Check creditCheck = credit.isEmpty() ? null : SocialCreditCode.check(credit);
        Map<String, String> problems = new LinkedHashMap<>();
        boolean checkHouse = houseCode.isPresent() && !sameAsBefore(before, "houseCode", houseCode.get());
        boolean checkEmployer = creditCheck != null && creditCheck.valid()
                && !sameAsBefore(before, "workplaceCreditCode", creditCheck.normalized());
        if (checkHouse || checkEmployer) { // no unit of work when nothing is to be looked up (ADR 0383)
            tx.readOnly(() -> {
                if (checkHouse && !houses.exists(houseCode.get())) {
                    problems.put("houseCode", Problems.message("registration.houseNotRegistered"));
                }
                if (checkEmployer && !employers.exists(creditCheck.normalized())) {
                    problems.put("workplaceCreditCode", Problems.message("registration.employerNotRegistered"));
                }
                return null;
            });
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        FormValues.Builder b = values.toBuilder();
        houseCode.ifPresent(c -> b.set("houseCode", c));
        if (creditCheck != null && creditCheck.valid()) {
            b.set("workplaceCreditCode", creditCheck.normalized());
        }
        return b.build();
    }

    private static boolean sameAsBefore(FormValues before, String field, String code) {
        return before != null && before.get(field).strip().equalsIgnoreCase(code);
    }
}
