package org.hardshipbinder.binder;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs exhibits into volumes under a size budget, cutting only at exhibit boundaries; an exhibit that is larger
 * than a whole volume is cut at page boundaries and continues in the next volume. Sizes are estimates (see
 * {@link SizeEstimate}); the builder checks the real files and packs again tighter when one is over.
 */
final class VolumeSplitter {

    private final SizeEstimate estimate;

    VolumeSplitter(SizeEstimate estimate) {
        this.estimate = estimate;
    }

    List<Volume> split(List<LaidOutExhibit> exhibits, long budgetBytes) {
        List<List<VolumeSlice>> volumes = new ArrayList<>();
        List<VolumeSlice> current = new ArrayList<>();
        long used = estimate.frontMatter();
        for (LaidOutExhibit exhibit : exhibits) {
            long[] pageSizes = estimate.pages(exhibit);
            long whole = estimate.divider() + sum(pageSizes, 1, pageSizes.length);
            if (used + whole <= budgetBytes || current.isEmpty() && estimate.frontMatter() + whole <= budgetBytes) {
                current.add(new VolumeSlice(exhibit, 1, exhibit.pageCount()));
                used += whole;
                continue;
            }
            if (!current.isEmpty() && estimate.frontMatter() + whole <= budgetBytes) {
                volumes.add(current);
                current = new ArrayList<>();
                current.add(new VolumeSlice(exhibit, 1, exhibit.pageCount()));
                used = estimate.frontMatter() + whole;
                continue;
            }
            int page = 1;
            while (page <= exhibit.pageCount()) {
                long room = budgetBytes - used - (page == 1 ? estimate.divider() : 0);
                int take = 0;
                long taken = 0;
                while (page + take <= exhibit.pageCount() && taken + pageSizes[page + take - 1] <= room) {
                    taken += pageSizes[page + take - 1];
                    take++;
                }
                if (take == 0 && !current.isEmpty()) {
                    volumes.add(current);
                    current = new ArrayList<>();
                    used = estimate.frontMatter();
                    continue;
                }
                take = Math.max(take, 1);
                current.add(new VolumeSlice(exhibit, page, page + take - 1));
                used += sum(pageSizes, page, page + take - 1) + (page == 1 ? estimate.divider() : 0);
                page += take;
                if (page <= exhibit.pageCount()) {
                    volumes.add(current);
                    current = new ArrayList<>();
                    used = estimate.frontMatter();
                }
            }
        }
        if (!current.isEmpty()) {
            volumes.add(current);
        }
        List<Volume> result = new ArrayList<>();
        for (int i = 0; i < volumes.size(); i++) {
            result.add(new Volume(i + 1, volumes.size(), volumes.get(i)));
        }
        return result;
    }

    /** Every exhibit whole in one volume. */
    static List<Volume> single(List<LaidOutExhibit> exhibits) {
        return List.of(new Volume(1, 1, exhibits.stream().map(e -> new VolumeSlice(e, 1, e.pageCount())).toList()));
    }

    private static long sum(long[] sizes, int from, int to) {
        long total = 0;
        for (int i = from; i <= to; i++) {
            total += sizes[i - 1];
        }
        return total;
    }
}
