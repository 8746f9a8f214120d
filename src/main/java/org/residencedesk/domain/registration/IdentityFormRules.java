package org.residencedesk.domain.registration;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.residencedesk.domain.form.CrossFieldRule;
import org.residencedesk.domain.form.CrossFieldRules;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.FieldTypeValidators;
import org.residencedesk.domain.form.RuleContext;
import org.residencedesk.domain.identity.IdNumberCheck;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.identity.SocialCreditCode;
import org.residencedesk.domain.masterdata.MasterData;

/**
 * Plugs the identity-number and credit-code checks into the form engine: the field-type validators for
 * {@code id-number} and {@code social-credit-code}, and the rules that tie birth date and sex to the
 * number (birthDateMatchesIdNumber, sexMatchesIdNumber).
 */
public final class IdentityFormRules {
    private static final ResourceBundle IDENTITY = ResourceBundle.getBundle("i18n.identity");

    private IdentityFormRules() {
    }

    public static FieldTypeValidators fieldValidators(Clock clock, MasterData masterData) {
        IdNumberParser parser = new IdNumberParser(clock, masterData::isKnownCounty);
        return new FieldTypeValidators()
                .register(FieldType.ID_NUMBER, value -> {
                    IdNumberCheck check = parser.check(value);
                    if (check.valid()) {
                        return Optional.empty();
                    }
                    return Optional.of(check.errors().isEmpty() ? ""
                            : IDENTITY.getString(check.errors().get(0).messageKey()));
                })
                .register(FieldType.SOCIAL_CREDIT_CODE, value -> {
                    SocialCreditCode.Check check = SocialCreditCode.check(value);
                    return check.valid() ? Optional.empty()
                            : Optional.of(IDENTITY.getString(check.errors().get(0).messageKey()));
                });
    }

    /** The standard rules plus those that read the identity number (with the document kind ones, ADR 0171). */
    public static CrossFieldRules crossFieldRules(Clock clock, MasterData masterData) {
        IdNumberParser parser = new IdNumberParser(clock, masterData::isKnownCounty);
        return DocumentKindRules.register(CrossFieldRules.standard(), parser, masterData)
                .register("birthDateMatchesIdNumber", CrossFieldRule.of(
                        Map.of("idNumber", "idNumber", "birthDate", "birthDate"),
                        ctx -> parsed(parser, ctx)
                                .filter(c -> c.birthDate() != null)
                                .filter(c -> ctx.date("birthDate").filter(d -> !d.equals(c.birthDate())).isPresent())
                                .map(c -> List.of(ctx.errorOn("birthDate")))
                                .orElse(List.of())))
                .register("sexMatchesIdNumber", CrossFieldRule.of(
                        Map.of("idNumber", "idNumber", "sex", "sex"),
                        ctx -> parsed(parser, ctx)
                                .filter(c -> c.sex() != null && !ctx.value("sex").isEmpty())
                                .filter(c -> !c.sex().code().equals(ctx.value("sex")))
                                .map(c -> List.of(ctx.errorOn("sex")))
                                .orElse(List.of())));
    }

    private static Optional<IdNumberCheck> parsed(IdNumberParser parser, RuleContext ctx) {
        String raw = ctx.value("idNumber");
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        IdNumberCheck check = parser.check(raw);
        return check.valid() ? Optional.of(check) : Optional.empty();
    }
}
