package org.hardshipbinder.binder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.PageImageRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.ScratchSpace;

/**
 * Builds a case's binder from its stored plan. Files are written beside the target under temporary names and only
 * renamed into place when every volume is complete, so a failure leaves no broken binder behind. With a size limit,
 * volumes that come out too large are packed again tighter.
 */
public final class BinderBuilder {

    private static final int PACKING_ATTEMPTS = 5;
    private static final long MB = 1024L * 1024;

    private final BinderPlanService plans;
    private final CaseRepository cases;
    private final BinderLayoutBuilder layouts;
    private final VolumeWriter writer;
    private final IndexPdfWriter indexWriter;
    private final Clock clock;

    public BinderBuilder(BinderPlanService plans, CaseRepository cases, DocumentRepository documents, PageRepository pages,
                         PageTextRepository texts, OriginalRepository originalFiles, PageImageRepository pageImages,
                         OriginalStore originals, ScratchSpace scratch, Clock clock) {
        BinderWords words = new BinderWords();
        this.plans = plans;
        this.cases = cases;
        this.layouts = new BinderLayoutBuilder(documents, pages, plans.catalog(), words);
        this.writer = new VolumeWriter(originals, originalFiles, texts, pageImages, plans.catalog(), words, scratch);
        this.indexWriter = new IndexPdfWriter(plans.catalog(), words, scratch);
        this.clock = clock;
    }

    public BinderOutcome build(long caseId, BinderRequest request) {
        Case theCase = cases.find(caseId).orElse(null);
        if (theCase == null) {
            return new BinderOutcome.Stopped(UserMessage.of("binder.stopped.noCase", caseId));
        }
        BinderPlan plan = plans.plan(caseId);
        BinderLayout layout = layouts.layout(theCase, plan, plans.factors(caseId));
        if (layout.exhibits().isEmpty()) {
            return new BinderOutcome.Stopped(UserMessage.of("binder.stopped.empty", caseId));
        }
        Integer maxMb = request.maxMb() != null ? request.maxMb() : plan.settings().maxMb();
        if (maxMb != null && maxMb <= 0) {
            return new BinderOutcome.Stopped(UserMessage.of("binder.stopped.badLimit", maxMb));
        }
        List<Path> temps = new ArrayList<>();
        try {
            return write(layout, maxMb, request, temps);
        } catch (PlacementFailure failure) {
            return new BinderOutcome.Stopped(failure.reason());
        } catch (IOException e) {
            return new BinderOutcome.Stopped(UserMessage.of("binder.stopped.cannotWrite", request.out(), e.getMessage()));
        } finally {
            temps.forEach(BinderBuilder::deleteQuietly);
        }
    }

    private BinderOutcome write(BinderLayout layout, Integer maxMb, BinderRequest request, List<Path> temps)
            throws IOException {
        LocalDate today = LocalDate.now(clock);
        SizeEstimate estimate = new SizeEstimate(1.0);
        List<Volume> volumes = VolumeSplitter.single(layout.exhibits());
        List<Path> written = List.of();
        List<UserMessage> warnings = new ArrayList<>();
        for (int attempt = 1; attempt <= PACKING_ATTEMPTS; attempt++) {
            if (maxMb != null) {
                volumes = new VolumeSplitter(estimate).split(layout.exhibits(), maxMb * MB);
            }
            temps.forEach(BinderBuilder::deleteQuietly);
            temps.clear();
            written = new ArrayList<>();
            for (Volume v : volumes) {
                Path temp = temporaryBeside(request.out(), v.number());
                temps.add(temp);
                writer.write(layout, v, today, temp);
                written.add(temp);
            }
            long largest = written.stream().mapToLong(BinderBuilder::size).max().orElse(0);
            if (maxMb == null || largest <= maxMb * MB) {
                break;
            }
            if (attempt == PACKING_ATTEMPTS || volumes.stream().allMatch(v -> v.slices().size() == 1
                    && v.slices().get(0).physicalPages() <= 2)) {
                warnings.add(UserMessage.of("binder.warning.overLimit", maxMb, largest / MB + 1));
                break;
            }
            estimate = estimate.tighter((double) largest / (maxMb * MB));
        }
        List<Path> finals = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            Path target = volumes.size() == 1 ? request.out() : volumeName(request.out(), i + 1);
            sizes.add(size(written.get(i)));
            Files.move(written.get(i), target, StandardCopyOption.REPLACE_EXISTING);
            finals.add(target);
        }
        temps.clear();
        if (request.indexOut() != null) {
            Path temp = temporaryBeside(request.indexOut(), 0);
            temps.add(temp);
            indexWriter.write(layout, volumes, temp);
            Files.move(temp, request.indexOut(), StandardCopyOption.REPLACE_EXISTING);
            temps.clear();
        }
        int pages = layout.exhibits().get(layout.exhibits().size() - 1).lastNumber();
        return new BinderOutcome.Built(finals, sizes, request.indexOut(), layout.exhibits().size(), pages, warnings);
    }

    /** FILE.pdf → FILE-vol2.pdf. */
    public static Path volumeName(Path out, int number) {
        String name = out.getFileName().toString();
        int dot = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.length() - 4 : name.length();
        return out.resolveSibling(name.substring(0, dot) + "-vol" + number + ".pdf");
    }

    private static Path temporaryBeside(Path target, int number) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not created here, so the finished file gets the user's usual permissions rather than a temp file's.
        Path temp = dir.resolve("." + target.getFileName() + "-" + number + ".partial");
        Files.deleteIfExists(temp);
        return temp;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover temporary file is hidden (dot name) and harmless; the outcome says what happened.
        }
    }
}
