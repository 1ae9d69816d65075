package org.kobai.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that drives one app for all its tests: started before the first with settings in a fresh
 * folder, closed after the last and its folder removed.
 */
abstract class AppUiTest extends UiFixture {
    static Path configDir;
    static KobaiApp app;

    @BeforeAll
    static void startApp() throws Exception {
        configDir = newConfigDir();
        app = launch(configDir);
    }

    @AfterAll
    static void stopApp() throws Exception {
        close(app);
        deleteTree(configDir);
    }
}
