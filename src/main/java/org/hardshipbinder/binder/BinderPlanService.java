package org.hardshipbinder.binder;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hardshipbinder.binder.BinderPlanStore.ExhibitRow;
import org.hardshipbinder.binder.BinderPlanStore.SectionRow;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.TagRepository;
import org.hardshipbinder.vault.Vault;

/**
 * The binder plan of a case, kept in the vault: read it (new documents join it), reorder sections and exhibits,
 * include or exclude, add a statement that a record is unavailable, and change the settings. Every change is one
 * transaction.
 */
public final class BinderPlanService {

    static final int MAX_STATEMENT_CHARS = 6000;

    private final Vault vault;
    private final DocumentRepository documents;
    private final TagRepository tags;
    private final AuditLog audit;
    private final SectionCatalog catalog;
    private final BinderPlanStore store = new BinderPlanStore();
    private final PlanReconciler reconciler;

    public BinderPlanService(Vault vault, DocumentRepository documents, TagRepository tags, AuditLog audit,
                             SectionCatalog catalog) {
        this.vault = vault;
        this.documents = documents;
        this.tags = tags;
        this.audit = audit;
        this.catalog = catalog;
        this.reconciler = new PlanReconciler(catalog, store);
    }

    public SectionCatalog catalog() {
        return catalog;
    }

    /** The case's plan, with documents imported since it was last read added to their default sections. */
    public BinderPlan plan(long caseId) {
        return vault.write(c -> reconcile(c, caseId));
    }

    /** The factor codes each document of the case is tagged with. */
    public Map<Long, Set<String>> factors(long caseId) {
        Map<Long, Set<String>> result = new HashMap<>();
        for (Tag t : tags.forCase(caseId)) {
            result.computeIfAbsent(t.documentId(), k -> new TreeSet<>()).add(t.factor());
        }
        return result;
    }

    public PlanEdit moveSection(long caseId, String code, int toIndex) {
        return vault.write(c -> {
            reconcile(c, caseId);
            List<SectionRow> sections = new ArrayList<>(store.sections(c, caseId));
            SectionRow moving = sections.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
            if (moving == null) {
                return refused("binder.plan.noSection", code);
            }
            sections.remove(moving);
            sections.add(clamp(toIndex, sections.size()), moving);
            for (int i = 0; i < sections.size(); i++) {
                store.moveSection(c, sections.get(i).id(), i);
            }
            audit.record("binder.section.move", "case", caseId, code + " to " + toIndex);
            return changed(c, caseId);
        });
    }

    /** Moves an exhibit to a place in a section (created when the case has none yet). */
    public PlanEdit moveExhibit(long caseId, long exhibitId, String sectionCode, int toIndex) {
        if (!catalog.order().contains(sectionCode)) {
            return refused("binder.plan.noSection", sectionCode);
        }
        return vault.write(c -> {
            reconcile(c, caseId);
            ExhibitRow moving = row(c, caseId, exhibitId);
            if (moving == null) {
                return refused("binder.plan.noExhibit", exhibitId);
            }
            long target = reconciler.ensureSection(c, caseId, sectionCode);
            List<ExhibitRow> old = inSection(c, caseId, moving.sectionId());
            old.removeIf(e -> e.id() == exhibitId);
            renumber(c, old, moving.sectionId());
            List<ExhibitRow> into = inSection(c, caseId, target);
            into.removeIf(e -> e.id() == exhibitId);
            into.add(clamp(toIndex, into.size()), moving);
            renumber(c, into, target);
            audit.record("binder.exhibit.move", "case", caseId, exhibitId + " to " + sectionCode + " " + toIndex);
            return changed(c, caseId);
        });
    }

    public PlanEdit setIncluded(long caseId, long exhibitId, boolean included) {
        return vault.write(c -> {
            reconcile(c, caseId);
            if (row(c, caseId, exhibitId) == null) {
                return refused("binder.plan.noExhibit", exhibitId);
            }
            store.setIncluded(c, exhibitId, included);
            audit.record(included ? "binder.exhibit.include" : "binder.exhibit.exclude", "case", caseId, String.valueOf(exhibitId));
            return changed(c, caseId);
        });
    }

