package org.hardshipbinder.binder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.TagOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored plan: default sections, reordering, inclusion, labels, statements, and rebuilding identically. */
class BinderPlanTest {

    @TempDir
    Path dir;

    static String letters(int i) {
        return LabelScheme.letters(i);
    }

    @Test
    void labelSchemes() {
        assertThat(LabelScheme.letters(0)).isEqualTo("A");
        assertThat(LabelScheme.letters(25)).isEqualTo("Z");
        assertThat(LabelScheme.letters(26)).isEqualTo("AA");
        assertThat(LabelScheme.letters(27)).isEqualTo("AB");
        assertThat(LabelScheme.letters(26 * 27)).isEqualTo("AAA");
        assertThat(LabelScheme.NUMBERS.label(4, 0, 0)).isEqualTo("5");
        assertThat(LabelScheme.SECTION_PREFIXED.label(9, 1, 2)).isEqualTo("B-3");
    }

    @Test
    void defaultSectionsFollowTypeThenFactorCatalogOrderThenOther() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            Document other = f.importFile(f.digitalPdf("other", 1, PDRectangle.LETTER));
            Document money = f.importFile(f.digitalPdf("money", 1, PDRectangle.LETTER));
            f.services.tags().add(money.id(), "financial", null, Scenario.BOTH, TagOrigin.USER);
            f.services.tags().add(money.id(), "country_conditions", null, Scenario.BOTH, TagOrigin.USER);
            Document health = f.importFile(f.digitalPdf("health", 1, PDRectangle.LETTER));
            f.services.tags().add(health.id(), "medical", null, Scenario.BOTH, TagOrigin.USER);
            Document birth = f.importFile(f.digitalPdf("birth", 1, PDRectangle.LETTER));
            f.setMetadata(birth, null, "birth_certificate", null);
            Document translation = f.importFile(f.digitalPdf("translation", 1, PDRectangle.LETTER));
            f.setMetadata(translation, null, "translation", birth.id());

            BinderPlan plan = f.services.binderPlans().plan(f.theCase.id());
            assertThat(plan.sections()).extracting(PlannedSection::code)
                    .containsExactly("relationship_proof", "medical", "financial", "other");
            assertThat(plan.labelled()).extracting(l -> l.exhibit().documentId())
                    .containsExactly(birth.id(), health.id(), money.id(), other.id());
            assertThat(plan.labelled().get(0).exhibit().translationIds()).containsExactly(translation.id());
            assertThat(plan.labelled()).extracting(LabelledExhibit::label).containsExactly("A", "B", "C", "D");
        }
    }

    @Test
    void userOrderAndInclusionAreKeptAndNewDocumentsJoinTheirSection() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            long caseId = f.theCase.id();
            Document a = f.importFile(f.digitalPdf("a", 1, PDRectangle.LETTER));
            Document b = f.importFile(f.digitalPdf("b", 1, PDRectangle.LETTER));
            Document c = f.importFile(f.digitalPdf("c", 1, PDRectangle.LETTER));
            f.services.tags().add(c.id(), "medical", null, Scenario.BOTH, TagOrigin.USER);
            BinderPlanService plans = f.services.binderPlans();
            BinderPlan plan = plans.plan(caseId);
            long exhibitA = plan.section("other").orElseThrow().exhibits().get(0).id();
            long exhibitB = plan.section("other").orElseThrow().exhibits().get(1).id();

            assertThat(plans.moveSection(caseId, "other", 0)).isInstanceOf(PlanEdit.Changed.class);
            assertThat(plans.moveExhibit(caseId, exhibitB, "other", 0)).isInstanceOf(PlanEdit.Changed.class);
            assertThat(plans.setIncluded(caseId, exhibitA, false)).isInstanceOf(PlanEdit.Changed.class);
            assertThat(plans.moveExhibit(caseId, 9999, "other", 0)).isInstanceOf(PlanEdit.Refused.class);
            assertThat(plans.moveSection(caseId, "nonsense", 0)).isInstanceOf(PlanEdit.Refused.class);
            assertThat(plans.addUnavailableStatement(caseId, "medical", " ", "text")).isInstanceOf(PlanEdit.Refused.class);
            plans.saveSettings(caseId, new BinderSettings(LabelScheme.SECTION_PREFIXED, "LOPEZ", "Ana Ruiz", null));

            Document d = f.importFile(f.digitalPdf("d", 1, PDRectangle.LETTER));
            f.services.tags().add(d.id(), "medical", null, Scenario.BOTH, TagOrigin.USER);
            plan = plans.plan(caseId);
            assertThat(plan.sections()).extracting(PlannedSection::code).containsExactly("other", "medical");
            assertThat(plan.labelled()).extracting(l -> l.exhibit().documentId()).containsExactly(b.id(), c.id(), d.id());
            assertThat(plan.labelled()).extracting(LabelledExhibit::label).containsExactly("A-1", "B-1", "B-2");
            assertThat(plan.section("other").orElseThrow().exhibits()).extracting(PlannedExhibit::included)
                    .containsExactly(true, false);
            assertThat(plan.exhibit(exhibitA).orElseThrow().documentId()).isEqualTo(a.id());
        }
    }

    @Test
    void samePlanTwiceGivesTheSameLayoutAndNumbering() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            f.importFile(f.digitalPdf("one", 3, PDRectangle.LETTER));
            f.importFile(f.scanJpeg("two", 1000, 1300, 7));
            f.importFile(f.digitalPdf("three", 2, PDRectangle.A4));
            f.services.binderPlans().saveSettings(f.theCase.id(), new BinderSettings(LabelScheme.NUMBERS, "LOPEZ", null, null));
            BinderOutcome.Built first = (BinderOutcome.Built) f.build(dir.resolve("first.pdf"), null, null);
            BinderOutcome.Built second = (BinderOutcome.Built) f.build(dir.resolve("second.pdf"), null, null);
            BinderPdf a = BinderPdf.read(first.volumes().get(0));
            BinderPdf b = BinderPdf.read(second.volumes().get(0));
            assertThat(b.pageTexts).isEqualTo(a.pageTexts);
            assertThat(b.links).isEqualTo(a.links);
            for (int i = 0; i < a.pageCount(); i++) {
                assertThat(b.sizes.get(i)).containsExactly(a.sizes.get(i));
            }
            assertThat(a.pageTexts.get(a.dividers().get(0) + 1)).contains("Exhibit 1 — page 1 of 3", "LOPEZ000002");
            List<String> last = a.pageTexts.get(a.pageCount() - 1).lines().toList();
            assertThat(last.get(last.size() - 1)).contains("LOPEZ000009");
        }
    }
}
