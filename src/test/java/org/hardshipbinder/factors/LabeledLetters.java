package org.hardshipbinder.factors;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates realistic letters, records and reports in English and Spanish, each labeled with the hardship factors
 * it supports, its evidence type and its own date. Templates are filled with random fictional names, places,
 * amounts and dates, so no two documents read the same. Distractors (a car warranty, a recipe …) support no factor.
 */
final class LabeledLetters {

    /** One generated document and what a careful reader would tag it with. */
    record Labeled(String id, String language, String text, Set<String> factors, String type, LocalDate date) {
    }

    private record Template(String language, Set<String> factors, String type, String text) {
    }

    private static final String[] EN_FIRST = {"Laura", "Daniel", "Jessica", "Michael", "Emily", "Kevin", "Sarah", "Brian", "Ashley", "Jason"};
    private static final String[] ES_FIRST = {"María", "José", "Guadalupe", "Juan", "Rosa", "Luis", "Ana", "Jorge", "Verónica", "Andrés"};
    private static final String[] SURNAMES = {"Hernández", "García", "Martínez", "López", "Ramírez", "Flores", "Castillo", "Ortega", "Navarro", "Delgado"};
    private static final String[] EN_DOCTOR = {"Robert Klein", "Susan Patel", "Mark Owens", "Linda Chou", "Paul Becker"};
    private static final String[] CITIES = {"Houston, Texas", "Phoenix, Arizona", "Fresno, California", "Chicago, Illinois", "Raleigh, North Carolina"};
    private static final String[] COUNTRIES_EN = {"Mexico", "Honduras", "Guatemala", "El Salvador"};
    private static final String[] COUNTRIES_ES = {"México", "Honduras", "Guatemala", "El Salvador"};
    private static final String[] EMPLOYERS = {"Sunbelt Roofing LLC", "Valley Fresh Produce Inc.", "Lone Star Logistics", "Greenway Landscaping"};
    private static final String[] SCHOOLS = {"Lincoln", "Roosevelt", "Cesar Chavez", "Oak Grove", "Maple Ridge"};
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] ES_MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"};

    private LabeledLetters() {
    }

    static List<Labeled> generate(long seed, int copiesPerTemplate) {
        Random random = new Random(seed);
        List<Labeled> out = new ArrayList<>();
        List<Template> templates = templates();
        for (int copy = 0; copy < copiesPerTemplate; copy++) {
            for (int i = 0; i < templates.size(); i++) {
                Template t = templates.get(i);
                LocalDate date = LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String text = fill(t, date, random);
                out.add(new Labeled("t" + i + "-" + copy + "-" + t.language, t.language, text, t.factors, t.type,
                        t.text.contains("{date}") ? date : null));
            }
        }
        return out;
    }

    private static String fill(Template t, LocalDate date, Random r) {
        boolean es = t.language.equals("es");
        String[] first = es ? ES_FIRST : EN_FIRST;
        Map<String, String> slots = new TreeMap<>();
        slots.put("qr", pick(first, r) + " " + pick(SURNAMES, r) + (r.nextBoolean() ? " " + pick(SURNAMES, r) : ""));
        slots.put("applicant", pick(ES_FIRST, r) + " " + pick(SURNAMES, r));
        slots.put("child", pick(first, r) + " " + pick(SURNAMES, r));
        slots.put("other", pick(first, r) + " " + pick(SURNAMES, r));
        slots.put("doctor", es ? pick(ES_FIRST, r) + " " + pick(SURNAMES, r) : pick(EN_DOCTOR, r));
        slots.put("city", pick(CITIES, r));
        slots.put("country", es ? pick(COUNTRIES_ES, r) : pick(COUNTRIES_EN, r));
        slots.put("employer", pick(EMPLOYERS, r));
        slots.put("school", pick(SCHOOLS, r));
        slots.put("age", String.valueOf(8 + r.nextInt(70)));
        slots.put("kidAge", String.valueOf(6 + r.nextInt(10)));
        slots.put("year", String.valueOf(2008 + r.nextInt(14)));
        slots.put("amount", String.format(Locale.US, "%,d", 900 + r.nextInt(2400)));
        slots.put("salary", String.format(Locale.US, "%,d", 28000 + r.nextInt(40000)));
        slots.put("hourly", String.format(Locale.US, "%d.%02d", 14 + r.nextInt(16), r.nextInt(100)));
        slots.put("n", String.valueOf(2 + r.nextInt(6)));
        slots.put("date", dateText(date, es, r));
        slots.put("past", dateText(date.minusYears(1 + r.nextInt(20)).minusDays(r.nextInt(300)), es, r));
        String text = t.text;
        for (Map.Entry<String, String> slot : slots.entrySet()) {
            text = text.replace("{" + slot.getKey() + "}", slot.getValue());
        }
        return text;
    }

    private static String dateText(LocalDate d, boolean es, Random r) {
        if (es) {
            return r.nextBoolean() ? d.getDayOfMonth() + " de " + ES_MONTHS[d.getMonthValue() - 1] + " de " + d.getYear()
                    : d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        return switch (r.nextInt(3)) {
            case 0 -> EN_MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
            case 1 -> d.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
            default -> d.getDayOfMonth() + " " + EN_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
        };
    }

    private static String pick(String[] values, Random r) {
        return values[r.nextInt(values.length)];
    }

    private static Template en(String type, String text, String... factors) {
        return new Template("en", Set.of(factors), type, text);
    }

    private static Template es(String type, String text, String... factors) {
        return new Template("es", Set.of(factors), type, text);
    }

    private static List<Template> templates() {
        List<Template> t = new ArrayList<>();
        // ---- medical
        t.add(en("physician_letter", """
                Renal Care Associates of {city}
                Date: {date}

                To Whom It May Concern:

                I am the treating nephrologist for {qr}, age {age}. She was diagnosed with end-stage kidney disease in {year}
                and requires hemodialysis three times per week. Missing even one session can lead to fluid overload and
                hospitalization. Her prognosis depends on uninterrupted dialysis and on staying on the transplant list.
                Comparable care is not available to her in {country}.

                Sincerely,
                Dr. {doctor}, M.D.""", "medical"));
        t.add(en("medical_record", """
                DISCHARGE SUMMARY
                Patient: {qr}        Admission: {date}
                Chief complaint: dizziness and blurred vision.
                Hospital course: admitted through the emergency room with a blood glucose of 540 mg/dL. Diagnosis: type 2
                diabetes, uncontrolled, and hypertension. Started on insulin glargine at bedtime; blood pressure controlled
                with lisinopril. Follow-up with cardiologist and endocrinology in two weeks.""", "medical"));
        t.add(en("physician_letter", """
                {city}, {date}

                Re: {qr}

                Ms. {qr} is receiving chemotherapy for stage III breast cancer under my care. Her oncologist team expects
                treatment to continue for eight more months, followed by surgery and radiation. After each cycle she is
                too weak to drive and needs someone to bring her to the clinic and care for her at home.

                {doctor}, MD, Oncology""", "medical"));
        t.add(es("physician_letter", """
                {city}, a {date}

                A quien corresponda:

                Por medio de la presente hago constar que {qr}, de {age} años, es paciente de este servicio de nefrología
                desde {year}. Padece insuficiencia renal crónica y requiere diálisis tres veces por semana. Su pronóstico
                depende de que continúe el tratamiento sin interrupciones y de un posible trasplante de riñón.

                Atentamente,
                Dra. {doctor}, nefróloga""", "medical"));
        t.add(es("medical_record", """
                RESUMEN DE ALTA
                Paciente: {qr}          Fecha: {date}
                Motivo de consulta: mareos y visión borrosa.
                Ingresó por la sala de emergencias con glucosa de 540. Diagnóstico: diabetes tipo 2 descontrolada e
                hipertensión. Se inicia insulina por la noche y control de la presión arterial. Cita con cardiólogo en
                dos semanas.""", "medical"));
        t.add(es("physician_letter", """
                Fecha: {date}

                Certifico que la señora {qr} recibe quimioterapia por cáncer de mama en etapa III en nuestro hospital.
                Su oncóloga estima que necesitará ocho meses más de tratamiento y después una cirugía. Después de cada
                sesión queda muy débil y necesita que alguien la acompañe y la cuide en casa.

                Dr. {doctor}, Oncología""", "medical"));
        // ---- psychological
        t.add(en("psychological_evaluation", """
                PSYCHOLOGICAL EVALUATION
                Client: {qr}           Date of report: {date}
                Evaluator: {doctor}, Ph.D., Licensed Psychologist

                Reason for referral: to assess the emotional impact on Ms. {qr} of the possible separation from her husband.
                She reports insomnia, frequent crying and panic attacks since the consular interview was scheduled. Her
                score on the Beck Depression Inventory indicates severe depression. Diagnosis: major depressive disorder,
                single episode, and generalized anxiety disorder. Her mental health would deteriorate further if the family
                were separated.""", "psychological"));
        t.add(en("therapy_record", """
                {date}

                To whom it may concern,

                I am a licensed clinical social worker and have provided weekly therapy sessions to {qr} since {past}.
                She presents with anxiety and depressed mood related to her husband's immigration case. She describes
                feelings of hopelessness and constant worry about raising the children alone. Counseling will need to
                continue for the foreseeable future.

                {other}, LCSW""", "psychological"));
        t.add(en("physician_letter", """
                Behavioral Health Clinic
                {date}

                {qr} has been under my psychiatric care since {year} for post-traumatic stress disorder and recurrent
                depression. She takes sertraline daily. The prospect of losing her spouse has caused a relapse: she is
                tearful, sleeps three hours a night and has had passive suicidal thoughts.

                {doctor}, M.D., Psychiatrist""", "psychological"));
        t.add(es("psychological_evaluation", """
                EVALUACIÓN PSICOLÓGICA
                Evaluada: {qr}          Fecha: {date}
                Psicóloga: {doctor}, con licencia

                La señora {qr} acude por el impacto emocional de la posible separación de su esposo. Refiere insomnio,
                llanto frecuente y ataques de pánico. El inventario de depresión de Beck indica depresión severa.
                Impresión diagnóstica: trastorno depresivo mayor y trastorno de ansiedad generalizada.""", "psychological"));
        t.add(es("therapy_record", """
                {city}, {date}

                Hago constar que {qr} asiste a sesiones de terapia semanales conmigo desde {past}. Presenta ansiedad,
                tristeza profunda y sentimientos de desesperanza relacionados con el proceso migratorio de su esposo.
                Es necesario que continúe en consejería y con seguimiento de salud mental.

                {doctor}, terapeuta familiar""", "psychological"));
        t.add(es("physician_letter", """
                Fecha: {date}

                Por medio de la presente informo que {qr} está en tratamiento psiquiátrico conmigo desde {year} por
                trastorno de estrés postraumático y depresión recurrente. Toma sertralina todos los días. Ante la
                posibilidad de perder a su esposo ha tenido una recaída, con insomnio e ideas suicidas pasivas.

                Dr. {doctor}, psiquiatra""", "psychological"));
        // ---- financial
        t.add(en("employer_letter", """
                {employer}
                {city}
                {date}

                Employment verification

                This letter is to verify that {applicant} has been employed by our company as a crew supervisor since
                {year}. He works full time, 40 hours per week, at ${hourly} per hour. His annual salary last year was
                ${salary}. He is a valued employee and we hope to keep him.

                {other}, Human Resources""", "financial"));
        t.add(en("declaration", """
                Declaration of {qr}
                {date}

                My husband is the main breadwinner of our home. I work part time and earn about ${amount} a month. Our
                monthly expenses include rent of ${amount}, a car loan, utilities and the children's daycare. If he is
                forced to leave, I could not afford the rent on my own and we would fall behind on our debts.""", "financial"));
        t.add(en("tax_return", """
                Form 1040 Tax Return Transcript
                Request date: {date}
                Tax period: December 31, {year}
                Filing status: Married filing jointly
                Wages, salaries, tips: ${salary}
                Adjusted gross income: ${salary}
                Taxable income: ${amount}
                Internal Revenue Service""", "financial"));
        t.add(es("employer_letter", """
                {employer}
                {city}, a {date}

                Constancia laboral

                Por medio de la presente hacemos constar que {applicant} trabaja en nuestra empresa desde {year} como
                supervisor. Labora tiempo completo y percibe un salario de ${hourly} por hora, con un ingreso anual de
                ${salary}.

                {other}, Recursos Humanos""", "financial"));
        t.add(es("declaration", """
                Declaración de {qr}
                Fecha: {date}

                Mi esposo es el sostén económico de nuestra familia. Yo trabajo medio tiempo y gano unos ${amount} al mes.
                Pagamos ${amount} de renta, el préstamo del carro, la luz y la guardería. Si él tuviera que irse, no
                podría pagar la renta sola y nos atrasaríamos con las deudas.""", "financial"));
        t.add(es("bank_statement", """
                Estado de cuenta
                Fecha de corte: {date}
                Titular: {qr}
                Saldo inicial: ${amount}
                Depósitos de nómina: ${amount}
                Retiros y cargos: ${amount}
                Saldo final: ${amount}""", "financial"));
        // ---- education
        t.add(en("school_record", """
                {school} Elementary School — Report Card
                Student: {child}        Grade 3        Date: {date}
                Reading: meets standard. Mathematics: approaching standard. Attendance: 98%.
                Teacher comments: {child} is a kind classmate who works hard. Continued reading practice at home is
                recommended.""", "education"));
        t.add(en("iep", """
                INDIVIDUALIZED EDUCATION PROGRAM (IEP)
                Student: {child}     Meeting date: {date}
                Eligibility: speech or language impairment. {child} receives special education and speech therapy
                services twice a week in a small classroom setting. Annual goals: improve expressive vocabulary and
                reading comprehension.""", "education"));
        t.add(en("school_record", """
                {date}

                Dear officer,

                I am {child}'s fourth-grade teacher at {school} Elementary School. She is an enthusiastic student who
                reads above grade level. If she had to move to {country}, she would have to learn to read and write in a
                new language and would likely lose an academic year. Her progress in my classroom has been remarkable.

                {other}, Teacher""", "education"));
        t.add(es("school_record", """
                Escuela Primaria {school}
                Boleta de calificaciones
                Alumno: {child}      Grado: tercero      Fecha: {date}
                Español: 9   Matemáticas: 8   Asistencia: 97%
                Comentarios del maestro: es un alumno responsable; se recomienda practicar la lectura en casa.""", "education"));
        t.add(es("iep", """
                PROGRAMA DE EDUCACIÓN INDIVIDUALIZADO
                Estudiante: {child}     Fecha de la reunión: {date}
                {child} recibe educación especial y terapia de lenguaje dos veces por semana en un salón de clases
                pequeño. Metas anuales: mejorar el vocabulario y la comprensión de lectura.""", "education"));
        t.add(es("school_record", """
                {city}, {date}

                Soy la maestra de {child} en la escuela {school}. Es una estudiante dedicada con calificaciones excelentes.
                Si tuviera que mudarse a {country}, tendría que aprender a leer y escribir en otro idioma y
                probablemente perdería un año escolar.

                {other}, maestra de cuarto grado""", "education"));
        // ---- family ties and caregiving
        t.add(en("affidavit", """
                Affidavit of {other}
                {date}

                I am the sister of {qr}. Our mother, who is {age} years old, lives with {qr} and her husband {applicant}.
                {applicant} takes care of her every day: he helps with bathing and feeding, and drives her to her
                appointments. No one else in the family can provide this daily care.""", "family_ties"));
        t.add(en("declaration", """
                Declaration of {qr}
                {date}

                Our whole family lives in {city}: my parents, my three siblings, my nieces and nephews. We are a
                close-knit family and every Sunday we have family gatherings at my parents' house. My children are very
                close to their grandparents and cousins.""", "family_ties"));
        t.add(en("declaration", """
                {date}

                My father is {age} and depends on me for almost everything since his stroke. I am his caregiver: I cook,
                give him his pills and keep him company. My husband {applicant} cares for him when I work the night shift.
                If my husband had to leave, I do not know who would take care of my father.""", "family_ties"));
        t.add(es("affidavit", """
                Declaración jurada de {other}
                Fecha: {date}

                Soy hermana de {qr}. Nuestra madre, de {age} años, vive con {qr} y su esposo {applicant}. Él se encarga
                de ella todos los días: la ayuda a bañarse, le da de comer y la lleva a sus citas. Nadie más en la
                familia puede darle ese cuidado diario.""", "family_ties"));
        t.add(es("declaration", """
                Declaración de {qr}
                {city}, {date}

                Toda mi familia vive aquí: mis padres, mis tres hermanos, mis sobrinos y mis primos. Somos una familia
                muy unida y cada domingo tenemos reuniones familiares en casa de mis padres. Mis hijos adoran a sus
                abuelos.""", "family_ties"));
        t.add(es("declaration", """
                Fecha: {date}

                Mi padre tiene {age} años y depende de mí para casi todo desde su derrame. Soy su cuidadora: le cocino,
                le doy sus pastillas y lo acompaño. Mi esposo {applicant} lo cuida cuando trabajo de noche. Si mi esposo
                tuviera que irse, no sé quién cuidaría a mi papá.""", "family_ties"));
        // ---- country conditions
        t.add(en("country_report", """
                {country} Travel Advisory
                Updated: {date}
                Level 4: Do Not Travel to several states due to crime and kidnapping.
                Violent crime, such as homicide, kidnapping, carjacking and robbery, is widespread and common. U.S.
                citizens have been victims of violent crime. The U.S. government has limited ability to provide emergency
                services in many areas.""", "country_conditions"));
        t.add(en("country_report", """
                {country} {year} Human Rights Report
                Executive Summary
                Significant human rights issues included credible reports of unlawful killings, extortion by gangs and
                organized crime, and widespread impunity. Police corruption remained a serious problem. The homicide
                rate was 38 per 100,000 residents.""", "country_conditions"));
        t.add(en("news_article", """
                {date} — Cartel violence displaces families in northern {country}
                By a staff writer
                Hundreds of families have fled their villages after weeks of gun battles between rival cartels,
                according to officials. Kidnapping and extortion of returning migrants have increased, and local police
                say they lack the resources to protect residents.""", "country_conditions"));
        t.add(es("country_report", """
                Alerta de viaje: {country}
                Actualizada: {date}
                Nivel 4: No viajar a varios estados por delincuencia y secuestro.
                El crimen violento, como homicidios, secuestros y robos de vehículos, es común. El gobierno tiene una
                capacidad limitada para brindar servicios de emergencia.""", "country_conditions"));
        t.add(es("country_report", """
                Informe sobre derechos humanos {year}: {country}
                Resumen ejecutivo
                Entre los problemas graves de derechos humanos se reportaron asesinatos, extorsión por pandillas y crimen
                organizado, e impunidad generalizada. La corrupción policial siguió siendo un problema serio.""", "country_conditions"));
        t.add(es("news_article", """
                {date}. Violencia del crimen organizado desplaza a familias en {country}
                Redacción
                Cientos de familias han huido de sus comunidades tras semanas de enfrentamientos entre carteles, según
                autoridades. Los secuestros y la extorsión contra migrantes deportados han aumentado.""", "country_conditions"));
        // ---- social and cultural
        t.add(en("community_letter", """
                Saint Anne Parish, {city}
                {date}

                I have been the pastor of this parish for twelve years. {qr} and her family are active members of our
                congregation. They volunteer every week at our food pantry and their children sing in the youth group.
                Our community would lose a family that gives a great deal to others.

                Rev. {other}""", "social_cultural"));
        t.add(en("declaration", """
                {date}

                My children were born here and speak only English. They have never lived in {country} and do not read or
                write Spanish. Everything they know — their friends, their church, their culture — is here. I am afraid
                they would face discrimination as outsiders and could not readjust.

                {qr}""", "social_cultural"));
        t.add(en("community_letter", """
                Eastside Community Center
                {date}

                {qr} has been a volunteer at our community center since {year}, teaching English classes to new
                neighbors and organizing the summer festival. She is deeply integrated in our community and is
                respected by everyone who knows her.

                {other}, Director""", "social_cultural"));
        t.add(es("community_letter", """
                Parroquia San José, {city}
                {date}

                Soy pastor de esta parroquia desde hace doce años. {qr} y su familia son miembros activos de nuestra
                congregación. Participan como voluntarios en el banco de alimentos y sus hijos cantan en el grupo juvenil.
                La comunidad perdería a una familia que da mucho a los demás.

                Padre {other}""", "social_cultural"));
        t.add(es("declaration", """
                Fecha: {date}

                Mis hijos nacieron aquí y solo hablan inglés. Nunca han vivido en {country} y no leen ni escriben en
                español. Todo lo que conocen, sus amigos, su iglesia y su cultura, está aquí. Temo que sufran
                discriminación y que no puedan readaptarse.

                {qr}""", "social_cultural"));
        t.add(es("community_letter", """
                Centro Comunitario del Este
                {city}, {date}

                {qr} es voluntaria de nuestro centro comunitario desde {year}; enseña inglés a vecinos recién llegados y
                organiza la fiesta de verano. Está muy integrada en nuestra comunidad y todos la respetan.

                {other}, directora""", "social_cultural"));
        // ---- relationship proof
        t.add(en("marriage_certificate", """
                CERTIFICATE OF MARRIAGE
                County Clerk, {city}
                This is to certify that {applicant} and {qr} were united in marriage on {date} in accordance with the
                laws of the State. Officiant: {other}. Witnesses: {child}.
                Registrar of Vital Records""", "relationship_proof"));
        t.add(en("birth_certificate", """
                CERTIFICATE OF LIVE BIRTH
                Child's name: {child}          Date of birth: {past}
                Place of birth: {city}
                Mother's name: {qr}
                Father's name: {applicant}
                Date issued: {date}
                State Registrar""", "relationship_proof"));
        t.add(en("marriage_certificate", """
                Certified copy of marriage record
                Issued: {date}
                Groom: {applicant}            Bride: {qr}
                Married on {past} at {city}. This certified copy is issued from the official record kept by the
                county registrar.""", "relationship_proof"));
        t.add(es("marriage_certificate", """
                ACTA DE MATRIMONIO
                Registro Civil de {city}
                Fecha de expedición: {date}
                Contrayentes: {applicant} y {qr}, quienes contrajeron matrimonio el {past} bajo el régimen de sociedad
                conyugal. Oficial del Registro Civil: {other}.""", "relationship_proof"));
        t.add(es("birth_certificate", """
                ACTA DE NACIMIENTO
                Registro Civil
                Nombre: {child}       Fecha de nacimiento: {past}
                Nombre del padre: {applicant}
                Nombre de la madre: {qr}
                Fecha de expedición: {date}""", "relationship_proof"));
        t.add(es("marriage_certificate", """
                Copia certificada de acta de matrimonio
                Expedida el {date}
                Se hace constar que {applicant} y {qr} se casaron el {past} en {city}, según los libros del registro
                civil a mi cargo.""", "relationship_proof"));
        // ---- documents supporting two factors
        t.add(en("declaration", """
                Declaration of {qr}
                {date}

                My wife needs dialysis three times a week because of kidney failure, and I drive her to every session.
                I am also the sole provider for our household: my salary of ${salary} a year pays the mortgage and her
                medication. Without me she would lose both her care and our home.""", "medical", "financial"));
        t.add(es("declaration", """
                Declaración de {qr}
                Fecha: {date}

                Mi hija tiene epilepsia y convulsiones casi cada semana; su neurólogo dice que necesita vigilancia
                constante. Además, ella está en educación especial en la escuela {school}, donde tiene un programa de
                educación individualizado y una maestra que la conoce bien.""", "medical", "education"));
        // ---- distractors: no factor
        t.add(en(null, """
                Powertrain Limited Warranty
                Vehicle: 2019 sedan          Issued: {date}
                This warranty covers the engine, transmission and drive axle for 5 years or 60,000 miles, whichever comes
                first. Regular oil changes are required. Keep your receipts."""));
        t.add(en(null, """
                Grandma's banana bread
                Mash three ripe bananas, mix with melted butter, sugar, one egg and vanilla. Stir in flour and baking
                soda. Bake at 350 degrees for one hour. Let it cool before slicing."""));
        t.add(en(null, """
                {city} Youth Soccer League — Spring schedule
                Saturday games start at 9:00 am. Bring water, shin guards and a positive attitude. Parents volunteering
                at the snack stand, please sign up with the coach."""));
        t.add(en(null, """
                Appointment reminder
                Bright Smiles Dental Clinic reminds you of your cleaning appointment on {date} at 10:30 am. Please arrive
                ten minutes early and bring your insurance card. Call us to reschedule."""));
        t.add(en(null, """
                Hotel reservation confirmation
                Guest: {other}     Check-in: {date}
                One king room, non-smoking, two nights. Breakfast included. Free cancellation until 48 hours before
                arrival."""));
        t.add(en(null, """
                Public library notice
                The book you borrowed is overdue. Please return it to any branch. Renewals can be made online or by
                phone. Thank you for reading with us."""));
        t.add(es(null, """
                Pan de elote de la abuela
                Licúe los elotes con la leche, los huevos y el azúcar. Agregue la mantequilla derretida y el polvo para
                hornear. Hornee a 180 grados durante 45 minutos."""));
        t.add(es(null, """
                Aviso a los residentes
                El día {date} se suspenderá el servicio de agua de 9 a 14 horas por mantenimiento de la cisterna.
                Agradecemos su comprensión. La administración."""));
        t.add(es(null, """
                Liga de fútbol infantil de {city}
                Calendario de primavera: los partidos son los sábados a las 9 de la mañana. Traigan agua y espinilleras.
                Los papás que quieran ayudar en la cooperativa pueden anotarse con el entrenador."""));
        t.add(es(null, """
                Confirmación de reservación
                Huésped: {other}     Llegada: {date}
                Habitación doble, no fumar, dos noches. Desayuno incluido. Cancelación gratuita hasta 48 horas antes."""));
        t.add(es(null, """
                Manual de la licuadora
                Antes de usarla, lave el vaso con agua tibia. No la llene por encima de la marca máxima. Para limpiar,
                desconecte el aparato y use un paño húmedo."""));
        t.add(es(null, """
                Invitación
                Te esperamos para celebrar los quince años de {other} el {date} a las 7 de la noche en el salón Los
                Arcos. ¡No faltes!"""));
        return t;
    }
}
