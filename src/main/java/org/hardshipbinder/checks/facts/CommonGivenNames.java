package org.hardshipbinder.checks.facts;

import java.util.Set;

/**
 * Frequent given names (folded). Two different names from this list are different people, never a typo of each
 * other: María and Marta, Luis and Luisa.
 */
final class CommonGivenNames {

    private static final Set<String> NAMES = Set.copyOf(java.util.List.of(
            "maria", "marta", "mario", "mariana", "marina", "mirna", "miriam", "ana", "ada", "alma", "alba", "ania",
            "juan", "joan", "jose", "josue", "josefa", "luis", "luisa", "lucia", "lucio", "lucas", "luz", "laura", "lara",
            "rosa", "rosy", "rocio", "ruth", "raul", "saul", "paul", "pablo", "paola", "paula", "pedro", "petra",
            "carlos", "carla", "carmen", "carmelo", "karla", "karen", "daniel", "daniela", "gabriel", "gabriela",
            "antonio", "antonia", "francisco", "francisca", "julio", "julia", "julian", "juliana", "jorge", "jaime",
            "javier", "xavier", "miguel", "manuel", "manuela", "angel", "angela", "angelica", "elena", "elana", "helena",
            "diana", "dina", "diego", "david", "dario", "mauro", "mauricio", "marco", "marcos", "mateo", "matias",
            "sara", "sarah", "sofia", "silvia", "sonia", "susana", "teresa", "tomas", "veronica", "victor", "victoria",
            "ernesto", "ernestina", "esteban", "estela", "eva", "ivan", "irma", "isabel", "ines", "ivonne", "yolanda",
            "alicia", "alicio", "alberto", "alberta", "alejandro", "alejandra", "andres", "andrea", "arturo", "beatriz",
            "blanca", "bruno", "cesar", "clara", "claudia", "claudio", "cristina", "cristian", "dolores", "eduardo",
            "elsa", "elisa", "emilio", "emilia", "enrique", "erika", "erica", "fernando", "fernanda", "gloria", "guadalupe",
            "gustavo", "hector", "hugo", "ignacio", "irene", "jesus", "juana", "leticia", "lidia", "lilia", "lorena",
            "lourdes", "marcela", "marcelo", "margarita", "martin", "martina", "monica", "nancy", "norma", "oscar",
            "patricia", "patricio", "pilar", "ramon", "ramona", "ricardo", "roberto", "roberta", "rodrigo", "rafael",
            "rafaela", "ruben", "salvador", "santiago", "sergio", "tania", "tanya", "vicente", "vicenta", "adriana",
            "adrian", "amanda", "amalia", "anna", "john", "joan", "jean", "jane", "june", "mary", "mark", "mike", "nick",
            "rick", "rose", "ross", "tom", "tim", "kim", "ken", "ben", "dan", "don", "ron", "jon", "jim", "joe", "jose",
            "james", "jane", "jake", "jack", "jill", "bill", "will", "paul", "pam", "sam", "anne", "anna", "emma", "emily",
            "linda", "lina", "lisa", "liza", "elizabeth", "michael", "michelle", "richard", "robert", "william", "thomas"));

    private CommonGivenNames() {
    }

    static boolean differentNames(String a, String b) {
        return !a.equals(b) && NAMES.contains(a) && NAMES.contains(b);
    }
}
