package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated case written the way a family hands it over, in a real vault: a first-person declaration, a Spanish
 * marriage certificate with its date in words, a pay stub, a bank statement, a school letter, a USCIS notice and a
 * doctor's letter. The declaration contradicts the records in four places and the school letter gives the child's
 * age wrong; the doctor's letter and the notice agree with everything. The command line must report exactly those
 * contradictions, and list the declaration's facts with page and span.
 */
class NarrativeCaseEndToEndTest {

    private static final List<String> CONTRADICTIONS = List.of("DOB_CONFLICT", "MARRIAGE_DATE_CONFLICT", "NAME_VARIANT",
            "AMOUNT_CONFLICT", "ID_NUMBER_CONFLICT");

    @TempDir
    Path dir;

    @Test
    void theCommandLineFindsThePlantedContradictionsAndNothingElse() throws Exception {
        Path vault = dir.resolve("vault");
        long caseId;
        long declaration;
        long school;
        long bank;
        try (Services services = Services.open(vault, AccessMode.READ_WRITE, CaseGenerator.clock())) {
            CaseGenerator gen = new CaseGenerator(services, dir);
            caseId = gen.newCase(CaseKind.I_601A, "Dariel Montes Arriaga").id();
            gen.person(caseId, "Dariel Montes Arriaga", Role.APPLICANT, "self", ImmigrationStatus.OTHER, LocalDate.of(1989, 10, 2));
            gen.person(caseId, "Yolanda Beatriz Orozco", Role.QR, "spouse", ImmigrationStatus.USC, LocalDate.of(1992, 4, 18));
            gen.person(caseId, "Iker Montes Orozco", Role.CHILD, "son", ImmigrationStatus.USC, LocalDate.of(2017, 8, 25));
            gen.person(caseId, "Celia Orozco Bernal", Role.OTHER, "mother-in-law", null, null);
            declaration = gen.doc(caseId, "declaration.pdf").page("""
                    DECLARATION OF YOLANDA BEATRIZ OROZCO

                    I, Yolanda Beatriz Orozco, declare as follows:

                    1. I was born on the eighteenth of April, 1992, in Laredo, Texas. My mother, Celia Orozco
                    Bernal, raised me alone.

                    2. I met Dariel in 2013. After two years together we traveled south, and we were married in the
                    town of San Isidro on September 9, 2015, in front of both our families.

                    3. Our son, Iker Montes Orozco, was born on August 25, 2017. He was two years old when his
                    father had to leave.

                    4. I work at a laundry and I earn about $3,900 a month. My husband's A-number is
                    A-208-331-475.

                    Signed on May 20, 2026, in Laredo, Texas.
                    Yolanda B. Orozco""").add();
            gen.doc(caseId, "acta.pdf").language("es").page("""
                    REGISTRO CIVIL
                    ACTA DE MATRIMONIO
                    En el municipio de San Isidro, a los nueve días del mes de agosto del año dos mil quince,
                    contrajeron matrimonio DARIEL MONTES ARRIAGA, de 25 años de edad, y YOLANDA BEATRIZ OROZCO,
                    de 23 años de edad.
                    Fecha de celebración: 09/08/2015
                    Expedida el 2 de febrero de 2026""").add();
            gen.doc(caseId, "stub.pdf").page("""
                    SUDS AND SUN LAUNDRY
                    EARNINGS STATEMENT
                    Employee: YOLANDA B OROZCO
                    Pay frequency: Weekly
                    Pay period: 05/04/2026 - 05/10/2026
                    GROSS PAY 600.00    NET PAY 520.10""").add();
            bank = gen.doc(caseId, "statement.pdf").page("""
                    RIVER BEND CREDIT UNION
                    Statement period: 05/01/2026 - 05/31/2026
                    YOLANDA B OROSCO
                    05/08 PAYROLL DEP SUDS AND SUN 520.10""").add();
            school = gen.doc(caseId, "school.pdf").page("""
                    Laredo Heights Elementary

                    June 1, 2026

                    To whom it may concern:

                    Iker Montes Orozco is a 5-year-old student in our school. He misses his father every day.""").add();
            gen.doc(caseId, "notice.pdf").page("""
                    I-797C, Notice of Action
                    Receipt Number IOE0923456781
                    Beneficiary: DARIEL MONTES ARRIAGA   A208331457""").add();
            gen.doc(caseId, "doctor.pdf").page("""
                    Laredo Family Clinic

                    June 2, 2026

                    Patient: Yolanda Orozco, DOB 04/18/1992 (age 34)

                    Mrs. Orozco has been my patient since 2019. Her husband, Dariel Montes, was born on
                    10/02/1989.""").add();
        }

        CliRun check = CliRun.on(vault, "check", "--case", String.valueOf(caseId), "--json");
        JsonNode findings = new ObjectMapper().readTree(check.out()).get("findings");
        List<String> contradictions = new ArrayList<>();
        for (JsonNode f : findings) {
            if (CONTRADICTIONS.contains(f.get("code").asText())) {
                contradictions.add(f.get("code").asText());
                if (f.get("code").asText().equals("DOB_CONFLICT")) {
                    assertThat(f.get("message").asText()).contains("Iker Montes Orozco", "age 5");
                    assertThat(f.get("documents").toString()).contains(String.valueOf(school));
                }
                if (f.get("code").asText().equals("NAME_VARIANT")) {
                    assertThat(f.get("documents").toString()).isEqualTo("[" + bank + "]");
                }
                if (!f.get("code").asText().equals("DOB_CONFLICT") && !f.get("code").asText().equals("NAME_VARIANT")) {
                    assertThat(f.get("documents").toString()).as(f.toString()).contains(String.valueOf(declaration));
                }
            }
        }
        assertThat(contradictions).as(check.out()).containsExactlyInAnyOrderElementsOf(CONTRADICTIONS);

        CliRun facts = CliRun.on(vault, "document", "facts", String.valueOf(declaration), "--json");
        assertThat(facts.exitCode()).isZero();
        JsonNode rows = new ObjectMapper().readTree(facts.out()).get("facts");
        JsonNode birth = null;
        for (JsonNode r : rows) {
            if (r.get("kind").asText().equals("birth_date") && r.get("date").asText().equals("1992-04-18")) {
                birth = r;
            }
        }
        assertThat(birth).as(facts.out()).isNotNull();
        assertThat(birth.get("person_name").asText()).isEqualTo("Yolanda Beatriz Orozco");
        assertThat(birth.get("page").asInt()).isEqualTo(1);
        assertThat(birth.get("text").asText()).isEqualTo("eighteenth of April, 1992");
        assertThat(facts.out()).contains("\"kind\" : \"marriage_date\"", "\"kind\" : \"income\"", "\"kind\" : \"a_number\"");

        CliRun text = CliRun.on(vault, "document", "facts", String.valueOf(declaration));
        assertThat(text.out()).contains("eighteenth of April, 1992", "Yolanda Beatriz Orozco");
    }
}
