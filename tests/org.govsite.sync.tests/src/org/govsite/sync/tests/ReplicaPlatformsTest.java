package org.govsite.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.govsite.client.ClientException;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.LifecycleStatus;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.SiteKind;
import org.govsite.model.Topic;
import org.govsite.store.replica.Change;
import org.govsite.store.replica.ChangePage;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.sync.ReplicaPlatforms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The workbench's model over a replica: read, edit, queue, push to a real server. */
class ReplicaPlatformsTest extends RealServerTest {

    /**
     * Their organisation "host", site "s1" with columns "notice", "news" (with "local" under it), topic "t1" and
     * channels "c1" (columns "local") and "c2" (columns "news", "notice"), "c2" created first at a later position.
     */
    @BeforeEach
    void siteWithColumnsAndTopic() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        other.post("/api/v1/organisations", RealServerSyncTest.organisation("host", "省政府办公厅"));
        ObjectNode site = json.objectNode().put("id", "s1").put("name", "省政府门户网站").put("kind", "PORTAL")
                .put("level", "PROVINCE").put("host", "host").put("mainDomain", "www.s1.gov.cn").put("status", "RUNNING")
                .put("openedOn", "2019-03-01");
        site.putArray("aliases").add("s1.gov.cn");
        other.post("/api/v1/sites", site);
        other.post("/api/v1/sites/s1/columns", RealServerSyncTest.column("news", "新闻动态", "news").put("position", 1));
        other.post("/api/v1/sites/s1/columns", RealServerSyncTest.column("notice", "通知公告", "notice").put("position", 0));
        other.post("/api/v1/sites/s1/columns", RealServerSyncTest.column("local", "地方要闻", "local").put("parent", "news"));
        other.post("/api/v1/sites/s1/topics", json.objectNode().put("id", "t1").put("name", "优化营商环境")
                .put("pathSegment", "yshj").put("onHomePage", true));
        other.post("/api/v1/sites/s1/channels", channel("c2", "要闻动态", "ywdt", "news", "notice").put("position", 1));
        other.post("/api/v1/sites/s1/channels", channel("c1", "地方频道", "df", "local"));
        engine.pull(null);
    }

    private static ObjectNode channel(String id, String name, String segment, String... columns) {
        ObjectNode channel = JsonNodeFactory.instance.objectNode().put("id", id).put("name", name)
                .put("pathSegment", segment);
        List.of(columns).forEach(channel.putArray("columns")::add);
        return channel;
    }

    private static List<String> columnIds(Channel channel) {
        return channel.getColumns().stream().map(Column::getId).toList();
    }

    private List<String> serverColumnsOf(String channel) {
        List<String> ids = new ArrayList<>();
        other.get("/api/v1/sites/s1/channels/" + channel).get("columns").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private Platform read() {
        return ReplicaPlatforms.read(replica, "测试平台");
    }

    private static Site site(Platform platform) {
        return platform.getSites().get(0);
    }

    @Test
    void readBuildsTheTreeAndAnUnchangedPlatformQueuesNothing() {
        Platform read = read();
        assertEquals("测试平台", read.getName());
        Site site = site(read);
        assertEquals("s1", site.getId());
        assertEquals(SiteKind.PORTAL, site.getKind());
        assertEquals(LifecycleStatus.RUNNING, site.getStatus());
        assertEquals("host", site.getHost().getId());
        assertEquals(List.of("s1.gov.cn"), site.getAliases());
        assertEquals(List.of("notice", "news"), site.getColumns().stream().map(Column::getId).toList());
        assertEquals("local", site.getColumns().get(1).getChildren().get(0).getId());
        assertEquals(ColumnCategory.NEWS, site.getColumns().get(1).getCategory());
        assertEquals(true, site.getTopics().get(0).isOnHomePage());
        assertEquals(List.of("c1", "c2"), site.getChannels().stream().map(Channel::getId).toList(), "by position");
        assertEquals(List.of("news", "notice"), columnIds(site.getChannels().get(1)));
        assertSame(site.getColumns().get(0), site.getChannels().get(1).getColumns().get(1), "the tree's own column");
        assertSame(site.getColumns().get(1).getChildren().get(0), site.getChannels().get(0).getColumns().get(0));
        assertEquals(0, ReplicaPlatforms.queueEdits(replica, read));
        assertEquals(List.of(), replica.outbox());
    }

    @Test
    void organisationsAreReadEachFollowedByThoseItIsTheSuperiorOf() {
        other.post("/api/v1/organisations", RealServerSyncTest.organisation("m-city", "某市人民政府").put("superior", "host"));
        other.post("/api/v1/organisations", RealServerSyncTest.organisation("a-county", "某县人民政府").put("superior", "m-city"));
        other.post("/api/v1/organisations", RealServerSyncTest.organisation("b-dept", "省教育厅").put("superior", "host"));
        other.post("/api/v1/organisations", RealServerSyncTest.organisation("c-other", "另一个省人民政府"));
        engine.pull(null);
        assertEquals(List.of("c-other", "host", "b-dept", "m-city", "a-county"),
                read().getOrganisations().stream().map(Organisation::getId).toList(),
                "roots in id order, each followed by its own, depth first");
        assertEquals(0, ReplicaPlatforms.queueEdits(replica, read()), "the order is not an edit");
    }

    @Test
    void recordsThatCannotBeMappedAreLeftOutAndNeverDeleted() {
        ObjectNode future = ((ObjectNode) other.get("/api/v1/sites/s1").deepCopy()).put("id", "s2").put("kind", "FUTURE");
        ObjectNode orphan = RealServerSyncTest.column("orphan", "孤立栏目", "orphan").put("site", "s1").put("parent", "gone");
        long seq = replica.cursor();
        replica.apply(new ChangePage(List.of(new Change(seq + 1, "site", "s2", 1, OutboxEntry.UPSERT, future),
                new Change(seq + 2, "column", "orphan", 1, OutboxEntry.UPSERT, orphan)), seq + 2, false));
        Platform read = read();
        assertEquals(List.of("s1"), read.getSites().stream().map(Site::getId).toList());
        List<String> columns = new ArrayList<>();
        site(read).eAllContents().forEachRemaining(o -> {
            if (o instanceof Column column) {
                columns.add(column.getId());
            }
        });
        assertEquals(List.of("notice", "news", "local"), columns);
        assertEquals(0, ReplicaPlatforms.queueEdits(replica, read));
    }

    @Test
    void aRenamedSiteIsQueuedOnceOnItsVersionAndPushed() {
        Platform read = read();
        site(read).setName("省人民政府门户网站");
        assertEquals(1, ReplicaPlatforms.queueEdits(replica, read));
        assertEquals(0, ReplicaPlatforms.queueEdits(replica, read));
        OutboxEntry entry = replica.outbox().get(0);
        assertEquals(List.of("site", "s1", 1L, OutboxEntry.UPSERT),
                List.of(entry.entity(), entry.id(), entry.baseVersion(), entry.op()));
        assertEquals("省人民政府门户网站", site(read()).getName());
        assertEquals(1, engine.push(null).pushed());
        assertEquals("省人民政府门户网站", other.get("/api/v1/sites/s1").get("name").asText());
        assertEquals("2019-03-01", other.get("/api/v1/sites/s1").get("openedOn").asText());
    }

    private static Column policy() {
        Column column = GovSiteFactory.eINSTANCE.createColumn();
        column.setId("policy");
        column.setName("政策文件");
        column.setPathSegment("policy");
        column.setCategory(ColumnCategory.POLICY);
        return column;
    }

    @Test
    void aNewColumnIsCreatedUnderItsParent() {
        Platform read = read();
        Column column = policy();
        site(read).getColumns().get(1).getChildren().add(column);
        assertEquals(1, ReplicaPlatforms.queueEdits(replica, read));
        assertEquals(0, replica.outbox().get(0).baseVersion());
        assertEquals(1, engine.push(null).pushed());
        var created = other.get("/api/v1/sites/s1/columns/policy");
        assertEquals("政策文件", created.get("name").asText());
        assertEquals("news", created.get("parent").asText());
        assertEquals(1, created.get("position").asInt());
    }

    @Test
    void aNewChannelOfANewColumnIsPushedAfterTheColumn() {
        Platform read = read();
        Column column = policy();
        site(read).getColumns().add(column);
        Channel channel = GovSiteFactory.eINSTANCE.createChannel();
        channel.setId("c3");
        channel.setName("政策频道");
        channel.setPathSegment("zc");
        channel.getColumns().add(column);
        channel.getColumns().add(site(read).getColumns().get(0));
        site(read).getChannels().add(channel);
        assertEquals(2, ReplicaPlatforms.queueEdits(replica, read));
        assertEquals(List.of("column", "channel"), replica.outbox().stream().map(OutboxEntry::entity).toList());
        assertEquals(2, engine.push(null).pushed());
        assertEquals(List.of("policy", "notice"), serverColumnsOf("c3"));
        assertEquals(2, other.get("/api/v1/sites/s1/channels/c3").get("position").asInt());
        engine.pull(null);
        assertEquals(List.of("c1", "c2", "c3"), site(read()).getChannels().stream().map(Channel::getId).toList());
        assertEquals(0, ReplicaPlatforms.queueEdits(replica, read()));
    }

    @Test
    void aDeletedColumnLeavesItsChannelsBeforeItIsDeleted() {
        Platform read = read();
        EcoreUtil.delete(site(read).getColumns().get(1).getChildren().get(0), true);
        assertEquals(List.of(), columnIds(site(read).getChannels().get(0)));
        assertEquals(2, ReplicaPlatforms.queueEdits(replica, read), "the channel's update and the delete");
        assertEquals(List.of("channel", "column"), replica.outbox().stream().map(OutboxEntry::entity).toList());
        assertEquals(2, engine.push(null).pushed());
        assertEquals(List.of(), serverColumnsOf("c1"));
        assertEquals(2, other.get("/api/v1/sites/s1/channels/c1").get("version").asLong(), "no second update");
        assertEquals(List.of("news", "notice"), serverColumnsOf("c2"));
    }

    @Test
    void aRemovedTopicIsDeletedOnTheServer() {
        Platform read = read();
        Topic topic = site(read).getTopics().remove(0);
        assertEquals(1, ReplicaPlatforms.queueEdits(replica, read));
        OutboxEntry entry = replica.outbox().get(0);
        assertEquals(List.of("topic", topic.getId(), 1L), List.of(entry.entity(), entry.id(), entry.baseVersion()));
        assertEquals(true, entry.isDelete());
        assertEquals(1, engine.push(null).pushed());
        assertEquals(404, assertThrows(ClientException.class, () -> other.get("/api/v1/sites/s1/topics/t1")).status());
        assertEquals(List.of(), site(read()).getTopics());
    }

    @Test
    void removingAColumnAndItsChildDeletesTheChildFirst() {
        Platform read = read();
        site(read).getColumns().remove(1);
        assertEquals(2, ReplicaPlatforms.queueEdits(replica, read));
        assertEquals(List.of("local", "news"), replica.outbox().stream().map(OutboxEntry::id).toList());
        assertEquals(2, engine.push(null).pushed());
        assertEquals(1, other.get("/api/v1/sites/s1/columns").get("columns").size());
    }

    @Test
    void anEditOfASiteAnotherEditorChangedIsAConflict() {
        Platform read = read();
        ObjectNode theirs = (ObjectNode) other.get("/api/v1/sites/s1").deepCopy();
        other.put("/api/v1/sites/s1", theirs.put("name", "他们的名称"), 1);
        site(read).setName("我的名称");
        assertEquals(1, ReplicaPlatforms.queueEdits(replica, read));
        assertEquals(1, engine.push(null).conflicts());
        assertEquals("他们的名称", other.get("/api/v1/sites/s1").get("name").asText());
        assertEquals("我的名称", engine.conflicts().get(0).mine().data().get("name").asText());
    }

    @Test
    void aColumnCreatedAndDeletedAgainBeforeAPushLeavesNothingQueued() {
        Platform read = read();
        Column column = policy();
        site(read).getColumns().add(column);
        assertEquals(1, ReplicaPlatforms.queueEdits(replica, read));
        column.setName("政策文件（改）");
        assertEquals(1, ReplicaPlatforms.queueEdits(replica, read));
        site(read).getColumns().remove(column);
        assertEquals(0, ReplicaPlatforms.queueEdits(replica, read));
        assertEquals(List.of(), replica.outbox());
        assertEquals(0, engine.push(null).pushed());
        assertEquals(404, assertThrows(ClientException.class, () -> other.get("/api/v1/sites/s1/columns/policy")).status());
    }
}
