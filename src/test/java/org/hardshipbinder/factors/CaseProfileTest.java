package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.factors.QualifyingRelativeRules.Eligibility;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseProfileTest {

    private final QualifyingRelativeRules rules = new QualifyingRelativeRules();
    private final CaseProfileValidator validator = new CaseProfileValidator(rules);

    private static Person person(long id, String name, Role role, String relation, ImmigrationStatus status) {
        return new Person(id, 1, name, role, relation, status, null);
    }

    private static Case kase(CaseKind kind) {
        return new Case(1, kind, "Carlos Pérez", null, Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0}: {1} {2} qualifies = {3}")
    @CsvSource({
            "I-601A, esposa, USC, true", "I-601A, Husband, LPR, true", "I-601A, mother, USC, true",
            "I-601A, Padre, LPR, true", "I-601A, daughter, USC, false", "I-601A, hijo, LPR, false",
            "I-601A, wife, OTHER, false", "I-601A, brother, USC, false",
            "I-601, spouse, USC, true", "I-601, son, USC, false",
            "212i, mamá, LPR, true", "212i, hija, USC, false",
            "212h, daughter, USC, true", "212h, Hijo, LPR, true", "212h, esposo, USC, true", "212h, grandmother, USC, false",
            "parole, spouse, USC, false", "212d3a, spouse, USC, false"})
    void qualifyingRelativesPerCaseKind(String kind, String relation, String status, boolean qualifies) {
        Person p = person(2, "Ana", Role.QR, relation, ImmigrationStatus.fromCode(status).orElseThrow());
        Eligibility e = rules.eligibility(CaseKind.fromCode(kind).orElseThrow(), p);
        assertThat(e instanceof Eligibility.Qualifies).isEqualTo(qualifies);
    }

    @Test
    void relationsAreNormalizedFromFreeTextInBothLanguages() {
        assertThat(Relation.parse("Esposa")).contains(Relation.SPOUSE);
        assertThat(Relation.parse("MAMÁ")).contains(Relation.PARENT);
        assertThat(Relation.parse("her mother")).contains(Relation.PARENT);
        assertThat(Relation.parse("hija")).contains(Relation.SON_OR_DAUGHTER);
        assertThat(Relation.parse("cousin")).contains(Relation.OTHER);
        assertThat(Relation.parse("  ")).isEmpty();
        assertThat(Relation.parse(null)).isEmpty();
    }

    @Test
    void anI601aWhoseOnlyRelativeIsAUsCitizenChildIsWarnedAndToldWhy() {
        List<ProfileFinding> findings = validator.validate(kase(CaseKind.I_601A),
                List.of(person(1, "Carlos Pérez", Role.APPLICANT, null, null),
                        person(2, "Sofia", Role.CHILD, "daughter", ImmigrationStatus.USC)));
        assertThat(findings).hasSize(1);
        ProfileFinding f = findings.get(0);
        assertThat(f.code()).isEqualTo(ProfileFinding.NO_QUALIFYING_RELATIVE);
        assertThat(f.severity()).isEqualTo(ProfileFinding.Severity.WARNING);
        String english = text(new Messages(Locale.ENGLISH), f);
        assertThat(english).contains("I-601A counts only a US-citizen or permanent-resident spouse or parent")
                .contains("Sofia is a USC child of the applicant");
        assertThat(text(new Messages(Messages.SPANISH), f)).contains("Sofia es hijo o hija del solicitante (USC)");
    }

    @Test
    void aSpouseMarkedQrWithoutStatusIsWarnedAndTheCaseHasNoValidRelative() {
        List<ProfileFinding> findings = validator.validate(kase(CaseKind.I_601),
                List.of(person(2, "Ana", Role.QR, "wife", null)));
        assertThat(findings).extracting(ProfileFinding::code)
                .containsExactly(ProfileFinding.NO_QUALIFYING_RELATIVE, ProfileFinding.QR_NOT_QUALIFYING);
        assertThat(text(new Messages(Locale.ENGLISH), findings.get(1))).contains("Ana: the immigration status is not given");
    }

    @Test
    void a212hCaseCountsAUsCitizenDaughterAndSuggestsMarkingHer() {
        Case kase = kase(CaseKind.INA_212H);
        List<Person> people = List.of(person(2, "Sofia", Role.CHILD, "hija", ImmigrationStatus.USC),
                person(3, "Ana", Role.QR, "esposa", ImmigrationStatus.LPR));
        List<ProfileFinding> findings = validator.validate(kase, people);
        assertThat(findings).extracting(ProfileFinding::code).containsExactly(ProfileFinding.QR_CANDIDATE);
        assertThat(validator.qualifyingRelatives(kase, people)).extracting(Person::name).containsExactly("Ana");
    }

    @Test
    void a212hCaseWhoseDaughterIsNotYetMarkedQrIsWarnedAndToldWhoCouldCount() {
        List<ProfileFinding> findings = validator.validate(kase(CaseKind.INA_212H),
                List.of(person(2, "Sofia", Role.CHILD, "daughter", ImmigrationStatus.USC)));
        assertThat(findings).extracting(ProfileFinding::code)
                .containsExactly(ProfileFinding.NO_QUALIFYING_RELATIVE, ProfileFinding.QR_CANDIDATE);
        assertThat(text(new Messages(Locale.ENGLISH), findings.get(0))).doesNotContain("nobody");
        assertThat(text(new Messages(Locale.ENGLISH), findings.get(1))).startsWith("Sofia could count as a qualifying relative");
        assertThat(text(new Messages(Locale.ENGLISH), validator.validate(kase(CaseKind.I_601A), List.of()).get(0)))
                .endsWith("nobody else has been added to the case yet");
    }

    @Test
    void paroleHasNoQualifyingRelativesButWantsASponsor() {
        List<ProfileFinding> findings = validator.validate(kase(CaseKind.PAROLE),
                List.of(person(2, "Ana", Role.QR, "spouse", ImmigrationStatus.USC),
                        person(3, "Luis", Role.BENEFICIARY, "brother", ImmigrationStatus.OTHER)));
        assertThat(findings).extracting(ProfileFinding::code)
                .containsExactly(ProfileFinding.QR_NOT_USED, ProfileFinding.NO_SPONSOR);
        assertThat(validator.validate(kase(CaseKind.INA_212D3A), List.of())).isEmpty();
    }

    private static String text(Messages messages, ProfileFinding f) {
        return String.join("; ", f.parts().stream().map(messages::format).toList());
    }
}
