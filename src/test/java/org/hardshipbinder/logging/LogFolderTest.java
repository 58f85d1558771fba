package org.hardshipbinder.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFolderTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void followsEachSystemsConventionAndTheVariable() {
        assertThat(LogFolder.resolve(Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ana/.local/state/hardship-binder/logs"));
        assertThat(LogFolder.resolve(Map.of("XDG_STATE_HOME", "/var/state"), "Linux", HOME))
                .isEqualTo(Path.of("/var/state/hardship-binder/logs"));
        assertThat(LogFolder.resolve(Map.of(), "Mac OS X", HOME)).isEqualTo(Path.of("/home/ana/Library/Logs/HardshipBinder"));
        assertThat(LogFolder.resolve(Map.of("LOCALAPPDATA", "/c/Local"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Local/HardshipBinder/Logs"));
        assertThat(LogFolder.resolve(Map.of(LogFolder.ENV_VARIABLE, "/tmp/logs"), "Linux", HOME)).isEqualTo(Path.of("/tmp/logs"));
    }
}
