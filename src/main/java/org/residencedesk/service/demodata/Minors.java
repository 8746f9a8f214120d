package org.residencedesk.service.demodata;

import static org.residencedesk.service.demodata.Draws.pick;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.Division;

/**
 * A registered child (ADR 0190): school by age, a guardian who declares for them or — from 8 to 15 — comes along
 * while they declare themselves (监护人陪同, ADR 0173); 16 and 17-year-olds declare alone. The guardian is a parent
 * from the child's hukou county whose number lies outside registered persons' range (and may be the 15-digit one).
 */
final class Minors {
    /** Under this age a person may not declare alone (regulation art. 9, the form's minorNeedsGuardian). */
    static final int GUARDIAN_AGE = 16;

    private final WordLists words;
    private final PersonalDetails details;

    Minors(WordLists words, PersonalDetails details) {
        this.words = words;
        this.details = details;
    }

    static boolean minor(LocalDate birth, LocalDate on) {
        return Period.between(birth, on).getYears() < 18;
    }

    /** 文化程度 and 婚姻状况 of a child; reason, school and 学生 occupation follow from the age. */
    String fillPersonal(FormValues.Builder f, Identities.Identity child, LocalDate registeredOn) {
        int age = Period.between(child.birth(), registeredOn).getYears();
        f.set("education", age < 7 ? "90" : age < 13 ? "80" : age < 16 ? "70" : "60").set("maritalStatus", "10");
        return age < 6 ? "09" : "13";
    }

    /** In school from 6: the school of their stage in the residence county, the enrolment day after arrival. */
    void school(FormValues.Builder f, Identities.Identity child, Division county, LocalDate arrival,
                LocalDate registeredOn, SplittableRandom rnd) {
        int age = Period.between(child.birth(), registeredOn).getYears();
        if (age < 6) return;
        List<String> stage = age < 13 ? words.primarySchools : age < 16 ? words.juniorSchools : words.seniorSchools;
        f.set("occupation", "31").set("schoolName", county.name() + pick(stage, rnd));
        if (rnd.nextInt(10) < 6) {
            LocalDate enrolled = arrival.plusDays(rnd.nextInt(15));
            f.set("schoolEnrolmentDate", (enrolled.isAfter(registeredOn) ? registeredOn : enrolled).toString());
        }
    }

    /** Who declares: the guardian, or the child with the guardian present; the guardian's phone is the contact. */
    void declaration(FormValues.Builder f, Identities.Identity child, LocalDate registeredOn, SplittableRandom rnd) {
        int age = Period.between(child.birth(), registeredOn).getYears();
        boolean father = rnd.nextBoolean();
        LocalDate parentBirth = child.birth().minusYears(22 + rnd.nextInt(17)).minusDays(rnd.nextInt(365));
        String guardian = (father ? child.surname() : words.surnames.draw(rnd)) + details.givenName(father, false, rnd);
        String guardianNumber = PersonalDetails.othersNumber(child.county().code(), parentBirth, father, true, rnd);
        String phone = PersonalDetails.mobile(rnd);
        f.set("mobile", phone).set("emergencyContact", guardian).set("emergencyPhone", phone);
        if (age >= GUARDIAN_AGE) {
            f.set("declarant", "self");
        } else if (age >= 8 && rnd.nextInt(10) < 4) {
            f.set("declarant", "self").set("guardianPresent", "true");
        } else {
            f.set("declarant", "guardian");
        }
        if (age < GUARDIAN_AGE) {
            f.set("guardianName", guardian).set("guardianIdNumber", guardianNumber);
        }
    }
}
