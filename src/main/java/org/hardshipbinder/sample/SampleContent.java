package org.hardshipbinder.sample;

import java.util.List;
import org.hardshipbinder.sample.SampleDocument.Form;

/**
 * The fictional Mendoza family's papers, in English and Spanish. Some problems are planted on purpose so every check
 * has something to find: Sofia's birth date differs between her birth certificate (March 14) and a medical record
 * (March 17); a Spanish letter has no translation; one translation lacks the translator's statement of competence;
 * the employer letter's monthly pay does not match the tax return; the pastor's letter has no date; the employer
 * letter was also scanned a second time (a duplicate). All names, numbers and places are invented.
 */
final class SampleContent {

    private SampleContent() {
    }

    static List<SampleDocument> documents() {
        return List.of(
                new SampleDocument("01-birth-certificate-sofia.pdf", Form.PDF, List.of(
                        "CERTIFICATE OF LIVE BIRTH",
                        "State of Arizona, Department of Health Services, Office of Vital Records",
                        "",
                        "Name of child: Sofia Isabel Mendoza",
                        "Date of birth: March 14, 2015",
                        "Place of birth: Tucson, Pima County, Arizona",
                        "Mother: Laura Ann Mendoza. Father: Carlos Mendoza Reyes",
                        "",
                        "Certificate number 104-2015-0031877. Issued on June 2, 2023 by the State Registrar.")),
                new SampleDocument("02-medical-record-sofia.pdf", Form.PDF, List.of(
                        "Desert Children's Clinic - Patient Summary",
                        "Patient: Sofia I. Mendoza   Date of birth: 03/17/2015   Record date: January 9, 2024",
                        "",
                        "Diagnosis: autism spectrum disorder (level 2) and severe asthma.",
                        "Sofia receives speech therapy twice a week and applied behavior analysis 15 hours a week.",
                        "Her treatment plan requires continuity of care with her current therapists and pediatric pulmonologist.",
                        "Interrupting therapy would cause regression. Comparable services are not available in the family's town in Mexico.",
                        "",
                        "Signed: Dr. Helen Ortiz, MD, Pediatrics. Desert Children's Clinic, Tucson, Arizona.")),
                new SampleDocument("03-acta-de-matrimonio.pdf", Form.PDF, List.of(
                        "ACTA DE MATRIMONIO",
                        "Registro Civil del Estado de Sonora, Hermosillo",
                        "",
                        "Contrayentes: Carlos Mendoza Reyes y Laura Ann Mendoza",
                        "Fecha del matrimonio: 12 de agosto de 2012",
                        "Lugar: Hermosillo, Sonora, México",
                        "",
                        "Acta número 2012-0458. Expedida el 3 de mayo de 2023 por el Oficial del Registro Civil.")),
                new SampleDocument("04-translation-acta-de-matrimonio.pdf", Form.PDF, List.of(
                        "CERTIFIED TRANSLATION - Marriage Certificate",
                        "",
                        "MARRIAGE CERTIFICATE. Civil Registry of the State of Sonora, Hermosillo.",
                        "Spouses: Carlos Mendoza Reyes and Laura Ann Mendoza. Date of marriage: August 12, 2012.",
                        "Place: Hermosillo, Sonora, Mexico. Certificate number 2012-0458. Issued May 3, 2023 by the Civil Registry Officer.",
                        "",
                        "Translator's certification: I, Marta Gil, certify that I am competent to translate from Spanish into English,",
                        "and that the above is a complete and accurate translation of the attached marriage certificate.",
                        "Signature: Marta Gil. Date: May 10, 2023. Address: 410 West Congress Street, Tucson, AZ 85701.")),
                new SampleDocument("05-carta-medica-madre.pdf", Form.PDF, List.of(
                        "Clínica San Rafael - Constancia médica",
                        "Hermosillo, Sonora, 20 de febrero de 2024",
                        "",
                        "La señora Rosa Reyes Soto, madre del señor Carlos Mendoza Reyes, padece diabetes tipo 2",
                        "e insuficiencia renal crónica y necesita diálisis tres veces por semana.",
                        "Depende económicamente de su hijo, quien le envía dinero cada mes para sus medicinas.",
                        "",
                        "Atentamente, Dra. Elena Vázquez, Medicina Interna.")),
                new SampleDocument("06-constancia-escolar.png", Form.SCAN, List.of(
                        "Escuela Primaria Benito Juárez - Constancia",
                        "Hermosillo, Sonora, 15 de enero de 2024",
                        "",
                        "La escuela no cuenta con maestros de educación especial",
                        "ni con terapia de lenguaje para alumnos con autismo.",
                        "No podemos atender las necesidades de Sofia Mendoza.",
                        "",
                        "Profra. Lucía Campos, Directora.")),
                new SampleDocument("07-translation-constancia-escolar.pdf", Form.PDF, List.of(
                        "TRANSLATION - School letter",
                        "",
                        "Benito Juarez Elementary School - Certificate. Hermosillo, Sonora, January 15, 2024.",
                        "The school has no special-education teachers and no speech therapy for students with autism.",
                        "We cannot meet the needs of Sofia Mendoza. Signed: Lucia Campos, Principal.",
                        "",
                        "I certify that this translation is complete and accurate. Signature: Jorge Pena. Date: February 1, 2024.")),
                new SampleDocument("08-employer-letter-laura.pdf", Form.PDF, List.of(
                        "Sunbelt Logistics Inc. - Employment Verification",
                        "Tucson, Arizona, March 4, 2024",
                        "",
                        "To whom it may concern: Laura Ann Mendoza has worked for Sunbelt Logistics as a dispatcher since 2017.",
                        "Her salary is $3,200 per month. She works full time, 40 hours a week.",
                        "",
                        "Sincerely, Mark Daniels, Human Resources Manager.")),
                new SampleDocument("09-w2-laura-2023.pdf", Form.PDF, List.of(
                        "Form W-2 Wage and Tax Statement - 2023",
                        "Employer: Sunbelt Logistics Inc., Tucson, Arizona",
                        "Employee: Laura A. Mendoza",
                        "",
                        "Laura A. Mendoza earned annual wages of $52,400 in 2023 (wages, tips, other compensation).",
                        "Federal income tax withheld: $4,980",
                        "Issued January 31, 2024.")),
                new SampleDocument("10-letter-pastor.pdf", Form.PDF, List.of(
                        "Letter of support - Iglesia Nueva Vida, Tucson",
                        "",
                        "I have known the Mendoza family for eight years. Carlos, Laura and Sofia attend services every Sunday.",
                        "Carlos volunteers at our food bank. Laura depends on him to care for Sofia during her therapy sessions.",
                        "Our community would lose a generous and reliable member.",
                        "",
                        "Pastor Daniel Ruiz")),
                new SampleDocument("11-employer-letter-laura-scan.png", Form.SCAN, List.of(
                        "Sunbelt Logistics Inc. - Employment Verification",
                        "Tucson, Arizona, March 4, 2024",
                        "",
                        "To whom it may concern: Laura Ann Mendoza has worked",
                        "for Sunbelt Logistics as a dispatcher since 2017.",
                        "Her salary is $3,200 per month. She works full time.",
                        "",
                        "Sincerely, Mark Daniels, Human Resources Manager.")),
                new SampleDocument("12-psychological-evaluation-laura.pdf", Form.PDF, List.of(
                        "Psychological Hardship Evaluation",
                        "Evaluator: Dr. Nora Patel, PsyD, licensed psychologist. Date of report: February 12, 2024",
                        "",
                        "Laura Mendoza shows symptoms of major depressive disorder and generalized anxiety,",
                        "worsened by the prospect of separation from her husband. She is Sofia's main caregiver.",
                        "If separated, she would have to reduce her work hours, losing most of the household income.",
                        "If she relocated to Mexico, Sofia would lose her therapy and Laura her support network.")),
                new SampleDocument("13-travel-advisory-sonora.pdf", Form.PDF, List.of(
                        "Travel Advisory - Mexico (excerpt)",
                        "Issued August 22, 2023",
                        "",
                        "Sonora State - Level 3: Reconsider Travel due to crime.",
                        "Violent crime is widespread in Sonora. U.S. citizens and legal permanent residents have been victims of kidnapping."))
        );
    }
}
