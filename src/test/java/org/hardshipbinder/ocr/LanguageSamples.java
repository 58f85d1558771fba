package org.hardshipbinder.ocr;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Short sentences like those on family letters and records, and OCR-like damage to them. */
public final class LanguageSamples {

    public static final Map<String, List<String>> SENTENCES = Map.of(
            "en", List.of("My husband takes care of our children every morning before he goes to work.",
                    "The doctor said that our son needs surgery and follow-up visits for two years.",
                    "We rent a small apartment and pay the bills with his salary from the factory."),
            "es", List.of("Mi esposo cuida a nuestros hijos todas las mañanas antes de ir al trabajo.",
                    "El médico dijo que nuestro hijo necesita una operación y consultas durante dos años.",
                    "Rentamos un departamento pequeño y pagamos las cuentas con su sueldo de la fábrica."),
            "pt", List.of("Meu marido cuida dos nossos filhos todas as manhãs antes de ir para o trabalho.",
                    "O médico disse que o nosso filho precisa de uma cirurgia e de consultas durante dois anos.",
                    "Alugamos um apartamento pequeno e pagamos as contas com o salário dele na fábrica."),
            "fr", List.of("Mon mari s'occupe de nos enfants tous les matins avant d'aller au travail.",
                    "Le médecin a dit que notre fils a besoin d'une opération et de visites pendant deux ans.",
                    "Nous louons un petit appartement et payons les factures avec son salaire de l'usine."),
            "ht", List.of("Mari mwen okipe pitit nou yo chak maten anvan li ale travay.",
                    "Doktè a di pitit gason nou an bezwen yon operasyon ak vizit pandan dezan.",
                    "Nou lwe yon ti apatman epi nou peye bòdwo yo ak salè li nan faktori a."),
            "vi", List.of("Chồng tôi chăm sóc các con mỗi buổi sáng trước khi đi làm.",
                    "Bác sĩ nói rằng con trai chúng tôi cần phẫu thuật và tái khám trong hai năm.",
                    "Chúng tôi thuê một căn hộ nhỏ và trả các hóa đơn bằng tiền lương của anh ấy."),
            "tl", List.of("Inaalagaan ng asawa ko ang aming mga anak tuwing umaga bago siya pumasok sa trabaho.",
                    "Sinabi ng doktor na kailangan ng aming anak ng operasyon at mga pagsusuri sa loob ng dalawang taon.",
                    "Umuupa kami ng maliit na apartment at binabayaran namin ang mga bayarin mula sa kanyang sahod."),
            "zh", List.of("我丈夫每天早上上班前照顾我们的孩子。", "医生说我们的儿子需要手术，并且两年内要复诊。"),
            "ar", List.of("زوجي يعتني بأطفالنا كل صباح قبل أن يذهب إلى العمل."),
            "ru", List.of("Мой муж каждое утро заботится о наших детях перед работой."));

    private LanguageSamples() {
    }

    /**
     * Damages text the way a poor scan reads: accents lost, look-alike letters swapped, a share of letters replaced
     * at random.
     */
    public static String noisy(String text, double rate, long seed) {
        Random random = new Random(seed);
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (char c : (random.nextBoolean() ? plain : text).toCharArray()) {
            double r = random.nextDouble();
            if (Character.isLetter(c) && r < rate) {
                out.append(switch (c) {
                    case 'l' -> '1';
                    case 'o' -> '0';
                    case 'm' -> "rn";
                    case 'e' -> 'c';
                    case 'i' -> '!';
                    default -> (char) ('a' + random.nextInt(26));
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
