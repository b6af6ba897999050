package org.govsite.sync.internal;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.govsite.model.Column;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Identified;
import org.govsite.model.Site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govsite.model.guide.GuideDays;

/**
 * The one mapping between model objects and the server's entity JSON (docs/server.md), used to read a replica's
 * records into a platform and to write edited objects back. Each entity is a list of JSON field names: a field named
 * like a feature of the object's class maps that feature (attributes by type: enum literal, {@code YYYY-MM-DD} date,
 * list of strings; references as the referenced object's id, many-valued ones as a list of ids in order);
 * {@code site}, {@code parent} and
 * {@code position} are the object's place in its site's containment tree.
 */
public enum EntityJson {
    ORGANISATION("organisation", GovSitePackage.Literals.ORGANISATION, "id", "name", "kind", "divisionCode",
            "shortName", "superior"),
    SITE("site", GovSitePackage.Literals.SITE, "id", "name", "kind", "level", "host", "mainDomain", "aliases",
            "idCode", "icpRecord", "securityRecord", "status", "openedOn"),
    COLUMN("column", GovSitePackage.Literals.COLUMN, "id", "site", "parent", "name", "pathSegment", "category",
            "description", "keywords", "updatePeriodDays", "position"),
    TOPIC("topic", GovSitePackage.Literals.TOPIC, "id", "site", "name", "pathSegment", "onHomePage", "archived",
            "archivedOn"),
    /** After {@link #COLUMN}: a channel's {@code columns} are ids of its site's columns, read before it. */
    CHANNEL("channel", GovSitePackage.Literals.CHANNEL, "id", "site", "name", "pathSegment", "columns", "position");

    public static final String SITE_FIELD = "site";
    public static final String PARENT_FIELD = "parent";
    public static final String POSITION_FIELD = "position";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String entity;
    private final EClass type;
    private final List<String> fields;

    EntityJson(String entity, EClass type, String... fields) {
        this.entity = entity;
        this.type = type;
        this.fields = List.of(fields);
    }

    /** The change feed's entity name. */
    public String entity() {
        return entity;
    }

    /** The mapping of a class, empty for classes that are not synced (platform). */
    public static Optional<EntityJson> of(EClass type) {
        for (EntityJson mapping : values()) {
            if (mapping.type == type) {
                return Optional.of(mapping);
            }
        }
        return Optional.empty();
    }

    /** The object as the server's JSON (without version); absent values are JSON null. */
    public ObjectNode write(EObject object) {
        ObjectNode json = JSON.objectNode();
        for (String field : fields) {
            json.set(field, writeField(object, field));
        }
        return json;
    }

    private JsonNode writeField(EObject object, String field) {
        EStructuralFeature feature = type.getEStructuralFeature(field);
        if (feature instanceof EAttribute attribute) {
            return writeAttribute(attribute, object.eGet(attribute));
        }
        if (feature instanceof EReference reference && reference.isMany()) {
            ArrayNode ids = JSON.arrayNode();
            ((List<?>) object.eGet(reference)).forEach(target -> ids.add(idOf((EObject) target)));
            return ids;
        }
        if (feature instanceof EReference reference) {
            return idOf((EObject) object.eGet(reference));
        }
        return switch (field) {
            case SITE_FIELD -> idOf(site(object));
            case PARENT_FIELD -> idOf(object.eContainer() instanceof Column parent ? parent : null);
            case POSITION_FIELD -> JSON.numberNode(((List<?>) object.eContainer().eGet(object.eContainingFeature()))
                    .indexOf(object));
            default -> throw new IllegalStateException(field);
        };
    }

    private static Site site(EObject object) {
        EObject container = object.eContainer();
        while (container != null && !(container instanceof Site)) {
            container = container.eContainer();
        }
        return (Site) container;
    }

    private static JsonNode idOf(EObject object) {
        return object instanceof Identified identified ? JSON.textNode(identified.getId()) : NullNode.instance;
    }

    private static JsonNode writeAttribute(EAttribute attribute, Object value) {
        if (value == null) {
            return NullNode.instance;
        }
        if (attribute.isMany()) {
            ArrayNode array = JSON.arrayNode();
            ((List<?>) value).forEach(item -> array.add(String.valueOf(item)));
            return array;
        }
        if (value instanceof Date date) {
            return JSON.textNode(GuideDays.day(date).toString());
        }
        if (value instanceof Integer number) {
            return JSON.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return JSON.booleanNode(flag);
        }
        if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
            return JSON.textNode(literal.getName());
        }
        return JSON.textNode(String.valueOf(value));
    }

    /**
     * A new object of this entity with the record's attributes and references set ({@code ids} resolves a referenced
     * entity's id; unknown ones stay unset). Its place in the tree ({@code site}, {@code parent}, {@code position})
     * is left to the caller. Throws {@link IllegalArgumentException} for a value this mapping cannot read.
     */
    public EObject read(JsonNode data, BiFunction<EntityJson, String, EObject> ids) {
        EObject object = type.getEPackage().getEFactoryInstance().create(type);
        for (String field : fields) {
            EStructuralFeature feature = type.getEStructuralFeature(field);
            JsonNode value = data.path(field);
            if (feature == null || value.isMissingNode() || value.isNull()) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                readAttribute(object, attribute, value);
            } else {
                readReference(object, (EReference) feature, value, ids);
            }
        }
        if (((Identified) object).getId() == null) {
            throw new IllegalArgumentException("id");
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private static void readReference(EObject object, EReference reference, JsonNode value,
            BiFunction<EntityJson, String, EObject> ids) {
        Optional<EntityJson> target = of(reference.getEReferenceType());
        if (target.isEmpty()) {
            return;
        }
        if (reference.isMany()) {
            EList<EObject> list = (EList<EObject>) object.eGet(reference);
            value.forEach(id -> Optional.ofNullable(ids.apply(target.get(), id.asText())).ifPresent(list::add));
        } else {
            Optional.ofNullable(ids.apply(target.get(), value.asText())).ifPresent(found -> object.eSet(reference, found));
        }
    }

    @SuppressWarnings("unchecked")
    private static void readAttribute(EObject object, EAttribute attribute, JsonNode value) {
        if (attribute.isMany()) {
            EList<Object> list = (EList<Object>) object.eGet(attribute);
            value.forEach(item -> list.add(item.asText()));
            return;
        }
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum literals) {
            EEnumLiteral literal = literals.getEEnumLiteral(value.asText());
            if (literal == null) {
                throw new IllegalArgumentException(attribute.getName() + ": " + value.asText());
            }
            object.eSet(attribute, literal.getInstance());
        } else if (type == Date.class) {
            object.eSet(attribute, GuideDays.date(LocalDate.parse(value.asText())));
        } else if (type == int.class || type == Integer.class) {
            object.eSet(attribute, value.asInt());
        } else if (type == boolean.class || type == Boolean.class) {
            object.eSet(attribute, value.asBoolean());
        } else {
            object.eSet(attribute, value.asText());
        }
    }

    /** Whether the object's JSON holds the same values as {@code data} for this entity's fields (missing = null). */
    public boolean sameAs(ObjectNode written, JsonNode data) {
        for (String field : fields) {
            if (!same(written.path(field), data == null ? NullNode.instance : data.path(field))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aAbsent = a.isMissingNode() || a.isNull();
        boolean bAbsent = b.isMissingNode() || b.isNull();
        if (aAbsent || bAbsent) {
            return aAbsent && bAbsent;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.asLong() == b.asLong();
        }
        return a.equals(b);
    }
}
