package org.govsite.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.govsite.client.LogEntry;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.protocol.PageTime;
import org.govsite.server.Role;
import org.govsite.ui.Messages;
import org.govsite.ui.connect.Connection;
import org.govsite.ui.oplog.LogChain;
import org.govsite.ui.oplog.LogFilter;
import org.govsite.ui.oplog.OperationLogPart;
import org.govsite.ui.oplog.OperationLogReader;
import org.govsite.ui.tests.pages.Widgets;
import org.junit.jupiter.api.Test;

/** The Operation Log view of an auditor against a real server's hash-chained log. */
class OperationLogViewTest extends ConnectedUiTest {

    private static final String AUDITOR = "audit1";
    private static final String PASSWORD = "auditor-password-2026";

    @Test
    void readsTheWholeLogVerifiesItsChainAndFiltersIt() throws SQLException {
        server.register("editor1", Sm2KeyPair.generate().publicKey(), "editor-password-2026", Role.CONTENT_EDITOR);
        Connection auditor = addConnection("省平台", AUDITOR, PASSWORD, null, Role.AUDITOR);
        logIn(auditor, PASSWORD);
        workbench.part(OperationLogPart.class);
        long onServer = server.verifyLog();

        Widgets.press(workbench.shell, "log.load");
        Label chain = Widgets.find(workbench.shell, "log.chain", Label.class);
        Widgets.waitUntil(workbench.display, 20_000, () -> !chain.getText().isEmpty(), "the chain check");
        assertEquals(NLS.bind(Messages.Log_chainIntact, onServer), chain.getText());
        Table table = Widgets.find(workbench.shell, "log.table", Table.class);
        assertEquals(onServer, table.getItemCount(), "fewer entries than a page: all shown");

        Widgets.type(Widgets.find(workbench.shell, "log.operator", Text.class), "ROOT");
        List<String> operators = Arrays.stream(table.getItems()).map(item -> item.getText(2)).distinct().toList();
        assertEquals(List.of("root"), operators, "the filter ignores case and keeps only root's entries");
        Widgets.type(Widgets.find(workbench.shell, "log.action", Text.class), "operator.create");
        assertEquals(2, table.getItemCount(), "root registered editor1 and audit1");
        Widgets.type(Widgets.find(workbench.shell, "log.from", Text.class), LocalDate.now(PageTime.ZONE).plusDays(1).toString());
        assertEquals(0, table.getItemCount(), "nothing was logged tomorrow");
        Widgets.type(Widgets.find(workbench.shell, "log.from", Text.class), "tomorrow");
        assertEquals(Messages.Log_badDate, Widgets.find(workbench.shell, "log.page", Label.class).getText());
    }

    @Test
    void theChainCheckFindsTheFirstAlteredEntry() {
        Connection auditor = addConnection("省平台", AUDITOR, PASSWORD, null, Role.AUDITOR);
        logIn(auditor, PASSWORD);
        List<LogEntry> entries = OperationLogReader.read(connections.client(auditor.id()), new NullProgressMonitor()).entries();
        assertTrue(entries.size() >= 3, "init-admin, create, login at least");
        LogEntry second = entries.get(1);
        LogEntry altered = new LogEntry(second.seq(), second.loggedAtMs(), second.operator(), second.action(), second.target(),
                second.detail() + " (altered)", second.prevHash(), second.hash());
        LogChain chain = new LogChain();
        chain.add(List.of(entries.get(0), altered));
        chain.add(entries.subList(2, entries.size()));
        assertEquals(second.seq(), chain.result().firstBroken().getAsLong());
        assertEquals(1, chain.result().checked());

        LogChain intact = new LogChain();
        intact.add(entries);
        assertTrue(intact.result().intact());
    }
}
