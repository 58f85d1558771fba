package org.hardshipbinder.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Tesseract's packaged library is built with OpenMP and would start a thread team per page on top of our one worker
 * per core, which makes both slower (the command line is five times slower on two cores without the same limit).
 * The limit is read by the OpenMP runtime when it loads, so it is put into the process environment before that.
 */
final class OpenMpLimit {

    static final String VARIABLE = "OMP_THREAD_LIMIT";

    private interface Posix extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private interface Msvcrt extends Library {
        int _putenv_s(String name, String value);
    }

    private OpenMpLimit() {
    }

    /** Sets OMP_THREAD_LIMIT=1 unless the user chose a value; false if the environment could not be changed. */
    static boolean applyOnePerWorker() {
        if (System.getenv(VARIABLE) != null) {
            return true;
        }
        try {
            if (Platform.isWindows()) {
                return Native.load("msvcrt", Msvcrt.class)._putenv_s(VARIABLE, "1") == 0;
            }
            return Native.load("c", Posix.class).setenv(VARIABLE, "1", 0) == 0;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }
}
