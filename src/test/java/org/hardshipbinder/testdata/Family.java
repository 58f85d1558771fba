package org.hardshipbinder.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A fictional family for a generated waiver case: an applicant abroad-born husband, his US-citizen wife (the
 * qualifying relative), his parents, and the professionals who write for them. Everything is picked from small lists
 * by a seed, so each seed gives a different but reproducible family.
 */
public record Family(String applicant, String applicantShort, LocalDate applicantBorn, String father, String mother,
                     String spouse, String spouseShort, LocalDate spouseBorn, LocalDate married, String birthCity,
                     String company, String job, long monthlyIncome, LocalDate employedSince, String manager,
                     String doctor, String clinic, String condition, LocalDate diagnosed, String translator,
                     String translatorAddress, String pastor, String church, String actNumber, String marriageActNumber) {

    private static final List<String> MEN = List.of("Juan", "Carlos", "Miguel", "Andrés", "Héctor", "Ramón", "Sergio", "Tomás");
    private static final List<String> WOMEN = List.of("María", "Lucía", "Carmen", "Beatriz", "Verónica", "Irene", "Sofía", "Mónica");
    private static final List<String> SURNAMES = List.of("Pérez", "Ramírez", "López", "García", "Hernández", "Martínez",
            "Sánchez", "Torres", "Flores", "Gómez", "Díaz", "Reyes", "Cruz", "Morales", "Ortiz", "Castillo");
    private static final List<String> FATHERS = List.of("José", "Rafael", "Alberto", "Ignacio");
    private static final List<String> MOTHERS = List.of("Rosa", "Guadalupe", "Teresa", "Alicia");
    private static final List<String> CITIES = List.of("Guadalajara, Jalisco", "Puebla, Puebla", "Morelia, Michoacán", "León, Guanajuato");
    private static final List<String> COMPANIES = List.of("Lakeside Restaurant Group LLC", "Prairie Build Co.", "Northside Auto Repair Inc.");
    private static final List<String> JOBS = List.of("line cook", "carpenter", "mechanic");
    private static final List<String> DOCTORS = List.of("Helen Park", "Robert Klein", "Susan Whitaker");
    private static final List<String> CONDITIONS = List.of("systemic lupus erythematosus", "type 1 diabetes", "multiple sclerosis");
    private static final List<String> TRANSLATORS = List.of("Laura Bennett", "Daniel Okafor", "Grace Whitfield");
    private static final List<String> PASTORS = List.of("Michael Doyle", "Patrick Nolan", "Samuel Greene");

    public static Family generate(long seed, LocalDate today) {
        Random r = new Random(seed);
        List<String> surnames = pickDistinct(r, SURNAMES, 5);
        String given = pick(r, MEN);
        String applicant = given + " " + surnames.get(0) + " " + surnames.get(1);
        String spouseGiven = pick(r, WOMEN);
        String spouse = spouseGiven + " " + surnames.get(2) + " " + surnames.get(3);
        LocalDate applicantBorn = LocalDate.of(1980 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(28));
        LocalDate spouseBorn = LocalDate.of(1982 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(28));
        LocalDate married = LocalDate.of(2012 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
        LocalDate employedSince = LocalDate.of(2014 + r.nextInt(8), 1 + r.nextInt(12), 1);
        LocalDate diagnosed = LocalDate.of(2018 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return new Family(applicant, given + " " + surnames.get(0), applicantBorn,
                pick(r, FATHERS) + " " + surnames.get(0) + " " + surnames.get(4),
                pick(r, MOTHERS) + " " + surnames.get(1) + " " + pick(r, SURNAMES),
                spouse, spouseGiven + " " + surnames.get(2), spouseBorn, married, pick(r, CITIES),
                pick(r, COMPANIES), pick(r, JOBS), 2000 + 100L * r.nextInt(20), employedSince,
                "Karen " + pick(r, List.of("Mitchell", "Lawson", "Price")), pick(r, DOCTORS),
                pick(r, List.of("Riverside Medical Group", "Lakeview Family Clinic")), pick(r, CONDITIONS), diagnosed,
                pick(r, TRANSLATORS), (100 + r.nextInt(8900)) + " W. Madison Street, Chicago, IL 60602",
                pick(r, PASTORS), pick(r, List.of("St. Agnes Parish", "Holy Family Church")),
                Integer.toString(10000 + r.nextInt(89999)), Integer.toString(1000 + r.nextInt(8999)));
    }

    public String applicantGiven() {
        return applicant.split(" ")[0];
    }

    public String applicantSurname() {
        return applicant.split(" ")[1];
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static List<String> pickDistinct(Random r, List<String> from, int n) {
        List<String> copy = new java.util.ArrayList<>(from);
        java.util.Collections.shuffle(copy, r);
        return copy.subList(0, n);
    }
}
