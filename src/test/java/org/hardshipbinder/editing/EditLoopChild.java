package org.hardshipbinder.editing;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.TrashEntry;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.VaultKind;
import org.hardshipbinder.wiring.Services;

/**
 * Run in a child JVM by {@link EditCrashSafetyTest}: edits one case's documents without pause — split, merge, move,
 * turn, remove, restore, undo, chosen at random — until it is killed. Prints a dot per edit done.
 */
public final class EditLoopChild {

    private EditLoopChild() {
    }

    public static void main(String[] args) {
        Path vault = Path.of(args[0]);
        long caseId = Long.parseLong(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, VaultKind.fromArguments(args, 3))) {
            while (true) {
                edit(s, caseId, random);
                System.out.print('.');
                System.out.flush();
            }
        }
    }

    static void edit(Services s, long caseId, Random random) {
        List<Document> documents = s.documents().listForCase(caseId);
        Document a = documents.get(random.nextInt(documents.size()));
        Document b = documents.get(random.nextInt(documents.size()));
        List<Page> pages = s.pages().listForDocument(a.id());
        Page page = pages.get(random.nextInt(pages.size()));
        PageEditService edits = s.pageEdits();
        switch (random.nextInt(7)) {
            case 0 -> {
                if (pages.size() > 1) {
                    edits.split(a.id(), List.of(2 + random.nextInt(pages.size() - 1)), SplitTags.COPY_TO_EACH);
                }
            }
            case 1 -> edits.merge(List.of(a.id(), b.id()));
            case 2 -> edits.movePages(List.of(page.id()), b.id(), 1);
            case 3 -> edits.turn(page.id(), 90 * (1 + random.nextInt(3)));
            case 4 -> edits.removePages(List.of(page.id()));
            case 5 -> {
                List<TrashEntry> trash = s.trash().list(caseId);
                if (!trash.isEmpty()) {
                    s.trash().restore(trash.get(random.nextInt(trash.size())).id());
                }
            }
            default -> edits.undo();
        }
    }
}
