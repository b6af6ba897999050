package org.govsite.demo.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.govsite.client.ArticleBatchItem;
import org.govsite.client.ArticleBatchResult;
import org.govsite.client.ClientException;
import org.govsite.client.ConnectionSettings;
import org.govsite.client.PlatformClient;
import org.govsite.crypto.Sm2KeyPair;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.protocol.ErrorCode;
import org.govsite.store.replica.Replica;
import org.govsite.store.replica.Rejection;
import org.govsite.sync.ClientSyncRemote;
import org.govsite.sync.ReplicaPlatforms;
import org.govsite.sync.SyncEngine;
import org.govsite.sync.SyncResult;

/**
 * Fills a new demo platform through its signed API, as its operators would: the administrator registers the other
 * operators, the content editor uploads the SMALL demo province (organisations, sites, columns, topics, through a sync
 * replica's outbox as the workbench's upload does) and creates the articles ({@link DemoArticles}), the content
 * reviewer publishes every site.
 */
final class DemoSeeder {

    private static final int BATCH = 100;

    private final DemoPlatform platform;
    private final Map<DemoOperator, Sm2KeyPair> keys;
    private final Clock clock;

    DemoSeeder(DemoPlatform platform, Map<DemoOperator, Sm2KeyPair> keys, Clock clock) {
        this.platform = platform;
        this.keys = keys;
        this.clock = clock;
    }

    /** @return how many sites were published */
    int seed(Path replicaFolder, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        register(progress.split(1));
        Platform province = DemoPlatform.province();
        try (PlatformClient editor = login(DemoOperator.EDITOR)) {
            upload(editor, province, replicaFolder, progress.split(6));
            createArticles(editor, DemoArticles.of(province, clock, DemoPlatform.PROVINCE_SEED), progress.split(1));
        }
        try (PlatformClient reviewer = login(DemoOperator.REVIEWER)) {
            return publish(reviewer, province, progress.split(2));
        }
    }

    private void register(SubMonitor progress) {
        progress.setTaskName(Messages.Seed_operators);
        try (PlatformClient admin = login(DemoOperator.ADMINISTRATOR)) {
            for (DemoOperator operator : List.of(DemoOperator.EDITOR, DemoOperator.REVIEWER, DemoOperator.AUDITOR)) {
                admin.post("/api/v1/operators", Map.of("name", operator.operatorName(), "publicKey", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        keys.get(operator).publicKey().toPem(), "password", DemoPlatform.PASSWORD, "roles", //$NON-NLS-1$ //$NON-NLS-2$
                        List.of(operator.role().wireName())));
            }
        }
    }

    private static void upload(PlatformClient editor, Platform province, Path replicaFolder, SubMonitor progress) {
        progress.setTaskName(Messages.Seed_province);
        progress.setWorkRemaining(2);
        Replica replica = Replica.open(replicaFolder);
        try {
            ReplicaPlatforms.queueEdits(replica, province);
            progress.worked(1);
            SyncEngine engine = new SyncEngine(replica, new ClientSyncRemote(editor));
            SyncResult pushed = engine.push(progress.split(1));
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Rejection> rejected = engine.rejections();
            if (pushed.offline() || !rejected.isEmpty() || !replica.outbox().isEmpty()) {
                throw new IllegalStateException(NLS.bind(Messages.Seed_uploadFailed, replica.outbox().size(),
                        rejected.isEmpty() ? "" : rejected.get(0).message())); //$NON-NLS-1$
            }
        } finally {
            replica.close();
        }
    }

    private static void createArticles(PlatformClient editor, List<ArticleBatchItem> articles, SubMonitor progress) {
        progress.setTaskName(Messages.Seed_articles);
        progress.setWorkRemaining(articles.size());
        for (int from = 0; from < articles.size(); from += BATCH) {
            List<ArticleBatchItem> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
            for (ArticleBatchResult result : editor.createArticles(batch)) {
                if (!result.isCreated()) {
                    throw result.refusal();
                }
            }
            progress.split(batch.size());
        }
    }

    /** Publishes each site with a main domain; one the platform refuses (a domain another site has) stays unpublished. */
    private static int publish(PlatformClient reviewer, Platform province, SubMonitor progress) {
        progress.setTaskName(Messages.Seed_publish);
        progress.setWorkRemaining(province.getSites().size());
        int published = 0;
        for (Site site : province.getSites()) {
            if (site.getMainDomain() != null && !site.getMainDomain().isBlank()) {
                try {
                    reviewer.publishSite(site.getId());
                    published++;
                } catch (ClientException e) {
                    if (e.code() != ErrorCode.REQ_INVALID_FIELD) {
                        throw e;
                    }
                }
            }
            progress.split(1);
        }
        return published;
    }

    private PlatformClient login(DemoOperator operator) {
        PlatformClient client = PlatformClient.open(new ConnectionSettings(operator.operatorName(), platform.uri(),
                operator.operatorName(), platform.fingerprint()));
        try {
            client.fetchServerIdentity();
            client.login(DemoPlatform.PASSWORD.toCharArray(), keys.get(operator).privateKey());
            return client;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }
}
