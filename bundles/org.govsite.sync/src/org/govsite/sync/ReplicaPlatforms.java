package org.govsite.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.EObject;
import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.GovSiteFactory;
import org.govsite.model.Identified;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.Topic;
import org.govsite.model.ids.Ids;
import org.govsite.store.replica.OutboxEntry;
import org.govsite.store.replica.Record;
import org.govsite.store.replica.Replica;
import org.govsite.sync.internal.EntityJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bridge between a connection's replica and the workbench's model: {@link #read} builds a platform of the
 * organisations, sites, columns, topics and channels the replica holds (with the edits still in its outbox on top), and
 * {@link #queueEdits} queues what an edited platform changed as outbox entries for the next push.
 */
public final class ReplicaPlatforms {

    private ReplicaPlatforms() {
    }

    /**
     * A platform named {@code platformName} of the replica's organisations (each followed by those it is the superior
     * of, as the explorer shows them), sites, columns (nested by parent, ordered by position), topics and channels (with their columns), each the server's record with this workbench's queued edits applied (a queued delete
     * removes it). Records that cannot be mapped (unknown literal, missing site or parent) are left out.
     */
    public static Platform read(Replica replica, String platformName) {
        Map<String, EObject> objects = new HashMap<>();
        Map<EntityJson, List<Placed>> read = new LinkedHashMap<>();
        Map<String, JsonNode> local = localView(replica);
        for (EntityJson mapping : EntityJson.values()) {
            List<Placed> placed = new ArrayList<>();
            for (JsonNode data : current(replica, mapping, local)) {
                try {
                    EObject object = mapping.read(data, (entity, id) -> objects.get(key(entity, id)));
                    objects.put(key(mapping, ((Identified) object).getId()), object);
                    placed.add(new Placed(object, data));
                } catch (IllegalArgumentException | ClassCastException unreadable) {
                    // a record this workbench cannot map is left out, see the method's comment
                }
            }
            read.put(mapping, placed);
        }
        Platform platform = GovSiteFactory.eINSTANCE.createPlatform();
        platform.setId(Ids.newId());
        platform.setName(platformName);
        read.get(EntityJson.ORGANISATION).forEach(p -> platform.getOrganisations().add((Organisation) p.object()));
        resolveSuperiors(read.get(EntityJson.ORGANISATION), objects);
        ECollections.setEList(platform.getOrganisations(), hierarchyOrder(platform.getOrganisations()));
        read.get(EntityJson.SITE).forEach(p -> platform.getSites().add((Site) p.object()));
        placeColumns(read.get(EntityJson.COLUMN), objects);
        placeInSites(read.get(EntityJson.TOPIC), objects, Site::getTopics);
        placeInSites(read.get(EntityJson.CHANNEL), objects, Site::getChannels);
        return platform;
    }

    /** An object read from its JSON, not yet placed in the tree. */
    private record Placed(EObject object, JsonNode data) {
        int position() {
            return data.path(EntityJson.POSITION_FIELD).asInt();
        }
    }

    /** Superiors were read before all organisations existed: set them now. */
    private static void resolveSuperiors(List<Placed> organisations, Map<String, EObject> objects) {
        for (Placed placed : organisations) {
            JsonNode superior = placed.data().path("superior");
            if (objects.get(key(EntityJson.ORGANISATION, superior.asText())) instanceof Organisation found) {
                ((Organisation) placed.object()).setSuperior(found);
            }
        }
    }

    /**
     * @return the organisations each followed by those it is the superior of (depth first), those without a superior
     *         first, each level in the order given (the records' id order): the province, its departments, a city and
     *         its departments and counties, ...
     */
    private static List<Organisation> hierarchyOrder(List<Organisation> organisations) {
        Map<Organisation, List<Organisation>> below = new HashMap<>();
        List<Organisation> roots = new ArrayList<>();
        for (Organisation organisation : organisations) {
            Organisation superior = organisation.getSuperior();
            if (superior == null || !organisations.contains(superior)) {
                roots.add(organisation);
            } else {
                below.computeIfAbsent(superior, key -> new ArrayList<>()).add(organisation);
            }
        }
        Set<Organisation> ordered = new LinkedHashSet<>(organisations.size());
        Deque<Organisation> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Organisation next = pending.pop();
            if (ordered.add(next)) { // a cycle of superiors is not followed twice
                below.getOrDefault(next, List.of()).reversed().forEach(pending::push);
            }
        }
        ordered.addAll(organisations); // those only in a cycle, last
        return new ArrayList<>(ordered);
    }

    /** Columns under their parent column or, at top level, their site, in position order; orphans are left out. */
    private static void placeColumns(List<Placed> columns, Map<String, EObject> objects) {
        List<Placed> ordered = new ArrayList<>(columns);
        ordered.sort(Comparator.comparingInt(Placed::position));
        for (Placed placed : ordered) {
            Column column = (Column) placed.object();
            JsonNode parent = placed.data().path(EntityJson.PARENT_FIELD);
            if (!parent.isNull() && !parent.isMissingNode()) {
                if (objects.get(key(EntityJson.COLUMN, parent.asText())) instanceof Column above) {
                    above.getChildren().add(column);
                }
            } else if (objects.get(key(EntityJson.SITE, placed.data().path(EntityJson.SITE_FIELD).asText())) instanceof Site site) {
                site.getColumns().add(column);
            }
        }
    }

    /** Topics or channels in their site's list, in position order (topics have none: id order); orphans left out. */
    private static <T extends EObject> void placeInSites(List<Placed> placed, Map<String, EObject> objects,
            Function<Site, List<T>> list) {
        List<Placed> ordered = new ArrayList<>(placed);
        ordered.sort(Comparator.comparingInt(Placed::position));
        for (Placed one : ordered) {
            if (objects.get(key(EntityJson.SITE, one.data().path(EntityJson.SITE_FIELD).asText())) instanceof Site site) {
                @SuppressWarnings("unchecked")
                T object = (T) one.object();
                list.apply(site).add(object);
            }
        }
    }

    /**
     * Queues the edits of {@code edited} (a platform {@link #read} from this replica, then changed): an upsert on the
     * record's version (0 for a new object) for each object whose JSON differs from the replica's current view of it
     * (record plus queued edits), parents first; a delete for each object of the replica's view that is no longer in
     * the platform, children first; an object the server never had (created here and not pushed) has its queued
     * entries removed instead. Returns how many entries were queued.
     */
    public static int queueEdits(Replica replica, Platform edited) {
        Map<String, JsonNode> local = localView(replica);
        int queued = 0;
        Map<String, EObject> present = new HashMap<>();
        for (EObject object : parentsFirst(edited)) {
            EntityJson mapping = EntityJson.of(object.eClass()).orElseThrow();
            String id = ((Identified) object).getId();
            present.put(key(mapping, id), object);
            ObjectNode json = mapping.write(object);
            Optional<JsonNode> current = view(replica, mapping, id, local);
            if (current.isEmpty() || !mapping.sameAs(json, current.get())) {
                replica.queueUpsert(mapping.entity(), id, baseVersion(replica, mapping, id), json);
                queued++;
            }
        }
        List<EObject> before = parentsFirst(read(replica, edited.getName()));
        for (EObject object : before.reversed()) {
            EntityJson mapping = EntityJson.of(object.eClass()).orElseThrow();
            String id = ((Identified) object).getId();
            if (present.containsKey(key(mapping, id))) {
                continue;
            }
            Optional<Record> record = replica.find(mapping.entity(), id);
            if (record.isPresent()) {
                replica.queueDelete(mapping.entity(), id, record.get().version());
                queued++;
            } else {
                replica.dropAll(mapping.entity(), id);
            }
        }
        return queued;
    }

    private static long baseVersion(Replica replica, EntityJson mapping, String id) {
        return replica.find(mapping.entity(), id).map(Record::version).orElse(0L);
    }

    /** Organisations (superiors first), sites, then each site's columns (parents first), topics and channels. */
    private static List<EObject> parentsFirst(Platform platform) {
        List<EObject> ordered = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>(platform.getOrganisations());
        organisations.sort(Comparator.comparingInt(ReplicaPlatforms::depth));
        ordered.addAll(organisations);
        ordered.addAll(platform.getSites());
        for (Site site : platform.getSites()) {
            site.eAllContents().forEachRemaining(content -> {
                if (content instanceof Column || content instanceof Topic || content instanceof Channel) {
                    ordered.add(content);
                }
            });
        }
        return ordered;
    }

    private static int depth(Organisation organisation) {
        int depth = 0;
        for (Organisation above = organisation.getSuperior(); above != null && depth < 1000; above = above.getSuperior()) {
            depth++;
        }
        return depth;
    }

    /** The data of each object with queued edits as the last queued edit left it (null: queued for deletion). */
    private static Map<String, JsonNode> localView(Replica replica) {
        Map<String, JsonNode> local = new HashMap<>();
        for (OutboxEntry entry : replica.outbox()) {
            local.put(key(entry.entity(), entry.id()), entry.isDelete() ? null : entry.data());
        }
        return local;
    }

    private static Optional<JsonNode> view(Replica replica, EntityJson mapping, String id, Map<String, JsonNode> local) {
        String key = key(mapping, id);
        if (local.containsKey(key)) {
            return Optional.ofNullable(local.get(key));
        }
        return replica.find(mapping.entity(), id).map(Record::data);
    }

    /** The replica's view of every object of an entity: records with queued edits applied, then queued creations. */
    private static List<JsonNode> current(Replica replica, EntityJson mapping, Map<String, JsonNode> local) {
        List<JsonNode> data = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        for (Record record : replica.list(mapping.entity())) {
            String key = key(mapping, record.id());
            recorded.add(key);
            JsonNode json = local.containsKey(key) ? local.get(key) : record.data();
            if (json != null) {
                data.add(json);
            }
        }
        local.forEach((key, json) -> {
            if (json != null && key.startsWith(mapping.entity() + '/') && !recorded.contains(key)) {
                data.add(json);
            }
        });
        return data;
    }

    private static String key(EntityJson mapping, String id) {
        return key(mapping.entity(), id);
    }

    private static String key(String entity, String id) {
        return entity + '/' + id;
    }
}
