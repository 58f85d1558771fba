package org.hardshipbinder.transfer;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hardshipbinder.binder.BinderOutcome;
import org.hardshipbinder.binder.BinderRequest;
import org.hardshipbinder.checks.CheckReport;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Original;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.vault.GroupingDecisionRepository;
import org.hardshipbinder.vault.RefusedDuplicateRepository;
import org.hardshipbinder.wiring.Services;

/**
 * A case as the user sees it, with every id replaced by what it names (file names, people's names), so the same case
 * in two vaults gives equal snapshots.
 */
record CaseSnapshot(Map<String, String> originals, List<String> documents, List<String> people, List<String> tags,
                    List<String> findings, List<String> dismissed, List<String> plan, List<String> grouping,
                    List<String> refused, List<String> binder) {

    static CaseSnapshot of(Services s, long caseId, Path binderOut) throws Exception {
        Map<Long, String> names = new java.util.HashMap<>();
        List<String> documents = new ArrayList<>();
        for (Document d : s.documents().listForCase(caseId)) {
            names.put(d.id(), d.fileName());
        }
        Map<Long, String> personNames = new java.util.HashMap<>(); s.people().listForCase(caseId)
                .forEach(p -> personNames.put(p.id(), p.name()));
        for (Document d : s.documents().listForCase(caseId)) {
            StringBuilder line = new StringBuilder(d.fileName() + " " + d.sha256() + " " + d.status() + " "
                    + d.metadata().title() + " " + d.metadata().evidenceType() + " " + d.metadata().date() + " "
                    + d.metadata().language() + " translates " + names.get(d.metadata().translationOf()));
            for (Page p : s.pages().listForDocument(d.id())) {
                line.append(" | page ").append(p.number()).append(" turn ").append(p.turn()).append(" rot ")
                        .append(p.rotation()).append(' ').append(p.status()).append(' ')
                        .append(s.pageTexts().find(p.id()).map(t -> t.text() + " " + t.language() + " " + t.confidence()
                                + " words " + t.words()).orElse("no text"));
            }
            documents.add(line.toString());
        }
        Map<String, String> originals = new TreeMap<>();
        for (Original o : s.originalFiles().listForCase(caseId)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(s.originals().open(o.id()), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            originals.put(o.fileName() + " " + o.sha256(), HexFormat.of().formatHex(sha.digest()));
        }
        List<String> people = s.people().listForCase(caseId).stream()
                .map(p -> p.name() + " " + p.role() + " " + p.relation() + " " + p.status() + " " + p.born()).toList();
        List<String> tags = s.tags().forCase(caseId).stream().map(t -> names.get(t.documentId()) + " " + t.factor() + " "
                + personNames.get(t.personId()) + " " + t.scenario() + " " + t.origin()).sorted().toList();
        CheckReport report = s.checks().run(caseId, CheckSettings.defaults()).orElseThrow();
        List<String> plan = s.binderPlans().plan(caseId).labelled().stream().map(e -> e.label() + " "
                + names.get(e.exhibit().documentId()) + " " + e.exhibit().included()).toList();
        List<String> grouping = new GroupingDecisionRepository(s.vault(), s.clock()).rejectedKeys(caseId).stream()
                .map(k -> k.replaceAll("\\d+", "#")).sorted().toList();
        List<String> refused = new RefusedDuplicateRepository(s.vault(), s.clock()).forCase(caseId).stream()
                .map(r -> r.fileName() + " -> " + names.get(r.documentId())).toList();
        BinderOutcome built = s.binderBuilder().build(caseId, new BinderRequest(binderOut, null, null));
        if (!(built instanceof BinderOutcome.Built)) {
            throw new AssertionError("binder not built: " + built);
        }
        return new CaseSnapshot(originals, documents, people, tags, findings(report.findings(), names, personNames),
                findings(report.dismissed(), names, personNames), plan, grouping, refused, binder(binderOut));
    }

    private static List<String> findings(List<Finding> findings, Map<Long, String> docs, Map<Long, String> people) {
        return findings.stream().map(f -> f.code() + " " + f.message().key() + " "
                + f.documents().stream().map(docs::get).sorted().toList() + " "
                + f.people().stream().map(people::get).sorted().toList()).sorted().toList();
    }

    /** Page count, bookmarks and every page's text of the built binder, read back with PDFBox. */
    private static List<String> binder(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            out.add("pages " + doc.getNumberOfPages());
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                outline(doc.getDocumentCatalog().getDocumentOutline(), "", out);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                out.add("page " + i + ": " + stripper.getText(doc));
            }
        }
        return out;
    }

    private static void outline(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add("bookmark " + indent + item.getTitle());
            outline(item, indent + "  ", out);
        }
    }
}
