package org.govsite.client;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on a fresh platform with content editor {@code zhang.wei} logged in through {@link #client}. */
abstract class EditorTestBase {
    @TempDir
    Path folder;
    TestPlatform platform;
    Operator editor;
    PlatformClient client;

    @BeforeEach
    void startPlatform() {
        platform = TestPlatform.start(folder);
        editor = platform.addOperator("zhang.wei", "content-editor");
        client = platform.login(editor);
    }

    @AfterEach
    void stopPlatform() {
        client.close();
        platform.close();
    }
}