    /** Sets the description printed for an exhibit (null or blank: the document's own title). */
    public PlanEdit setTitle(long caseId, long exhibitId, String title) {
        return vault.write(c -> {
            reconcile(c, caseId);
            ExhibitRow row = row(c, caseId, exhibitId);
            if (row == null) {
                return refused("binder.plan.noExhibit", exhibitId);
            }
            if (row.statement() != null && (title == null || title.isBlank())) {
                return refused("binder.plan.statementNeedsTitle");
            }
            store.setTitle(c, exhibitId, title == null || title.isBlank() ? null : title.strip());
            audit.record("binder.exhibit.title", "case", caseId, String.valueOf(exhibitId));
            return changed(c, caseId);
        });
    }

    /** Adds a written statement that a record is unavailable, as the last exhibit of a section. */
    public PlanEdit addUnavailableStatement(long caseId, String sectionCode, String title, String statement) {
        if (!catalog.order().contains(sectionCode)) {
            return refused("binder.plan.noSection", sectionCode);
        }
        if (title == null || title.isBlank()) {
            return refused("binder.plan.statementNeedsTitle");
        }
        if (statement == null || statement.isBlank() || statement.length() > MAX_STATEMENT_CHARS) {
            return refused("binder.plan.statementLength", MAX_STATEMENT_CHARS);
        }
        return vault.write(c -> {
            reconcile(c, caseId);
            long section = reconciler.ensureSection(c, caseId, sectionCode);
            long id = store.insertExhibit(c, section, reconciler.nextPosition(c, caseId, section), null, title.strip(),
                    statement.strip());
            audit.record("binder.statement.add", "case", caseId, String.valueOf(id));
            return changed(c, caseId);
        });
    }

    /** Removes a statement exhibit; documents are never removed, only excluded. */
    public PlanEdit removeStatement(long caseId, long exhibitId) {
        return vault.write(c -> {
            reconcile(c, caseId);
            ExhibitRow row = row(c, caseId, exhibitId);
            if (row == null || row.documentId() != null) {
                return refused("binder.plan.notStatement", exhibitId);
            }
            store.deleteExhibit(c, exhibitId);
            audit.record("binder.statement.remove", "case", caseId, String.valueOf(exhibitId));
            return changed(c, caseId);
        });
    }

    public BinderSettings settings(long caseId) {
        return vault.read(c -> store.settings(c, caseId));
    }

    public void saveSettings(long caseId, BinderSettings settings) {
        vault.write(c -> {
            store.saveSettings(c, caseId, settings);
            audit.record("binder.settings", "case", caseId, settings.labelScheme().code());
            return null;
        });
    }

    private BinderPlan reconcile(Connection c, long caseId) throws SQLException {
        List<Document> docs = documents.listForCase(caseId);
        return reconciler.reconcile(c, caseId, docs, factors(caseId));
    }

    private PlanEdit changed(Connection c, long caseId) throws SQLException {
        return new PlanEdit.Changed(reconcile(c, caseId));
    }

    private ExhibitRow row(Connection c, long caseId, long exhibitId) throws SQLException {
        return store.exhibits(c, caseId).stream().filter(e -> e.id() == exhibitId).findFirst().orElse(null);
    }

    private List<ExhibitRow> inSection(Connection c, long caseId, long sectionId) throws SQLException {
        return new ArrayList<>(store.exhibits(c, caseId).stream().filter(e -> e.sectionId() == sectionId).toList());
    }

    private void renumber(Connection c, List<ExhibitRow> rows, long sectionId) throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            store.moveExhibit(c, rows.get(i).id(), sectionId, i);
        }
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size));
    }

    private static PlanEdit refused(String key, Object... args) {
        return new PlanEdit.Refused(UserMessage.of(key, args));
    }
}
