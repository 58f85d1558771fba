package org.hardshipbinder.binder;

import java.util.List;

/** One output file: its number among all volumes and the exhibit slices it holds, in order. */
record Volume(int number, int count, List<VolumeSlice> slices) {

    Volume {
        slices = List.copyOf(slices);
    }

    boolean isOnly() {
        return count == 1;
    }
}
