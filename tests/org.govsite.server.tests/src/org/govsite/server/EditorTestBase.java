package org.govsite.server;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A server with its administrator and a logged-in content editor {@code zhang.wei}, per test. */
abstract class EditorTestBase {
    @TempDir
    Path folder;
    TestServer test;
    ApiClient client;
    Account editorAccount;
    ApiClient.Session editor;
    Content content;

    @BeforeEach
    void startWithEditor() {
        test = TestServer.withAdministrator(folder);
        client = test.client;
        editorAccount = test.addOperator("zhang.wei", Role.CONTENT_EDITOR);
        editor = client.login(editorAccount);
        content = new Content(client, editor);
    }

    @AfterEach
    void stop() {
        test.close();
    }
}
