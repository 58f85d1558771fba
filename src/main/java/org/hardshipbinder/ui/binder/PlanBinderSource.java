package org.hardshipbinder.ui.binder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hardshipbinder.binder.BinderOutcome;
import org.hardshipbinder.binder.BinderPlan;
import org.hardshipbinder.binder.BinderPlanService;
import org.hardshipbinder.binder.BinderRequest;
import org.hardshipbinder.binder.BinderSettings;
import org.hardshipbinder.binder.LabelScheme;
import org.hardshipbinder.binder.LabelledExhibit;
import org.hardshipbinder.binder.PlanEdit;
import org.hardshipbinder.binder.PlannedExhibit;
import org.hardshipbinder.binder.PlannedSection;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.binder.BinderBuilder;
import org.hardshipbinder.vault.DocumentRepository;

/** The binder screen over the stored binder plan and the binder builder. */
public final class PlanBinderSource implements BinderSource {

    private final BinderPlanService plans;
    private final BinderBuilder builder;
    private final DocumentRepository documents;
    private final UiText text;
    private final int defaultMaxMb;

    private java.util.function.LongFunction<java.util.List<String>> mustFix = caseId -> java.util.List.of();

    /** Where the open "must fix" findings come from (the checks). */
    public PlanBinderSource withMustFix(java.util.function.LongFunction<java.util.List<String>> findings) {
        this.mustFix = findings;
        return this;
    }

    @Override
    public java.util.List<String> mustFix(long caseId) {
        return mustFix.apply(caseId);
    }

    public PlanBinderSource(BinderPlanService plans, BinderBuilder builder, DocumentRepository documents, UiText text,
                            int defaultMaxMb) {
        this.plans = plans;
        this.builder = builder;
        this.documents = documents;
        this.text = text;
        this.defaultMaxMb = defaultMaxMb;
    }

    @Override
    public BinderState load(long caseId) {
        BinderPlan plan = plans.plan(caseId);
        Map<Long, String> titles = documents.listForCase(caseId).stream()
                .collect(Collectors.toMap(Document::id, Document::displayTitle));
        Map<Long, String> labels = new HashMap<>();
        for (LabelledExhibit labelled : plan.labelled()) {
            labels.put(labelled.exhibit().id(), labelled.label());
        }
        List<BinderState.Section> sections = new ArrayList<>();
        for (PlannedSection section : plan.sections()) {
            List<BinderState.Exhibit> exhibits = new ArrayList<>();
            for (PlannedExhibit e : section.exhibits()) {
                String title = e.title() != null && !e.title().isBlank() ? e.title()
                        : e.documentId() == null ? "" : titles.getOrDefault(e.documentId(), "");
                if (!e.translationIds().isEmpty()) {
                    title = text.get("ui.binder.withTranslation", title);
                }
                exhibits.add(new BinderState.Exhibit(e.id(), section.code(), labels.getOrDefault(e.id(), ""), title,
                        e.included(), e.isStatement()));
            }
            sections.add(new BinderState.Section(section.code(), sectionTitle(section.code()), exhibits));
        }
        BinderSettings settings = plan.settings();
        return new BinderState(sections, settings.labelScheme().name().toLowerCase(Locale.ROOT),
                settings.maxMb() == null ? defaultMaxMb : settings.maxMb());
    }

    private String sectionTitle(String code) {
        String key = "binder.section." + code;
        if (text.messages().has(key)) {
            return text.get(key);
        }
        String factor = text.factor(code);
        return factor.equals(code.replace('_', ' ')) ? plans.catalog().title(code) : factor;
    }

    @Override
    public String move(long caseId, long exhibitId, String sectionCode, int toIndex) {
        return refusal(plans.moveExhibit(caseId, exhibitId, sectionCode, toIndex));
    }

    @Override
    public String setIncluded(long caseId, long exhibitId, boolean included) {
        return refusal(plans.setIncluded(caseId, exhibitId, included));
    }

    private String refusal(PlanEdit edit) {
        return edit instanceof PlanEdit.Refused refused ? text.format(refused.reason()) : null;
    }

    @Override
    public void saveSettings(long caseId, String labelScheme, Integer maxMb) {
        BinderSettings now = plans.settings(caseId);
        LabelScheme scheme = labelScheme == null ? now.labelScheme() : LabelScheme.fromCode(labelScheme).orElse(now.labelScheme());
        plans.saveSettings(caseId, new BinderSettings(scheme, now.batesPrefix(), now.preparer(), maxMb));
    }

    @Override
    public ExportResult export(long caseId, Path out, Integer maxMb) {
        Path index = out.resolveSibling(out.getFileName().toString().replaceFirst("(?i)\\.pdf$", "") + "-index.pdf");
        BinderOutcome outcome = builder.build(caseId, new BinderRequest(out, index, maxMb));
        if (outcome instanceof BinderOutcome.Built built) {
            return new ExportResult(built.volumes(), built.sizes(), built.indexFile(), built.exhibits(), built.binderPages(), null);
        }
        return new ExportResult(List.of(), List.of(), null, 0, 0, ((BinderOutcome.Stopped) outcome).reason());
    }
}
