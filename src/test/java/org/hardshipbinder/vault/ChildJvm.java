package org.hardshipbinder.vault;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a second JVM on this test run's classpath, for what only another process can show (locks, kill -9, -Xmx). */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static ProcessBuilder builder(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    public static Process start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        return builder(jvmOptions, main, args).redirectErrorStream(true).start();
    }
}
