package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the vault lives on each operating system, and what overrides it. */
class VaultLocationTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void windowsUsesRoamingAppData() {
        Path appData = Path.of("/users/ana/AppData/Roaming");
        assertThat(VaultLocation.resolve(null, Map.of("APPDATA", appData.toString()), "Windows 11", HOME))
                .isEqualTo(appData.resolve("HardshipBinder"));
        assertThat(VaultLocation.resolve(null, Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("HardshipBinder"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(VaultLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("HardshipBinder"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(VaultLocation.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local").resolve("share").resolve("hardship-binder"));
        assertThat(VaultLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", HOME))
                .isEqualTo(Path.of("/data/ana").resolve("hardship-binder"));
        assertThat(VaultLocation.resolve(null, Map.of("XDG_DATA_HOME", "  "), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local").resolve("share").resolve("hardship-binder"));
    }

    @Test
    void theEnvironmentVariableOverridesTheDefaultAndTheOptionOverridesBoth() {
        Map<String, String> env = Map.of(VaultLocation.ENV_VARIABLE, "/srv/vaults/perez");
        assertThat(VaultLocation.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/srv/vaults/perez"));
        assertThat(VaultLocation.resolve(Path.of("/mnt/usb/vault"), env, "Windows 11", HOME))
                .isEqualTo(Path.of("/mnt/usb/vault"));
        assertThat(VaultLocation.resolve(null, Map.of(VaultLocation.ENV_VARIABLE, ""), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("HardshipBinder"));
    }

    @Test
    void relativeFoldersBecomeAbsolute() {
        assertThat(VaultLocation.resolve(Path.of("my-vault"), Map.of(), "Linux", HOME)).isAbsolute();
    }
}
