package org.hardshipbinder.checks.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.TextSpan;
import org.hardshipbinder.model.UserMessage;

/** Builds a finding step by step, so each check states only what it knows. Message keys live in the checks bundle. */
public final class Findings {

    private final Severity severity;
    private final String code;
    private UserMessage message;
    private UserMessage fix;
    private final Set<Long> documents = new LinkedHashSet<>();
    private final Set<Finding.PageRef> pages = new LinkedHashSet<>();
    private final Set<Long> people = new LinkedHashSet<>();
    private TextSpan span;

    private Findings(Severity severity, String code) {
        this.severity = severity;
        this.code = code;
    }

    public static Findings of(Severity severity, String code) {
        return new Findings(severity, code);
    }

    public Findings message(String key, Object... args) {
        this.message = UserMessage.of(key, args);
        return this;
    }

    public Findings fix(String key, Object... args) {
        this.fix = UserMessage.of(key, args);
        return this;
    }

    public Findings document(DocumentEvidence d) {
        documents.add(d.id());
        return this;
    }

    public Findings document(long id) {
        documents.add(id);
        return this;
    }

    public Findings page(long documentId, int page) {
        documents.add(documentId);
        pages.add(new Finding.PageRef(documentId, page));
        return this;
    }

    public Findings allPages(DocumentEvidence d) {
        d.pageNumbers().forEach(p -> page(d.id(), p));
        return this;
    }

    public Findings person(long id) {
        people.add(id);
        return this;
    }

    /** Points at a text span (and its document and page). The first span given is kept. */
    public Findings span(TextSpan s) {
        if (s != null) {
            page(s.documentId(), s.page());
            if (span == null) {
                span = s;
            }
        }
        return this;
    }

    public Finding build() {
        if (message == null) {
            throw new IllegalStateException("a finding needs a message: " + code);
        }
        return new Finding(severity, code, message, fix, new ArrayList<>(documents), new ArrayList<>(pages),
                new ArrayList<>(people), span);
    }

    /** Document ids in a stable order, for fingerprints and sorting. */
    public static List<Long> sortedDocuments(Finding f) {
        return f.documents().stream().sorted().toList();
    }
}
