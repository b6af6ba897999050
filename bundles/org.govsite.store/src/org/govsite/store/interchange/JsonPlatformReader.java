package org.govsite.store.interchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.GovSitePackage;
import org.govsite.model.Identified;
import org.govsite.model.Platform;
import org.govsite.store.internal.Messages;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Streams one JSON platform file into a new tree, checking every field against the model; references are
 * resolved at the end. Nothing is returned unless the whole file is valid.
 */
final class JsonPlatformReader {

    private record Pending(EObject owner, EReference reference, String id, JsonLocation at) {
    }

    private final Path file;
    private final JsonParser parser;
    private final Map<String, EObject> objects = new HashMap<>();
    private final List<Pending> references = new ArrayList<>();

    JsonPlatformReader(Path file, JsonParser parser) {
        this.file = file;
        this.parser = parser;
    }

    Platform read() throws IOException {
        expect(parser.nextToken() == JsonToken.START_OBJECT, Messages.ExpectObject);
        String format = null;
        int version = 0;
        Platform platform = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "format" -> {
                    expect(token == JsonToken.VALUE_STRING, Messages.ExpectString);
                    format = parser.getText();
                }
                case "version" -> {
                    expect(token == JsonToken.VALUE_NUMBER_INT, Messages.ExpectNumber);
                    version = parser.getIntValue();
                }
                case "platform" -> platform = (Platform) readObject(GovSitePackage.Literals.PLATFORM);
                default -> throw problem(NLS.bind(Messages.UnknownField, name));
            }
        }
        if (parser.nextToken() != null || !JsonShape.FORMAT.equals(format) || version != JsonShape.VERSION
                || platform == null) {
            throw new InterchangeException(NLS.bind(Messages.JsonFormat, file));
        }
        resolveReferences();
        return platform;
    }

    private EObject readObject(EClass type) throws IOException {
        expect(parser.currentToken() == JsonToken.START_OBJECT, Messages.ExpectObject);
        JsonLocation start = parser.currentTokenLocation();
        EObject object = EcoreUtil.create(type);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            EStructuralFeature feature = JsonShape.feature(type, name);
            if (feature == null) {
                throw problem(NLS.bind(Messages.UnknownField, name));
            }
            if (parser.nextToken() != JsonToken.VALUE_NULL) {
                readFeature(object, feature);
            }
        }
        register(object, start);
        return object;
    }

    @SuppressWarnings("unchecked")
    private void readFeature(EObject object, EStructuralFeature feature) throws IOException {
        if (!feature.isMany()) {
            readValue(object, feature, value -> object.eSet(feature, value));
            return;
        }
        expect(parser.currentToken() == JsonToken.START_ARRAY, Messages.ExpectArray);
        List<Object> values = (List<Object>) object.eGet(feature);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            readValue(object, feature, values::add);
        }
    }

    private interface ValueSink {
        void accept(Object value);
    }

    private void readValue(EObject object, EStructuralFeature feature, ValueSink sink) throws IOException {
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                sink.accept(readObject(reference.getEReferenceType()));
            } else {
                expect(parser.currentToken() == JsonToken.VALUE_STRING, Messages.ExpectString);
                references.add(new Pending(object, reference, parser.getText(), parser.currentTokenLocation()));
            }
        } else {
            sink.accept(readAttributeValue(((EAttribute) feature).getEAttributeType()));
        }
    }

    private Object readAttributeValue(EDataType type) throws IOException {
        JsonToken token = parser.currentToken();
        Class<?> valueClass = type.getInstanceClass();
        if (valueClass == int.class || valueClass == Integer.class) {
            expect(token == JsonToken.VALUE_NUMBER_INT, Messages.ExpectNumber);
            return parser.getIntValue();
        }
        if (valueClass == boolean.class || valueClass == Boolean.class) {
            expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE, Messages.ExpectBoolean);
            return token == JsonToken.VALUE_TRUE;
        }
        expect(token == JsonToken.VALUE_STRING, Messages.ExpectString);
        String text = parser.getText();
        if (type instanceof EEnum enumType) {
            EEnumLiteral literal = enumType.getEEnumLiteral(text);
            if (literal == null) {
                throw problem(NLS.bind(Messages.UnknownEnum, text,
                        enumType.getELiterals().stream().map(EEnumLiteral::getName).toList()));
            }
            return literal.getInstance();
        }
        if (valueClass == Date.class) {
            try {
                return Date.from(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                throw problem(NLS.bind(Messages.BadDate, text));
            }
        }
        return valueClass == String.class ? text : EcoreUtil.createFromString(type, text);
    }

    private void register(EObject object, JsonLocation start) {
        String id = object instanceof Identified identified ? identified.getId() : null;
        if (id == null || id.isBlank()) {
            throw problem(start, Messages.MissingFileId);
        }
        if (objects.putIfAbsent(id, object) != null) {
            throw problem(start, NLS.bind(Messages.DuplicateFileId, id));
        }
    }

    @SuppressWarnings("unchecked")
    private void resolveReferences() {
        for (Pending pending : references) {
            EObject target = objects.get(pending.id());
            if (target == null || !pending.reference().getEReferenceType().isInstance(target)) {
                throw problem(pending.at(), NLS.bind(Messages.Unresolved, pending.id()));
            }
            if (pending.reference().isMany()) {
                ((List<EObject>) pending.owner().eGet(pending.reference())).add(target);
            } else {
                pending.owner().eSet(pending.reference(), target);
            }
        }
    }

    private void expect(boolean condition, String what) {
        if (!condition) {
            throw problem(NLS.bind(Messages.Expected, what));
        }
    }

    private InterchangeException problem(String message) {
        return problem(parser.currentTokenLocation(), message);
    }

    private InterchangeException problem(JsonLocation at, String message) {
        return new InterchangeException(
                NLS.bind(Messages.FileProblem, new Object[] {file, at.getLineNr(), at.getColumnNr(), message}));
    }
}
