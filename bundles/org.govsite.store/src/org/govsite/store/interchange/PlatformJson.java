package org.govsite.store.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.govsite.model.Identified;
import org.govsite.model.Platform;
import org.govsite.store.internal.Messages;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A platform as JSON (UTF-8), in the shape described in docs/interchange.md: an envelope
 * {@code {"format": "govsite-platform", "version": 1, "platform": {...}}}, containment nested, references as
 * ids, enums as literal names, dates as ISO-8601 instants.
 */
public final class PlatformJson {

    static final JsonFactory FACTORY = new JsonFactory();

    private PlatformJson() {
    }

    /** Writes the platform; the file is replaced only when complete. */
    public static void write(Platform platform, Path file) {
        AtomicFile.write(file, out -> {
            try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
                json.writeStartObject();
                json.writeStringField("format", JsonShape.FORMAT);
                json.writeNumberField("version", JsonShape.VERSION);
                json.writeFieldName("platform");
                writeObject(json, platform, platform);
                json.writeEndObject();
            }
        });
    }

    /** Reads the platform of the file; any problem fails the whole read with the line and column where it is. */
    public static Platform read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(in)) {
            return new JsonPlatformReader(file, parser).read();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InterchangeException(NLS.bind(Messages.FileProblem, new Object[] {file,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), e.getOriginalMessage()}), e);
        } catch (IOException e) {
            throw new InterchangeException(NLS.bind(Messages.ReadFailed, file, e.getMessage()), e);
        }
    }

    private static void writeObject(JsonGenerator json, EObject object, Platform root) throws IOException {
        json.writeStartObject();
        for (EStructuralFeature feature : JsonShape.features(object.eClass())) {
            Object value = object.eGet(feature);
            if (feature.isMany()) {
                List<?> values = (List<?>) value;
                if (!values.isEmpty()) {
                    json.writeArrayFieldStart(feature.getName());
                    for (Object element : values) {
                        writeValue(json, feature, element, root);
                    }
                    json.writeEndArray();
                }
            } else if (value != null && isStored(feature, value, root)) {
                json.writeFieldName(feature.getName());
                writeValue(json, feature, value, root);
            }
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, EStructuralFeature feature, Object value, Platform root)
            throws IOException {
        if (feature instanceof EReference reference) {
            if (reference.isContainment()) {
                writeObject(json, (EObject) value, root);
            } else if (isStored(feature, value, root)) {
                json.writeString(((Identified) value).getId());
            }
            return;
        }
        switch (value) {
            case String text -> json.writeString(text);
            case Integer number -> json.writeNumber(number);
            case Boolean bool -> json.writeBoolean(bool);
            case Date date -> json.writeString(date.toInstant().toString());
            case Enumerator literal -> json.writeString(literal.getName());
            default -> json.writeString(EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value));
        }
    }

    /** References are written only to objects of the same platform: others could not be resolved on reading. */
    private static boolean isStored(EStructuralFeature feature, Object value, Platform root) {
        return !(feature instanceof EReference reference) || reference.isContainment()
                || EcoreUtil.isAncestor(root, (EObject) value);
    }
}
