package org.hardshipbinder.binder;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hardshipbinder.binder.BinderPlanStore.ExhibitRow;
import org.hardshipbinder.binder.BinderPlanStore.SectionRow;
import org.hardshipbinder.model.Document;

/**
 * Keeps the stored plan in step with the case: documents imported since the plan was made join their default
 * section (a new section takes its catalog place), documents that became translations leave their own exhibit.
 * Everything the user arranged stays as it was, so the same plan always rebuilds the same binder.
 */
final class PlanReconciler {

    private final SectionCatalog catalog;
    private final BinderPlanStore store;

    PlanReconciler(SectionCatalog catalog, BinderPlanStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    BinderPlan reconcile(Connection c, long caseId, List<Document> documents, Map<Long, Set<String>> factors)
            throws SQLException {
        Translations translations = Translations.of(documents);
        Set<Long> planned = new HashSet<>();
        for (ExhibitRow row : store.exhibits(c, caseId)) {
            if (row.documentId() != null && translations.translationIds().contains(row.documentId())) {
                store.deleteExhibit(c, row.id());
            } else if (row.documentId() != null) {
                planned.add(row.documentId());
            }
        }
        List<Document> newcomers = documents.stream()
                .filter(d -> !planned.contains(d.id()) && !translations.translationIds().contains(d.id()))
                .sorted(Comparator.comparing((Document d) -> d.metadata().date(), Comparator.nullsLast(LocalDate::compareTo))
                        .thenComparingLong(Document::id))
                .toList();
        for (Document d : newcomers) {
            long sectionId = ensureSection(c, caseId, catalog.defaultSection(d, factors.getOrDefault(d.id(), Set.of())));
            store.insertExhibit(c, sectionId, nextPosition(c, caseId, sectionId), d.id(), null, null);
        }
        return load(c, caseId, translations);
    }

    /** The section's id, creating it at its catalog place among the sections that exist. */
    long ensureSection(Connection c, long caseId, String code) throws SQLException {
        List<SectionRow> sections = store.sections(c, caseId);
        for (SectionRow s : sections) {
            if (s.code().equals(code)) {
                return s.id();
            }
        }
        int at = 0;
        while (at < sections.size() && catalog.rank(sections.get(at).code()) <= catalog.rank(code)) {
            at++;
        }
        long id = store.insertSection(c, caseId, code, at);
        for (int i = at; i < sections.size(); i++) {
            store.moveSection(c, sections.get(i).id(), i + 1);
        }
        return id;
    }

    int nextPosition(Connection c, long caseId, long sectionId) throws SQLException {
        return (int) store.exhibits(c, caseId).stream().filter(e -> e.sectionId() == sectionId)
                .mapToInt(ExhibitRow::position).map(p -> p + 1).max().orElse(0);
    }

    BinderPlan load(Connection c, long caseId, Translations translations) throws SQLException {
        Map<Long, List<PlannedExhibit>> bySection = new LinkedHashMap<>();
        for (ExhibitRow row : store.exhibits(c, caseId)) {
            List<Long> travelling = row.documentId() == null ? List.of() : translations.of(row.documentId());
            bySection.computeIfAbsent(row.sectionId(), k -> new ArrayList<>()).add(new PlannedExhibit(row.id(),
                    row.documentId(), row.title(), row.statement(), row.included(), travelling));
        }
        List<PlannedSection> sections = new ArrayList<>();
        for (SectionRow s : store.sections(c, caseId)) {
            sections.add(new PlannedSection(s.id(), s.code(), bySection.getOrDefault(s.id(), List.of())));
        }
        return new BinderPlan(caseId, store.settings(c, caseId), sections);
    }
}
